"""Real labelled incident texts in one JSON-lines form, read from WORKBENCH_CORPORA.

Usage: python benchmarks/corpora.py [-o corpora.jsonl] [--corpus NAME ...]

Reads whichever of the corpora below are present under the folder named by the
WORKBENCH_CORPORA environment variable (docs/corpora.md says how to get each
one, and its terms) and writes one JSON object a line:

    {"id": "acled-2020:7079424", "corpus": "acled-2020", "country": "Yemen",
     "half": "study", "text": "...", "killed": 7, "wounded": null}

`killed` and `wounded` are the coded figures (None where the corpus codes
none; UCDP's best estimate is `killed`, with `low` and `high` beside it).
Rows from Mali, Niger and Burkina Faso are dropped: those countries are kept
for an independent check. `half` is fixed by a hash of corpus and row id:
"study" rows may be read and tuned on, "test" rows are only scored.

The data is other parties' and is never copied into the repository.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import functools
import hashlib
import json
import math
import os
import re
import sys
import warnings
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HELD_OUT = frozenset({"mali", "niger", "burkina faso"})
ENV = "WORKBENCH_CORPORA"


@dataclass(frozen=True)
class Row:
    """One labelled text: the coded deaths (`killed`) and injuries (`wounded`)."""

    id: str
    corpus: str
    country: str
    text: str
    killed: int | None
    wounded: int | None = None
    low: int | None = None
    high: int | None = None

    @property
    def half(self) -> str:
        """ "study" or "test", fixed by the SHA-256 of the row id."""
        return "study" if hashlib.sha256(self.id.encode()).digest()[0] % 2 == 0 else "test"


def _count(value: Any) -> int | None:
    """A coded figure as an int; None for missing or not a number."""
    if value is None:
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return None if math.isnan(number) else int(number)


def _csv_rows(path: Path, encoding: str = "utf-8") -> Iterator[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        yield from csv.DictReader(handle)


def _acled_csv(name: str, *files: str) -> Callable[[Path], Iterator[Row]]:
    """ACLED exports as CSV (upper- or lower-case column names)."""

    def read(folder: Path) -> Iterator[Row]:
        for file in files:
            if not (folder / file).exists():
                continue
            for raw in _csv_rows(folder / file):
                row = {k.lower(): v for k, v in raw.items() if k}
                key = row.get("data_id") or row.get("event_id_cnty") or ""
                yield Row(
                    f"{name}:{key}",
                    name,
                    row.get("country", ""),
                    row.get("notes", ""),
                    _count(row.get("fatalities")),
                )

    return read


def _acled_geojson(folder: Path) -> Iterator[Row]:
    data = json.loads((folder / "Nigeria.geojson").read_text(encoding="utf-8"))
    for feature in data["features"]:
        row = {k.lower(): v for k, v in feature["properties"].items()}
        yield Row(
            f"acled-nigeria:{row.get('event_id_cnty')}",
            "acled-nigeria",
            str(row.get("country", "")),
            str(row.get("notes") or ""),
            _count(row.get("fatalities")),
        )


def _folded(text: str) -> str:
    """A note's words, case-folded, punctuation and spacing dropped: two copies of
    one note fold to the same string."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _report_features(path: Path) -> list[dict[str, Any]]:
    """The features of one report's `var confData = {...};` GeoJSON script."""
    source = path.read_text(encoding="utf-8", errors="replace")
    body = source[source.index("{") :].rstrip().rstrip(";")
    features: list[dict[str, Any]] = json.loads(body, strict=False)["features"]
    return features


def _acled_nigeria_b(folder: Path) -> Iterator[Row]:
    """Nigeria's incident notes of 2023-2024 from the biweekly area reports (their
    GeoJSON scripts), one row per distinct note: the reports overlap, and a note
    copied into a later report keeps that report's figure. A note that is also in
    `acled-nigeria` (the same words, case and punctuation aside) is dropped, so no
    note of that corpus's test half is studied here."""
    old = folder.parent / "acled-nigeria"
    taken = (
        {_folded(row.text) for row in _acled_geojson(old)}
        if (old / "Nigeria.geojson").exists()
        else set()
    )
    notes: dict[str, Row] = {}
    for path in sorted((folder / "reports").glob("*.js")):
        for feature in _report_features(path):
            props = feature["properties"]
            text = " ".join(str(props.get("detail") or "").split())
            key = _folded(text)
            if not key or key in taken:
                continue
            digest = hashlib.sha256(key.encode()).hexdigest()[:16]
            notes[key] = Row(
                f"acled-nigeria-b:{digest}",
                "acled-nigeria-b",
                "Nigeria",
                text,
                _count(props.get("fatalities")),
            )
    yield from notes.values()


LAKE_CHAD = frozenset({"nigeria", "cameroon", "chad"})

# acled-nigeria-c's files, oldest snapshot first: a later one's copy of an event wins.
_NIGERIA_C_FILES = ("africa_1.csv", "africa_2018.csv", "africa-conflict-2018.csv")


def _bare(text: str) -> str:
    """A note folded as `_folded` does, its apostrophes dropped first: "Boko Haram's"
    and an export's "Boko Harams" fold to the same string."""
    return _folded(re.sub(r"['\u2019`]", "", text))


def _taken(folder: Path, key: Callable[[str], str] = _folded) -> set[str]:
    """The notes, folded by `key`, of the ACLED corpora present beside `folder` (its
    name is its corpus's) that `CORPORA` lists before it: a later corpus drops its
    copies of the notes of an earlier one, not the other way round."""
    names = list(CORPORA)
    earlier = names[: names.index(folder.name)]
    return {
        key(row.text) for row in rows(folder.parent, [n for n in earlier if n.startswith("acled-")])
    }


def _acled_nigeria_c(folder: Path) -> Iterator[Row]:
    """Nigeria's, Cameroon's and Chad's ACLED notes of September 2017 to July 2018,
    from two public extracts of ACLED's Africa file that overlap in January 2018.
    An event is its date, location and note (the 2018 extract has no event ids);
    its id is their hash, and the later extract's figure wins. A note found in any
    other ACLED corpus (the same words, case and punctuation aside) is dropped, so
    that no note of another corpus's test half is studied here (RAND's, UCDP's and
    the Wikipedia lists' texts are other writers'; none is an ACLED note of these)."""
    taken = _taken(folder)
    events: dict[str, Row] = {}
    for file in _NIGERIA_C_FILES:
        if not (folder / file).exists():
            continue
        for raw in _csv_rows(folder / file):
            country = raw.get("country", "")
            text = " ".join((raw.get("notes") or "").split())
            note = _folded(text)
            if country.lower() not in LAKE_CHAD or not note or note in taken:
                continue
            date = raw.get("event_date") or raw.get("date") or ""
            key = _folded(f"{date} {raw.get('location', '')} {text}")
            figure = raw.get("fatalities", raw.get("incident_fatalities"))
            digest = hashlib.sha256(key.encode()).hexdigest()[:16]
            events[key] = Row(
                f"acled-nigeria-c:{digest}", "acled-nigeria-c", country, text, _count(figure)
            )
    yield from events.values()


