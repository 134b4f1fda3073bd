"""Digits in ISO 8601's order that name no day (month 13, 30 February) are refused in
one line, not read day-first: a trial's `claim edit --date 2025-13-01` was stored as
13 January and moved the claim into an event of its own. The same for a document's
publication date. Real files, a real SQLite file, the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.ingest.metadata import read_published


@pytest.mark.parametrize("typed", ["2025-13-01", "2025-02-30", "2024-00-10"])
def test_iso_digits_of_no_day_are_no_date(typed: str) -> None:
    assert read_published(typed) is None


def test_real_dates_still_read() -> None:
    assert str(read_published("2025-02-03")) == "2025-02-03"
    assert str(read_published("9 mars 2026")) == "2026-03-09"


def test_the_cli_refuses_them_and_keeps_the_claim(tmp_path: Path) -> None:
    db = str(tmp_path / "claims.db")
    (tmp_path / "a.txt").write_text("Gunmen killed 12 villagers in Damboa on 3 March 2023.\n")
    assert CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", db]).exit_code == 0
    refused = CliRunner().invoke(main, ["claim", "edit", "1", "--date", "2025-13-01", "--db", db])
    assert refused.exit_code != 0
    assert "'2025-13-01' is no date" in refused.output
    listed = CliRunner().invoke(main, ["claims", "--json", "--db", db]).output
    assert '"date": "2023-03-03"' in listed
    published = ["document", "edit", "1", "--published", "2025-02-30", "--db", db]
    assert CliRunner().invoke(main, published).exit_code != 0
