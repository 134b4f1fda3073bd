"""A figure too large to read (left out) and a figure above its kind's plausible
bound (kept) are each one line of warning naming the file and the figure, at ingest
and in `extract`; the document and its other claims are stored, never a traceback.
A trial's 32-digit toll and "10,000,000,000,000,000,000 wounded" were left out
without a word, and "2,000,000,000 people killed" stored as any toll. Sentences
written for the tests; real SQLite files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.extract.pipeline import iter_claims
from workbench.ingest import read_source
from workbench.models import SourceDocument
from workbench.service.figure_checks import BOUNDS, WAR_BOUND, dropped, implausible, shown


def _document(tmp_path: Path, text: str) -> SourceDocument:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return read_source(str(path))


@pytest.mark.parametrize(
    ("text", "figure", "category"),
    [
        (
            "Gunmen killed 99999999999999999999999999999999 people in Damboa on 3 March 2021.",
            "99999999999999999999999999999999",
            "killed",
        ),
        (
            "Officials said 10,000,000,000,000,000,000 people were wounded in Damboa.",
            "10,000,000,000,000,000,000",
            "wounded",
        ),
        ("Officials said 1e308 people were displaced from Damboa.", "1e308", "displaced"),
        ("Gunmen killed 5,000 trillion villagers in Damboa.", "5,000 trillion", "killed"),
    ],
)
def test_a_toll_too_large_to_read_is_warned_of(
    tmp_path: Path, text: str, figure: str, category: str
) -> None:
    document = _document(tmp_path, text)
    assert not [c for c in iter_claims(document) if c.category.value == category]
    warned = dropped(document, iter_claims)
    assert len(warned) == 1
    assert warned[0].startswith(f"{document.path}: the figure {figure} ({category})")
    assert "\n" not in warned[0]


@pytest.mark.parametrize(
    "text",
    [
        "The transfer carried the reference 12345678901234567890 at the bank in Damboa.",
        "Gunmen killed 12 villagers in Damboa on 3 March 2021, the army said.",
        "A spokesman said 12.5 billion naira was stolen in Damboa.",
        "Nothing in this page counts anyone.",
    ],
)
def test_no_warning_where_no_toll_was_left_out(tmp_path: Path, text: str) -> None:
    assert dropped(_document(tmp_path, text), iter_claims) == []


def test_a_long_figure_is_shown_by_its_start_and_length() -> None:
    assert shown("9" * 300) == "99999999999999999999... (300 characters)"
    assert shown("1,000") == "1,000"


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("Gunmen killed 2,000,000,000 people in Damboa on 3 March 2021.", True),
        ("Officials said 150 million people were wounded in Damboa.", True),
        ("Officials said 9 billion people were displaced from Damboa.", True),
        ("The war has killed 300,000 people since 2011, the UN said.", False),
        ("Some 120 million people were displaced worldwide, the UN said.", False),
        ("A spokesman said 12.5 billion naira was stolen in Damboa.", False),
    ],
)
def test_a_figure_above_its_kinds_bound_is_kept_and_warned_of(
    tmp_path: Path, text: str, warned: bool
) -> None:
    document = _document(tmp_path, text)
    claims = list(iter_claims(document))
    assert claims
    found = implausible(document.path, claims)
    assert bool(found) == warned
    if warned:
        assert found[0].startswith(f"{document.path}: ") and "kept as a claim" in found[0]


def test_the_bounds_are_above_any_war_and_below_nothing_real() -> None:
    assert WAR_BOUND == 100_000_000 and all(bound >= WAR_BOUND for bound, _ in BOUNDS.values())


TEXTS = {
    "huge.txt": (
        "Militants killed 99999999999999999999999999999999 people in Damboa on 3 March"
        " 2021, the army said. Another report said 10,000,000,000,000,000,000 were"
        " wounded. Police said 14 people were arrested in Damboa."
    ),
    "big.txt": "Gunmen killed 2,000,000,000 people in Damboa on 3 March 2021, the army said.",
}


def _write(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_ingest_warns_in_one_line_each_and_keeps_everything(tmp_path: Path) -> None:
    folder = _write(tmp_path)
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(folder)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    huge, big = str(folder / "huge.txt"), str(folder / "big.txt")
    assert any(
        line.startswith(f"warning: {huge}: the figure 99999999999999999999999999999999 (killed)")
        for line in lines
    )
    assert any(f"{huge}: the figure 10,000,000,000,000,000,000 (wounded)" in x for x in lines)
    assert any(line.startswith(f"warning: {big}: ") and "2,000,000,000" in line for line in lines)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        figures = {row[0] for row in conn.execute("SELECT low FROM claims")}
    assert {14, 2_000_000_000} <= figures


def test_extract_warns_as_ingest_does(tmp_path: Path) -> None:
    folder = _write(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(folder)])
    assert result.exit_code == 0, result.output
    assert "the figure 99999999999999999999999999999999 (killed) is too large" in result.output
    assert "(2,000,000,000 killed) is more than any war" in result.output
