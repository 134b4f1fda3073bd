"""The gazetteer: GeoNames files read, the user's file made and added to, names
found by any spelling, and place phrases resolved with the relation they state."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import gazetteer_copy
from workbench.errors import WorkbenchError
from workbench.geo.geonames import (
    Feature,
    GeoNamesError,
    fold,
    loose,
    read_dump,
    spelled_out,
    strip_division,
)
from workbench.geo.places import Kind
from workbench.geo.resolve import resolve
from workbench.store.gazetteer import GazetteerFile, refusal

# Two lines of a GeoNames dump, made up for the test in GeoNames' 19 columns: a
# village and a district of an invented country "ZZ", far from any real place.
_VILLAGE = (
    "99000001\tTessabougou\tTessabougou\tTessabugu,Téssabougou,ⵜⵙⴱ\t10.50000\t-170.50000\tP\tPPL"
    "\tZZ\t\t01\t0002\t\t\t0\t\t300\tAfrica/Bamako\t2020-01-01\n"
)
_HAMLET = (
    "99000002\tKoro-Were\tKoro-Were\t\t10.55000\t-170.55000\tP\tPPL"
    "\tZZ\t\t01\t0002\t\t\t0\t\t300\tAfrica/Bamako\t2020-01-01\n"
)
_STREAM = (
    "99000003\tTessabougou Ko\tTessabougou Ko\t\t10.5\t-170.5\tH\tSTM"
    "\tZZ\t\t01\t\t\t\t0\t\t300\tAfrica/Bamako\t2020-01-01\n"
)


@pytest.fixture(scope="session")
def gazetteer() -> GazetteerFile:
    """The shipped gazetteer in the file this run's test processes share (conftest)."""
    return GazetteerFile()


def test_a_dump_keeps_places_and_divisions_and_latin_names(tmp_path: Path) -> None:
    dump = tmp_path / "ZZ.txt"
    dump.write_text(_VILLAGE + _STREAM, encoding="utf-8")
    (village,) = read_dump(dump)  # the stream is no place an incident happens in
    assert (village.name, village.kind, village.country, village.admin2) == (
        "Tessabougou",
        Kind.TOWN,
        "ZZ",
        "0002",
    )
    assert village.names == ("Tessabugu",)  # Tifinagh and an accent-only variant dropped


def test_a_line_that_is_not_geonames_names_the_file_and_line(tmp_path: Path) -> None:
    dump = tmp_path / "ZZ.txt"
    dump.write_text(_VILLAGE + "id,name,lat\n", encoding="utf-8")
    with pytest.raises(GeoNamesError, match=r"ZZ.txt: line 2 has 1 columns"):
        list(read_dump(dump))


def test_a_zip_as_geonames_serves_it_is_read(tmp_path: Path) -> None:
    archive = tmp_path / "ZZ.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("ZZ.txt", _VILLAGE)
    assert [f.name for f in read_dump(archive)] == ["Tessabougou"]
    with zipfile.ZipFile(tmp_path / "YY.zip", "w") as out:
        out.writestr("readme.txt", "")
    with pytest.raises(GeoNamesError, match=r"no YY\.txt inside"):
        list(read_dump(tmp_path / "YY.zip"))


def test_folding_and_division_words() -> None:
    assert fold("Ségou") == fold("SEGOU") == "segou"
    assert fold("N'Djamena") == "n djamena"
    assert loose(fold("Diabaly")) == loose(fold("Diabali"))
    assert loose(fold("Gossi")) == loose(fold("Gosi"))
    assert strip_division("Borno State") == "Borno"
    assert strip_division("Région de Mopti") == "Mopti"
    assert strip_division("Cercle") == "Cercle"  # a name is never emptied


def test_shipped_names_resolve_by_any_spelling(gazetteer: GazetteerFile) -> None:
    timbuktu = gazetteer.find("Tombouctou", "Mali")[0]
    assert (timbuktu.name, timbuktu.kind, timbuktu.region) == (
        "Timbuktu",
        Kind.TOWN,
        "Tombouctou Region",
    )
    assert gazetteer.find("Diabaly", "Mali")[0].name == "Diabali"
    assert gazetteer.find("Tillabéry")[0].country == "Niger"
    assert gazetteer.find("Kano")[0].population > 1_000_000  # the city before the state
    assert gazetteer.find("Borno")[0].kind is Kind.REGION
    assert gazetteer.find("Nowhere-Like-This") == []


