"""The unseen English set kept without its texts (benchmarks/unseen.py,
benchmarks/annotations/unseen/): annotations with each text's SHA-256, the set read
again from them and texts found anew, a text that differs left out. The paragraphs
here were written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import load_benchmark

unseen = load_benchmark("unseen", "unseen_bench")

_COMMITTED = Path(unseen.ANNOTATIONS) / "unseen" / "annotations.jsonl"

AMBUSH = "Gunmen killed four herders and wounded two near Tarbuk on Sunday, police said."
QUIET = "The council met on Tuesday to discuss the new market road."


def _row(row_id: str, text: str, killed: int, wounded: int, places: list[str] | None) -> dict:
    figures = [
        {
            "category": "killed",
            "value": killed,
            "vague": False,
            "scope": "incident",
            "required": True,
        }
    ]
    return {
        "id": row_id,
        "country": "Testland",
        "outlet": "testwire",
        "url": f"https://example.org/{row_id}",
        "text": text,
        "killed": killed,
        "wounded": wounded,
        "figures": figures if killed else [],
        "places": places,
    }


ROWS = [
    _row("unseen:testwire-01", AMBUSH, 4, 2, ["Tarbuk"]),
    _row("unseen:testwire-02", QUIET, 0, 0, None),
]


def test_without_texts_keeps_every_annotation_and_only_the_hash_of_the_text() -> None:
    kept = unseen.without_texts(ROWS)
    assert [set(row) for row in kept] == [set(unseen.EXPORTED)] * 2
    assert all("text" not in row for row in kept)
    assert kept[0]["stored_prefix"] is None
    assert kept[0]["sha256"] == unseen.text_hash(AMBUSH)
    assert re.fullmatch(r"[0-9a-f]{64}", kept[0]["sha256"])
    assert kept[0]["places"] == ["Tarbuk"] and kept[1]["places"] is None
    assert kept[0]["figures"] == ROWS[0]["figures"] and kept[0]["killed"] == 4


def test_with_texts_gives_back_the_rows_whose_texts_have_their_hash() -> None:
    kept = unseen.without_texts(ROWS)
    rows, left_out = unseen.with_texts(kept, {row["id"]: row["text"] for row in ROWS})
    assert rows == ROWS and not left_out


def test_a_text_found_changed_or_not_found_is_left_out_and_counted() -> None:
    kept = unseen.without_texts(ROWS)
    changed = AMBUSH.replace("four", "five")
    rows, left_out = unseen.with_texts(kept, {"unseen:testwire-01": changed})
    assert rows == []
    assert left_out == {"text differs": 1, "no text": 1}
    # one letter changed is another text: the hash is of the paragraph exactly as stored
    texts = {"unseen:testwire-01": AMBUSH.replace("Sunday", "Monday"), "unseen:testwire-02": QUIET}
    rows, left_out = unseen.with_texts(kept, texts)
    assert [row["id"] for row in rows] == ["unseen:testwire-02"] and left_out == {"text differs": 1}


DATED = " date 2024-03-05 Militants shot dead two guards at a checkpoint near Ombo."
CUT = "Officials said 300 families had fled the district by nightfall, and regist"


def test_a_paragraph_found_again_in_another_view_of_its_page_still_has_its_hash() -> None:
    dated, cut = unseen.without_texts(
        [_row("unseen:testwire-03", DATED, 2, 0, None), _row("unseen:testwire-04", CUT, 0, 0, None)]
    )
    assert dated["stored_prefix"] == " date 2024-03-05 " and cut["stored_prefix"] is None
    # the store's date prefix, given by one view of a page and not by another, is put back
    bare = DATED.removeprefix(" date 2024-03-05 ")
    assert unseen.found_text(bare, dated) == DATED
    assert unseen.found_text(DATED, dated) == DATED
    # a last line the stored excerpt cut is found whole in another view, and cut again
    whole = CUT + "ration of the displaced began on Monday."
    assert unseen.found_text(whole, cut) == CUT
    # a leading space lost, a trailing one dropped
    assert unseen.found_text(QUIET, unseen.without_texts([_row("x", " " + QUIET, 0, 0, None)])[0])
    assert unseen.found_text(QUIET, unseen.without_texts([_row("y", QUIET + " ", 0, 0, None)])[0])
    # but another paragraph, or the same with a figure changed, is not it
    assert unseen.found_text(whole.replace("300", "30"), cut) is None
    assert unseen.found_text(QUIET, dated) is None


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def test_load_rebuilds_a_missing_set_from_its_annotations_and_found_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    annotations = tmp_path / "annotations"
    monkeypatch.setattr(unseen, "ANNOTATIONS", annotations)
    root = tmp_path / "corpora"
    _write(annotations / "unseen" / "annotations.jsonl", unseen.without_texts(ROWS))
    _write(root / "unseen" / "texts.jsonl", [{"id": "unseen:testwire-01", "text": AMBUSH}])
    rows = unseen.load(root)
    assert rows == ROWS[:1]
    assert "1 of 2 paragraphs rebuilt (no text: 1)" in capsys.readouterr().err
    # a set kept whole is read as it is, the rebuild not consulted
    _write(root / "unseen" / "unseen.jsonl", [{k: v for k, v in ROWS[1].items() if k != "places"}])
    assert [row["id"] for row in unseen.load(root)] == ["unseen:testwire-02"]


def test_load_says_how_when_neither_the_set_nor_texts_to_rebuild_it_are_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unseen, "ANNOTATIONS", tmp_path / "annotations")
    with pytest.raises(SystemExit, match=r"no texts\.jsonl beside it"):
        unseen.load(tmp_path)


def test_the_committed_annotations_hold_no_text_and_split_into_both_halves() -> None:
    rows = [json.loads(line) for line in _COMMITTED.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 250
    assert all(set(row) == set(unseen.EXPORTED) for row in rows)
    assert len({row["id"] for row in rows}) == len(rows)
    assert all(re.fullmatch(r"[0-9a-f]{64}", row["sha256"]) for row in rows)
    assert len({row["country"] for row in rows}) >= 15
    left_out = re.compile(r"\b(Mali|Niger|Burkina)\b")
    assert not any(left_out.search(row["country"]) for row in rows)
    halves = {unseen.half_of(row["id"]) for row in rows}
    assert halves == {"study", "test"}
    categories = {"killed", "wounded", "kidnapped", "missing", "displaced", "refugees"}
    for row in rows:
        for figure in row["figures"]:
            assert figure["category"] in categories
            assert figure["scope"] in {"incident", "cumulative"}
            assert (figure["value"] is None) == figure["vague"]
