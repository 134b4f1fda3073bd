"""The French development set's benchmark (benchmarks/french.py): its halves, its
scoring with the shared scorer's rules, and its extraction matching
`workbench extract --json`. The French texts here were written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import load_benchmark
from tests.reliability_helpers import run_here

_ROOT = Path(__file__).resolve().parent.parent
_SCORER = _ROOT.parent / "shared" / "tools" / "score_claims.py"

pytestmark = pytest.mark.skipif(not _SCORER.exists(), reason="../shared is not beside the checkout")


french = load_benchmark("french", "french_bench")

# "embuscade.txt" falls in the study half, "lac.txt" in the test half.
EMBUSCADE = (
    "Embuscade près de Faya\n"
    "Douze soldats ont été tués mardi près de Faya, selon l'armée tchadienne. "
    "Une vingtaine d'autres ont été blessés. En 2019, la garnison comptait 300 hommes.\n"
)
LAC = (
    "Au moins quinze pêcheurs auraient été enlevés dans la localité de Bol, "
    "selon des sources locales.\n"
)


def _gold(body: str, source: str, quote: str, **fields: object) -> dict[str, object]:
    start = body.index(quote)
    row: dict[str, object] = {
        "source": source,
        "start": start,
        "end": start + len(quote),
        "quote": quote,
    }
    return row | fields


def _claim(text: str, source: str, quote: str, category: str, value: int, qualifier: str, **more):
    row = _gold(
        text,
        source,
        quote,
        category=category,
        value=value,
        low=None,
        high=None,
        qualifier=qualifier,
    )
    return (
        row
        | {"id": f"{source}-{quote[:8]}", "required": True, "attribution": None, "location": None}
        | more
    )


def _pred(
    text: str, source: str, quote: str, category: str, low, high, **more
) -> dict[str, object]:
    return _gold(text, source, quote, category=category, low=low, high=high, text=quote) | more


GOLD = [
    _claim(
        EMBUSCADE,
        "embuscade.txt",
        "Douze soldats ont été tués",
        "killed",
        12,
        "exact",
        attribution="l'armée tchadienne",
        location="Faya",
    ),
    _claim(
        EMBUSCADE, "embuscade.txt", "Une vingtaine d'autres ont été blessés", "wounded", 20, "about"
    ),
]
NON_CLAIMS = [_gold(EMBUSCADE, "embuscade.txt", "En 2019", why="year")]


def test_halves_follow_the_sha256_of_the_file_name():
    assert french.half_of("embuscade.txt") == "study"
    assert french.half_of("lac.txt") == "test"


def test_score_counts_found_voice_place_extra_and_non_claims():
    scorer = french.load_scorer(_SCORER)
    pred = [
        _pred(
            EMBUSCADE,
            "embuscade.txt",
            "Douze soldats",
            "killed",
            12,
            12,
            attribution="l'armée tchadienne",
            location="près de Faya",
        ),
        # the right span, the wrong category: not found
        _pred(EMBUSCADE, "embuscade.txt", "Une vingtaine", "troops", 15, 25),
        # a year read as a figure: an extra claim and a non-claim reported
        _pred(EMBUSCADE, "embuscade.txt", "2019", "other", 2019, 2019),
        _pred(EMBUSCADE, "embuscade.txt", "300 hommes", "troops", 300, 300),
    ]
    result = french.score(scorer, GOLD, NON_CLAIMS, pred, texts=1)
    assert (result.required, result.found) == (2, 1)
    assert (result.voice_ok, result.voice, result.place_ok, result.place) == (1, 1, 1, 1)
    assert (result.extra, result.given) == (2, 4)
    assert result.extra_per_ten == pytest.approx(5.0)
    assert result.non_claims_reported == 1
    assert any(note.startswith("MISSED") and "vingtaine" in note for note in result.notes)


def test_a_wrong_voice_or_value_is_counted_wrong():
    scorer = french.load_scorer(_SCORER)
    pred = [
        _pred(
            EMBUSCADE,
            "embuscade.txt",
            "Douze soldats",
            "killed",
            12,
            12,
            attribution="des témoins",
            location=None,
        ),
        _pred(EMBUSCADE, "embuscade.txt", "Une vingtaine", "wounded", 21, 29),  # holds no 20
    ]
    result = french.score(scorer, GOLD, [], pred, texts=1)
    assert (result.found, result.voice_ok, result.voice, result.place_ok, result.place) == (
        1,
        0,
        1,
        0,
        1,
    )


def _write_set(folder: Path) -> None:
    texts = folder / "french" / "texts"
    texts.mkdir(parents=True)
    (texts / "embuscade.txt").write_text(EMBUSCADE, encoding="utf-8")
    (texts / "lac.txt").write_text(LAC, encoding="utf-8")
    sources = [
        {"file": name, "half": french.half_of(name)} for name in ("embuscade.txt", "lac.txt")
    ]
    kidnapped = _claim(
        LAC, "lac.txt", "Au moins quinze pêcheurs auraient été enlevés", "kidnapped", 15, "at_least"
    )
    for name, rows in (
        ("sources", sources),
        ("claims", [*GOLD, kidnapped]),
        ("non_claims", NON_CLAIMS),
    ):
        lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        (folder / "french" / f"{name}.jsonl").write_text(lines, encoding="utf-8")


def test_main_prints_both_halves(tmp_path, monkeypatch, capsys):
    _write_set(tmp_path)
    monkeypatch.setenv("WORKBENCH_CORPORA", str(tmp_path))
    assert french.main(["--scorer", str(_SCORER)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("study  texts   1  found ") and "/2 " in lines[1]
    assert lines[2].startswith("test   texts   1  found ") and "/1 " in lines[2]


def test_speed_is_printed_after_each_half(tmp_path, monkeypatch, capsys):
    _write_set(tmp_path)
    monkeypatch.setenv("WORKBENCH_CORPORA", str(tmp_path))
    assert french.main(["--scorer", str(_SCORER), "--half", "study", "--speed"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].startswith("study  speed ") and " MB/s (" in lines[2]
    size = len(EMBUSCADE.encode("utf-8")) / 1e3
    assert f"({size:.0f} kB, CPU, best of 5 passes" in lines[2]


def test_a_half_that_contradicts_the_file_name_is_refused(tmp_path):
    _write_set(tmp_path)
    sources = tmp_path / "french" / "sources.jsonl"
    sources.write_text(sources.read_text().replace('"half": "test"', '"half": "study"'))
    with pytest.raises(SystemExit, match=r"lac\.txt says half 'study'"):
        french.load_set(tmp_path / "french")


def test_predictions_are_what_extract_json_prints(tmp_path):
    _write_set(tmp_path)
    path = tmp_path / "french" / "texts" / "embuscade.txt"
    printed = run_here("extract", str(path), "--json")
    assert printed.returncode == 0, printed.stderr
    keys = ("start", "end", "category", "low", "high", "qualifier", "attribution", "location")
    cli = [tuple(json.loads(line)[k] for k in keys) for line in printed.stdout.splitlines()]
    assert [tuple(row[k] for k in keys) for row in french.predict([path])] == cli


def test_a_part_of_the_study_half_is_scored_alone(tmp_path, monkeypatch, capsys):
    _write_set(tmp_path)
    monkeypatch.setenv("WORKBENCH_CORPORA", str(tmp_path))
    part = french.part_of("embuscade.txt")
    other = "b" if part == "a" else "a"
    assert french.main(["--scorer", str(_SCORER), "--half", "study", "--part", part]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("study  texts   1  found ")
    assert french.main(["--scorer", str(_SCORER), "--half", "study", "--part", other]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("study  texts   0  found ")


def test_a_part_of_the_test_half_is_refused(tmp_path, monkeypatch):
    _write_set(tmp_path)
    monkeypatch.setenv("WORKBENCH_CORPORA", str(tmp_path))
    with pytest.raises(SystemExit, match="--part splits the study half only"):
        french.main(["--scorer", str(_SCORER), "--part", "a"])


def _write_held_out(folder: Path) -> None:
    """The set as `french-extra`, its sources.jsonl written as it was before the set
    was split: both texts said to be `study` (whatever their names' hash)."""
    _write_set(folder)
    (folder / "french").rename(folder / "french-extra")
    sources = folder / "french-extra" / "sources.jsonl"
    sources.write_text(sources.read_text().replace('"half": "test"', '"half": "study"'))


def test_the_held_out_set_is_split_by_the_same_hash(tmp_path, monkeypatch, capsys):
    # its sources.jsonl says `study` of both texts: the hash decides all the same
    _write_held_out(tmp_path)
    monkeypatch.setenv("WORKBENCH_CORPORA", str(tmp_path))
    assert french.main(["--scorer", str(_SCORER), "--set", "french-extra"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3  # the targets, then the two halves
    assert lines[1].startswith("study  texts   1  found ") and "/2 " in lines[1]
    assert lines[2].startswith("test   texts   1  found ") and "/1 " in lines[2]


def test_the_held_out_test_half_is_never_read(tmp_path, monkeypatch, capsys):
    # negative: --verbose prints the study half's notes only, as for `french`
    _write_held_out(tmp_path)
    monkeypatch.setenv("WORKBENCH_CORPORA", str(tmp_path))
    assert french.main(["--scorer", str(_SCORER), "--set", "french-extra", "--verbose"]) == 0
    assert "lac.txt" not in capsys.readouterr().out


def test_a_development_text_said_to_be_study_is_refused(tmp_path):
    # negative: only a set once scored whole may still say `study` of a test text
    _write_set(tmp_path)
    sources = tmp_path / "french" / "sources.jsonl"
    sources.write_text(sources.read_text().replace('"half": "test"', '"half": "study"'))
    with pytest.raises(SystemExit, match=r"lac.txt says half 'study'"):
        french.load_set(tmp_path / "french", french.SETS["french"])


def test_a_held_out_text_said_to_be_test_is_refused(tmp_path):
    # negative: a text the hash puts in the study half is never `test`
    _write_held_out(tmp_path)
    sources = tmp_path / "french-extra" / "sources.jsonl"
    rows = sources.read_text().replace('"half": "study"}\n', '"half": "test"}\n', 1)
    sources.write_text(rows)
    with pytest.raises(SystemExit, match=r"says half 'test'"):
        french.load_set(tmp_path / "french-extra", french.SETS["french-extra"])


def test_the_held_out_set_missing_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CORPORA", str(tmp_path))
    with pytest.raises(SystemExit, match="french-extra/"):
        french.main(["--scorer", str(_SCORER), "--set", "french-extra"])


def test_each_batch_is_scored_alone(tmp_path, monkeypatch, capsys):
    _write_held_out(tmp_path)
    sources = tmp_path / "french-extra" / "sources.jsonl"
    rows = [json.loads(line) for line in sources.read_text().splitlines()]
    for n, row in enumerate(rows, 1):
        row["batch"] = n
    sources.write_text("".join(json.dumps(row) + "\n" for row in rows))
    monkeypatch.setenv("WORKBENCH_CORPORA", str(tmp_path))
    assert french.main(["--scorer", str(_SCORER), "--set", "french-extra", "--by-batch"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[1:]] == ["study", "b1", "test", "b2"]
    assert "/2 " in lines[2] and "/1 " in lines[4]  # embuscade's two claims, lac's one


def test_no_batch_told_no_batch_lines(tmp_path, monkeypatch, capsys):
    # negative: the development set's sources name no batch
    _write_set(tmp_path)
    monkeypatch.setenv("WORKBENCH_CORPORA", str(tmp_path))
    assert french.main(["--scorer", str(_SCORER), "--half", "study", "--by-batch"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


LISTED = "Deux gendarmes, deux policiers et un civil ont péri lundi à Gao.\n"


def test_a_gold_total_given_as_a_list_is_counted_apart_not_found():
    scorer = french.load_scorer(_SCORER)
    sentence = LISTED.strip()
    gold = [_claim(LISTED, "gao.txt", sentence, "killed", 5, "exact")]
    pred = [
        _pred(LISTED, "gao.txt", quote, "killed", n, n, sentence=sentence)
        for quote, n in (("Deux gendarmes", 2), ("deux policiers", 2), ("un civil ont péri", 1))
    ]
    result = french.score(scorer, gold, [], pred, texts=1)
    assert (result.found, result.by_list, result.extra) == (0, 1, 0)
    # parts that add up to another figure meet no total
    wrong = [_claim(LISTED, "gao.txt", sentence, "killed", 4, "exact")]
    assert french.score(scorer, wrong, [], pred, texts=1).by_list == 0