def test_countries_by_name_or_code(gazetteer: GazetteerFile) -> None:
    assert gazetteer.country_code("Mali") == "ML"
    assert gazetteer.country_code("ng") == "NG"
    assert gazetteer.country_code("Gossi") is None


def test_a_country_by_the_french_name_the_extractor_reads(gazetteer: GazetteerFile) -> None:
    """French claims placed "au Tchad", "dans le nord du Cameroun" found no place:
    GeoNames' country list has the English names. A name no country has stays
    unknown, and a town keeps its own record."""
    assert [(p.name, p.kind) for p in gazetteer.find("Tchad")][:1] == [("Chad", Kind.COUNTRY)]
    assert gazetteer.find("Cameroun")[0].country_code == "CM"
    located = resolve("le nord du Cameroun", None, gazetteer)
    assert located is not None and (located.place.name, located.relation) == (
        "Cameroon",
        "northern",
    )
    assert gazetteer.find("Tchadie") == []


def test_a_users_dump_joins_and_wins_over_shipped(tmp_path: Path) -> None:
    mine = GazetteerFile(gazetteer_copy(tmp_path / "mine.db"))
    dump = tmp_path / "ZZ.txt"
    dump.write_text(_VILLAGE + _HAMLET, encoding="utf-8")
    assert mine.add(read_dump(dump), "ZZ.txt") == 2
    assert mine.sources()["ZZ.txt"] == 2
    assert [p.name for p in mine.find("Tessabugu")] == ["Tessabougou"]
    renamed = _VILLAGE.replace("\tTessabougou\tTessabougou\t", "\tTessa\tTessa\t")
    dump.write_text(renamed, encoding="utf-8")
    mine.add(read_dump(dump), "ZZ.txt")
    assert [p.name for p in mine.find("Tessabugu")] == ["Tessa"]  # replaced, keys too
    assert [p.name for p in mine.find("Tessabougou")] == ["Tessa"]  # no stale entry
    mine.close()
    again = GazetteerFile(tmp_path / "mine.db")  # a user's places outlive the process
    assert again.sources()["ZZ.txt"] == 2


def test_a_place_added_again_loses_the_names_it_no_longer_has(tmp_path: Path) -> None:
    mine = GazetteerFile(gazetteer_copy(tmp_path / "mine.db"))
    dump = tmp_path / "ZZ.txt"
    dump.write_text(_VILLAGE + _HAMLET, encoding="utf-8")
    mine.add(read_dump(dump), "ZZ.txt")
    names = "Tessabougou\tTessabougou\tTessabugu,Téssabougou,ⵜⵙⴱ"
    renamed = _VILLAGE.replace(names, "Zzyxkoro\tZzyxkoro\t")
    dump.write_text(renamed, encoding="utf-8")
    assert mine.add(read_dump(dump), "ZZ.txt") == 1
    assert mine.find("Tessabugu") == [] and mine.find("Tessabougou") == []
    assert [p.name for p in mine.find("Zzyxkoro")] == ["Zzyxkoro"]
    assert [p.name for p in mine.find("Koro Were")] == ["Koro-Were"]  # the other one kept


def test_a_gazetteer_that_cannot_be_kept_still_finds_places(tmp_path: Path) -> None:
    """Where the file cannot be made (here a folder), the shipped places are read
    into memory: claims are still placed; adding places is refused in one line."""
    assert refusal(tmp_path) == (
        f"{tmp_path}: cannot keep the gazetteer there (unable to open database file); "
        "set WORKBENCH_GAZETTEER to a file you can write"
    )
    assert refusal(tmp_path / "new.db") is None
    in_memory = GazetteerFile(tmp_path)
    assert [p.country_code for p in in_memory.find("Kidal")][:1] == ["ML"]
    with pytest.raises(WorkbenchError, match="cannot keep the gazetteer there"):
        in_memory.add(read_dump_of(tmp_path, _VILLAGE), "ZZ.txt")


def read_dump_of(folder: Path, text: str) -> Iterator[Feature]:
    dump = folder / "ZZ.txt"
    dump.write_text(text, encoding="utf-8")
    return read_dump(dump)


def test_a_file_that_is_no_gazetteer_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(WorkbenchError, match=r"claims.db: not a readable gazetteer"):
        GazetteerFile(path)


