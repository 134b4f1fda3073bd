"""The French sets' text-free copies (benchmarks/annotations/french/french_set.py):
export keeps no text, assemble rebuilds a text from its excerpt with furniture around it,
restore gives back the gold it was exported from; the committed copies (french,
french-extra) hold no text. The French text here was written for these tests."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

_ANNOTATIONS = Path(__file__).resolve().parent.parent / "benchmarks" / "annotations"
_SCRIPT = _ANNOTATIONS / "french" / "french_set.py"
# every committed copy kept as french_set.py exports it (a sources.jsonl of text hashes)
_COPIES = sorted(p.parent for p in _ANNOTATIONS.glob("*/sources.jsonl"))
_FIELDS = {
    "sources.jsonl": {
        "file", "url", "outlet", "date", "country", "half", "batch", "language",
        "title_from", "title_sha256", "text_sha256", "chars", "lines",
    },
    "claims.jsonl": {
        "id", "source", "line", "start", "end", "category", "value", "low", "high",
        "qualifier", "subject", "location", "when", "attribution", "hedged", "required",
        "added_after_run", "quote_sha256",
    },
    "non_claims.jsonl": {"source", "line", "start", "end", "why", "quote_sha256"},
}  # fmt: skip
_HASH = re.compile(r"[0-9a-f]{64}")

TEXT = (
    "Embuscade près de Faya\n"
    "Douze soldats ont été tués mardi près de Faya, selon l'armée. Trois autres ont été blessés.\n"
)


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("french_set", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def _set(folder: Path) -> None:
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "faya.txt").write_text(TEXT, encoding="utf-8")
    source = {
        "file": "faya.txt", "url": "https://example.org/faya", "outlet": "Exemple",
        "date": None, "title": "Embuscade près de Faya", "title_from": "page",
        "country": "Chad", "half": "study", "language": "fr", "batch": 1,
        "sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
    }  # fmt: skip
    quote = "Douze soldats ont été tués"
    start = TEXT.index(quote)
    claim = {
        "id": "faya-01", "source": "faya.txt", "line": 2, "start": start,
        "end": start + len(quote), "quote": quote, "category": "killed", "value": 12,
        "low": None, "high": None, "qualifier": "exact", "subject": "soldats",
        "location": "Faya", "when": "mardi", "attribution": "l'armée", "hedged": False,
        "required": True,
    }  # fmt: skip
    year = TEXT.index("Faya")
    non_claim = {"source": "faya.txt", "line": 1, "start": year, "end": year + 4,
                 "quote": "Faya", "why": "place name"}  # fmt: skip
    _write(folder / "sources.jsonl", [source])
    _write(folder / "claims.jsonl", [claim])
    _write(folder / "non_claims.jsonl", [non_claim])


def test_export_keeps_no_text_and_restore_gives_back_the_set(tmp_path: Path) -> None:
    french_set = _load()
    original, copy, rebuilt = tmp_path / "set", tmp_path / "copy", tmp_path / "rebuilt"
    _set(original)
    copy.mkdir()
    french_set.export(original, copy)
    exported = "".join(p.read_text(encoding="utf-8") for p in copy.iterdir())
    assert "Douze soldats" not in exported and '"quote"' not in exported
    excerpt = (
        " date 2024-03 Embuscade près de Faya\nPartager sur Facebook\n"
        + TEXT.split("\n")[1]
        + " Lire la suite\n"
    )
    excerpts = tmp_path / "excerpts.jsonl"
    _write(excerpts, [{"url": "https://example.org/faya", "excerpt": excerpt}])
    assert french_set.assemble(excerpts, rebuilt, copy) == 0
    assert (rebuilt / "texts" / "faya.txt").read_text(encoding="utf-8") == TEXT
    french_set.restore(rebuilt, copy)
    for name in ("sources.jsonl", "claims.jsonl", "non_claims.jsonl"):
        assert (rebuilt / name).read_text("utf-8") == (original / name).read_text("utf-8")


def test_assemble_leaves_out_a_text_whose_excerpt_differs(tmp_path: Path) -> None:
    french_set = _load()
    original, copy = tmp_path / "set", tmp_path / "copy"
    _set(original)
    copy.mkdir()
    french_set.export(original, copy)
    excerpts = tmp_path / "excerpts.jsonl"
    _write(
        excerpts, [{"url": "https://example.org/faya", "excerpt": TEXT.replace("Douze", "Onze")}]
    )
    assert french_set.assemble(excerpts, tmp_path / "rebuilt", copy) == 1
    assert not (tmp_path / "rebuilt" / "texts" / "faya.txt").exists()


def test_the_french_copies_are_all_found() -> None:
    assert {p.name for p in _COPIES} >= {"french", "french-extra"}


@pytest.mark.parametrize("copy", _COPIES, ids=lambda p: p.name)
def test_a_committed_copy_holds_no_text(copy: Path) -> None:
    """No quote, title or text: hashes, offsets and the few words a label names."""
    assert (copy / "README.md").exists()
    files = set()
    for name, fields in _FIELDS.items():
        rows = [json.loads(x) for x in (copy / name).read_text("utf-8").splitlines() if x]
        assert rows, (copy, name)
        for row in rows:
            assert set(row) <= fields, (name, set(row) - fields)
            assert all(_HASH.fullmatch(row[k]) for k in row if k.endswith("sha256") and row[k])
            if name == "sources.jsonl":
                files.add(row["file"])
                assert all(len(x) == 2 and _HASH.fullmatch(x[1]) for x in row["lines"])
                assert sum(n for n, _ in row["lines"]) + len(row["lines"]) - 1 == row["chars"]
                continue
            assert row["source"] in files
            assert 0 <= row["start"] < row["end"]
            # a label names a place, a voice, a time in a few words, never a sentence
            for key in ("subject", "location", "when", "attribution", "why"):
                assert len(row.get(key) or "") <= 130, (row.get("id"), key)


def test_assemble_rebuilds_a_text_whose_excerpt_ends_on_its_last_line(tmp_path: Path) -> None:
    french_set = _load()
    original, copy = tmp_path / "set", tmp_path / "copy"
    _set(original)
    copy.mkdir()
    french_set.export(original, copy)
    body = TEXT.split("\n")[1]
    for excerpt in (  # no newline after the last line; furniture where a blank line was
        f"Embuscade près de Faya\n{body}",
        f"Embuscade près de Faya\nPartager\n{body} Lire la suite",
    ):
        excerpts = tmp_path / "excerpts.jsonl"
        _write(excerpts, [{"url": "https://example.org/faya", "excerpt": excerpt}])
        rebuilt = tmp_path / f"rebuilt{len(excerpt)}"
        assert french_set.assemble(excerpts, rebuilt, copy) == 0
        assert (rebuilt / "texts" / "faya.txt").read_text(encoding="utf-8") == TEXT
