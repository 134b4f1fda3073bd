"""Events merged far apart in time (more than FAR_APART_DAYS): the merge is the
analyst's and is made, and one line says how far apart they were, in the CLI and in
the TUI (a trial merged a June 2019 attack into a March 2020 one with no word). Events
of days near each other merge without a word. Real files, a real SQLite file."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.tui.pilots import ready, settle
from workbench.cli import main
from workbench.events.merging import far_apart
from workbench.models import EventDetail, EventSummary
from workbench.service import Workbench
from workbench.tui.app import make_app

REPORTS = {
    "darak.txt": ("2019-06-11", "Gunmen killed 18 soldiers in Darak on Sunday, the army said."),
    "galim.txt": (
        "2020-03-09",
        "Separatists killed 4 gendarmes in Galim on Saturday, police said.",
    ),
}


def loaded(tmp_path: Path) -> tuple[str, dict[str, EventSummary]]:
    db = str(tmp_path / "claims.db")
    for name, (published, text) in REPORTS.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
        args = ["ingest", str(tmp_path / name), "--published", published, "--db", db]
        assert CliRunner().invoke(main, args).exit_code == 0
    listed = CliRunner().invoke(main, ["events", "--db", db, "--json"]).stdout.splitlines()
    events = [EventSummary.model_validate_json(line) for line in listed]
    return db, {e.place: e for e in events}


def test_the_gap_is_said_for_events_a_month_and_more_apart():
    def event(id_: int, first: str | None, last: str | None) -> EventSummary:
        return EventSummary.model_validate(
            {"id": id_, "name": "", "named_by": None, "place": "", "country": None}
            | {"first_day": first, "last_day": last, "categories": [], "claims": 1}
            | {"voices": 1, "contested": False, "claim_ids": [], "figures": []}
        )

    june = event(1, "2019-06-09", "2019-06-10")
    assert far_apart(june, [event(2, "2020-03-07", "2020-03-08")]) == [
        "event 2 (2020-03-07 to 2020-03-08) is 271 days from event 1 (2019-06-09 to 2019-06-10)"
    ]
    assert far_apart(june, [event(3, "2019-07-05", "2019-07-05")]) == []  # 25 days
    assert far_apart(june, [event(4, None, None)]) == []


def test_the_cli_merges_events_far_apart_and_says_so(tmp_path: Path) -> None:
    db, events = loaded(tmp_path)
    darak, galim = events["Darak"], events["Galim"]
    result = CliRunner().invoke(
        main, ["event", "merge", str(galim.id), str(darak.id), "--db", db, "--json"]
    )
    assert result.exit_code == 0, result.output
    merged = EventDetail.model_validate_json(result.stdout)
    assert {c.location for c in merged.event_claims} == {"Darak", "Galim"}
    [line] = result.stderr.splitlines()
    assert f"event {darak.id} (2019-06-09) is 272 days from event {galim.id}" in line
    assert "merged as asked" in line


async def test_the_tui_says_it_after_the_merge(tmp_path: Path) -> None:
    db, events = loaded(tmp_path)
    darak, galim = events["Darak"], events["Galim"]
    app = make_app(Workbench(db), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        app.open_event(galim.id)
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        await pilot.press(*str(darak.id), "enter")
        await settle(app, pilot)
        warned = [n.message for n in app._notifications if n.severity == "warning"]
    assert any("272 days from event" in line and "u takes" in line for line in warned), warned
