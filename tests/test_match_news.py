"""Matching news reports of one incident told by different outlets (issue 16), on texts
written for the tests: a page's date stamp read as a dateline, and one voice relayed
by two outlets; each with its negatives (another
incident the same day, another day, a war-wide total)."""

from __future__ import annotations

from pathlib import Path

from workbench.service import Metadata, Workbench


def load(tmp_path: Path, *articles: tuple[str, str]) -> Workbench:
    """A fresh database holding the articles (text, published date), each by an outlet
    of its own and with no title."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    for number, (text, published) in enumerate(articles):
        path = tmp_path / f"{number}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        report = bench.ingest([str(path)], Metadata(outlet=f"Outlet {number}", published=published))
        assert report.added == 1, report.errors
    return bench


def relations(bench: Workbench) -> list[tuple[str, str]]:
    return [(link.relation, link.reason or "") for link in bench.links()]


STAMPED = (
    "date 2019-03-10 At least 44 rice farmers were killed by insurgents in Nigeria, "
    "a lawmaker said.",
    "2019-03-10",
)


def test_a_page_stamp_is_a_dateline_whose_news_may_be_of_the_day_before(
    tmp_path: Path,
) -> None:
    # the stamp (Sunday) is when the page came out; the later report names Saturday
    bench = load(
        tmp_path,
        STAMPED,
        ("More than 43 farmers were killed by insurgents in Nigeria on Saturday.", "2019-03-13"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "same place 'Nigeria'" in reason


def test_a_page_stamp_does_not_reach_an_incident_days_before(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        STAMPED,
        ("More than 43 farmers were killed by insurgents in Nigeria on Wednesday.", "2019-03-13"),
    )
    assert relations(bench) == []


def test_undated_reports_days_apart_are_two_incidents(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("At least 100 people were killed in an attack in Sudan, the army said.", "2019-03-10"),
        ("More than 100 people were killed in Sudan, witnesses said.", "2019-03-13"),
    )
    assert relations(bench) == []


def test_undated_reports_a_day_apart_in_two_towns_are_two_incidents(tmp_path: Path) -> None:
    # the same region of one country, the same figure, the next day: two towns
    bench = load(
        tmp_path,
        ("Gunmen killed 12 villagers in Gusau, the police said.", "2019-03-10"),
        ("Bandits killed 12 villagers in Kaura Namoda, residents said.", "2019-03-11"),
    )
    assert relations(bench) == []


def test_running_totals_a_day_apart_are_two_counts(tmp_path: Path) -> None:
    # a war-wide total grows by the day; and it never links to one attack's toll
    bench = load(
        tmp_path,
        ("Since the war began, at least 14,000 people have been killed in Sudan.", "2019-03-10"),
        ("More than 14,000 people have been killed in Sudan since the war began.", "2019-03-11"),
        ("More than 100 people were killed in Sudan, witnesses said.", "2019-03-11"),
    )
    assert relations(bench) == []


RELAYED = "Police spokesman Fred Enanga said 25 students were killed in the attack in Garissa."


def test_one_voice_relayed_by_two_outlets_restates_its_figure(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "At least 25 students were killed in Garissa, police spokesman Fred Enanga said.",
            "2019-03-10",
        ),
        (RELAYED, "2019-03-10"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "restates" and "the same voice in two reports" in reason


def test_one_voice_revising_its_toll_in_a_later_report_contradicts_it(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Police spokesman Fred Enanga said 14 students were killed in Garissa on Monday.",
            "2019-03-11",
        ),
        (
            "Police spokesman Fred Enanga said 25 students were killed in Garissa on Monday.",
            "2019-03-12",
        ),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "contradicts" and "the same voice gives another toll" in reason


def test_one_voice_on_two_towns_the_same_day_is_two_incidents(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Police spokesman Fred Enanga said 25 students were killed in Garissa.", "2019-03-10"),
        ("Police spokesman Fred Enanga said 25 students were killed in Lamu.", "2019-03-10"),
    )
    assert relations(bench) == []


FIRST_TOLL = ("Insurgents killed 43 rice farmers in Borno State.", "2019-03-10")


def test_a_later_report_revising_a_mass_killings_toll_contradicts_the_first(
    tmp_path: Path,
) -> None:
    # the later report names the day, Saturday, before the first came out (Sunday)
    bench = load(
        tmp_path,
        FIRST_TOLL,
        ("At least 110 civilians were killed on Saturday in Nigeria, the UN said.", "2019-03-11"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "contradicts"
    assert "43 vs at least 110 killed: intervals disjoint" in reason
    assert "same time, reported 2019-03-10 and 2019-03-11" in reason


def test_a_later_report_of_a_later_day_is_another_incident(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        FIRST_TOLL,
        ("At least 110 civilians were killed on Monday in Nigeria, the UN said.", "2019-03-12"),
    )
    assert relations(bench) == []


def test_small_tolls_a_day_apart_in_one_country_are_two_incidents(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Insurgents killed 4 rice farmers in Borno State.", "2019-03-10"),
        ("At least 11 civilians were killed on Saturday in Nigeria, the UN said.", "2019-03-11"),
    )
    assert relations(bench) == []


DATED = ("Gunmen killed 40 worshippers at a church in Owo on Sunday, police said.", "2019-03-11")


def test_a_stamped_report_days_later_meets_the_incident_another_report_dates(
    tmp_path: Path,
) -> None:
    # the later page names no day: its stamp says when it came out, not when it happened
    bench = load(
        tmp_path,
        DATED,
        ("date 2019-03-16 No fewer than 40 worshippers were killed in Owo.", "2019-03-16"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "same place 'Owo'" in reason
    assert "reported 2019-03-11 and 2019-03-16" in reason


def test_a_stamped_report_weeks_later_is_another_incident(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        DATED,
        ("date 2019-03-30 No fewer than 40 worshippers were killed in Owo.", "2019-03-30"),
    )
    assert relations(bench) == []


def test_two_stamped_reports_days_apart_stay_two_days_news(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("date 2019-03-11 Gunmen killed 40 worshippers at a church in Owo.", "2019-03-11"),
        ("date 2019-03-16 No fewer than 40 worshippers were killed in Owo.", "2019-03-16"),
    )
    assert relations(bench) == []
