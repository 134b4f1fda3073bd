"""A corrected place and its sentence's claims (events/corrected_places.py): texts written
for these tests."""

from __future__ import annotations

from tests.match_helpers import match_input
from workbench.events.grouping import group
from workbench.match import MatchInput

_SENTENCE = "The shelling by the rebels killed seven soldiers and two civilians and wounded 15."


def _claims(corrected: str, sentence: str = _SENTENCE) -> list[MatchInput]:
    common = dict(document_id=1, voice_id=1, sentence=sentence, location="Rebel Artillery")
    return [
        match_input(1, 7, text="killed seven soldiers", **{**common, "location": corrected}),
        match_input(2, 2, text="two civilians", **common),
        match_input(3, 15, text="wounded 15", category="wounded", **common),
    ]


def _together(groups: list) -> bool:  # type: ignore[type-arg]
    return any({1, 2, 3} <= set(g.claim_ids) for g in groups)


def test_a_place_corrected_from_outside_its_sentence_keeps_its_sentence() -> None:
    claims = _claims("Kidal region")
    assert _together(group(claims, [], {}, {}, {1: "Rebel Artillery"}))
    # "bombardement" in French, another place
    french = "Le bombardement a tué sept soldats et deux civils et blessé 15 personnes."
    assert _together(group(_claims("Gao", french), [], {}, {}, {1: "Rebel Artillery"}))


def test_a_place_its_sentence_names_parts_it() -> None:
    """Negative: "seven in Kidal and two in Gao", the first corrected to Kidal."""
    sentence = "The shelling killed seven soldiers in Kidal and two civilians in Gao."
    claims = _claims("Kidal", sentence)[:2]
    groups = group(claims, [], {}, {}, {1: "Rebel Artillery"})
    assert not any({1, 2} <= set(g.claim_ids) for g in groups)
