"""Running totals against each other (trial 74c): one total counted on to a later day
is no dispute ("43,712" from the ministry on the 12th, "43,764" from OCHA to the
14th), and two periods' totals (a two-day window and the war's total since its first
day) are not compared at all. A report's window between two days' afternoons is a
total. Texts written for these tests; real stores."""

from __future__ import annotations

from pathlib import Path

from workbench.ingest.files import Metadata
from workbench.service import Workbench


def _bench(tmp_path: Path, texts: list[tuple[str, str]]) -> Workbench:
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    for n, (text, day) in enumerate(texts):
        path = tmp_path / f"{n}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        meta = Metadata(outlet=f"Outlet {n}", published=day)
        assert bench.ingest([str(path)], meta, jobs=1).added == 1
    return bench


_MINISTRY = (
    "Since 7 October 2023, 38,410 people have been killed in Gaza, the health ministry "
    "said on 3 May.",
    "2025-05-03",
)
_LATER = (
    "Since 7 October 2023, at least 38,466 people have been killed in Gaza, the "
    "relief office said on 5 May.",
    "2025-05-05",
)
_WINDOW = (
    "Between the afternoons of 3 and 5 May, 56 people were killed in Gaza, the relief office said.",
    "2025-05-05",
)


def test_a_total_counted_on_is_no_dispute(tmp_path: Path) -> None:
    bench = _bench(tmp_path, [_MINISTRY, _LATER])
    (link,) = bench.links()
    assert link.relation == "related"
    assert "a running total counted on to a later day" in link.reason


def test_a_total_that_shrank_is_still_a_dispute(tmp_path: Path) -> None:
    shrank = (_LATER[0].replace("at least 38,466", "38,101"), _LATER[1])
    (link,) = _bench(tmp_path, [_MINISTRY, shrank]).links()
    assert link.relation == "contradicts"


def test_two_periods_totals_are_not_compared(tmp_path: Path) -> None:
    bench = _bench(tmp_path, [_MINISTRY, _WINDOW])
    assert bench.links() == []
    window = [c for c in bench.claims() if c.value == 56]
    assert [c.scope.value for c in window] == ["cumulative"]


_HOSPITAL = (
    "MISRATA (Reuters) - Gunmen stormed the Al-Karama detention centre in Misrata on "
    "Thursday night and killed six migrants, a hospital official said.",
    "2026-11-20",
)


def test_a_none_of_one_named_site_disputes_its_toll(tmp_path: Path) -> None:
    """Trial 74d: the ministry's "nobody had been killed in the attack on the Al-Nasr
    detention centre" never met the hospital's seven dead."""
    ministry = (
        "The Interior Ministry said on Friday that nobody had been killed in the attack on "
        "the Al-Karama detention centre in Misrata on Thursday night.",
        "2026-11-21",
    )
    (link,) = _bench(tmp_path, [_HOSPITAL, ministry]).links()
    assert (link.relation, link.a.value, link.b.value) == ("contradicts", 6, 0)


def test_a_bare_none_of_the_town_stays_apart(tmp_path: Path) -> None:
    ministry = (
        "The Interior Ministry said on Friday that nobody had been killed in Misrata on "
        "Thursday night.",
        "2026-11-21",
    )
    assert _bench(tmp_path, [_HOSPITAL, ministry]).links() == []
