"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Yemen's notes of 2019, read from
a knitr cache). The notes here are written for these tests and laid out as the corpora
are, in tmp_path: a lazy-load database whose .rdx index gives the object's place in the
.rdb, the object a 4-byte length and its zlib-compressed serialization."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.conftest import load_benchmark, write_csv

rdata = pytest.importorskip("rdata")
corpora = load_benchmark("corpora")


def _knitr_cache(folder: Path, frame: pd.DataFrame) -> None:
    rdata.write_rds(folder / "frame.rds", frame, compression=None)
    serialized = (folder / "frame.rds").read_bytes()
    (folder / "frame.rds").unlink()
    blob = struct.pack(">I", len(serialized)) + zlib.compress(serialized)
    (folder / "yemen.rdb").write_bytes(blob)
    index = {"variables": {"conflict": np.array([0, len(blob)], dtype=np.int32)}}
    rdata.write_rds(folder / "yemen.rdx", index)


def _corpus(root: Path) -> Path:
    folder = root / "acled-h"
    folder.mkdir()
    notes = [
        (2019.0, "Yemen", "Coalition airstrikes killed five Houthi fighters in Nihm.", 5.0),
        (2019.0, "Yemen", "Coalition airstrikes  killed five Houthi fighters in Nihm", 5.0),
        (2019.0, "Yemen", "Houthi shelling killed two civilians in Taizz.", 2.0),
        (2019.0, "Yemen", "Houthi shelling killed two civilians in Taizz.", 1.0),
        (2018.0, "Yemen", "Clashes left three dead in Al Hudaydah.", 3.0),
        (2019.0, "Yemen", "Troops killed four militants.", 4.0),
    ]
    year, country, text, figure = zip(*notes, strict=True)
    frame = pd.DataFrame(
        {
            "year": np.array(year),
            "country": list(country),
            "notes": list(text),
            "fatalities": np.array(figure),
        }
    )
    _knitr_cache(folder, frame)
    return folder


def test_one_row_a_note_of_2019_and_one_a_figure_of_a_shared_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-h"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Yemen", "Coalition airstrikes killed five Houthi fighters in Nihm.", 5),
        ("Yemen", "Houthi shelling killed two civilians in Taizz.", 1),
        ("Yemen", "Houthi shelling killed two civilians in Taizz.", 2),
        ("Yemen", "Troops killed four militants.", 4),
    ]
    assert len({r.id for r in rows}) == 4


def test_notes_of_an_earlier_acled_corpus_are_dropped_and_kept_there(tmp_path: Path) -> None:
    _corpus(tmp_path)
    other = tmp_path / "acled-f"
    other.mkdir()
    row = [1, "DRC1", 2019, "Democratic Republic of Congo", "TROOPS killed four militants", 4]
    write_csv(
        other / "ACLED_DRC.csv",
        ["data_id", "event_id_cnty", "year", "country", "notes", "fatalities"],
        [row],
        "utf-8-sig",
    )
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-h"])}
    assert "Troops killed four militants." not in texts
    assert len(texts) == 2
    assert len(list(corpora.rows(tmp_path, ["acled-f"]))) == 1