# acled-nigeria-d's files: their encoding and the last year read (Nigeria's file runs
# to 2015; acled-nigeria holds 2014-2016).
_NIGERIA_D_FILES = (("ACLED_Nigeria.csv", "cp1252", 2013), ("ACLED_Chad.csv", "utf-8", 2020))


def _acled_nigeria_d(folder: Path) -> Iterator[Row]:
    """Nigeria's ACLED notes of 1997 to 2013 and Chad's of 2019-2020, one row per
    distinct note (`_add_note`, `_note_rows`). A note found in any other ACLED corpus is
    dropped."""
    taken = _taken(folder)
    notes: _Notes = {}
    for file, encoding, last in _NIGERIA_D_FILES:
        if (folder / file).exists():
            for raw in _csv_rows(folder / file, encoding):
                _add_note(notes, raw, taken, last)
    yield from _note_rows("acled-nigeria-d", notes)


def _acled_nigeria_e(folder: Path) -> Iterator[Row]:
    """Nigeria's ACLED notes of March 2019 to December 2020, one row per distinct note
    as in `acled-nigeria-d`. A note found in any other ACLED corpus (`acled-2020` holds
    some of 2020's) is dropped."""
    taken = _taken(folder)
    notes: _Notes = {}
    for raw in _csv_rows(folder / "ACLED_Nigeria.csv", "utf-8-sig"):
        _add_note(notes, raw, taken)
    yield from _note_rows("acled-nigeria-e", notes)


# acled-f's files and countries: DR Congo's file runs to early 2020, Mozambique's to
# late 2020; 2020 is left out (acled-2020 holds some of it).
_F_FILES = ("ACLED_DRC.csv", "ACLED_Mozambique.csv")
_F_COUNTRIES = frozenset({"democratic republic of congo", "mozambique"})


def _acled_f(folder: Path) -> Iterator[Row]:
    """DR Congo's and Mozambique's ACLED notes of 2016 to 2019, one row per distinct
    note as in `acled-nigeria-d`. A note found in any earlier ACLED corpus is dropped."""
    taken = _taken(folder)
    notes: _Notes = {}
    for file in _F_FILES:
        if (folder / file).exists():
            for raw in _csv_rows(folder / file, "utf-8-sig"):
                _add_note(notes, raw, taken, 2019, _F_COUNTRIES)
    yield from _note_rows("acled-f", notes)


# A note (folded) -> its country, its text and the figures it is coded with, in order.
_Notes = dict[str, tuple[str, str, dict[int | None, None]]]


def _add_note(
    notes: _Notes,
    raw: dict[str, str],
    taken: set[str],
    last: int | None = None,
    countries: frozenset[str] = LAKE_CHAD,
    key: Callable[[str], str] = _folded,
) -> None:
    """Adds an ACLED row's note and figure to `notes`, unless its country is not one of
    `countries` (the Lake Chad region's), its year is after `last`, it has no note or
    another corpus holds it (`taken`, notes folded by `key`)."""
    row = {k.lower(): v for k, v in raw.items() if k}
    country = row.get("country", "")
    text = " ".join((row.get("notes") or "").split())
    note = key(text)
    late = last is not None and (_count(row.get("year")) or 0) > last
    if country.lower() not in countries or late or not note or note in taken:
        return
    notes.setdefault(note, (country, text, {}))[2][_count(row.get("fatalities"))] = None


def _note_rows(corpus: str, notes: _Notes) -> Iterator[Row]:
    """One row per distinct note (case, punctuation and spacing aside), its id the
    note's hash, so that copies of a note fall in one half; a note coded with several
    figures (a toll split between events) keeps a row per figure, the figure in its
    id's hash, for the benchmark's `shared note`."""
    for note, (country, text, figures) in notes.items():
        for figure in figures:
            key = note if len(figures) == 1 else f"{note} {figure}"
            digest = hashlib.sha256(key.encode()).hexdigest()[:16]
            yield Row(f"{corpus}:{digest}", corpus, country, text, figure)


# acled-g: the neighbours read from acled-nigeria-c's extracts (whose Lake Chad rows that
# corpus holds), and the spans of BH.csv's rows other corpora hold for the same country.
_G_NEIGHBOURS = frozenset({"central african republic", "benin", "togo", "ghana"})
_G_HELD_SPAN = ((2017, 9, 1), (2018, 7, 31))  # acled-nigeria-c's months


def _g_boko_haram_kept(raw: dict[str, str]) -> bool:
    """Whether a row of BH.csv (dates day/month/year) is of 2011-2018 and of no span
    another corpus holds for its country: Nigeria's before 2017 (`acled-nigeria-d`,
    `acled-nigeria`) and the region's of September 2017 to July 2018 (`acled-nigeria-c`)
    are left out whole, so that a copy touched up between exports cannot slip in."""
    day, month, year = (int(part) for part in raw["event_date"].split("/"))
    date = (year, month, day)
    if not 2011 <= year <= 2018 or _G_HELD_SPAN[0] <= date <= _G_HELD_SPAN[1]:
        return False
    return raw.get("country") != "Nigeria" or year >= 2017


def _acled_g(folder: Path) -> Iterator[Row]:
    """ACLED's notes of the Lake Chad region and its neighbours, 2011-2018, that no other
    corpus holds: Boko Haram's events in Nigeria (January-August 2017, August-December
    2018), Cameroon and Chad (2011-2018 less September 2017 to July 2018) from BH.csv,
    and the Central African Republic's, Benin's, Togo's and Ghana's of September 2017 to
    July 2018 from acled-nigeria-c's extracts (an event is its date, location and note;
    the later extract's figure wins). One row per distinct note (`_note_rows`). BH.csv's
    notes lost their apostrophes, so a note found in another ACLED corpus with its
    apostrophes dropped (`_bare`) is dropped too."""
    taken = _taken(folder, key=_bare)
    notes: _Notes = {}
    if (folder / "BH.csv").exists():
        for raw in _csv_rows(folder / "BH.csv"):
            if _g_boko_haram_kept(raw):
                _add_note(notes, raw, taken, key=_bare)
    events: dict[str, dict[str, str]] = {}
    for file in _NIGERIA_C_FILES:
        if not (folder / file).exists():
            continue
        for raw in _csv_rows(folder / file):
            if raw.get("country", "").lower() in _G_NEIGHBOURS:
                date = raw.get("event_date") or raw.get("date") or ""
                figure = raw.get("fatalities", raw.get("incident_fatalities", ""))
                key = _folded(f"{date} {raw.get('location', '')} {raw.get('notes') or ''}")
                events[key] = {**raw, "fatalities": figure}
    for raw in events.values():
        _add_note(notes, raw, taken, countries=_G_NEIGHBOURS, key=_bare)
    yield from _note_rows("acled-g", notes)


