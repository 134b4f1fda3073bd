"""A publication date in the future is no date: a trial's sidecar (the NAME.json
beside a text) dated 2030 was stored silently, and dated the text's "on Sunday" four
years on. A day ahead is allowed (a page dated in a time zone ahead of the
analyst's). A sidecar's is refused in one line naming it, the file still loaded; the
analyst's own (--published, `document edit`) is refused before anything is written.
Real files ingested into a real SQLite file in a temporary folder."""

from __future__ import annotations

import datetime as dt
import json
from contextlib import closing
from pathlib import Path

from click.testing import CliRunner, Result

from workbench.cli import main
from workbench.ingest.files import published_problem, read_given_date
from workbench.service import Workbench

TODAY = dt.date(2026, 12, 2)
AHEAD = (dt.date.today() + dt.timedelta(days=2)).isoformat()  # a day too far, always
TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_a_date_more_than_a_day_ahead_is_a_problem_and_tomorrow_is_not() -> None:
    assert published_problem(TODAY, TODAY) is None
    assert published_problem(TODAY + dt.timedelta(days=1), TODAY) is None
    assert published_problem(TODAY + dt.timedelta(days=2), TODAY) == (
        "2026-12-04 is in the future (today is 2026-12-02)"
    )
    assert read_given_date("5 January 2030", TODAY) == (
        None,
        "2030-01-05 is in the future (today is 2026-12-02)",
    )
    assert read_given_date("2019-03-04", TODAY) == (dt.date(2019, 3, 4), None)


def test_a_sidecars_future_date_is_refused_in_one_line_and_the_file_loaded(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Gunmen killed 12 villagers in Kaya on Sunday.\n")
    (folder / "a.json").write_text(json.dumps({"published": AHEAD, "outlet": "Radio X"}))
    (folder / "b.txt").write_text("Police said 3 people died in Dori on Sunday.\n")
    (folder / "b.json").write_text(json.dumps({"published": TOMORROW}))
    db = str(tmp_path / "claims.db")
    result = cli("ingest", str(folder), "--db", db, "--jobs", "1")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "in the future" in line]
    assert lines == [
        f"warning: {folder / 'a.json'}: published {AHEAD} is in the future"
        f" (today is {dt.date.today().isoformat()}); not kept: a.txt is dated without it"
    ]
    assert "Traceback" not in result.output
    with closing(Workbench(db)) as bench:
        sources = {Path(s.path).name: s for s in bench.sources()}
        claims = {c.value: c for c in bench.claims()}
    assert sources["a.txt"].published is None and sources["a.txt"].outlet == "Radio X"
    assert str(sources["b.txt"].published) == TOMORROW  # a day ahead: a time zone
    assert claims[12].date is None  # "on Sunday" is not dated from the refused date


def test_the_analysts_future_date_is_refused_before_anything_is_written(tmp_path: Path):
    text = tmp_path / "a.txt"
    text.write_text("Gunmen killed 12 villagers in Kaya on Sunday.\n")
    db = str(tmp_path / "claims.db")
    refused = cli("ingest", str(text), "--db", db, "--published", AHEAD)
    assert refused.exit_code == 2
    assert f"{AHEAD} is in the future" in refused.stderr
    assert "Traceback" not in refused.output
    assert not Path(db).exists()  # nothing read, nothing stored
    loaded = cli("ingest", str(text), "--db", db, "--published", "2019-03-04", "--jobs", "1")
    assert loaded.exit_code == 0, loaded.output
    edit = cli("document", "edit", "1", "--published", AHEAD, "--db", db)
    assert edit.exit_code == 2  # a wrong value, as ingest's --published
    assert edit.stderr.strip().endswith(
        f"published: {AHEAD} is in the future (today is {dt.date.today().isoformat()})"
    )
    with closing(Workbench(db)) as bench:
        [source] = bench.sources()
    assert str(source.published) == "2019-03-04"  # the stored date stays


def test_a_date_before_1800_is_a_problem_not_an_overflow() -> None:
    """A trial's "--published 0001-01-01" failed its file with Python's OverflowError."""
    assert published_problem(dt.date(1, 1, 1), TODAY) == (
        "0001-01-01 is before 1800: no plausible publication date"
    )
    assert published_problem(dt.date(1800, 1, 1), TODAY) is None
    result = cli("extract", "--published", "0001-01-01", "-")
    assert result.exit_code == 2 and "no plausible publication date" in result.output
