"""Countries and divisions on the map: the shipped gazetteer places those GeoNames
lists without coordinates at their seat of government, and every GeoJSON feature
says how precise its point is on UCDP GED's `where_prec` scale (a trial's map had
points for towns only: an attack "in Borno State" or "in Sudan" was left off it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.test_claim_places import run
from workbench.cli import main
from workbench.export.geojson import where_prec
from workbench.geo.gazetteer import seated
from workbench.geo.geonames import Feature, read_seats
from workbench.geo.places import Kind

# Made-up lines of a GeoNames dump of an invented country "ZZ", in its 19 columns:
# a capital, a region's seat, a district's seat, and a village that governs nothing.
_LINES = [
    ("99000010", "Capitaleville", "10.0", "-170.0", "PPLC", "01", "0001", "500000"),
    ("99000011", "Seatville", "11.0", "-171.0", "PPLA", "02", "", "80000"),
    ("99000012", "Cercleville", "12.0", "-172.0", "PPLA2", "02", "0005", "20000"),
    ("99000013", "Hameau", "13.0", "-173.0", "PPL", "03", "0009", "900"),
]


def _dump(tmp_path: Path) -> Path:
    lines = [
        f"{gid}\t{name}\t{name}\t\t{lat}\t{lon}\tP\t{code}\tZZ\t\t{a1}\t{a2}\t\t\t{pop}"
        "\t\t300\tAfrica/Bamako\t2020-01-01\n"
        for gid, name, lat, lon, code, a1, a2, pop in _LINES
    ]
    dump = tmp_path / "ZZ.txt"
    dump.write_text("".join(lines), encoding="utf-8")
    return dump


def _division(gid: int, kind: Kind, admin1: str = "", admin2: str = "") -> Feature:
    return Feature(gid, f"Area {gid}", kind, "ZZ", admin1, admin2, None, None, 0, ())


def _town(gid: int, admin1: str, population: int, latitude: float) -> Feature:
    return Feature(gid, f"Town {gid}", Kind.TOWN, "ZZ", admin1, "", latitude, 1.0, population, ())


def test_a_dump_names_the_seats_of_its_country_and_divisions(tmp_path: Path) -> None:
    seats = {key: (lat, lon) for key, lat, lon in read_seats(_dump(tmp_path))}
    assert seats == {
        ("ZZ",): (10.0, -170.0),
        ("ZZ", "02"): (11.0, -171.0),
        ("ZZ", "02", "0005"): (12.0, -172.0),
    }


def test_divisions_without_coordinates_take_their_seats_or_their_largest_town() -> None:
    seats = {("ZZ",): (10.0, -170.0), ("ZZ", "02", "0005"): (12.0, -172.0)}
    features = [
        _division(1, Kind.COUNTRY),
        _division(2, Kind.REGION, "03"),  # no seat known: its largest town
        _division(3, Kind.DISTRICT, "02", "0005"),
        _division(4, Kind.DISTRICT, "03", "0006"),  # no seat: a district is not guessed
        _division(5, Kind.REGION, "04"),  # neither seat nor town: stays off the map
        _town(6, "03", 40_000, 14.0),
        _town(7, "03", 90_000, 15.0),
        _town(8, "04", 0, 16.0),  # a village of no recorded population is no seat
        Feature(9, "Own", Kind.REGION, "ZZ", "05", "", 17.0, 2.0, 0, ()),
    ]
    placed = {f.geonameid: (f.latitude, f.longitude) for f in seated(features, seats)}
    assert placed[1] == (10.0, -170.0)
    assert placed[2] == (15.0, 1.0)
    assert placed[3] == (12.0, -172.0)
    assert placed[4] == (None, None) and placed[5] == (None, None)
    assert placed[9] == (17.0, 2.0)  # its own coordinates are kept


@pytest.mark.parametrize(
    ("kind", "relation", "precision"),
    [
        ("town", "in", 1),
        ("town", None, 1),
        ("town", "near", 2),
        ("town", "north of", 2),
        ("commune", "in", 3),
        ("district", "near", 3),
        ("region", "in", 4),
        ("country", "northern", 5),
        ("country", "in", 6),
    ],
)
def test_where_prec_follows_ucdp_ged(kind: str, relation: str | None, precision: int) -> None:
    assert where_prec(kind, relation) == precision


def test_a_state_is_on_the_map_at_its_capital_and_a_country_at_no_point(tmp_path: Path) -> None:
    """A trial's map put every claim known only to a country at its capital (the air
    strike 'in Sudan' on Khartoum): a country-level claim is a feature of null
    geometry (RFC 7946 3.2), its country and ISO code in its properties."""
    note = tmp_path / "a.txt"
    note.write_text(
        "Gunmen killed 14 farmers in Borno State on Monday, police said.\n\n"
        "Separately, an air strike killed 9 people in Sudan on Monday, medics said.\n\n"
        "Twelve villagers were killed near Kano on Tuesday, the governor said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "claims.db")
    run("--db", db, "ingest", str(note), "--published", "2024-06-05")
    collection = json.loads(run("--db", db, "export", "--format", "geojson"))
    claims = {
        f["properties"]["place_name"]: (f["geometry"], f["properties"])
        for f in collection["features"]
        if f["properties"]["feature"] == "claim"
    }
    geometry, borno = claims["Borno"]
    lon, lat = geometry["coordinates"]
    assert (round(lat, 1), round(lon, 1)) == (11.8, 13.2)  # Maiduguri, its capital
    assert (borno["place_kind"], borno["where_prec"]) == ("region", 4)
    geometry, sudan = claims["Sudan"]
    assert geometry is None  # not Khartoum, nor a centroid
    assert (sudan["where_prec"], sudan["place_country"]) == (6, "Sudan")
    assert sudan["place_country_code"] == "SD" and sudan["value"] == 9
    assert claims["Kano"][1]["where_prec"] == 2  # near the town
    events = [f for f in collection["features"] if f["properties"]["feature"] == "event"]
    assert events and all("where_prec" in e["properties"] for e in events)
    [sudan_event] = [e for e in events if e["properties"]["place_name"] == "Sudan"]
    assert sudan_event["geometry"] is None  # an event known only to a country: no point
    assert all(e["geometry"] is not None for e in events if e is not sudan_event)
    assert collection["country_only"] == {"claims": 1, "events": 1}
    assert collection["unmapped"] == {"claims": 0, "events": 0}


def test_part_of_a_country_has_no_point_and_the_line_says_how_many(tmp_path: Path) -> None:
    note = tmp_path / "a.txt"
    note.write_text(
        "Militants killed 7 soldiers in northern Nigeria on Monday, the army said.\n\n"
        "Separately, gunmen killed 14 farmers in Borno State on Sunday, police said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "claims.db")
    run("--db", db, "ingest", str(note), "--published", "2024-06-05")
    out = tmp_path / "map.geojson"
    result = CliRunner().invoke(main, ["--db", db, "export", "--format", "geojson", "-o", str(out)])
    assert result.exit_code == 0, result.output
    collection = json.loads(out.read_text(encoding="utf-8"))
    [north] = [
        f
        for f in collection["features"]
        if f["properties"]["feature"] == "claim" and f["properties"]["value"] == 7
    ]
    assert north["geometry"] is None and north["properties"]["where_prec"] == 5
    country = collection["country_only"]
    assert country["claims"] == 1
    events = country["events"]
    assert f"1 claim, {events} event{'' if events == 1 else 's'} known only to a country" in (
        result.stderr
    )
