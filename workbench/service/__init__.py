"""The service: the one API the command line and the TUI call (load, list, decide,
grade, group, export), and the only layer above the store. `Workbench` is the facade
(service/workbench.py); each part of it owns one job:

| module | owns |
|---|---|
| `base.py` | the store and the analyst every part shares |
| `loading.py` | ingest: reading and extracting files in worker processes, storing them |
| `ingest_report.py` | what an ingest did, and the lines the shells show of it |
| `matching.py` | matching runs, stale verdicts, links read and decided |
| `events.py`, `event_book.py` | events: regrouping after writes, reading, edits, credibility |
| `reading.py` | claims, sources, voices, verdicts and voice grades |
| `reports.py` | exports, each read as one snapshot |
| `curation.py` | voices renamed, merged, relaying; documents edited, removed (archived) |
| `corrections.py`, `fields.py` | the analyst's corrections of claims, each field checked |
| `reextract.py` | stored documents read again, corrections and decisions kept |
"""

from workbench.errors import WorkbenchError
from workbench.ingest.files import Metadata
from workbench.service.exporter import Exporter
from workbench.service.fetching import read_pasted
from workbench.service.fields import EDITABLE
from workbench.service.ingest_report import IngestReport
from workbench.service.loading import STORE_BATCH, Progress
from workbench.service.matching import MatchReport, MatchResumed
from workbench.service.preparing import prepare, read_files
from workbench.service.reports import SPLIT_FROM
from workbench.service.workbench import Workbench
from workbench.store import (
    GRADES,
    LINK_STATES,
    ORDERS,
    RELATIONS,
    REVIEWED,
    STATUSES,
    ClaimFilter,
)
from workbench.vocabulary import QUALIFIERS

__all__ = [
    "EDITABLE",
    "GRADES",
    "LINK_STATES",
    "ORDERS",
    "QUALIFIERS",
    "RELATIONS",
    "REVIEWED",
    "SPLIT_FROM",
    "STATUSES",
    "STORE_BATCH",
    "ClaimFilter",
    "Exporter",
    "IngestReport",
    "MatchReport",
    "MatchResumed",
    "Metadata",
    "Progress",
    "Workbench",
    "WorkbenchError",
    "prepare",
    "read_files",
    "read_pasted",
]
