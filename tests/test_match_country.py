"""Matching where two reports share no place below the country (issue 16), on texts
written for the tests: a note that names no place and a title that names the
country, a place the gazetteer does not know against the country, figures that must
agree at country level, and undated reports days apart; each with its negative."""

from __future__ import annotations

from pathlib import Path

from workbench.extract.home_country import dominant_countries
from workbench.service import Metadata, Workbench


def load(tmp_path: Path, *articles: tuple[str, str, str | None]) -> Workbench:
    """A fresh database holding the articles (title, text, published date), each by
    an outlet of its own."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    for number, (title, text, published) in enumerate(articles):
        path = tmp_path / f"{number}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        meta = Metadata(outlet=f"Outlet {number}", title=title or None, published=published)
        report = bench.ingest([str(path)], meta, jobs=1)
        assert report.added == 1, report.errors
    return bench


def relations(bench: Workbench) -> list[tuple[str, str]]:
    return [(link.relation, link.reason or "") for link in bench.links()]


def test_the_title_names_the_country_where_the_body_names_none() -> None:
    body = ["Gunmen killed two police officers at a checkpoint."]
    assert dominant_countries(body, title="Event notes — Kenya")[1].name == "Kenya"
    assert dominant_countries(body) == (None, None)
    # a body that names a country keeps it, whatever the title says
    named = ["Gunmen killed two police officers in Somalia."]
    assert dominant_countries(named, title="Event notes — Kenya")[1].name == "Somalia"


def test_a_note_naming_no_place_meets_a_report_in_its_country(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "Two police officers were shot dead in Garissa on Sunday.", "2019-03-04"),
        ("Event notes — Kenya", "Suspected militants kill two police officers.", "2019-03-04"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "same country: Kenya" in reason


def test_a_note_naming_no_place_and_no_country_meets_nothing(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "Two police officers were shot dead in Garissa on Sunday.", "2019-03-04"),
        ("Event notes", "Suspected militants kill two police officers.", "2019-03-04"),
    )
    assert relations(bench) == []


def test_country_level_needs_figures_that_agree(tmp_path: Path) -> None:
    # the same day and country, five officers against three: two incidents as often as one
    bench = load(
        tmp_path,
        ("", "Five police officers were killed in Garissa on Sunday.", "2019-03-04"),
        ("", "Militants killed three police officers in Kenya.", "2019-03-04"),
    )
    assert relations(bench) == []


def test_an_unknown_place_and_its_country_agree_at_country_level(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "Militants killed three police officers in northeastern Kenya.", "2019-03-04"),
        ("— Kenya", "Three police officers were killed at Zanguberi Police Camp.", "2019-03-04"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "same country: Kenya" in reason
    # published days apart, the two are not one day's
    later = load(
        tmp_path / "later",
        ("", "Militants killed three police officers in northeastern Kenya.", "2019-03-04"),
        ("— Kenya", "Three police officers were killed at Zanguberi Police Camp.", "2019-03-06"),
    )
    assert relations(later) == []


def test_an_unknown_place_beside_a_border_is_not_in_that_country(tmp_path: Path) -> None:
    # the unknown camp's report is about Kenya; the other names only Somalia
    bench = load(
        tmp_path,
        ("", "Militants killed three police officers in Somalia.", "2019-03-04"),
        ("", "Three police officers were killed at Zanguberi Police Camp, Kenya.", "2019-03-04"),
    )
    assert relations(bench) == []


def test_undated_reports_days_apart_are_two_incidents(tmp_path: Path) -> None:
    first = ("", "46 people were killed by two suicide attacks in Damascus.", "2019-03-11")
    bench = load(
        tmp_path, first, ("", "Twin suicide attacks kill dozens in Damascus.", "2019-03-15")
    )
    assert relations(bench) == []
    # the next day's report of the same attacks is the same time
    again = load(
        tmp_path / "again",
        first,
        ("", "Twin suicide attacks kill dozens in Damascus.", "2019-03-12"),
    )
    assert [relation for relation, _ in relations(again)] == ["corroborates"]


def test_a_known_town_and_an_unknown_place_agree_on_one_figure(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("— Israel", "A bomb went off in Zion Square on Friday, killing 13 people.", "2019-07-05"),
        ("", "A bomb exploded in Jerusalem on Friday, killing 13 persons.", "2019-07-05"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "same country: Israel" in reason
    # two places named and two figures, even overlapping ones, where the bound says
    # little of the figure ("at least 5" of 13): two incidents
    other = load(
        tmp_path / "other",
        ("— Israel", "A bomb went off in Zion Square on Friday, killing 13 people.", "2019-07-05"),
        ("", "A bomb exploded in Jerusalem on Friday, killing at least 5 persons.", "2019-07-05"),
    )
    assert relations(other) == []
    # a bound close below the figure reaches it: "at least 11" of 13
    near = load(
        tmp_path / "near",
        ("— Israel", "A bomb went off in Zion Square on Friday, killing 13 people.", "2019-07-05"),
        ("", "A bomb exploded in Jerusalem on Friday, killing at least 11 persons.", "2019-07-05"),
    )
    [(relation, reason)] = relations(near)
    assert relation == "corroborates" and "at least 11" in reason


def test_one_story_retold_with_another_toll_contradicts(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "Gunmen killed 12 soldiers in Mali on Monday, the outlet said.", "2019-03-02"),
        ("", "Gunmen killed 30 soldiers in Mali on Monday, the outlet said.", "2019-03-02"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "contradicts" and "12 vs 30 killed" in reason
    # told in other words, 12 and 30 soldiers the same day in Mali may be two attacks
    other = load(
        tmp_path / "other",
        ("", "Gunmen killed 12 soldiers in Mali on Monday, the outlet said.", "2019-03-02"),
        ("", "A landmine blast in Mali on Monday killed 30 soldiers, the army said.", "2019-03-02"),
    )
    assert relations(other) == []


def test_an_unknown_village_is_not_inside_a_known_town(tmp_path: Path) -> None:
    # Islam Qala is a town the gazetteer knows (as Kafir Qala); Khawja-Jir village is
    # not known, and a village is no part of a town: two incidents of one figure
    bench = load(
        tmp_path,
        (
            "— Afghanistan",
            "On 29 April 2019, 2 soldiers were shot and killed in Khawja-Jir village.",
            "2019-04-30",
        ),
        (
            "— Afghanistan",
            "On 29 April 2019, 2 soldiers were kidnapped and later killed in Islam Qala.",
            "2019-04-30",
        ),
    )
    assert relations(bench) == []
    # a square or a site the gazetteer does not know may lie in the town
    site = load(
        tmp_path / "site",
        (
            "— Afghanistan",
            "On 29 April 2019, 2 soldiers were shot and killed at Islam Qala customs post.",
            "2019-04-30",
        ),
        (
            "— Afghanistan",
            "On 29 April 2019, 2 soldiers were kidnapped and later killed in Islam Qala.",
            "2019-04-30",
        ),
    )
    assert [relation for relation, _ in relations(site)] == ["corroborates"]
