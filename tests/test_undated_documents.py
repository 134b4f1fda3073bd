"""Documents with no publication date are said at ingest, and a dateline of a date
alone dates its story (session 45, the DR Congo trial: 12 of 14 reports were stored
undated with no word, one of them opening "July 27, 2025 - ...", and four incidents
became 34 events). Real SQLite files in a temporary folder, the real CLI; reports
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.ingest.metadata import published_from_dateline


@pytest.mark.parametrize(
    "text, day",
    [
        ("July 27, 2025 - In one of the deadliest attacks, rebels killed 40.", "2025-07-27"),
        ("Sept. 9, 2025 -- Rebels killed 60 at a funeral.", "2025-09-09"),
        ("27 juillet 2025 — Des rebelles ont tué 40 civils.", "2025-07-27"),
        ("On Monday, 3 March 2025 - gunmen killed 12.", None),  # an event's day
        ("Gunmen killed 12 people on July 27, 2025 - police said.", None),
    ],
)
def test_a_dateline_of_a_date_alone_dates_its_story(text: str, day: str | None) -> None:
    found = published_from_dateline(text)
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize(
    "text, day",
    [
        ("(Dakar, November 26, 2026) – Senegalese authorities should act.", "2026-11-26"),
        ("(Beirut, 3 March 2026) - Israeli strikes killed 12 people.", "2026-03-03"),
        ("(Goma, le 12 mai 2025) – Les autorités doivent enquêter.", "2025-05-12"),
        ("(Nairobi, Kenya, June 2, 2024) — Kenyan police killed 4.", "2024-06-02"),
        ("(Dakar) - Senegalese authorities should act.", None),  # no date
        ("Witnesses said (Dakar, November 26, 2026) - that 4 died.", None),  # no opening
    ],
)
def test_a_bracketed_dateline_dates_its_story(text: str, day: str | None) -> None:
    """Human Rights Watch's and Amnesty's house style (a trial's HRW note was stored
    undated)."""
    found = published_from_dateline(text)
    assert (found.isoformat() if found else None) == day


def test_ingest_names_the_documents_it_stored_undated(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Gunmen killed 12 people in Beni on Monday.\n")
    (tmp_path / "b.txt").write_text("Rebels killed five people in Oicha on Tuesday.\n")
    (tmp_path / "c.txt").write_text("July 27, 2025 - Rebels killed 40 people in Komanda.\n")
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(main, ["--db", db, "ingest", str(tmp_path)])
    assert result.exit_code == 0
    [line] = [w for w in result.stderr.splitlines() if "no publication date" in w]
    assert line.startswith("warning: 2 documents (a.txt, b.txt): no publication date")
    assert "document edit ID --published" in line
    dated = CliRunner().invoke(
        main,
        ["--db", db, "ingest", "--published", "2025-07-30", "-"],
        input="Gunmen killed 3 people in Mutwanga on Monday.\n",
    )
    assert "no publication date" not in dated.stderr


def test_a_document_whose_text_dates_every_claim_is_not_warned(tmp_path: Path) -> None:
    """Its claims' days are placed without a publication date: no warning (a Haiti
    trial was warned of such files, the warning quoting a day they did not name)."""
    (tmp_path / "full.txt").write_text("Gunmen killed 12 people in Beni on 2 March 2025.\n")
    (tmp_path / "weekday.txt").write_text("Rebels killed five people in Oicha on Tuesday.\n")
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(main, ["--db", db, "ingest", str(tmp_path)])
    assert result.exit_code == 0
    [line] = [w for w in result.stderr.splitlines() if "no publication date" in w]
    assert "weekday.txt" in line and "full.txt" not in line
    assert "such as 'on Tuesday'" in line