# acled-h: Yemen's ACLED events of January 2015 to 12 October 2019 as a knitr cache (a
# lazy-load database: the .rdx index gives each object's offset and length in the .rdb,
# an object being a 4-byte length and its zlib-compressed serialization); 2019's are read.
_H_YEAR = 2019
_H_COUNTRIES = frozenset({"yemen"})


def _knitr_object(folder: Path, stem: str, name: str) -> Any:
    """The R object `name` of the knitr cache `stem`.rdx/.rdb in `folder`."""
    import zlib

    import rdata  # the bench extra: reads R data files without R

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        index = rdata.read_rds(str(folder / f"{stem}.rdx"))
        start, length = (int(n) for n in index["variables"][name])
        with (folder / f"{stem}.rdb").open("rb") as handle:
            handle.seek(start)
            blob = handle.read(length)
        parsed = rdata.parser.parse_data(zlib.decompress(blob[4:]))
        return rdata.conversion.convert(parsed, default_encoding="utf-8")


def _acled_h(folder: Path) -> Iterator[Row]:
    """Yemen's ACLED notes of 1 January to 12 October 2019, one row per distinct note as
    in `acled-nigeria-d`. A note found in any earlier ACLED corpus is dropped."""
    taken = _taken(folder)
    notes: _Notes = {}
    frame = _knitr_object(folder, "yemen", "conflict")
    for record in frame.to_dict("records"):
        if _count(record.get("year")) == _H_YEAR:
            _add_note(notes, record, taken, countries=_H_COUNTRIES)
    yield from _note_rows("acled-h", notes)


# acled-i: Somalia's, Iraq's and the Philippines' ACLED files of March 2019 to December
# 2020; 2020 is left out (acled-2020 holds some of it).
_I_FILES = ("ACLED_Som.csv", "ACLED_Iraq.csv", "ACLED_Phil.csv")
_I_YEAR = 2019
_I_COUNTRIES = frozenset({"somalia", "iraq", "philippines"})


def _acled_i(folder: Path) -> Iterator[Row]:
    """Somalia's, Iraq's and the Philippines' ACLED notes of March to December 2019, one
    row per distinct note as in `acled-nigeria-d`. A note found in any earlier ACLED
    corpus is dropped."""
    taken = _taken(folder)
    notes: _Notes = {}
    for file in _I_FILES:
        if (folder / file).exists():
            for raw in _csv_rows(folder / file, "utf-8-sig"):
                if _count(raw.get("year")) == _I_YEAR:
                    _add_note(notes, raw, taken, countries=_I_COUNTRIES)
    yield from _note_rows("acled-i", notes)


# acled-j: Myanmar's ACLED events of 2021 classed "Explosions/Remote violence" (shelling,
# air strikes, mines and bombs), as a food security cluster's sharing file holds them.
_J_FILE = "explosions_remote_violence.csv"
_J_YEAR = 2021
_J_COUNTRIES = frozenset({"myanmar"})


def _acled_j(folder: Path) -> Iterator[Row]:
    """Myanmar's ACLED notes of explosions and remote violence in 2021, one row per
    distinct note as in `acled-nigeria-d`. A note found in any earlier ACLED corpus is
    dropped."""
    taken = _taken(folder)
    notes: _Notes = {}
    for raw in _csv_rows(folder / _J_FILE, "utf-8-sig"):
        if _count(raw.get("year")) == _J_YEAR:
            _add_note(notes, raw, taken, countries=_J_COUNTRIES)
    yield from _note_rows("acled-j", notes)


# acled-k: Somalia's ACLED events of 1 April 2025 to 27 March 2026, as a conflict monitor's
# weekly pull of ACLED's API left them (acled-i holds 2019's, acled-2020 and acled-2022
# samples of 2020 and early 2022).
_K_FILE = "acled_data.csv"
_K_COUNTRIES = frozenset({"somalia"})


def _acled_k(folder: Path) -> Iterator[Row]:
    """Somalia's ACLED notes of April 2025 to March 2026, one row per distinct note as in
    `acled-nigeria-d`. A note found in any earlier ACLED corpus is dropped."""
    taken = _taken(folder)
    notes: _Notes = {}
    for raw in _csv_rows(folder / _K_FILE, "utf-8-sig"):
        _add_note(notes, raw, taken, countries=_K_COUNTRIES)
    yield from _note_rows("acled-k", notes)


# acled-l: Nigeria's ACLED events of 1 January to 1 October 2021, the newest year of a workbook
# of Nigeria's events of 2016-2021 (acled-nigeria-e holds 2019-2020, acled-2022 a sample of early
# 2022, acled-nigeria-b July 2023 to July 2024; the workbook's earlier years are left out).
_L_FILE = "ACLED_Nigeria2.xlsx"
_L_YEAR = 2021
_L_COUNTRIES = frozenset({"nigeria"})
_XLSX = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _xlsx_text(node: ET.Element | None) -> str:
    """The text of a workbook's string node (plain or in runs), its `_xHHHH_` escapes read
    twice: an export that escaped a carriage return twice ("_x005F_x000D_") leaves none."""
    if node is None:
        return ""
    text = "".join(t.text or "" for t in node.iter(f"{_XLSX}t"))
    for _ in range(2):
        text = re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)
    return text


def _xlsx_rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a workbook's first sheet (`xl/worksheets/sheet1.xml`), each keyed by the
    sheet's first row, read with the standard library (a workbook is a zip of XML)."""
    with zipfile.ZipFile(path) as book:
        names = set(book.namelist())
        shared = []
        if "xl/sharedStrings.xml" in names:
            strings = ET.fromstring(book.read("xl/sharedStrings.xml"))
            shared = [_xlsx_text(item) for item in strings.iter(f"{_XLSX}si")]
        sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    header: dict[str, str] | None = None
    for line in sheet.iter(f"{_XLSX}row"):
        cells: dict[str, str] = {}
        for cell in line.iter(f"{_XLSX}c"):
            column = re.sub(r"\d", "", cell.get("r", ""))
            value = cell.find(f"{_XLSX}v")
            if cell.get("t") == "inlineStr":
                cells[column] = _xlsx_text(cell.find(f"{_XLSX}is"))
            elif value is not None and cell.get("t") == "s":
                cells[column] = shared[int(value.text or 0)]
            else:
                cells[column] = (value.text or "") if value is not None else ""
        if header is None:
            header = cells
        else:
            yield {name: cells.get(column, "") for column, name in header.items()}


