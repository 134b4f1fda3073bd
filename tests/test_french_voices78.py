"""Voice kinds of session 78 (issue 18), on French sentences written for the tests, with
negatives: a voice in the sentence after a toll that confirms it ("Selon X qui confirme
les tueries, ...", "X, joint par téléphone, confirme l'attaque."); what could not be
checked "de source indépendante" names no one; the outlet a voice spoke to ("à Radio
Okapi", "à la BBC") and a document's participle ("transmis à la presse", "consultée par
l'AFP") are no part of its name."""

from __future__ import annotations

import pytest

from tests.french_helpers import french_claims


def _voices(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.category.value, c.low, c.attribution) for c in french_claims(text + "\n")]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Des miliciens ont tué au moins neuf villageois dans la nuit de samedi à"
            " dimanche à Ngongo, en territoire de Mambasa.\nSelon la société civile de"
            " Mambasa qui confirme ces massacres, les assaillants venaient de la forêt.",
            "la société civile de Mambasa",
        ),
        (
            "Quatre éleveurs ont été abattus lundi près de Touboro. D'après des notables"
            " locaux qui confirment les tueries, les ravisseurs réclamaient une rançon.",
            "des notables locaux",
        ),
        (
            "Cinq douaniers ont été tués jeudi dans une embuscade près de Mora. Le"
            " commandant de la compagnie de gendarmerie, joint par téléphone, confirme"
            " l'embuscade.",
            "Le commandant de la compagnie de gendarmerie",
        ),
        (
            "Sept personnes ont péri dans l'effondrement d'une mine d'or à Kamituga. Une"
            " source administrative a confirmé ces décès à Radio Maendeleo.",
            "Une source administrative",
        ),
        (
            "Au moins onze pêcheurs ont été tués mardi sur une île du lac Tchad.\nSelon"
            " le chef de canton de Bol qui a confirmé l'attaque, les corps ont été"
            " ramenés à terre.",
            "le chef de canton de Bol",
        ),
        (
            "Deux infirmiers ont été enlevés dimanche à Batangafo. La Minusca confirme"
            " l'enlèvement.",
            "La Minusca",
        ),
    ],
)
def test_a_voice_confirming_the_toll_after_it_is_its_voice(text: str, voice: str) -> None:
    first = french_claims(text + "\n")[0]
    assert first.attribution == voice


@pytest.mark.parametrize(
    "text",
    [
        # the confirmation denied, or awaited
        "Neuf personnes ont été tuées à Mambasa. La police n'a pas confirmé ces décès.",
        "Trois bergers ont été tués près d'Abéché. Le gouverneur ne confirme pas l'attaque.",
        "Six mineurs ont péri à Kamituga. Les autorités refusent de confirmer ce drame.",
        # another deed confirmed
        "Six civils ont été tués à Kiwanja. Selon la police qui confirme l'arrestation de"
        " deux suspects, le calme est revenu.",
        # a voice opening the next sentence that confirms nothing
        "Six civils ont été tués à Kiwanja. Selon la société civile, les rebelles ont"
        " incendié des maisons.",
    ],
)
def test_no_confirmation_no_voice(text: str) -> None:
    assert french_claims(text + "\n")[0].attribution is None


def test_a_confirming_voice_with_its_own_figure_of_that_kind_does_not_carry() -> None:
    text = (
        "Cinq personnes ont été tuées à Bangassou. Le maire, qui confirme l'attaque, fait"
        " état de trois morts."
    )
    assert _voices(text)[0] == ("killed", 5, None)


def test_a_voice_named_in_the_toll_s_sentence_stays() -> None:
    text = (
        "Onze personnes ont été tuées à Tshikapa, selon un élu local. L'armée confirme l'attaque."
    )
    assert _voices(text) == [("killed", 11, "un élu local")]


