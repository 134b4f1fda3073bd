"""The benchmarks' emulation of an analyst who added their countries' GeoNames dumps
(benchmarks/geonames_dumps.py, used by pairs.py and places_real.py): which files it
takes, and that it adds them to a gazetteer of its own, never the user's. The dump
is two lines written for the test in GeoNames' 19 columns, of an invented country
"ZZ"."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import gazetteer_copy, load_benchmark
from workbench.service.places import find_places

_DUMP = (
    "99000001\tTessabougou\tTessabougou\tTessabugu\t10.5\t-170.5\tP\tPPL"
    "\tZZ\t\t01\t0002\t\t\t0\t\t300\tAfrica/Bamako\t2020-01-01\n"
    "99000002\tKoro-Were\tKoro-Were\t\t10.55\t-170.55\tP\tPPL"
    "\tZZ\t\t01\t0002\t\t\t0\t\t300\tAfrica/Bamako\t2020-01-01\n"
)


geonames_dumps = load_benchmark("geonames_dumps")


def test_the_dumps_are_the_geonames_folders_txt_and_zip_files(tmp_path: Path) -> None:
    assert geonames_dumps.dumps(tmp_path) == []
    folder = tmp_path / "geonames"
    folder.mkdir()
    for name in ("NG.zip", "KE.txt", "readme.txt", "README.md", "notes.csv"):
        (folder / name).write_text("", encoding="utf-8")
    assert [p.name for p in geonames_dumps.dumps(tmp_path)] == ["KE.txt", "NG.zip"]


def test_dumps_are_added_to_a_gazetteer_of_the_run_only(tmp_path: Path) -> None:
    users = os.environ["WORKBENCH_GAZETTEER"]
    dump = tmp_path / "ZZ.txt"
    dump.write_text(_DUMP, encoding="utf-8")
    broken = tmp_path / "YY.txt"
    broken.write_text("not\ta dump\n", encoding="utf-8")
    with geonames_dumps.gazetteer_at(gazetteer_copy(tmp_path / "run.db")):
        line = geonames_dumps.add_dumps([dump, broken])
        assert [p.name for p in find_places("Tessabugu")] == ["Tessabougou"]
    assert line.startswith("added ZZ.txt 2 places; ")
    assert "YY.txt: line 1 has 2 columns" in line
    assert os.environ["WORKBENCH_GAZETTEER"] == users
    assert find_places("Tessabugu") == []  # the user's gazetteer has none of it
