"""A claim of no country the extractor knew takes its place's country, else its report's
one country, at ingest (pairs-news-l study: "eight injured" at an unknown "Grand Blanc
Township" on a page whose other claims lie in Michigan had no country, so it met no
other report's Michigan); and the attacker's own death told alone is a part of a toll;
on texts written for the tests, with negatives."""

from __future__ import annotations

from pathlib import Path

from tests.test_match_country import load, relations
from workbench.match.parts import is_part

TOWNSHIP = (
    "A gunman killed four people at a church in Michigan on Sunday, police said. Eighteen"
    " people were injured in Marrowby Township."
)


def test_a_claim_of_no_country_takes_its_reports(tmp_path: Path) -> None:
    bench = load(tmp_path, ("", TOWNSHIP, "2025-09-28"))
    assert {c.country for c in bench.claims()} == {"United States"}


def test_a_place_on_a_border_gives_no_country(tmp_path: Path) -> None:
    text = "An air strike near the Iraq-Syria border killed at least 5 militiamen."
    bench = load(tmp_path, ("", text, "2019-09-19"))
    assert [c.country for c in bench.claims()] == [None]


def test_the_unknown_township_meets_the_state(tmp_path: Path) -> None:
    # (two small tolls alike, such as eight and eight, need more to tie them in a region:
    # relate's `_coincidence`)
    other = "Eighteen people were wounded when a gunman attacked a church in Michigan on Sunday."
    bench = load(tmp_path, ("", TOWNSHIP, "2025-09-28"), ("", other, "2025-09-28"))
    assert "corroborates" in [r for r, _ in relations(bench)]


def test_the_attackers_own_death_alone_is_a_part() -> None:
    for text in ("the suspected shooter is dead", "The gunman was killed"):
        assert is_part(text, text + ".", "killed")
    assert not is_part("the soldiers were killed", "the soldiers were killed.", "killed")
    assert not is_part("the gunman wounded", "the gunman wounded", "wounded")
