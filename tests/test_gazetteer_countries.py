"""A user's GeoNames dump holds its country's own row ("Republic of Kenya", first
division "00"): adding it keeps the country as the gazetteer names it, and the
dump's places keep their country's name."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import gazetteer_copy
from workbench.geo.geonames import read_dump
from workbench.geo.places import Kind
from workbench.store.gazetteer import GazetteerFile

# Made-up lines in GeoNames' 19 columns: Kenya's own row as a dump gives it (its real
# id, a long name, division "00"), an invented village of Kenya, and an invented
# country no shipped row has.
_KENYA = (
    "192950\tRepublic of Kenya\tRepublic of Kenya\tKenia,Jamhuri ya Kenya\t1\t38\tA\tPCLI"
    "\tKE\t\t00\t\t\t\t51000000\t\t697\tAfrica/Nairobi\t2024-09-05\n"
)
_VILLAGE = (
    "99100001\tZzolowa\tZzolowa\t\t0.95000\t38.10000\tP\tPPL"
    "\tKE\t\t01\t\t\t\t800\t\t700\tAfrica/Nairobi\t2024-09-05\n"
)
_NEW_COUNTRY = (
    "99100002\tRepublic of Zyxland\tRepublic of Zyxland\tZyxland\t10\t-170\tA\tPCLI"
    "\tZY\t\t00\t\t\t\t1000\t\t0\tAfrica/Bamako\t2024-09-05\n"
)


def _added(tmp_path: Path, *lines: str) -> GazetteerFile:
    mine = GazetteerFile(gazetteer_copy(tmp_path / "mine.db"))
    dump = tmp_path / "KE.txt"
    dump.write_text("".join(lines), encoding="utf-8")
    mine.add(read_dump(dump), "KE.txt")
    return mine


def test_a_dumps_country_row_keeps_the_countrys_name(tmp_path: Path) -> None:
    mine = _added(tmp_path, _KENYA, _VILLAGE)
    kenya = mine.find("Kenya")[0]
    assert (kenya.kind, kenya.name, kenya.country) == (Kind.COUNTRY, "Kenya", "Kenya")
    assert mine.find("Republic of Kenya")[0].geonameid == kenya.geonameid  # its names added
    assert mine.find("Jamhuri ya Kenya")[0].name == "Kenya"
    mine.close()


def test_the_dumps_places_keep_their_countrys_name(tmp_path: Path) -> None:
    mine = _added(tmp_path, _KENYA, _VILLAGE)
    village = mine.find("Zzolowa")[0]
    assert (village.country, village.country_code) == ("Kenya", "KE")
    mine.close()


def test_a_country_the_gazetteer_lacks_is_added_as_the_dump_names_it(tmp_path: Path) -> None:
    mine = _added(tmp_path, _NEW_COUNTRY)
    found = mine.find("Zyxland")[0]
    assert (found.kind, found.name) == (Kind.COUNTRY, "Republic of Zyxland")
    mine.close()
