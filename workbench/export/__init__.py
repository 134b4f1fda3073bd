"""Reports and data exports: Markdown, HTML, JSON, CSV and ClaimReview JSON-LD.

Pure code: a `Report` in, text out; the service builds the report from the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from workbench.export import claimreview, data, html, markdown
from workbench.export.report import SCHEMA_VERSION, Publisher, Report

Writer = Callable[[Report, TextIO], None]

WRITERS: dict[str, Writer] = {
    "md": markdown.write,
    "html": html.write,
    "json": data.write_json,
    "csv": data.write_csv,
    "claimreview": claimreview.write,
}
FORMATS = tuple(WRITERS)
EXTENSIONS = {"md": "md", "html": "html", "json": "json", "csv": "csv", "claimreview": "jsonld"}

__all__ = ["EXTENSIONS", "FORMATS", "SCHEMA_VERSION", "WRITERS", "Publisher", "Report"]
