"""Reports and data exports: Markdown, HTML, JSON, CSV, ClaimReview JSON-LD and GeoJSON.

Pure code: a `Report` in, text out; the service builds the report from the store.
"""

from __future__ import annotations

from workbench.export import claimreview, data, geojson, html, markdown
from workbench.export.report import SCHEMA_VERSION, Parts, Publisher, Report, Writer

PARTS: dict[str, Parts] = {"md": markdown.PARTS, "html": html.PARTS, "json": data.JSON_PARTS}
WRITERS: dict[str, Writer] = {
    **{fmt: parts.write for fmt, parts in PARTS.items()},
    "csv": data.write_csv,
    "claimreview": claimreview.write,
    "geojson": geojson.write,
}
FORMATS = tuple(WRITERS)
EXTENSIONS = {
    "md": "md",
    "html": "html",
    "json": "json",
    "csv": "csv",
    "claimreview": "jsonld",
    "geojson": "geojson",
}

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "PARTS",
    "SCHEMA_VERSION",
    "WRITERS",
    "Parts",
    "Publisher",
    "Report",
]
