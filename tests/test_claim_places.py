"""Claims placed in the gazetteer: at ingest and by `extract`, in the JSON and the
exports; claims an older Workbench stored placed by the next matching; all placed
again when the user's gazetteer grows."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import database_before
from workbench.cli import main
from workbench.store.gazetteer import ENVIRONMENT

_TEXT = "Gunmen killed 12 villagers near Bankass on Tuesday, a local official said.\n"
# A made-up village of a made-up country "ZZ" in GeoNames' 19 columns.
_DUMP = (
    "99000001\tTessabougou\tTessabougou\t\t10.5\t-170.5\tP\tPPL"
    "\tZZ\t\t01\t\t\t\t0\t\t300\tAfrica/Bamako\t2020-01-01\n"
)


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_extract_gives_each_claim_its_place(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(_TEXT, encoding="utf-8")
    (claim,) = [json.loads(line) for line in run("extract", str(source), "--json").splitlines()]
    place = claim["place"]
    assert (place["name"], place["kind"], place["region"], place["country"]) == (
        "Bankass",
        "town",
        "Mopti Region",
        "Mali",
    )
    assert place["relation"] == "near" and place["latitude"] and place["longitude"]


def test_stored_claims_keep_their_place_in_listings_and_exports(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(_TEXT, encoding="utf-8")
    db = str(tmp_path / "claims.db")
    run("--db", db, "ingest", str(source))
    (listed,) = [json.loads(line) for line in run("--db", db, "claims", "--json").splitlines()]
    assert listed["place"]["name"] == "Bankass"
    document = json.loads(run("--db", db, "export", "--format", "json"))
    assert document["claims"][0]["place"]["geonameid"] == listed["place"]["geonameid"]
    rows = list(csv.DictReader(io.StringIO(run("--db", db, "export", "--format", "csv"))))
    assert (rows[0]["place_name"], rows[0]["place_region"], rows[0]["place_relation"]) == (
        "Bankass",
        "Mopti Region",
        "near",
    )


def test_a_place_the_gazetteer_does_not_know_is_none(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Gunmen killed 12 villagers near Nowhereville on Tuesday.\n")
    (claim,) = [json.loads(line) for line in run("extract", str(source), "--json").splitlines()]
    assert claim["location"] == "near Nowhereville" and claim["place"] is None


def test_claims_an_older_workbench_stored_are_placed_by_the_next_matching(
    tmp_path: Path,
) -> None:
    path = tmp_path / "claims.db"
    old = database_before(path, "m009_place", location="near Gao", country="Mali")
    old.conn.commit()
    old.close()
    run("--db", str(path), "match", "--all")
    (claim,) = [
        json.loads(line) for line in run("--db", str(path), "claims", "--json").splitlines()
    ]
    assert claim["place"]["name"] == "Gao" and claim["place"]["relation"] == "near"


def test_gazetteer_add_places_the_claims_again(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Gunmen killed 12 villagers in Tessabougou on Tuesday.\n")
    db = str(tmp_path / "claims.db")
    run("--db", db, "ingest", str(source))
    (before,) = [json.loads(line) for line in run("--db", db, "claims", "--json").splitlines()]
    assert before["place"] is None
    dump = tmp_path / "ZZ.txt"
    dump.write_text(_DUMP, encoding="utf-8")
    out = run("gazetteer", "add", str(dump), "--db", db)
    assert "1 place added" in out and "1 claim placed again" in out
    (after,) = [json.loads(line) for line in run("--db", db, "claims", "--json").splitlines()]
    assert after["place"]["name"] == "Tessabougou"  # the text names no country
    found = json.loads(run("gazetteer", "find", "Tessabougou", "--json"))
    assert found["country_code"] == "ZZ"


def test_gazetteer_add_refuses_a_file_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "NG.txt"
    bad.write_text("not,a,dump\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["gazetteer", "add", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"workbench: {bad}: line 1 has 1 columns, not the 19 of a GeoNames dump"
    ]


def test_geojson_gives_claims_and_events_as_points(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(_TEXT, encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text(
        "Twelve villagers were killed in Bankass on Tuesday, the governor said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "claims.db")
    run("--db", db, "ingest", str(first), str(second), "--published", "2024-06-05")
    collection = json.loads(run("--db", db, "export", "--format", "geojson"))
    assert collection["type"] == "FeatureCollection"
    assert "GeoNames" in collection["attribution"] and "CC BY 4.0" in collection["attribution"]
    kinds = [f["properties"]["feature"] for f in collection["features"]]
    assert kinds == ["claim", "claim", "event"]
    for feature in collection["features"]:
        longitude, latitude = feature["geometry"]["coordinates"]
        assert (round(longitude), round(latitude)) == (-4, 14)  # Bankass: 14.08 N, 3.52 W
        assert feature["properties"]["place_name"] == "Bankass"
    event = collection["features"][-1]["properties"]
    assert event["claims"] == 2 and event["voices"] == 2 and event["killed_best"] == 12
    assert collection["unmapped"] == {"claims": 0, "events": 0}


def test_geojson_counts_what_it_could_not_map(tmp_path: Path) -> None:
    """A trial's map had no point for its main ambush (a village the shipped gazetteer
    lacks) and did not say what it left out."""
    note = tmp_path / "a.txt"
    note.write_text(
        "Twelve villagers were killed in Bankass on Tuesday, the governor said.\n\n"
        "In a separate attack, 24 soldiers were killed near Zzyzxville on Tuesday.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "claims.db")
    run("--db", db, "ingest", str(note), "--published", "2024-06-05")
    collection = json.loads(run("--db", db, "export", "--format", "geojson"))
    claims = [f for f in collection["features"] if f["properties"]["feature"] == "claim"]
    assert [f["properties"]["place_name"] for f in claims] == ["Bankass"]
    assert collection["unmapped"]["claims"] == 1
    # the line after writing it says so too, not only the file
    out = tmp_path / "map.geojson"
    result = CliRunner().invoke(main, ["--db", db, "export", "--format", "geojson", "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = json.loads(out.read_text(encoding="utf-8"))
    events = sum(f["properties"]["feature"] == "event" for f in written["features"])
    unmapped = written["unmapped"]["events"]
    assert (
        f"on the map: 1 claim, {events} event{'' if events == 1 else 's'}; 1 claim,"
        f" {unmapped} event{'' if unmapped == 1 else 's'} without coordinates ('unmapped')"
    ) in result.stderr


def test_gazetteer_refusals_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dump = tmp_path / "ZZ.txt"
    dump.write_text(_DUMP.replace("\t10.5\t", "\t215.5\t"), encoding="utf-8")
    result = CliRunner().invoke(main, ["gazetteer", "add", str(dump)])
    assert result.exit_code == 1
    assert "line 1: the latitude 215.5 is not between -90 and 90 degrees" in result.stderr
    unknown = CliRunner().invoke(main, ["gazetteer", "find", "Koro", "--country", "Narnia"])
    assert unknown.exit_code == 1 and "Narnia: not a country the gazetteer knows" in unknown.stderr
    folder = tmp_path / "a-folder"
    folder.mkdir()
    monkeypatch.setenv(ENVIRONMENT, str(folder))  # a folder, not a file: nothing kept
    dump.write_text(_DUMP, encoding="utf-8")
    result = CliRunner().invoke(main, ["gazetteer", "add", str(dump)])
    assert result.exit_code == 1
    assert f"{folder}: cannot keep the gazetteer there" in result.stderr