@pytest.mark.parametrize(
    "text",
    [
        "Douze soldats ont été tués dans l'attaque de Monguno. Ce bilan n'a pas pu être"
        " confirmé de source indépendante.",
        "Dix villageois ont été tués près de Bunia. Ces chiffres n'ont pu être vérifiés de"
        " sources indépendantes.",
        "Huit personnes ont été tuées à Kidal. Ces informations n'ont pas pu être"
        " confirmées de source officielle.",
        "Sept militaires ont été blessés près de Mora. L'AFP n'a pas pu vérifier ce bilan de"
        " source indépendante.",
        "Quatre civils ont été tués à Bambari, un bilan impossible à vérifier de source"
        " indépendante.",
    ],
)
def test_what_could_not_be_checked_names_no_voice(text: str) -> None:
    assert french_claims(text + "\n")[0].attribution is None


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Quinze civils ont péri, selon des secouristes. Le bilan n'a pas pu être vérifié"
            " de source indépendante.",
            "des secouristes",
        ),
        ("Vingt rebelles ont été tués, a-t-on appris de source sécuritaire.", "sécuritaire"),
        ("Trois soldats ont été tués, a-t-on appris lundi de source militaire.", "militaire"),
        ("Le bilan a été confirmé de source hospitalière : neuf morts.", "hospitalière"),
    ],
)
def test_a_source_that_checked_stays_the_voice(text: str, voice: str) -> None:
    first = french_claims(text + "\n")[0]
    assert first.attribution is not None and voice in first.attribution


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Onze personnes ont été tuées, ont raconté des rescapés à Radio Okapi.", "des rescapés"),
        ("Trois soldats ont été tués, a déclaré un officier à la BBC.", "un officier"),
        ("Six civils ont été tués, a indiqué le bourgmestre à Actualite.cd.", "le bourgmestre"),
        ("Quatre personnes sont mortes, a confié un infirmier à l'agence Anadolu.", "un infirmier"),
        ("Dix villageois ont été enlevés, a raconté un notable à France 24.", "un notable"),
        (
            "Deux gendarmes ont été blessés, a expliqué le commandant de brigade à Jeune Afrique.",
            "le commandant de brigade",
        ),
        ("Douze personnes ont été tuées, a dit un habitant au quotidien Le Pays.", "un habitant"),
        (
            "Sept personnes ont péri, selon un responsable de la Croix-Rouge joint par"
            " notre rédaction.",
            "un responsable de la Croix-Rouge",
        ),
    ],
)
def test_the_outlet_a_voice_spoke_to_is_no_part_of_it(text: str, voice: str) -> None:
    assert french_claims(text + "\n")[0].attribution == voice


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Selon un bilan de la protection civile transmis à la presse, six personnes"
            " sont mortes.",
            "la protection civile",
        ),
        (
            "D'après des chiffres de la police parvenus à notre rédaction, neuf personnes"
            " ont été arrêtées.",
            "la police",
        ),
        (
            "Selon un décompte de Human Rights Watch diffusé lundi, 40 civils ont été tués.",
            "Human Rights Watch",
        ),
        (
            "Quatre gendarmes ont perdu la vie, selon une note interne de la gendarmerie"
            " consultée par l'AFP.",
            "la gendarmerie",
        ),
        (
            "Trente-deux personnes ont été tuées, selon un document de l'OCHA consulté par"
            " Reuters.",
            "l'OCHA",
        ),
        (
            "Cinq gardes forestiers ont été tués, selon un communiqué signé du porte-parole"
            " de l'ICCN.",
            "le porte-parole de l'ICCN",
        ),
        (
            "Neuf assaillants ont été neutralisés, d'après un communiqué émanant de"
            " l'état-major de l'opération Shujaa.",
            "l'état-major de l'opération Shujaa",
        ),
    ],
)
def test_a_document_s_participle_is_no_part_of_its_author(text: str, voice: str) -> None:
    assert french_claims(text + "\n")[0].attribution == voice


@pytest.mark.parametrize(
    ("text", "voice", "origin"),
    [
        (
            "Six soldats ont été tués à Diffa, rapporte l'AFP citant une source sécuritaire.",
            "l'AFP",
            "une source sécuritaire",
        ),
        (
            "Onze personnes ont été enlevées, indique Radio Okapi citant la société civile"
            " de Lubero.",
            "Radio Okapi",
            "la société civile de Lubero",
        ),
    ],
)
def test_an_outlet_citing_its_voice_with_no_comma(text: str, voice: str, origin: str) -> None:
    first = french_claims(text + "\n")[0]
    assert (first.attribution, first.origin) == (voice, origin)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a place the voice spoke in is not cut as an outlet
        ("Cinq personnes ont été tuées, a déclaré le maire à Goma.", "le maire"),
        # an outlet that is the voice stays
        ("Une vingtaine de personnes ont été enlevées, rapporte Radio Okapi.", "Radio Okapi"),
        ("Neuf personnes ont été tuées, selon la radio communautaire de Fizi.", "radio"),
    ],
)
def test_names_that_stay(text: str, voice: str) -> None:
    first = french_claims(text + "\n")[0]
    assert first.attribution is not None and voice in first.attribution