def _acled_l(folder: Path) -> Iterator[Row]:
    """Nigeria's ACLED notes of January to October 2021, one row per distinct note as in
    `acled-nigeria-d`. A note found in any earlier ACLED corpus is dropped."""
    taken = _taken(folder)
    notes: _Notes = {}
    for raw in _xlsx_rows(folder / _L_FILE):
        if _count(raw.get("year")) == _L_YEAR:
            _add_note(notes, raw, taken, countries=_L_COUNTRIES)
    yield from _note_rows("acled-l", notes)


# acled-m: Nigeria's ACLED events of October 2022 to February 2023, as a UNDP data warehouse's
# extract of ACLED left them (columns "ACLED Notes", "ACLED Fatalities", "ACLED Event ID Cnty", no
# country column and no event date: each note begins with its date). No other corpus holds these
# months (acled-2022 holds a sample of early 2022, acled-nigeria-b July 2023 to July 2024).
_M_FILE = "Nigeria_ACLED.csv"
_M_COUNTRIES = frozenset({"nigeria"})


def _acled_m(folder: Path) -> Iterator[Row]:
    """Nigeria's ACLED notes of October 2022 to February 2023, one row per distinct note as
    in `acled-nigeria-d`. The extract names no country: a row is Nigeria's by ACLED's event
    id ("NIG28349"; Niger's are "NIR…"), and any other row is dropped. A note found in any
    earlier ACLED corpus is dropped."""
    taken = _taken(folder)
    notes: _Notes = {}
    for raw in _csv_rows(folder / _M_FILE, "utf-8-sig"):
        row = {k.lower().removeprefix("acled ").strip(): v for k, v in raw.items() if k}
        if (row.get("event id cnty") or "").startswith("NIG"):
            row["country"] = "Nigeria"
            _add_note(notes, row, taken, countries=_M_COUNTRIES)
    yield from _note_rows("acled-m", notes)


# acled-n: ACLED's notes of the era of `acled-nigeria` (2014-2016) and `acled-nigeria-c`
# (September 2017 to July 2018) that no corpus holds. Nigeria's from acled-l's workbook (its
# first rows are of September 2016): September 2016 to August 2017 and August to December 2018,
# acled-nigeria-c's months left out whole, and Boko Haram's and the Islamic State's events left
# out whole (acled-g holds them from BH.csv, touched up between exports). Somalia's, South
# Sudan's, Sudan's and Libya's of September 2017 to July 2018 from acled-nigeria-c's extracts
# (that corpus keeps the Lake Chad countries, acled-g four neighbours).
_N_FILE = _L_FILE
_N_SPANS = (("2016-01-01", "2017-08-31"), ("2018-08-01", "2018-12-31"))
_N_NIGERIA = frozenset({"nigeria"})
_N_ACTORS = re.compile(r"boko haram|islamic state", re.IGNORECASE)
_N_COUNTRIES = frozenset({"somalia", "south sudan", "sudan", "libya"})
_NEAR = 90  # rapidfuzz ratio of two folded notes at or above which one is a copy of the other


def _workbook_date(serial: str) -> str:
    """A workbook's day number (days since 30 December 1899) as YYYY-MM-DD."""
    day = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(serial)))
    return day.isoformat()


def _n_nigeria_kept(raw: dict[str, str]) -> bool:
    """Whether a row of the workbook is Nigeria's, of a span of `_N_SPANS` and of no event
    with Boko Haram or the Islamic State as an actor."""
    if (raw.get("country") or "").lower() not in _N_NIGERIA or not raw.get("event_date"):
        return False
    date = _workbook_date(raw["event_date"])
    actors = " ".join(
        raw.get(k) or "" for k in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
    )
    return any(a <= date <= b for a, b in _N_SPANS) and not _N_ACTORS.search(actors)


def _drop_near_copies(notes: _Notes, folder: Path) -> None:
    """Drops from `notes` every note that reads at least `_NEAR` (rapidfuzz's `fuzz.ratio`,
    both folded) against a note of the same country in an ACLED corpus `CORPORA` lists before
    `folder`'s: a copy touched up between exports is the same note."""
    from rapidfuzz import fuzz, process

    names = list(CORPORA)
    earlier = [n for n in names[: names.index(folder.name)] if n.startswith("acled-")]
    held: dict[str, list[str]] = {}
    for row in rows(folder.parent, earlier):
        held.setdefault(row.country.strip().lower(), []).append(_folded(row.text))
    for note, (country, _text, _figures) in list(notes.items()):
        others = held.get(country.strip().lower(), [])
        if process.extractOne(note, others, scorer=fuzz.ratio, score_cutoff=_NEAR):
            del notes[note]


def _acled_n(folder: Path) -> Iterator[Row]:
    """ACLED's notes of Nigeria (September 2016 to August 2017, August to December 2018; no
    event of Boko Haram or the Islamic State) and of Somalia, South Sudan, Sudan and Libya
    (September 2017 to July 2018; an event is its date, location and note, the later
    extract's figure wins), one row per distinct note as in `acled-nigeria-d`. A note found
    in any earlier ACLED corpus, apostrophes and all (`_folded`) or apostrophe-blind
    (`_bare`), is dropped, and so is a near copy of one of its country (`_drop_near_copies`)."""
    taken = _taken(folder)
    bare = _taken(folder, key=_bare)
    notes: _Notes = {}
    for raw in _xlsx_rows(folder / _N_FILE):
        text = " ".join((raw.get("notes") or "").split())
        if _n_nigeria_kept(raw) and _bare(text) not in bare:
            _add_note(notes, raw, taken, countries=_N_NIGERIA)
    events: dict[str, dict[str, str]] = {}
    for file in _NIGERIA_C_FILES:
        if not (folder / file).exists():
            continue
        for raw in _csv_rows(folder / file):
            if raw.get("country", "").lower() in _N_COUNTRIES:
                date = raw.get("event_date") or raw.get("date") or ""
                figure = raw.get("fatalities", raw.get("incident_fatalities", ""))
                key = _folded(f"{date} {raw.get('location', '')} {raw.get('notes') or ''}")
                events[key] = {**raw, "fatalities": figure}
    for raw in events.values():
        text = " ".join((raw.get("notes") or "").split())
        if _bare(text) not in bare:
            _add_note(notes, raw, taken, countries=_N_COUNTRIES)
    _drop_near_copies(notes, folder)
    yield from _note_rows("acled-n", notes)


