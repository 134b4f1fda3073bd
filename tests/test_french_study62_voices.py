"""A voice from the fresh study set of session 62 (french-p), on French sentences
written for the test, with negatives: the voice told in the passive in the sentence
after the toll ("L'information a été confirmée par le porte-parole ...")."""

from __future__ import annotations

import pytest

from tests.french_helpers import french_claims
from workbench.extract.confirmations import CONFIRMED_BY_FR


def test_a_passive_confirmation_after_the_toll_gives_its_voice() -> None:
    text = (
        "Deux policiers ont été tués et un autre blessé, mardi 3 mai, lors d'une embuscade"
        " à Mirebalais. L'information a été confirmée par le porte-parole de la police"
        " nationale (PNH), l'inspecteur Jean Dupont.\n"
    )
    claims = french_claims(text)
    assert [(c.category.value, c.value) for c in claims] == [("killed", 2), ("wounded", 1)]
    assert all(c.attribution and c.attribution.startswith("le porte-parole") for c in claims)


@pytest.mark.parametrize(
    "second",
    [
        # a figure of its own: no mere confirmation
        "L'information a été confirmée par 3 témoins de la 5e région.",
        # who confirmed something else, not the toll told
        "Sa nomination a été confirmée par le décret n° 2023-12 du président.",
        "Le calibre des armes a été confirmé par la police.",
    ],
)
def test_no_mere_confirmation(second: str) -> None:
    assert CONFIRMED_BY_FR.match(second.lower()) is None


def test_a_passive_confirmation_opening_the_next_paragraph() -> None:
    text = (
        "Quatre bandits ont été abattus samedi à Delmas.\n\nLa nouvelle a été confirmée par"
        " le porte-parole de la police, Marie Joseph.\n"
    )
    claims = french_claims(text)
    assert [c.value for c in claims] == [4]
    assert claims[0].attribution is not None
    assert claims[0].attribution.startswith("le porte-parole")


def test_who_draws_up_or_documents_a_toll_is_its_voice() -> None:
    """ "X a dressé un bilan de 26 morts" is X's toll, not the witness's of the sentence
    before; "a documenté au moins 38 morts" likewise (trial 62)."""
    text = (
        "« Les tirs ont duré deux heures », a témoigné un commerçant. Devant la presse, le"
        " gouverneur Paul Atangana a dressé un bilan de 19 morts et 4 blessés.\n"
    )
    assert {c.attribution for c in french_claims(text)} == {"Paul Atangana"}
    (un,) = french_claims("Le HCDH a pour sa part documenté au moins 41 morts.")
    assert un.attribution == "Le HCDH"


def test_barricades_drawn_up_give_no_voice() -> None:
    (claim,) = french_claims("Des jeunes ont dressé des barricades et 3 personnes ont été tuées.")
    assert claim.attribution is None


def test_a_toll_of_its_own_deeds_names_no_voice_after_bilan_de() -> None:
    """ "le bilan de ses actions pour la période ..." is no voice; the next sentence's
    subject speaks the figures."""
    text = (
        "La gendarmerie a présenté jeudi le bilan de ses opérations pour le mois d'août."
        " L'institution a indiqué que quelque 7 gendarmes ont été blessés.\n"
    )
    (claim,) = french_claims(text)
    assert claim.attribution == "L'institution"
    (owned,) = french_claims("Selon le bilan de l'OCHA, 12 personnes ont été tuées.")
    assert owned.attribution == "l'OCHA"
