"""The export as data for other tools: one JSON document, or a CSV row per claim.

Both are written as they are read, so that memory stays flat at any size.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import TextIO

from pydantic import BaseModel
from pydantic_core import to_json

from workbench.export.report import SCHEMA_VERSION, Parts, Report
from workbench.located import stored_place
from workbench.models import ClaimRow, Relation, SourceSummary

CSV_COLUMNS = (
    "id",
    "source",
    "start",
    "end",
    "text",
    "sentence",
    "category",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "subject",
    "actor",
    "location",
    "country",
    "date",
    "date_text",
    "attribution",
    "voice",
    "voice_grade",
    "hedged",
    "denies",
    "section",
    "status",
    "note",
    "analyst",
    "decided_at",
    "stale_reason",
)
LINK_COLUMNS = (Relation.CORROBORATES, Relation.CONTRADICTS, Relation.RELATED, Relation.RESTATES)
EVENT_COLUMNS = ("event_id", "event")
# Claim fields added after the columns above were fixed: last, so that no
# spreadsheet or script reading a column by its position has to change.
LATER_COLUMNS = ("scope", "period")
# Then the gazetteer's place (workbench/located.py; GeoNames, CC BY 4.0).
PLACE_COLUMNS = (
    "place_name",
    "place_kind",
    "place_district",
    "place_region",
    "latitude",
    "longitude",
    "place_relation",
    "geonameid",
)
# Then whether its report gives the figure as one it replaced (extract/earlier_figures.py).
LAST_COLUMNS = ("earlier_figure",)
# Then the document it stands in, as a citation names it (a trial's spreadsheet had only
# the file's path), and the analyst's word on whether it counts a part of a toll
# ("yes", "no"; empty: its words decide, match/parts.py).
SOURCE_COLUMNS = ("outlet", "title", "url", "published", "language", "part")
# Then whether the figure is the one its voice denies ("yes", "no"; extract/denial.py).
DENIAL_COLUMNS = ("figure_denied",)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _json_start(report: Report, out: TextIO) -> None:
    """An `ExportDocument`: parse it back with `ExportDocument.model_validate_json`.

    Claims and links, the bulk of it, are written from the rows as the store reads
    them, in the JSON of `StoredClaim` and `Link`: validating 100,000 models only to
    write them straight back out took half the export's time. A test holds each
    the same as its model's JSON."""
    out.write(f'{{\n"schema_version": {SCHEMA_VERSION},\n')
    out.write(f'"summary": {report.summary.model_dump_json()},\n')
    _array(out, "sources", _models(report.sources))
    _array(out, "voices", _models(report.voices))


def _json_claims(report: Report, out: TextIO) -> None:
    _array(out, "claims", map(_claim_json, report.claims()))


def _json_end(report: Report, out: TextIO) -> None:
    _array(out, "links", (to_json(link).decode() for link in report.links()))
    _array(out, "verdicts", _models(report.verdicts()))
    _array(out, "history", _models(report.history()))
    _array(out, "corrections", _models(report.corrections()))
    _array(out, "events", _models(report.events()), last=True)
    out.write("}\n")


JSON_PARTS = Parts(_json_start, _json_claims, _json_end)


def _array(out: TextIO, name: str, items: Iterable[str], last: bool = False) -> None:
    out.write(f"{json.dumps(name)}: [")
    for index, item in enumerate(items):
        out.write(",\n" if index else "\n")
        out.write(item)
    out.write("\n]" + ("\n" if last else ",\n"))


def _models(items: Iterable[BaseModel]) -> Iterator[str]:
    return (item.model_dump_json() for item in items)


def _claim_json(claim: ClaimRow) -> str:
    flags = claim._replace(
        hedged=bool(claim.hedged),
        denies=bool(claim.denies),
        dismissed=bool(claim.dismissed),
        earlier_figure=bool(claim.earlier_figure),
        figure_denied=bool(claim.figure_denied),
    )
    fields = flags._asdict()
    fields["place"] = stored_place(claim.place)  # its JSON as an object, "" as null
    # the machine's reading of each field an analyst corrected, as an object
    fields["machine"] = json.loads(claim.machine) if claim.machine else None
    # the claim of the version before whose figure this one revises, as an object
    fields["figure_changed_from"] = (
        json.loads(claim.figure_changed_from) if claim.figure_changed_from else None
    )
    return to_json(fields).decode()


def write_csv(report: Report, out: TextIO) -> None:
    """One row per claim with its verdict, its links counted by relation, its event,
    then its scope and period, then its place in the gazetteer, then whether its
    report replaced its figure with a later one ("yes", "no"), then its document's
    outlet, title, URL, publication date and language, the analyst's part, and whether
    the figure is the one its voice denies."""
    writer = csv.writer(out)
    writer.writerow(
        CSV_COLUMNS
        + LINK_COLUMNS
        + EVENT_COLUMNS
        + LATER_COLUMNS
        + PLACE_COLUMNS
        + LAST_COLUMNS
        + SOURCE_COLUMNS
        + DENIAL_COLUMNS
    )
    event_of = report.event_names()
    documents = report.sources_by_id
    for claim, counts in report.counted_claims():
        row = [
            *_PICK(claim),
            *(counts.get(relation, 0) for relation in LINK_COLUMNS),
            *event_of.get(claim.id, ("", "")),
            *_PICK_LATER(claim),
            *_place_cells(claim.place),
            "yes" if claim.earlier_figure else "no",
            *_document_cells(documents.get(claim.document_id)),
            "" if claim.part is None else ("yes" if claim.part else "no"),
            "yes" if claim.figure_denied else "no",
        ]
        for flag in _FLAGS:
            row[flag] = "yes" if row[flag] else "no"
        writer.writerow(_inert(row))


_PICK = itemgetter(*(ClaimRow._fields.index(column) for column in CSV_COLUMNS))
_PICK_LATER = itemgetter(*(ClaimRow._fields.index(column) for column in LATER_COLUMNS))
_FLAGS = (CSV_COLUMNS.index("hedged"), CSV_COLUMNS.index("denies"))


def _document_cells(document: SourceSummary | None) -> list[object]:
    if document is None:
        return [""] * (len(SOURCE_COLUMNS) - 1)
    fields = (document.outlet, document.title, document.url, document.published)
    return [*(field or "" for field in fields), document.language or ""]


def _place_cells(stored: str | None) -> list[object]:
    """The gazetteer's place of a claim, as the CSV's place columns; a country has no
    point (the gazetteer's is its capital's: a trial's country-level claims were put
    at Kinshasa in the CSV, and left unmapped in the GeoJSON, as they should be)."""
    place = stored_place(stored)
    if not place:
        return [""] * len(PLACE_COLUMNS)
    country = place["kind"] == "country"
    return [
        place["name"],
        place["kind"],
        place["district"],
        place["region"],
        "" if country else place["latitude"],
        "" if country else place["longitude"],
        place["relation"],
        place["geonameid"],
    ]


def _inert(row: list[object]) -> list[object]:
    """Text a spreadsheet would run as a formula ("=HYPERLINK(...)", also after spaces,
    which spreadsheets skip) gets a leading apostrophe, as OWASP advises; numbers go as
    they are, and None as an empty cell."""
    return ["'" + v if isinstance(v, str) and _formula(v) else v for v in row]


def _formula(text: str) -> bool:
    """Whether a cell starts, after any white space, with a character opening a formula."""
    return text.startswith(_FORMULA_STARTS) or text.lstrip().startswith(_FORMULA_STARTS)