# acled-o: Bangladesh's ACLED events of 2010 to 6 September 2024 as an R data file (one data
# frame, ACLED's columns, `event_date` a day number since 1970) that a UNDP analysis of the
# Asia-Pacific's conflict trends saved; 2012 to 2014 are read (acled-south-asia holds 2015,
# acled-2020 and acled-2022 samples of 2020 and early 2022). No earlier corpus holds Bangladesh's
# notes of those years.
_O_FILE = "bangladesh.rds"
_O_YEARS = (2012, 2014)
_O_COUNTRIES = frozenset({"bangladesh"})


def _acled_o(folder: Path) -> Iterator[Row]:
    """Bangladesh's ACLED notes of 2012 to 2014, one row per distinct note as in
    `acled-nigeria-d`, less earlier corpora's notes and near copies (`_fresh_notes`)."""
    import rdata  # the bench extra: reads R data files without R

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = rdata.read_rds(str(folder / _O_FILE), default_encoding="utf-8")
    # a missing value is pandas' NA, which has no truth value: read as empty
    records = (
        {str(k): str(v) if isinstance(v, (str, float)) else "" for k, v in record.items()}
        for record in frame.to_dict("records")
    )
    yield from _fresh_notes(folder, "acled-o", records, _O_YEARS, _O_COUNTRIES)


# acled-p: the Philippines' ACLED events of 2016 and 2017 (the war on drugs' first two years, the
# siege of Marawi, the New People's Army), as monthly files that a processing script cut from an
# ACLED export of October-November 2020 (its first column `event_date` as YYYY-MM-DD; no country,
# year or event id columns; `admin1` to `location` renamed). acled-i holds the Philippines' notes
# of March to December 2019, acled-2020 and acled-2022 samples of 2020 and early 2022; no earlier
# corpus holds those of 2016 and 2017.
_P_FILES = tuple(f"{y}_{m:02d}_PhilEvents.csv" for y in (2016, 2017) for m in range(1, 13))
_P_YEARS = (2016, 2017)
_P_COUNTRIES = frozenset({"philippines"})


def _acled_p(folder: Path) -> Iterator[Row]:
    """The Philippines' ACLED notes of 2016 and 2017, one row per distinct note as in
    `acled-nigeria-d`, less earlier corpora's notes and near copies (`_fresh_notes`)."""
    records = (
        {**raw, "country": "Philippines", "year": (raw.get("event_date") or "").strip()[:4]}
        for file in _P_FILES
        if (folder / file).exists()
        for raw in _csv_rows(folder / file)
    )
    yield from _fresh_notes(folder, "acled-p", records, _P_YEARS, _P_COUNTRIES)


# acled-q: Bangladesh's ACLED events of 10 December 2022 to 5 August 2024 (the riots and protests
# of the run-up to the January 2024 election, and the quota-reform uprising of July and August 2024
# that ended with the Prime Minister's resignation), as the one CSV file (ACLED's columns of 2024:
# no data_id; `event_date` as 5-Aug-24, `year` given) that a study of protest diffusion saved. The
# file holds only ACLED's "Protests" and "Riots" events. acled-o holds Bangladesh's notes of 2012 to
# 2014, acled-south-asia of 2015, acled-2020 and acled-2022 samples of 2020 and early 2022; no
# earlier corpus holds those of these years.
_Q_FILE = "acled_data.csv"
_Q_YEARS = (2022, 2024)
_Q_COUNTRIES = frozenset({"bangladesh"})


# acled-r: Ukraine's ACLED events of 1 January to 15 April 2022 (the build-up on the border, the
# shelling along the Donbas line of contact, and the first seven weeks of Russia's invasion from 24
# February: shelling, missile and air strikes, battles for Kyiv, Kharkiv, Mariupol and the south),
# as the one CSV file (ACLED's 31 columns of 2022: `event_date` as 15 April 2022, `year` given) that
# an OSINT mapping tool's example kept in a zip archive (`Python Code/Data.zip`, as
# `Data/ACLED/UkraineACLED.csv`). acled-2022 holds 690 of Ukraine's notes of the first half of 2022
# and acled-2020 564 of 2020; `_fresh_notes` drops their copies and near copies here.
_R_FILE = "UkraineACLED.csv"
_R_YEARS = (2022, 2022)
_R_COUNTRIES = frozenset({"ukraine"})


# acled-s: Haiti's ACLED events of 1 January 2024 to 31 December 2025 (the Viv Ansanm gang
# coalition's attacks in Port-au-Prince and the Artibonite, massacres and vigilante killings, the
# police's and the Kenyan-led mission's operations, drone strikes), as the one CSV file that a World
# Bank data partnership's conflict analysis saved from ACLED's API (`raw_acled_2026-02-09.csv`: an
# unnamed index column first, `event_date` as YYYY-MM-DD, `year` given; no event id; population
# columns added). acled-2020 holds 10 of Haiti's notes of 2020 and acled-2022 22 of early 2022; no
# earlier corpus holds those of these years.
_S_FILE = "raw_acled_2026-02-09.csv"
_S_YEARS = (2024, 2025)
_S_COUNTRIES = frozenset({"haiti"})


# acled-t: ACLED's events of Gaza City and its districts (the Gaza Strip's Gaza City governorate,
# all but 9 rows) of 7 October 2023 to 6 June 2025 (the war that followed Hamas's attack on Israel:
# Israeli air and drone strikes, shelling, clashes with Hamas's and other armed groups, property
# destruction), as the one CSV file (ACLED's 31 columns of 2025: `event_date` as 6-Jun-25, `year`
# given) that a course project on the Gaza war saved (`gaza_war_events.csv`). Every row is
# Palestine's. acled-2020 and acled-2022 hold samples of Palestine's notes of 2020 and
# early 2022; no earlier corpus holds those of these years.
_T_FILE = "gaza_war_events.csv"
_T_YEARS = (2023, 2025)
_T_COUNTRIES = frozenset({"palestine"})


# acled-u: Sri Lanka's ACLED events of 2010 to 2019 and of 2022 (the last years of the war's
# aftermath, the anti-Muslim riots of 2014 and 2018, the Easter Sunday bombings of April 2019, and
# the economic crisis's protests of 2022), from a spectral-clustering study's two exports
# (`ACLEDRAWSL.csv`, ACLED's columns of 2020 with `data_id`; `2022-raw.csv`, those of 2023);
# Afghanistan's of March 2020, from a mapping exercise (`ACLED.csv`, kept here as
# `geo_stuff_ACLED.csv`); and Benin's of 2009 to 2022, from a small-area estimation replication
# (`data/acled.csv`, kept as `saereplication_acled.csv`). All four give `year` and `country`.
# acled-south-asia holds Sri Lanka's notes of 2015, acled-2020 samples of 2020 (Afghanistan's
# among them), acled-2022 of early 2022 and acled-g Benin's of September 2017 to July 2018;
# `_fresh_notes` drops their copies and near copies here. Sri Lanka's 2015 and Benin's September
# 2017 to July 2018 are left out whole (`_u_kept`): the later exports rewrote some of those notes
# ("On 11 February 2018, " put before one, another's words redone), past what a near copy catches.
_U_FILES = ("ACLEDRAWSL.csv", "2022-raw.csv", "geo_stuff_ACLED.csv", "saereplication_acled.csv")
_U_YEARS = (2009, 2022)
_U_COUNTRIES = frozenset({"sri lanka", "afghanistan", "benin"})
_U_HELD_SPAN = (datetime.date(2017, 9, 1), datetime.date(2018, 7, 31))  # acled-g's Benin


