"""What `ingest` says of metadata given for sources it skipped as loaded already: only
what a stored document does not hold, and how to apply it (`document edit`)."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from workbench.ingest.files import Metadata
from workbench.ingest.metadata import read_published

if TYPE_CHECKING:
    from workbench.service import IngestReport, Workbench


def unapplied(workbench: Workbench, ids: list[int], metadata: Metadata) -> Metadata:
    """The metadata given that a document skipped as loaded already does not hold (a
    trial's outlet, the one stored, was said to be "not applied")."""
    held = [workbench.source(i) for i in sorted(set(ids))[:_HELD_CHECKED]]
    kept = {
        name: value
        for name in ("outlet", "title", "url", "published", "language")
        if (value := getattr(metadata, name))
        and any(_differs(name, value, getattr(doc, name)) for doc in held)
    }
    return Metadata(**kept)


_HELD_CHECKED = 50  # documents skipped whose metadata is compared with that given


def _differs(name: str, given: str, held: str | None) -> bool:
    """Whether a document's field differs from the value given for it (a date as
    `read_published` reads it)."""
    if name == "published":
        day = read_published(given)
        return day is None or (held or "")[:10] != day.isoformat()
    return given.strip() != (held or "")


def not_applied(report: IngestReport, metadata: Metadata) -> str:
    """ "; the --outlet given was not applied to document 3, loaded already (...)", or
    "" when no metadata was given or nothing was skipped."""
    given = [
        (name, value)
        for name in ("outlet", "title", "url", "published", "language")
        if (value := getattr(metadata, name))
    ]
    ids = sorted(set(report.already_loaded))
    if not given or not ids:
        return ""
    flags = " and ".join(f"--{name}" for name, _ in given)
    documents = f"document {ids[0]}" if len(ids) == 1 else f"documents {_some(ids)}"
    edit = " ".join(f"--{name} {shlex.quote(value)}" for name, value in given)
    return (
        f"; the {flags} given {'was' if len(given) == 1 else 'were'} not applied to"
        f" {documents}, loaded already (to apply: workbench document edit {ids[0]} {edit})"
    )


# how many ids a line names before it counts the rest ("1, 2, 3, 4, 5 and 1,495 more")
_NAMED_IDS = 5


def _some(ids: list[int]) -> str:
    """Ids as a line can hold them: all of a few, else the first _NAMED_IDS and a count."""
    if len(ids) <= _NAMED_IDS + 1:
        return ", ".join(map(str, ids))
    return f"{', '.join(map(str, ids[:_NAMED_IDS]))} and {len(ids) - _NAMED_IDS:,} more"
