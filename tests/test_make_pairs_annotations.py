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
REFERENCE = re.compile(r"^[a-z0-9-]+:[A-Za-z0-9-]+(?:#\d+)?$")


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


@pytest.mark.parametrize(
    "folder", sorted(p.parent for p in (ROOT / "benchmarks" / "annotations").glob("*/labels.jsonl"))
)
def test_the_committed_copies_are_text_free(folder: Path) -> None:
    mp = load_benchmark("make_pairs")
    labels = mp.read_labels(folder / "labels.jsonl")
    assert labels, folder
    assert (folder / "README.md").exists()
    for label in labels:
        assert set(label) <= set(mp.ANNOTATION_FIELDS), label
        assert REFERENCE.match(label["a"]) and REFERENCE.match(label["b"]), label
        assert label["relation"] in mp.RELATIONS
        if not label["a"].startswith("web:"):  # a web page's hash is in articles.jsonl
            assert all(re.fullmatch(r"[0-9a-f]{16}", label[f"{s}_sha256"]) for s in "ab"), label
        # reasons in our own words: no quotation, no long run copied from a text
        assert not re.search(r"[\"“”«»]", label["note"]), label["note"]
        assert len(label["note"]) <= 300, label["note"]


def test_a_lost_set_is_rebuilt_from_the_corpora_and_the_committed_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    mp = load_benchmark("make_pairs")
    root = tmp_path / "corpora"
    (root / "wikipedia-terrorism").mkdir(parents=True)
    rows = [
        ("Nairobi, Kenya", "May 2 2020", "A bomb killed three people in Nairobi."),
        ("Nairobi, Kenya", "May 2 2020", "Three were killed by a blast in Nairobi."),
    ]
    lines = ["location,date,details"] + [",".join(f'"{v}"' for v in row) for row in rows]
    (root / "wikipedia-terrorism" / "global_terrorism.csv").write_text("\n".join(lines) + "\n")
    committed = tmp_path / "annotations"
    (committed / "pairs-x").mkdir(parents=True)
    label = _label("wikipedia-terrorism:0", "wikipedia-terrorism:1")
    label |= {"a_sha256": mp.text_hash(rows[0][2]), "b_sha256": mp.text_hash(rows[1][2])}
    (committed / "pairs-x" / "labels.jsonl").write_text(json.dumps(label) + "\n")
    monkeypatch.setattr(mp, "ANNOTATIONS", committed)
    monkeypatch.setenv("WORKBENCH_CORPORA", str(root))
    monkeypatch.setattr("sys.argv", ["make_pairs.py", "--set", "pairs-x"])
    mp.main()  # no pairs-x folder under the corpora at all
    out = capsys.readouterr().out
    assert "the labels are the repository's" in out and "1 pairs" in out
    built = [json.loads(x) for x in (root / "pairs-x" / "pairs.jsonl").read_text().splitlines()]
    assert [p["id"] for p in built] == ["pairs:wikipedia-terrorism:0|wikipedia-terrorism:1"]
    assert built[0]["a"]["text"] == rows[0][2] and built[0]["a"]["published"] == "2020-05-03"
    # a corpus file whose rows moved is refused, not paired under the old labels
    (root / "wikipedia-terrorism" / "global_terrorism.csv").write_text(
        "\n".join([lines[0], lines[2], lines[1]]) + "\n"
    )
    with pytest.raises(SystemExit, match="no longer matches"):
        mp.main()