def _u_kept(raw: dict[str, str]) -> bool:
    """Whether a row is of no span an earlier corpus holds for its country: Sri Lanka's
    2015 (acled-south-asia) and Benin's September 2017 to July 2018 (acled-g; dates as
    28 December 2022)."""
    country = raw.get("country", "").strip().lower()
    if country == "sri lanka":
        return _count(raw.get("year")) != 2015
    if country == "benin":
        day = datetime.datetime.strptime(raw.get("event_date", "").strip(), "%d %B %Y").date()
        return not _U_HELD_SPAN[0] <= day <= _U_HELD_SPAN[1]
    return True


def _acled_u(folder: Path) -> Iterator[Row]:
    """Sri Lanka's ACLED notes of 2010-2014, 2016-2019 and 2022, Afghanistan's of March
    2020 and Benin's of 2009-2022 less September 2017 to July 2018, one row per distinct
    note as in `acled-nigeria-d`, less earlier corpora's notes and near copies
    (`_fresh_notes`)."""
    records = (
        raw
        for file in _U_FILES
        if (folder / file).exists()
        for raw in _csv_rows(folder / file, "utf-8-sig")
        if _u_kept(raw)
    )
    yield from _fresh_notes(folder, "acled-u", records, _U_YEARS, _U_COUNTRIES)


# acled-v: Myanmar's ACLED events of 2016 to 2019 (the Rohingya crisis in Rakhine State of October
# 2016 and August 2017, the Kachin, Shan and Karen fronts, the Arakan Army's war in Rakhine and Chin
# of 2019, and protests), as the one CSV file of ACLED's 31 columns of 2020 (`event_date` as
# 20161112, `year` and `country` given) that a capstone on lockdowns and political violence saved
# (`ACLED_Myanmar.csv`, Myanmar's events of 2016 to 2020). acled-south-asia holds Myanmar's notes
# of 2015, acled-2020 a sample of 2020's, acled-j the explosions of 2021 and acled-2022 a sample of
# early 2022's; no earlier corpus holds those of 2016 to 2019. 2020 is left out whole (acled-2020's
# year).
_V_FILE = "ACLED_Myanmar.csv"
_V_YEARS = (2016, 2019)
_V_COUNTRIES = frozenset({"myanmar"})


# acled-w: ACLED's notes of Western and Middle Africa of 2013 to 2015, the coders' era of
# acled-nigeria's (2014 to April 2016), from three public copies of ACLED's files of that time:
# - the Central African Republic's and DR Congo's events of 2013 and 2014 (the Seleka's fall and
#   the anti-balaka's war, the M23's defeat, the ADF's massacres round Beni), from ACLED's version 5
#   files of 2000-2014 and 1997-2014 that a visual-analytics tool shipped (tab-separated, Mac Roman
#   text, CR line ends; "Notes" and "Fatalities" columns, the year given);
# - the region's events of 2015 (DR Congo's and the Central African Republic's again, Ghana's, Cote
#   d'Ivoire's, Liberia's, Guinea's, Senegal's, Gabon's, Chad's and their neighbours') from ACLED's
#   realtime All-Africa files of 2015 that a forecasting project kept: four monthly files (January,
#   February, July, August; Windows-1252) and one of 1 January to 24 October 2015 (Mac Roman; it
#   holds the countries from Algeria to Libya only and breaks off inside its last row). An event is
#   its `EVENT_ID_CNTY`; the latest file's copy wins (the Jan-Oct file, then the later month);
# - Cameroon's events of 2013 to August 2017 (the Far North's and the first year of the Anglophone
#   crisis) from HDX's ACLED file of Cameroon (1997 to November 2020) saved as a workbook (the
#   event date a day number; some rows' columns shifted right from the actors on, their notes and
#   figures in place; every row Cameroon's).
# Left out: Nigeria (acled-nigeria holds 2014 to 2016 and acled-nigeria-d 2013), Benin (acled-u
# holds 2009-2022), Mali, Niger and Burkina Faso, the other regions, and every event that names Boko
# Haram or the Islamic State (acled-g holds Boko Haram's events of Cameroon and Chad of 2011-2018,
# as another export worded them); Cameroon's realtime rows of 2015 (the workbook's later wording of
# the same events is read instead) and its events from September 2017 (acled-nigeria-c's months).
_W_V5_FILES = ("ACLED_CAR_00_14.txt", "ACLED_DRC_97_14.txt")
_W_REALTIME_FILES = (  # oldest snapshot first: a later one's copy of an event wins
    ("ACLED All Africa File_January 2015.csv", "cp1252"),
    ("ACLED-All-Africa-File_20150201-to-20150228_csv.csv", "cp1252"),
    ("ACLED-All-Africa-File_20150701-to-20150731_csv.csv", "cp1252"),
    ("ACLED-All-Africa-File_20150801-to-20150831_csv.csv", "cp1252"),
    ("ACLED-All-Africa-File_20150101-to-20151024_csv.csv", "mac_roman"),
)
_W_CAMEROON_FILE = "conflict_data_cmr.xlsx"
_W_YEARS = (2013, 2017)
_W_COUNTRIES = frozenset(
    {
        "central african republic",
        "democratic republic of congo",
        "republic of congo",
        "cameroon",
        "chad",
        "gabon",
        "equatorial guinea",
        "sao tome and principe",
        "ghana",
        "togo",
        "ivory coast",
        "liberia",
        "sierra leone",
        "guinea",
        "guinea-bissau",
        "senegal",
        "gambia",
        "mauritania",
        "cape verde",
    }
)
_W_CAMEROON_LAST = "2017-08-31"  # acled-nigeria-c holds Cameroon's September 2017 to July 2018
_W_BOKO_HARAM = re.compile(r"boko\s*haram|islamic\s+state|\bis(?:wap|was)\b|\bjas\b", re.IGNORECASE)


