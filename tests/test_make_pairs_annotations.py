"""make_pairs.py's text-free label copies (benchmarks/annotations/SET/labels.jsonl): used
where the corpora hold no labels for the set, checked against the texts' hashes, and
holding nothing of the sources' text."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from tests.conftest import load_benchmark

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = re.compile(r"^[a-z0-9-]+:[A-Za-z0-9]+(?:#\d+)?$")


def _label(a: str = "rand:1", b: str = "rand:2", **more: str) -> dict[str, object]:
    return {"a": a, "b": b, "category": "killed", "relation": "corroborates", "note": "n"} | more


def test_the_corpora_labels_win_and_the_committed_copy_stands_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mp = load_benchmark("make_pairs")
    committed = tmp_path / "repo" / "annotations"
    monkeypatch.setattr(mp, "ANNOTATIONS", committed)
    root = tmp_path / "corpora"
    own = root / "pairs-x" / "labels.jsonl"
    # neither: the corpora's path, which the caller reports absent
    assert mp.labels_path(root, "pairs-x") == own
    (committed / "pairs-x").mkdir(parents=True)
    (committed / "pairs-x" / "labels.jsonl").write_text(json.dumps(_label()) + "\n")
    assert mp.labels_path(root, "pairs-x") == committed / "pairs-x" / "labels.jsonl"
    own.parent.mkdir(parents=True)
    own.write_text(json.dumps(_label()) + "\n// a comment\n\n")
    assert mp.labels_path(root, "pairs-x") == own
    assert mp.labels_path(root, "pairs-x", "elsewhere.jsonl") == Path("elsewhere.jsonl")
    assert mp.read_labels(own) == [_label()]


class _Corpora:
    """Two texts by reference, as make_pairs.Corpora gives them."""

    pairs = "pairs"

    def __init__(self, make_pairs: object) -> None:
        day = dt.date(2020, 5, 2)
        text = make_pairs.Text  # type: ignore[attr-defined]
        self.texts = {
            "rand:1": text("Two  people were\nkilled.", "RAND", day, "t", "Kenya", "p"),
            "rand:2": text("Two were killed.", "RAND", day, "t", "Kenya", "p"),
        }

    def text(self, ref: str) -> object:
        return self.texts[ref]


def test_a_label_whose_text_moved_is_refused() -> None:
    mp = load_benchmark("make_pairs")
    corpora = _Corpora(mp)
    kept = mp.annotation(_label(country="", extra="dropped"), corpora)
    assert set(kept) == {"a", "b", "category", "relation", "kinds", "note", "a_sha256", "b_sha256"}
    # the hash is of the words, whatever the spacing
    assert kept["a_sha256"] == mp.text_hash("Two people were killed.")
    assert mp.build(kept, corpora)["relation"] == "corroborates"
    with pytest.raises(SystemExit, match="no longer matches"):
        mp.build(kept | {"b_sha256": mp.text_hash("Three were killed.")}, corpora)


@pytest.mark.parametrize("folder", sorted((ROOT / "benchmarks" / "annotations").glob("*/")))
def test_the_committed_copies_are_text_free(folder: Path) -> None:
    mp = load_benchmark("make_pairs")
    labels = mp.read_labels(folder / "labels.jsonl")
    assert labels, folder
    assert (folder / "README.md").exists()
    for label in labels:
        assert set(label) <= set(mp.ANNOTATION_FIELDS), label
        assert REFERENCE.match(label["a"]) and REFERENCE.match(label["b"]), label
        assert label["relation"] in mp.RELATIONS
        assert all(re.fullmatch(r"[0-9a-f]{16}", label[f"{s}_sha256"]) for s in "ab"), label
        # reasons in our own words: no quotation, no long run copied from a text
        assert not re.search(r"[\"“”«»]", label["note"]), label["note"]
        assert len(label["note"]) <= 300, label["note"]
