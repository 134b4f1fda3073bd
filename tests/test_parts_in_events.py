"""A count of a part of a toll ("seven of the victims were killed in one house") is a
share of the incident its toll counts: it joins that toll's event on days that meet,
and two parts of other figures ("seven in one house", "the other nine instantly")
relate, never dispute each other (Myanmar trial, session 50: a report's two shares
of one air strike's toll were one event of their own, "contested" by each other).
Reports written for these tests, in real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

WIRE = (
    "At least 10 civilians were killed when a military jet bombed Kalmbo on Tuesday, local "
    "sources said.\n"
)

# A share of the wire's toll, told by another report
SHARE = "Seven of the victims were killed in one house in Kalmbo on Tuesday, a resident said.\n"


def _report(folder: Path, name: str, text: str, outlet: str, published: str) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    meta = {"outlet": outlet, "published": published}
    (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")


def _json_lines(db: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["--db", str(db), *args, "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _ingest(folder: Path) -> Path:
    db = folder / "claims.db"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    return db


def _killed_events(db: Path) -> list[dict]:
    return [
        e for e in _json_lines(db, "events") if any(f["category"] == "killed" for f in e["figures"])
    ]


def test_a_part_of_another_reports_toll_joins_its_event(tmp_path: Path) -> None:
    _report(tmp_path, "wire", WIRE, "Wire", "2023-06-28")
    _report(tmp_path, "paper", SHARE, "Paper", "2023-06-28")
    db = _ingest(tmp_path)
    (event,) = _killed_events(db)
    (killed,) = [f for f in event["figures"] if f["category"] == "killed"]
    assert killed["low"] == 10  # the part is no toll of the event
    assert {link["relation"] for link in _json_lines(db, "links")} == {"related"}


def test_a_part_told_of_another_week_stays_apart(tmp_path: Path) -> None:
    _report(tmp_path, "wire", WIRE, "Wire", "2023-06-28")
    _report(
        tmp_path,
        "paper",
        "Seven of the victims were killed in one house in Kalmbo on 2 May, a resident said.\n",
        "Paper",
        "2023-08-20",
    )
    assert len(_killed_events(_ingest(tmp_path))) == 2


def test_two_parts_of_other_figures_relate_and_dispute_nothing(tmp_path: Path) -> None:
    _report(tmp_path, "one", SHARE, "Paper", "2023-06-28")
    _report(
        tmp_path,
        "two",
        "Nine of the victims were killed instantly in Kalmbo on Tuesday, a medic said.\n",
        "Radio",
        "2023-06-28",
    )
    db = _ingest(tmp_path)
    (link,) = _json_lines(db, "links")
    assert link["relation"] == "related"
    assert "both count parts" in link["reason"]


def test_two_parts_of_one_figure_still_corroborate(tmp_path: Path) -> None:
    _report(tmp_path, "one", SHARE, "Paper", "2023-06-28")
    _report(
        tmp_path,
        "two",
        "Seven of the dead were killed in a house in Kalmbo on Tuesday, a medic said.\n",
        "Radio",
        "2023-06-28",
    )
    db = _ingest(tmp_path)
    assert [link["relation"] for link in _json_lines(db, "links")] == ["corroborates"]