def _w_records(folder: Path) -> Iterator[dict[str, str]]:
    """acled-w's events from its three sources, keys lower-cased and countries trimmed, less
    every event that names Boko Haram or the Islamic State in any field."""
    events: list[dict[str, str]] = []
    for file in _W_V5_FILES:
        if (folder / file).exists():
            with (folder / file).open(encoding="mac_roman", newline="") as handle:
                events.extend(csv.DictReader(handle, delimiter="\t"))
    realtime: dict[tuple[str, str], dict[str, str]] = {}
    for file, encoding in _W_REALTIME_FILES:
        if (folder / file).exists():
            for raw in _csv_rows(folder / file, encoding):
                country = (raw.get("COUNTRY") or "").strip()
                if raw.get("YEAR") == "2015" and country.lower() != "cameroon":
                    realtime[(country, raw.get("EVENT_ID_CNTY") or "")] = raw
    events.extend(realtime.values())
    for raw in events:
        record = {k.lower(): (v or "").strip() for k, v in raw.items() if k}
        if not _W_BOKO_HARAM.search(" ".join(record.values())):
            yield record
    if (folder / _W_CAMEROON_FILE).exists():
        for raw in _xlsx_rows(folder / _W_CAMEROON_FILE):
            day = raw.get("event_date", "")  # the first row, HXL's tags, has none
            named = _W_BOKO_HARAM.search(" ".join(raw.values()))
            if day.isdigit() and not named and _workbook_date(day) <= _W_CAMEROON_LAST:
                yield {**raw, "country": "Cameroon"}


def _acled_w(folder: Path) -> Iterator[Row]:
    """ACLED's notes of Western and Middle Africa of 2013 to 2015 and Cameroon's to August 2017
    (`_w_records`), one row per distinct note as in `acled-nigeria-d`, less earlier corpora's notes
    and near copies (`_fresh_notes`)."""
    yield from _fresh_notes(folder, "acled-w", _w_records(folder), _W_YEARS, _W_COUNTRIES)


# acled-nigeria-f: ACLED's notes of the era of `acled-nigeria` (its last note is of 15 April 2016)
# that no corpus holds, and Cameroon's Boko Haram events of 2019-2020:
# - Nigeria's events of 16 April to 31 August 2016, and its Boko Haram and Islamic State events of
#   September to December 2016 (acled-n holds the others of those months), from ACLED's Nigeria
#   file of 1997-2016 (version 7, as a tracker of Boko Haram's deaths saved it in February 2017:
#   `ACLED_Nigeria_2016.csv`, Windows-1252, upper-case columns, `EVENT_DATE` as 16/04/2016); its
#   earlier years are other corpora's (acled-nigeria-d's file is this tracker's older copy);
# - Cameroon's events of 2019 to November 2020 that name Boko Haram or the Islamic State in any
#   field, from acled-w's Cameroon workbook (`conflict_data_cmr.xlsx`; acled-g holds Cameroon's
#   Boko Haram events to 2018 from BH.csv, acled-w the others to August 2017).
_NIGERIA_F_FILE = "ACLED_Nigeria_2016.csv"
_NIGERIA_F_SPAN = ("2016-04-16", "2016-08-31")  # every event
_NIGERIA_F_BOKO_HARAM_SPAN = ("2016-09-01", "2016-12-31")  # Boko Haram's and the IS's only
_NIGERIA_F_CAMEROON_FIRST = "2019-01-01"


def _nigeria_f_records(folder: Path) -> Iterator[dict[str, str]]:
    """acled-nigeria-f's records, keys lower-cased, from its two files (`_NIGERIA_F_FILE`'s
    spans, the workbook's Boko Haram events from 2019)."""
    if (folder / _NIGERIA_F_FILE).exists():
        for raw in _csv_rows(folder / _NIGERIA_F_FILE, "cp1252"):
            record = {k.lower(): (v or "").strip() for k, v in raw.items() if k}
            day = datetime.datetime.strptime(record.get("event_date", ""), "%d/%m/%Y")
            date = day.date().isoformat()
            actors = " ".join(
                record.get(k, "") for k in ("actor1", "ally_actor_1", "actor2", "ally_actor_2")
            )
            named = _N_ACTORS.search(actors) is not None
            every = _NIGERIA_F_SPAN[0] <= date <= _NIGERIA_F_SPAN[1]
            first, last = _NIGERIA_F_BOKO_HARAM_SPAN
            if every or (named and first <= date <= last):
                yield record
    if (folder / _W_CAMEROON_FILE).exists():
        for raw in _xlsx_rows(folder / _W_CAMEROON_FILE):
            day = raw.get("event_date", "")  # the first row, HXL's tags, has none
            named = _W_BOKO_HARAM.search(" ".join(raw.values())) is not None
            if day.isdigit() and named and _workbook_date(day) >= _NIGERIA_F_CAMEROON_FIRST:
                yield {**raw, "country": "Cameroon"}


def _acled_nigeria_f(folder: Path) -> Iterator[Row]:
    """Nigeria's ACLED notes of 16 April to 31 August 2016 and its Boko Haram and Islamic State
    notes of September to December 2016, and Cameroon's Boko Haram and Islamic State notes of
    2019-2020 (`_nigeria_f_records`), one row per distinct note as in `acled-nigeria-d`, less
    earlier corpora's notes and near copies (`_fresh_notes`)."""
    records = _nigeria_f_records(folder)
    yield from _fresh_notes(folder, "acled-nigeria-f", records, (2016, 2020), LAKE_CHAD)


def _fresh_csv(
    corpus: str, file: str, years: tuple[int, int], countries: frozenset[str]
) -> Callable[[Path], Iterator[Row]]:
    """The reader of a corpus kept as one CSV file of ACLED's columns (acled-q to -t, -v):
    one row per distinct note of `years` and `countries`, as in `acled-nigeria-d`, less
    earlier corpora's notes and near copies (`_fresh_notes`)."""

    def read(folder: Path) -> Iterator[Row]:
        records = _csv_rows(folder / file, "utf-8-sig")
        yield from _fresh_notes(folder, corpus, records, years, countries)

    return read


def _fresh_notes(
    folder: Path,
    corpus: str,
    records: Iterable[dict[str, str]],
    years: tuple[int, int],
    countries: frozenset[str],
) -> Iterator[Row]:
    """The rows of `corpus`: its records' distinct notes of `years` (first, last, read
    from each record's `year`) and of `countries`, less any an earlier ACLED corpus
    holds, apostrophes and all (`_folded`) or apostrophe-blind (`_bare`), and less near
    copies of one of their country (`_drop_near_copies`)."""
    taken = _taken(folder)
    bare = _taken(folder, key=_bare)
    notes: _Notes = {}
    first, last = years
    for raw in records:
        text = " ".join((raw.get("notes") or "").split())
        if first <= (_count(raw.get("year")) or 0) <= last and _bare(text) not in bare:
            _add_note(notes, raw, taken, countries=countries)
    _drop_near_copies(notes, folder)
    yield from _note_rows(corpus, notes)