@pytest.mark.parametrize(
    ("phrase", "country", "name", "kind", "relation", "others"),
    [
        ("north of Kidal", "Mali", "Kidal", Kind.TOWN, "north of", []),
        ("near Mopti", "Mali", "Mopti", Kind.TOWN, "near", []),
        ("the Mopti region", "Mali", "Mopti Region", Kind.REGION, "in", []),
        ("central Mali", "Mali", "Mali", Kind.COUNTRY, "central", []),
        ("Republic of Mali", None, "Mali", Kind.COUNTRY, "in", []),
        ("between Douentza and Gao", "Mali", "Douentza", Kind.TOWN, "between", ["Gao"]),
        ("Borno State", "Nigeria", "Borno", Kind.REGION, "in", []),
        ("Gwoza LGA", "Nigeria", "Gwoza", Kind.DISTRICT, "in", []),
        ("Zabul's Arghandab district", "Afghanistan", "Arghandāb", Kind.DISTRICT, "in", ["Zabul"]),
    ],
)
def test_place_phrases_resolve_with_their_relation(
    gazetteer: GazetteerFile,
    phrase: str,
    country: str | None,
    name: str,
    kind: Kind,
    relation: str,
    others: list[str],
) -> None:
    found = resolve(phrase, country, gazetteer)
    assert found is not None
    assert (found.place.name, found.place.kind, found.relation) == (name, kind, relation)
    assert [o.name for o in found.others] == others


def test_the_outer_place_picks_among_namesakes(gazetteer: GazetteerFile) -> None:
    zabul = resolve("Zabul's Arghandab district", "Afghanistan", gazetteer)
    kandahar = resolve("Kandahar's Arghandab district", "Afghanistan", gazetteer)
    assert zabul is not None and kandahar is not None
    assert zabul.place.region == "Zabul"
    assert kandahar.place.region == "Kandahar"


def test_a_namesake_abroad_is_not_the_place(gazetteer: GazetteerFile) -> None:
    # Mansour is a village of Mauritania; a Baghdad district of that name is not it,
    # and the phrase resolves to what the gazetteer knows of it: Baghdad
    found = resolve("Baghdad's Mansour district", "Iraq", gazetteer)
    assert found is not None and found.place.name == "Baghdad"
    assert resolve("Mansour", "Iraq", gazetteer) is None


def test_unknown_and_empty_phrases_resolve_to_nothing(gazetteer: GazetteerFile) -> None:
    assert resolve(None, "Mali", gazetteer) is None
    assert resolve("   ", "Mali", gazetteer) is None
    assert resolve("near Nowhere-Like-This", "Mali", gazetteer) is None


def test_with_no_country_only_a_name_that_names_one_place_resolves(
    gazetteer: GazetteerFile,
) -> None:
    def name(phrase: str) -> str | None:
        found = resolve(phrase, None, gazetteer)
        return found.place.name if found else None

    assert name("Baghdad") == "Baghdad"  # a city of millions
    assert name("Bankass") == "Bankass"  # the one place of that name
    assert name("Santa") is None  # villages of that name in several countries
    assert name("Al") is None  # too short to name one place alone
    assert name("Diabaly") is None  # only another spelling of Diabali
    assert resolve("Diabaly", "Mali", gazetteer) is not None  # in Mali it is Diabali


@pytest.mark.parametrize(
    ("phrase", "country", "name", "relation", "others"),
    [
        ("Syria-Turkey border", None, "Syria", "between", ["Turkey"]),
        ("the Syria-Turkey border", "Turkey", "Turkey", "in", []),  # the claim's side
        ("near the Kenya – Somalia border crossing", None, "Kenya", "near", ["Somalia"]),
        ("the Borno-Yobe border", "Nigeria", "Borno", "between", ["Yobe"]),
    ],
)
def test_a_border_resolves_to_its_sides(
    gazetteer: GazetteerFile,
    phrase: str,
    country: str | None,
    name: str,
    relation: str,
    others: list[str],
) -> None:
    found = resolve(phrase, country, gazetteer)
    assert found is not None
    assert (found.place.name, found.relation) == (name, relation)
    assert [o.name for o in found.others] == others


def test_a_border_side_is_never_a_town_of_another_spelling(gazetteer: GazetteerFile) -> None:
    # a claim the extractor put in Iran: "Iraq" is no Iranian town (Arāk), and a
    # border has countries or divisions on its sides, not towns
    assert resolve("near Iraq-Syria border", "Iran", gazetteer) is None
    assert resolve("the border", "Kenya", gazetteer) is None


