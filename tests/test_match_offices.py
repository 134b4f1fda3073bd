"""One victim two reports describe by the office or the trade they held, one naming
the person and the other not ("the Yugoslav ambassador Vladimir Rolovic" and "the
Yugoslav ambassador", "a French diplomat" and "the French military attache", "the
Norwegian publisher William Nygaard" and "a publisher"), in one city the same day:
one incident, tied by more than the number one. Near misses (two countries'
diplomats, a mayor and a governor, "a man" twice, another day) stay apart.
Reports written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations
from workbench.match.victims import same_office, same_role
from workbench.service import Workbench

DAY = "1984-03-06"


def _both_counted(bench: Workbench, category: str) -> bool:
    """Whether each report gave a claim of the category: a near miss is unlinked for its rule."""
    return len({c.document_id for c in bench.claims() if c.category.value == category}) == 2


@pytest.mark.parametrize(
    ("first", "second", "category"),
    [
        (
            "The Danish ambassador Lars Holm is shot dead at the embassy in Vienna.",
            "AUSTRIA. Two gunmen shot and killed the Danish ambassador in Vienna.",
            "killed",
        ),
        (
            "A Belgian diplomat is shot dead in Nairobi by unknown gunmen.",
            "KENYA. Gunmen assassinated the Belgian military attache in Nairobi.",
            "killed",
        ),
        (
            "The publisher Karl Lund is shot outside his home in Copenhagen and badly injured.",
            "DENMARK. Gunmen shot and badly wounded a publisher outside his home in Copenhagen.",
            "wounded",
        ),
    ],
)
def test_one_office_holder_told_twice(
    tmp_path: Path, first: str, second: str, category: str
) -> None:
    bench = load(tmp_path, (first, DAY), (second, DAY))
    assert relations(bench, category) == ["corroborates"]


@pytest.mark.parametrize(
    ("first", "second", "second_day"),
    [
        # two countries' diplomats
        (
            "The Danish ambassador is shot dead in Vienna.",
            "AUSTRIA. Gunmen killed a Turkish diplomat in Vienna.",
            DAY,
        ),
        # two offices
        (
            "The mayor is shot dead in Vienna.",
            "AUSTRIA. Gunmen killed the governor in Vienna.",
            DAY,
        ),
        # a word for anyone says nothing of who
        ("A man is shot dead in Vienna.", "AUSTRIA. Gunmen killed a man in Vienna.", DAY),
        # another day
        (
            "The Danish ambassador is shot dead in Vienna.",
            "AUSTRIA. Gunmen killed the Danish ambassador in Vienna.",
            "1984-03-20",
        ),
    ],
)
def test_two_victims_stay_apart(tmp_path: Path, first: str, second: str, second_day: str) -> None:
    bench = load(tmp_path, (first, DAY), (second, second_day))
    assert _both_counted(bench, "killed") and relations(bench, "killed") == []


@pytest.mark.parametrize(
    ("a", "b", "office", "role"),
    [
        ("Danish ambassador Lars Holm", "Danish ambassador", True, True),
        ("Belgian diplomat", "Belgian military attache", True, False),
        ("Danish ambassador", "Turkish ambassador", False, False),
        ("publisher Karl Lund", "publisher", False, True),
        ("man", "man", False, False),
        ("mayor", "governor", False, False),
    ],
)
def test_offices_and_roles(a: str, b: str, office: bool, role: bool) -> None:
    assert same_office(a, b) is office
    assert same_role(a, b) is role
