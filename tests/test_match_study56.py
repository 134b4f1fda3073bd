"""Matching kinds from the study halves read in session 56, and their negatives:
a force named as the one that struck is no side of the people counted
(`features._striking`); two figures of one sentence dispute only where it names both
voices (`relate._two_groups_of_one_sentence`); a count's "as of" day is a tally's,
not the incident's (`time_spans._counted_as_of`). Texts written for these tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.match_reports import load
from tests.test_match_texts import links
from workbench.match.site_words import one_kind_of_site, site_kinds
from workbench.match.time_spans import REPORTING_LAG, time_span


def test_the_force_that_struck_is_no_side_of_the_dead(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "A missile strike claimed the lives of over 20 Ukrainians in Sumy on Sunday.",
            "2025-04-13",
        ),
        (
            "The number of people killed in the missile strike by Russian forces on Sumy "
            "has risen to 32.",
            "2025-04-13",
        ),
    )
    [(relation, reason)] = links(bench)
    assert relation == "corroborates" and "32" in reason


def test_a_force_counted_keeps_its_side(tmp_path: Path) -> None:
    """'Russian troops' as the dead, not the strikers: no count of Ukrainians."""
    bench = load(
        tmp_path,
        ("A missile strike killed over 20 Ukrainians in Sumy on Sunday.", "2025-04-13"),
        ("Sumy: 32 were killed on Sunday, among them Russian troops held there.", "2025-04-13"),
    )
    assert links(bench) == []


@pytest.mark.parametrize(
    "text",
    [
        "Three gunmen were shot dead in Leeds on Saturday after killing seven people.",
        "Police killed two attackers in Leeds on Saturday who had killed nine shoppers.",
    ],
)
def test_two_groups_of_one_sentence_do_not_dispute(tmp_path: Path, text: str) -> None:
    bench = load(tmp_path, (text, "2017-06-04"))
    assert [r for r, _ in links(bench) if r == "contradicts"] == []


def test_one_sentence_naming_two_voices_disputes(tmp_path: Path) -> None:
    text = (
        "Gunmen attacked Kwaya on Monday; the army said five people were killed, but "
        "residents said 30 people were killed."
    )
    bench = load(tmp_path, (text, "2024-03-05"))
    [(relation, reason)] = links(bench)
    assert relation == "contradicts" and "5 vs 30" in reason


@dataclass(frozen=True)
class _Claim:
    date: str | None
    date_text: str | None
    published: str | None
    sentence: str


@pytest.mark.parametrize(
    ("sentence", "words", "days"),
    [
        ("The colonel confirmed 62 deaths and 62 injured as of October 25.", "October 25", 7),
        ("Health officials counted 40 dead as at Monday.", "Monday", 7),
        ("Gunmen killed 62 people on October 25.", "October 25", 0),
    ],
)
def test_an_as_of_day_is_a_tallys(sentence: str, words: str, days: int) -> None:
    span = time_span(_Claim("2022-10-25", words, "2022-11-10", sentence))
    assert (span.end - span.start, span.explicit) == (days, days == 0)
    assert days in (0, REPORTING_LAG.days)


def test_a_tally_as_of_two_days_on_meets_the_nights_toll(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Jets bombed a concert in Hpakant on Sunday night, killing at least 50 people.",
            "2022-10-24",
        ),
        ("The colonel confirmed 62 deaths in Hpakant as of October 25.", "2022-11-10"),
    )
    [(relation, _)] = links(bench)
    assert relation == "corroborates"


def test_one_voices_mass_toll_and_its_floor_restate(tmp_path: Path) -> None:
    """'117 others injured' and 'At least 117 people were injured', the same minister
    told by two outlets, one placing it in the country only: one statement."""
    bench = load(
        tmp_path,
        (
            "Gunmen stormed the Oasis Hotel in Mogadishu on Friday. We confirmed 21 dead and "
            "117 others injured, health minister Ali Haji said.",
            "2022-08-20",
        ),
        (
            "At least 117 people were injured in Somalia on Friday, Health Minister Ali Haji "
            "Adan said.",
            "2022-08-21",
        ),
    )
    assert [r for r, _ in links(bench)] == ["restates"]


def test_one_voices_two_country_tolls_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("At least 17 people were injured in Somalia on Friday, the minister said.", "2022-08-20"),
        ("At least 25 people were injured in Somalia on Friday, the minister said.", "2022-08-21"),
    )
    assert [r for r, _ in links(bench) if r == "restates"] == []


def test_a_cafe_and_a_restaurant_are_one_kind_of_site() -> None:
    first = site_kinds("the bodies were pulled from the rubble of the destroyed cafe")
    second = site_kinds("a missile strike on a crowded restaurant")
    assert one_kind_of_site(first, second)
    assert not one_kind_of_site(first, site_kinds("a missile strike on a hotel"))