def test_arabic_names_resolve_with_or_without_their_article(gazetteer: GazetteerFile) -> None:
    # GeoNames writes "Ar Raqqah", "Al Ḩasakah", "Ar Ramādī"; reports write "Raqqa",
    # "al-Raqqa", "Hasakah", "al-Ramadi"
    assert loose(fold("al-Raqqa")) == loose(fold("Raqqa")) == loose(fold("Ar Raqqah"))
    assert loose(fold("Hasakah")) == loose(fold("Al Hasakah"))
    for phrase in ("Raqqa", "al-Raqqa", "Hasakah", "al-Hasakah"):
        found = resolve(phrase, "Syria", gazetteer)
        assert found is not None and found.place.kind is Kind.TOWN, phrase
        assert found.place.population > 50_000, phrase
    ramadi = resolve("al-Ramadi", "Iraq", gazetteer)
    assert ramadi is not None and ramadi.place.name == "Ar Ramādī"
    # the article is the only word of "Al": no name is emptied, and a lone "al" is none
    assert loose(fold("Al")) == "al"
    assert resolve("al-Raqqa", "Mali", gazetteer) is None  # no namesake abroad


def test_a_department_without_coordinates_is_mapped_at_its_seat(
    gazetteer: GazetteerFile,
) -> None:
    """GeoNames' second-level divisions have no coordinates: Niger's department of
    Bosso (Diffa) is shown where its town of that name is, not at the Tillabéri
    village of the same name, and not left off the map."""
    for phrase in ("Bosso", "near Bosso", "the Bosso department"):
        found = resolve(phrase, "Niger", gazetteer)
        assert found is not None
        assert (found.place.kind, found.place.region) == (Kind.DISTRICT, "Diffa")
        assert found.place.latitude == pytest.approx(13.70, abs=0.01)
        assert found.place.longitude == pytest.approx(13.31, abs=0.01)


def test_a_division_with_its_own_coordinates_keeps_them(gazetteer: GazetteerFile) -> None:
    found = resolve("the Diffa region", "Niger", gazetteer)
    assert found is not None and found.place.kind is Kind.REGION
    assert (found.place.latitude, found.place.longitude) == (16.0, 13.5)


def test_a_name_written_with_an_apostrophe_geonames_leaves_out_resolves(
    gazetteer: GazetteerFile,
) -> None:
    for phrase in ("N'Guigmi", "near N’Guigmi"):
        found = resolve(phrase, "Niger", gazetteer)
        assert found is not None and found.place.name == "Nguigmi"
    found = resolve("N'Djamena", "Chad", gazetteer)  # GeoNames' own spelling keeps it
    assert found is not None and found.place.name == "N'Djamena"
    assert resolve("N'Zorgou", "Niger", gazetteer) is None  # no such place either way


def test_a_name_with_no_place_inside_its_outer_one_is_the_outer_place(
    gazetteer: GazetteerFile,
) -> None:
    """A trial's "Mafa" of Yobe State came out as the Mafa district of Borno, its
    namesake in the next state: a name is looked for inside the place the phrase
    puts it in, and where the gazetteer has none there the place is the outer one."""
    for phrase in ("Yobe's Mafa", "Mafa, Tarmuwa, Yobe"):
        found = resolve(phrase, "Nigeria", gazetteer)
        assert found is not None
        assert (found.place.name, found.place.kind) == ("Yobe", Kind.REGION), phrase
    inside = resolve("Gwoza, Borno", "Nigeria", gazetteer)  # a town inside: the town
    assert inside is not None and (inside.place.name, inside.place.region) == ("Gwoza", "Borno")
    listed = resolve("Gao, Kidal and Timbuktu", "Mali", gazetteer)  # a list, not an address
    assert listed is not None and [p.name for p in listed.others] == ["Kidal", "Timbuktu"]


def test_shortened_names_are_spelled_out() -> None:
    assert spelled_out(fold("l'Arcahaie")) == "arcahaie"
    assert spelled_out(fold("St-Marc")) == "saint marc"
    assert spelled_out(fold("Ste. Marie")) == "sainte marie"
    assert spelled_out(fold("Stockholm")) is None  # a name that only starts so
    assert spelled_out(fold("Lere")) is None


def test_a_name_written_short_resolves_as_geonames_writes_it(gazetteer: GazetteerFile) -> None:
    assert gazetteer.find("St-Marc", "Haiti")[0].name == "Saint-Marc"
    assert gazetteer.find("l'Arcahaie", "Haiti")[0].name == "Arcahaie"


def test_a_short_written_name_resolves_with_no_country(gazetteer: GazetteerFile) -> None:
    located = resolve("à l'Arcahaie", None, gazetteer)
    assert located is not None and located.place.country == "Haiti"
    assert resolve("l'Est", None, gazetteer) is None  # an article and a word: no place
