"""A claim added by hand takes the place and date its own sentence gives it, read as
the extractor reads its claims' (session 45, the Sudan trial: a hand-added toll took
the place of the machine's claim nearest it in its paragraph, another sentence's).
Real SQLite files in a temporary folder; reports written for these tests."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.extract.span_context import span_context
from workbench.ingest import document_from_text
from workbench.service import Workbench

STORY = (
    "Gunmen killed 12 villagers in Tawila on Monday, residents said. On Tuesday, a drone "
    "strike on the market in Kalogi left a score of bodies in the street, an official said. "
    "Many more were feared dead.\n"
)


def _added(tmp_path: Path, words: str, **fields: str):
    story = tmp_path / "story.txt"
    story.write_text("Published: 2025-03-05\n\n" + STORY, encoding="utf-8")
    db = str(tmp_path / "claims.db")
    assert CliRunner().invoke(main, ["--db", db, "ingest", str(story)]).exit_code == 0
    with closing(Workbench(db, analyst="ana")) as bench:
        (tawila,) = bench.claims()
        text = story.read_text(encoding="utf-8")
        at = text.index(words)
        given = {"category": "killed", "value": "20", **fields}
        return tawila, bench.add_claim(tawila.document_id, at, at + len(words), given)


def test_a_hand_claim_takes_its_own_sentences_place_and_day(tmp_path: Path) -> None:
    tawila, added = _added(tmp_path, "a score of bodies")
    assert tawila.location == "Tawila" and tawila.date == "2025-03-03"
    assert added.location == "Kalogi" and added.date == "2025-03-04"


def test_a_sentence_that_names_neither_leaves_the_paragraphs(tmp_path: Path) -> None:
    tawila, added = _added(tmp_path, "Many more")
    assert (added.location, added.date) == (tawila.location, tawila.date)


def test_a_place_the_analyst_gives_wins(tmp_path: Path) -> None:
    _, added = _added(tmp_path, "a score of bodies", place="Tine")
    assert added.location == "Tine" and added.date == "2025-03-04"


def test_span_context_in_french_and_outside_any_sentence() -> None:
    text = "Mardi, une frappe de drone a tué une vingtaine de civils à Tiné, selon un élu.\n"
    doc = document_from_text("fr.txt", text).model_copy(update={"language": "fr"})
    at = text.index("une vingtaine")
    found = span_context(doc, at, at + len("une vingtaine"))
    assert found.location == "Tiné" and found.date_text is not None
    assert span_context(doc, len(text) + 5, len(text) + 9).location is None
