"""Voice kinds of session 78 (issue 18), on French sentences written for the tests, with
negatives: an office named alone ("le gouverneur", "le maire", "le porte-parole") after
its one holder was named with it is that holder's voice, "le gouverneur, Johnny
Luboya" (the store's identity is the name's); a quotation closing on a verb of feeling
or of owning up ("», se désole une habitante", "», reconnaît un officier") names its
speaker."""

from __future__ import annotations

import pytest

from tests.french_helpers import french_claims
from workbench.extract.french.office_alone import holder_of_office
from workbench.store.voice_names import identity


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Le gouverneur du Sud-Kivu, le général Jean-Jacques Purusi, s'est rendu à Uvira"
            " mardi.\nSelon le gouverneur, dix-sept personnes ont été tuées.",
            "Jean-Jacques Purusi",
        ),
        (
            "Le maire de Banikoara, Soumaïla Yérima, a été joint par téléphone.\n« Nous"
            " avons enregistré quatre morts », a déclaré le maire.",
            "Soumaïla Yérima",
        ),
        (
            "Le porte-parole de la police, le commissaire Eric Ngoma, a condamné les"
            " violences.\nHuit manifestants ont été interpellés, a précisé le porte-parole.",
            "Eric Ngoma",
        ),
        (
            "Pierre Ndongo, préfet du Logone-et-Chari, a visité les lieux dimanche.\nLe"
            " préfet a indiqué que trois gendarmes avaient été tués.",
            "Pierre Ndongo",
        ),
        (
            "Le ministre de la Sécurité, Moussa Keita, s'est exprimé jeudi. Le ministre a"
            " fait état de 17 morts.",
            "Moussa Keita",
        ),
        (
            "Le bourgmestre de Rumonge, Jean Niyonzima, était sur place. Six pêcheurs sont"
            " morts noyés, a indiqué le bourgmestre.",
            "Jean Niyonzima",
        ),
    ],
)
def test_an_office_alone_is_its_holder_named_before(text: str, holder: str) -> None:
    voice = french_claims(text + "\n")[0].attribution
    assert voice is not None and holder in voice
    assert identity(voice) == identity(holder)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # another office, or a deputy: not the holder named
        (
            "Le maire de Kalalé, Issa Bako, a été joint. Le maire de Ségbana a déclaré que"
            " quatre policiers avaient été tués.",
            "Le maire de Ségbana",
        ),
        (
            "Le gouverneur du Nord-Kivu, Peter Cirimwami, s'est rendu à Goma. Le"
            " vice-gouverneur a fait état de 12 morts.",
            "Le vice-gouverneur",
        ),
        (
            "Le préfet du Mayo-Sava, Jean Ebolo, est arrivé lundi. Le sous-préfet a"
            " indiqué que cinq civils avaient été tués.",
            "Le sous-préfet",
        ),
        # two holders named: no telling which
        (
            "Le porte-parole de l'armée, le colonel Paul Biya Ndi, et le porte-parole de la"
            " police, Alain Tchoua, étaient présents. Neuf assaillants ont été tués, a"
            " précisé le porte-parole.",
            "le porte-parole",
        ),
        # no holder named
        ("Quatre soldats ont été tués, a déclaré le gouverneur.", "le gouverneur"),
    ],
)
def test_an_office_stays_as_written(text: str, voice: str) -> None:
    assert french_claims(text + "\n")[0].attribution == voice


def test_holder_of_office_needs_the_office_alone() -> None:
    text = "Le maire de Kalalé, Issa Bako, a été joint."
    assert holder_of_office(text, "le maire", len(text)) == "Issa Bako"
    assert holder_of_office(text, "le maire de Kalalé", len(text)) is None
    assert holder_of_office(text, "les habitants", len(text)) is None


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "« Douze cases ont brûlé et trois personnes sont mortes », se désole une habitante.",
            "une habitante",
        ),
        ("« Trois soldats sont tombés », reconnaît un officier.", "un officier"),
        ("« On a retrouvé six corps », se lamente le chef du quartier.", "le chef du quartier"),
        (
            "« Cinq élèves ont été enlevés », dénonce le syndicat des enseignants.",
            "le syndicat des enseignants",
        ),
        ("« Huit civils ont été tués », avertit un notable.", "un notable"),
    ],
)
def test_a_quotation_closing_on_a_verb_of_feeling_names_its_speaker(text: str, voice: str) -> None:
    assert french_claims(text + "\n")[0].attribution == voice


@pytest.mark.parametrize(
    "text",
    [
        "« Dix morts », regrette-t-il.",  # "il" with no one named before
        # a verb of the list that says what is done, no quotation: no voice
        "Quatre soldats ont été tués. L'armée dénonce une attaque lâche.",
    ],
)
def test_no_speaker_named(text: str) -> None:
    assert french_claims(text + "\n")[0].attribution is None