def _rda(path: Path) -> Any:
    import rdata  # the bench extra: reads R data files without R

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return next(iter(rdata.read_rda(str(path), default_encoding="latin1").values()))


def _acled_2022(folder: Path) -> Iterator[Row]:
    frame = _rda(folder / "acled_old_deletion_dummy.rda")
    for record in frame.to_dict("records"):
        yield Row(
            f"acled-2022:{record['event_id_cnty']}",
            "acled-2022",
            str(record["country"]),
            str(record["notes"] or ""),
            _count(record["fatalities"]),
        )


def _rand(folder: Path) -> Iterator[Row]:
    frame = _rda(folder / "terrorism.rda")
    for index, record in zip(frame.index, frame.to_dict("records"), strict=True):
        yield Row(
            f"rand:{index}",
            "rand",
            str(record["Country"]),
            str(record["Description"] or ""),
            _count(record["Fatalities"]),
            _count(record["Injuries"]),
        )


def _ucdp(folder: Path) -> Iterator[Row]:
    frame = _rda(folder / "ucdp_syria_df.rda")
    for record in frame.to_dict("records"):
        yield Row(
            f"ucdp-syria:{_count(record['id'])}",
            "ucdp-syria",
            str(record["country"]),
            str(record["source_headline"] or ""),
            _count(record["best"]),
            low=_count(record["low"]),
            high=_count(record["high"]),
        )


def _wikipedia(folder: Path) -> Iterator[Row]:
    for index, row in enumerate(_csv_rows(folder / "global_terrorism.csv")):
        country = row.get("location", "").rsplit(",", 1)[-1].strip()
        yield Row(
            f"wikipedia-terrorism:{index}",
            "wikipedia-terrorism",
            country,
            row.get("details", ""),
            _count(row.get("dead")),
            _count(row.get("injured")),
        )


# Corpus name -> (folder under WORKBENCH_CORPORA, the file that must be there, reader).
CORPORA: dict[str, tuple[str, Callable[[Path], Iterator[Row]]]] = {
    "rand": ("terrorism.rda", _rand),
    "acled-south-asia": ("acled.csv", _acled_csv("acled-south-asia", "acled.csv")),
    "acled-2022": ("acled_old_deletion_dummy.rda", _acled_2022),
    "acled-hoa": ("Kenya.csv", _acled_csv("acled-hoa", "Kenya.csv", "Ethiopia.csv")),
    "acled-2020": ("acled.csv", _acled_csv("acled-2020", "acled.csv")),
    "acled-nigeria": ("Nigeria.geojson", _acled_geojson),
    "acled-nigeria-b": ("reports", _acled_nigeria_b),
    "acled-nigeria-c": ("africa-conflict-2018.csv", _acled_nigeria_c),
    "acled-nigeria-d": ("ACLED_Nigeria.csv", _acled_nigeria_d),
    "acled-nigeria-e": ("ACLED_Nigeria.csv", _acled_nigeria_e),
    "acled-f": ("ACLED_DRC.csv", _acled_f),
    "acled-g": ("BH.csv", _acled_g),
    "wikipedia-terrorism": ("global_terrorism.csv", _wikipedia),
    "ucdp-syria": ("ucdp_syria_df.rda", _ucdp),
    "acled-h": ("yemen.rdb", _acled_h),
    "acled-i": ("ACLED_Som.csv", _acled_i),
    "acled-j": (_J_FILE, _acled_j),
    "acled-k": (_K_FILE, _acled_k),
    "acled-l": (_L_FILE, _acled_l),
    "acled-m": (_M_FILE, _acled_m),
    "acled-n": (_N_FILE, _acled_n),
    "acled-o": (_O_FILE, _acled_o),
    "acled-p": (_P_FILES[0], _acled_p),
    "acled-q": (_Q_FILE, _fresh_csv("acled-q", _Q_FILE, _Q_YEARS, _Q_COUNTRIES)),
    "acled-r": (_R_FILE, _fresh_csv("acled-r", _R_FILE, _R_YEARS, _R_COUNTRIES)),
    "acled-s": (_S_FILE, _fresh_csv("acled-s", _S_FILE, _S_YEARS, _S_COUNTRIES)),
    "acled-t": (_T_FILE, _fresh_csv("acled-t", _T_FILE, _T_YEARS, _T_COUNTRIES)),
    "acled-u": (_U_FILES[0], _acled_u),
    "acled-v": (_V_FILE, _fresh_csv("acled-v", _V_FILE, _V_YEARS, _V_COUNTRIES)),
    "acled-w": (_W_V5_FILES[0], _acled_w),
    "acled-nigeria-f": (_NIGERIA_F_FILE, _acled_nigeria_f),
}


def corpora_root() -> Path:
    """The folder named by WORKBENCH_CORPORA; exits with one line if it is unset or absent."""
    root = os.environ.get(ENV)
    if not root or not Path(root).is_dir():
        sys.exit(f"{ENV} must name the folder holding the corpora (see docs/corpora.md)")
    return Path(root)


def rows(root: Path, names: list[str] | None = None) -> Iterator[Row]:
    """Every row of the corpora present under `root`, less the held-out countries,
    in corpus order. A corpus whose file is absent is skipped. Each corpus is read
    once a process (`_corpus_rows`): a later ACLED corpus reads the earlier ones to
    drop their notes (`_taken`), and read anew each time, nested, the whole took over
    an hour where reading each once takes under a minute."""
    for name, (marker, _read) in CORPORA.items():
        if names and name not in names:
            continue
        if (root / name / marker).exists():
            yield from _corpus_rows(root.resolve(), name)


@functools.cache
def _corpus_rows(root: Path, name: str) -> tuple[Row, ...]:
    """One corpus's rows under `root`, less the held-out countries (`rows`)."""
    read = CORPORA[name][1]
    return tuple(
        row
        for row in read(root / name)
        if row.country.strip().lower() not in HELD_OUT and row.text.strip()
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("-o", "--output", default="-", help="JSON-lines file (default: stdout)")
    ap.add_argument("--corpus", action="append", choices=sorted(CORPORA), help="only these")
    args = ap.parse_args()
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    counts: dict[str, int] = {}
    with out:
        for row in rows(corpora_root(), args.corpus):
            counts[row.corpus] = counts.get(row.corpus, 0) + 1
            record = {**asdict(row), "half": row.half}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    for name, count in counts.items():
        print(f"{name}: {count} texts", file=sys.stderr)


if __name__ == "__main__":
    main()
