"""One voice's one figure, told in several reports or twice in one, is one statement:
each of its claims is suggested one credibility, from the links of all of them,
whichever claim a link happened to reach; another figure of the voice, or the same
figure in another event, keeps its own. Reports written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.service import Workbench

REPORTS = {
    # the army's five told twice in one report: other voices link to the first only
    "a": "The army said five soldiers were killed in an attack on the military camp in "
    "Boni, Mali, on Sunday. Five soldiers were killed in Boni, Mali, on Sunday, the army "
    "repeated in a second statement.",
    "b": "Five soldiers were killed in the attack on the camp in Boni, Mali, on Sunday, the "
    "army said in a statement. A local official said at least 20 soldiers died in Boni on "
    "Sunday.",
    "c": "The army said five soldiers died in Boni, Mali, on Sunday. Residents of Boni said "
    "25 soldiers were killed in the attack on Sunday.",
}


def load(tmp_path: Path, reports: dict[str, str]) -> Workbench:
    bench = Workbench(str(tmp_path / "claims.db"), analyst="tester")
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in reports.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"outlet": f"Outlet {name}", "published": "2024-06-03"}
        (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    report = bench.ingest([str(folder)], jobs=1)
    assert report.added == len(reports), report.errors
    return bench


def test_one_voices_figure_told_again_gets_one_credibility(tmp_path: Path) -> None:
    bench = load(tmp_path, REPORTS)
    army = [c for c in bench.claims() if c.voice.startswith("army") and c.value == 5]
    assert len(army) == 4 and len({c.document_id for c in army}) == 3
    grades = {bench.credibility(c.id).suggested.grade for c in army}
    assert grades == {5}, grades  # two other voices contradict the army's five
    # the event's detail says the same of each
    event = bench.event(bench.event_of(army[0].id) or 0)
    mine = {c.claim_id: c.suggested.grade for c in event.credibility}
    assert {mine[c.id] for c in army} == {5}
    # the other voices' claims keep their own
    others = [c for c in bench.claims() if c.value in (20, 25)]
    assert {bench.credibility(c.id).suggested.grade for c in others} == {3}


def test_another_figure_of_the_voice_keeps_its_own_credibility(tmp_path: Path) -> None:
    reports = {
        **REPORTS,
        "d": "The army said two soldiers were wounded in Boni, Mali, on Sunday.",
    }
    bench = load(tmp_path, reports)
    [wounded] = [c for c in bench.claims() if c.category == "wounded"]
    assert bench.credibility(wounded.id).suggested.grade == 3  # alone


def test_an_open_figure_confirms_only_what_it_entails(tmp_path: Path) -> None:
    """'At least 115 killed' confirms 'more than 60 killed', which it entails; 'more
    than 60' only fits 'at least 115' (a trial: both were suggested "confirmed")."""
    bench = load(
        tmp_path,
        {
            "a": "The mayor said at least 115 people were killed in the gang attack on "
            "Kerouane, Guinea, on Sunday.",
            "b": "Police said more than 60 people were killed in the gang attack on "
            "Kerouane, Guinea, on Sunday.",
        },
    )
    (wide,) = [c for c in bench.claims() if c.low == 115]
    (narrow,) = [c for c in bench.claims() if c.value == 60]
    assert bench.event_of(wide.id) == bench.event_of(narrow.id)
    assert bench.credibility(narrow.id).suggested.grade == 1
    fits = bench.credibility(wide.id).suggested
    assert fits.grade == 2 and "none gives a figure that settles it" in fits.reason


def test_the_same_figure_from_two_voices_confirms_both(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        {
            "a": "The mayor said 40 people were killed in the attack on Kerouane, Guinea, "
            "on Sunday.",
            "b": "Gunmen stormed the market of Kerouane, Guinea, on Sunday and shot dead 40 "
            "traders, police told reporters.",
        },
    )
    assert {bench.credibility(c.id).suggested.grade for c in bench.claims()} == {1}


