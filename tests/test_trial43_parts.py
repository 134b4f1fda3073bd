"""Parts of a toll that session 43's analyst trial found read as tolls of their own
(issue 16, events): a part whose words start at its figure after "including" or
"among them", and a part told by a partitive after it ("beheading three of them").
Sentences written for these tests, with their negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.match.parts import is_part
from workbench.service import Workbench


@pytest.mark.parametrize(
    "sentence, part, whole",
    [
        (
            "Police said 23 people died in the raid, including five gunmen shot by officers.",
            "five gunmen shot",
            "23 people died",
        ),
        (
            "Nine people, among them three nurses, were still missing on Friday.",
            "three nurses, were still missing",
            "Nine people, among them three nurses, were still missing",
        ),
        (
            "The attackers killed at least eight villagers, burning four of them alive.",
            "burning four",
            "killed at least eight villagers",
        ),
        (
            "Twelve traders were abducted, of whom two children later escaped.",
            "two children later escaped",
            "Twelve traders were abducted",
        ),
    ],
)
def test_a_part_whose_words_start_at_its_figure_is_a_part(
    sentence: str, part: str, whole: str
) -> None:
    assert is_part(part, sentence, "killed")
    assert not is_part(whole, sentence, "killed")


@pytest.mark.parametrize(
    "sentence, claim",
    [
        ("Gunmen killed 4 civilians, 1 of them a child.", "killed 4 civilians"),
        ("Soldiers killed six insurgents and arrested three others.", "arrested three"),
        ("The blast killed 14, including in the market, officials said.", "killed 14"),
        # words read up to the part's figure: the partitive after is the part's
        (
            "A blast killed at least 10 people, two of them children.",
            "killed at least 10 people, two",
        ),
    ],
)
def test_a_whole_or_a_toll_of_its_own_is_no_part(sentence: str, claim: str) -> None:
    assert not is_part(claim, sentence, "killed")


def _event_killed(tmp_path: Path, text: str) -> tuple[object, object]:
    bench = Workbench(str(tmp_path / "claims.db"), analyst="tester")
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.json").write_text('{"outlet": "Valley Wire", "published": "2025-03-05"}')
    assert bench.ingest([str(folder)], jobs=1).added == 1
    (event,) = bench.events()
    killed = next(f for f in bench.event(event.id).figures if f.category.value == "killed")
    return killed.conservative, killed.high


def test_an_events_figures_leave_out_a_part_told_with_its_own_verb(tmp_path: Path) -> None:
    text = (
        "Police said 23 people died in the raid on Dambe on Monday, including five "
        "gunmen shot dead by officers."
    )
    assert _event_killed(tmp_path, text) == (23, 23)


def test_an_events_figures_leave_out_a_partitive_after_the_part(tmp_path: Path) -> None:
    text = "Insurgents killed at least eight villagers in Dambe on Monday, beheading four of them."
    assert _event_killed(tmp_path, text)[0] == 8


def test_a_part_in_one_report_is_related_to_anothers_whole_toll() -> None:
    """A trial's links: the police's "dont six membres de gangs" against a wire's 41
    dead was a contradiction; a part fits inside a toll (`parts.part_fits`)."""
    from tests.match_helpers import match_input, related

    whole = match_input(
        1, 41, location="Dambe", text="41 morts", sentence="Le bilan est passé à 41 morts."
    )
    part = match_input(
        2, 6, location="Dambe", text="six membres",
        sentence="La police avance un bilan de 19 morts, dont six membres de gangs.",
    )  # fmt: skip
    assert [relation for relation, _ in related(whole, part)] == ["related"]


def test_one_familys_part_that_agrees_with_anothers_toll_corroborates_it() -> None:
    """A trial's wire gave the government's "six soldiers and two civilians" under its
    headline's eight (so the six was a part); the government's own "6 militaires"
    against it was related as "a part", not the same soldiers' toll."""
    from tests.match_helpers import match_input

    wire = dict(document_id=1, voice_id=1, voice="government", location="Dambe")
    headline = match_input(1, 8, subject="people", text="kill eight", **wire)
    soldiers = match_input(2, 6, subject="soldiers", text="killed six soldiers", **wire)
    civilians = match_input(3, 2, subject="civilians", text="two civilians", **wire)
    own = match_input(4, 6, subject="soldiers", location="Dambe", text="6 soldiers")
    found = {(s.a, s.b): s.relation for s in _match([headline, soldiers, civilians, own])}
    assert found[(2, 4)] == "corroborates"


def test_another_voices_bound_is_no_sum_of_a_reports_parts() -> None:
    from tests.match_helpers import match_input
    from workbench.match.features import features
    from workbench.match.parts import with_parts

    wire = dict(document_id=1, location="Dambe")
    government = dict(voice_id=1, voice="government", **wire)
    headline = match_input(1, 8, subject="people", **government)
    civilians = match_input(2, 2, subject="civilians", **government)
    soldiers = match_input(3, 6, subject="soldiers", **government)
    source = match_input(
        4, 10, subject="soldiers", qualifier="at_least", voice_id=2, voice="a security source",
        **wire,
    )  # fmt: skip
    read = with_parts([features(c) for c in (headline, civilians, soldiers, source)])
    assert [f.part for f in read] == [False, True, True, False]


def _match(claims: list) -> list:
    from workbench.match import match

    return match(claims, claims)


@pytest.mark.parametrize(
    "sentence, part, whole",
    [
        (
            "Parmi les victimes figurent 5 enfants et 4 femmes, selon la société civile.",
            "4 femmes",
            "Au moins 18 civils ont été tués",
        ),
        ("Les secouristes ont retrouvé 5 nouveaux corps dimanche.", "5 nouveaux corps", "18 morts"),
        (
            "Le bilan est de 9 morts, dont 3 soldats, 2 policiers et un douanier.",
            "2 policiers",
            "9 morts",
        ),
    ],
)
def test_a_french_breakdown_or_more_found_is_a_part(sentence: str, part: str, whole: str) -> None:
    assert is_part(part, sentence, "killed")
    assert not is_part(whole, whole + ".", "killed")


def test_a_toll_of_another_fate_after_a_french_breakdown_is_no_part() -> None:
    sentence = "Le bilan est de 9 morts, dont 3 soldats et 12 blessés."
    assert not is_part("12 blessés", sentence, "wounded")
