"""French kinds a Cameroon trial found (issue 18), on sentences written for the tests:
a side's toll ("le bilan du côté des assaillants s'élève à") is no voice, where a
toll given by someone ("le bilan de la gendarmerie") still is; people joined to a
toll with a verb of their own share no fate."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def claims(text: str) -> list[Claim]:
    """The claims of a French document of June 2025."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2025, 6, 12)}
    )
    return list(extract_claims(doc))


def voices(text: str) -> list[tuple[int | None, str | None]]:
    """Each claim's figure and voice."""
    return [(c.value, c.attribution) for c in claims(text)]


def test_a_sides_toll_is_no_voice() -> None:
    said = voices("Le bilan du côté des assaillants s'élève à 31 combattants tués à Kerawa.")
    assert said == [(31, None)]
    said = voices("Le bilan de la gendarmerie fait état de 9 morts à Kerawa, mardi.")
    assert said == [(9, "la gendarmerie")]


def figures(text: str) -> list[tuple[str, int | None]]:
    """Each claim's category and figure."""
    return [(c.category.value, c.value) for c in claims(text)]


def test_people_joined_to_a_toll_with_a_verb_of_their_own_share_no_fate() -> None:
    """ "Huit civils ont été tués et une femme a écopé de blessures" gave the woman as
    killed; a list's people still share the fate told before them."""
    assert figures("Six bergers ont été tués et un enfant a survécu à Kerawa.") == [("killed", 6)]
    assert figures("Six bergers ont été tués et un enfant a été blessé à Kerawa.") == [
        ("killed", 6),
        ("wounded", 1),
    ]
    assert figures("Les assaillants ont tué six bergers et un enfant à Kerawa.") == [
        ("killed", 6),
        ("killed", 1),
    ]