def test_a_figure_its_voice_revised_since_doubts_nothing(tmp_path: Path) -> None:
    """The police's 10 of Monday, revised to 15 on Tuesday, is no doubt of the
    residents' 15 (a trial: the superseded figure counted as a disagreement)."""
    bench = Workbench(str(tmp_path / "claims.db"), analyst="tester")
    folder = tmp_path / "reports"
    folder.mkdir()
    reports = {
        "a": (
            "2024-06-03",
            "Police said 10 people were killed in the attack on Boni, Mali, on Sunday.",
        ),
        "b": (
            "2024-06-04",
            "The toll of Sunday's attack on Boni, Mali, rose to 15 dead, police said on Tuesday.",
        ),
        "c": (
            "2024-06-04",
            "Fifteen villagers died when gunmen stormed Boni, Mali, on Sunday, residents said.",
        ),
    }
    for name, (day, text) in reports.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"outlet": f"Outlet {name}", "published": day}
        (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    assert bench.ingest([str(folder)], jobs=1).added == 3
    assert len(bench.links()) == 3  # the police's two figures, and each against theirs
    [residents] = [c for c in bench.claims() if c.voice.lower().startswith("residents")]
    suggested = bench.credibility(residents.id).suggested
    assert suggested.grade == 1 and "disagree" not in suggested.reason, suggested
    # the police's first figure is still contradicted by the two others' 15
    [first] = [c for c in bench.claims() if c.value == 10]
    assert bench.credibility(first.id).suggested.grade >= 4


def test_a_figure_its_voice_revised_in_a_later_report_is_at_best_doubtful(
    tmp_path: Path,
) -> None:
    bench = Workbench(str(tmp_path / "claims.db"), analyst="tester")
    folder = tmp_path / "reports"
    folder.mkdir()
    reports = {
        "a": ("The army said at least 20 civilians were killed in Boni, Mali, on Sunday.", 3),
        "b": ("The army said 35 civilians were killed in Boni, Mali, on Sunday.", 4),
        "c": ("Residents said 48 people were killed in Boni, Mali, on Sunday.", 4),
    }
    for name, (text, day) in reports.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"outlet": f"Outlet {name}", "published": f"2024-06-0{day}"}
        (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    bench.ingest([str(folder)], jobs=1)
    first = next(c for c in bench.claims() if c.value == 20)
    suggested = bench.credibility(first.id).suggested
    # every higher toll fits "at least 20", yet the army itself said 35 a day later
    assert suggested.grade >= 4
    assert "its voice said later" in suggested.reason and "2024-06-04" in suggested.reason
    latest = next(c for c in bench.claims() if c.value == 35)
    assert "said later" not in bench.credibility(latest.id).suggested.reason


def test_voices_that_contradict_one_another_leave_each_figure_unjudged(tmp_path: Path) -> None:
    """Three voices, three tolls, none fitting another: no figure stands against any
    of them, so none is "improbable" (a trial's 8, 9 and at least 12 soldiers)."""
    reports = {
        "a": "The army said eight soldiers were killed in an attack on its post in Kaiama, "
        "Kwara State, on Sunday.",
        "b": "Local sources said nine soldiers died in the attack on the post in Kaiama, "
        "Kwara State, on Sunday.",
        "c": "At least 12 soldiers were killed in Kaiama, Kwara State, on Sunday, a security "
        "source said.",
    }
    bench = load(tmp_path, reports)
    tolls = [c for c in bench.claims() if c.category == "killed"]
    assert sorted(c.value for c in tolls) == [8, 9, 12]
    suggested = [bench.credibility(c.id).suggested for c in tolls]
    assert {s.grade for s in suggested} == {6}, suggested
    assert all("one another" in s.reason for s in suggested)


def test_a_headline_and_its_article_are_one_voice(tmp_path: Path) -> None:
    """Trial 57: "... kills 14, health ministry says" over the body's "the Gaza health
    ministry said" 14 (two voices as stored) was "confirmed by other sources,
    independently": one outlet's headline summarises its own story. Another report's
    same figure still confirms it."""
    headline = (
        "# Strike near Deir al-Balah aid point kills 14, health ministry says\n\n"
        "An Israeli air strike near a food distribution point in Deir al-Balah killed 14"
        " Palestinians on Saturday, the Gaza health ministry said.\n"
    )
    bench = Workbench(str(tmp_path / "claims.db"), analyst="tester")
    page = tmp_path / "gaza.md"
    page.write_text(headline, encoding="utf-8")
    assert bench.ingest([str(page)], jobs=1).added == 1
    claims = bench.claims()
    assert len({c.voice_id for c in claims}) == 2  # the headline's voice, the body's
    assert {bench.credibility(c.id).suggested.grade for c in claims} == {3}
    wire = tmp_path / "wire.txt"
    wire.write_text(
        "Fourteen Palestinians were killed in Deir al-Balah on Saturday, a hospital"
        " director said.\n",
        encoding="utf-8",
    )
    assert bench.ingest([str(wire)], jobs=1).added == 1
    body = next(c for c in bench.claims() if "Palestinians" in (c.subject or ""))
    assert bench.credibility(body.id).suggested.grade == 1
