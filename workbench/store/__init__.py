"""The claims database: schema, migrations and every SQL statement Workbench runs.

One SQLite file in WAL mode with a busy timeout, so a TUI and a CLI can write
to it at once. Each document is stored in one transaction with all its claims;
verdicts append to a history that triggers keep append-only. The schema
version lives in sqlite-utils migrations (and PRAGMA user_version): an older
database is upgraded in place, a newer one is refused.

Where things are:

- `connection.py`: opening the file (pragmas, busy timeout, a connection per
  thread), the write transaction (`_write`), the shared read (`reading`), and a
  query's rows as the declared types of workbench/rows.py (`_rows`, `_iter_rows`);
- `guard.py`: every SQLite failure as a one-line `DatabaseError`;
- `migrations.py`: the schema, one migration at a time;
- `values.py`: the verdicts, grades, link states and relations the schema
  accepts, and `now`, the time stamps every write stores;
- one module per group of tables, each holding that group's queries:
  `documents.py`, `voices.py`, `claims.py` (and `ClaimFilter`), `verdicts.py`
  (verdicts, their history, credibility grades), `links.py`, `events.py`,
  `counts.py` (counts across tables for summaries), `curation.py` (the analyst's
  voices renamed, merged, relaying; documents edited), `archive.py` (documents
  removed, their claims archived), `corrections.py` (an analyst's corrections of
  claims), `rederive.py` (claims read again by `reextract`), `captures.py` (the
  bytes a document was read from and their record: a fetched page, a local file,
  standard input; issue 19) and `versions.py` (a source read
  again with other text: the diff and the figures that changed);
- `migrations_sources.py`: the bodies of the migrations from m013 on.

`Store` is assembled from one class per table module (`Documents`, `Voices`,
...), each a `Connection` that adds its group's methods (`Verdicts` builds on
`Claims`: a claim's history first reads the claim); `Store` adds nothing of its
own. The alternative, functions taking a connection with a thin `Store` method
calling each, would write every one of its 65 signatures twice; as mixins a
method lives once, beside the SQL of its tables, and `self.db` and
`self._write()` mean the same everywhere. `@guarded` wraps every public method
`Store` has, whichever class it comes from, so a new method in any of them is
guarded without a further step. A write that must touch another group's table
(storing a document inserts its voices and claims; saving links marks documents
matched) calls that group's module-level helper inside its own transaction.

Every name the rest of Workbench imports is importable from `workbench.store`.
"""

from __future__ import annotations

from workbench.store.archive import Archive
from workbench.store.captures import Captures
from workbench.store.claims import ORDERS, Claims
from workbench.store.counts import Counts
from workbench.store.curation import DOCUMENT_FIELDS, Curation
from workbench.store.documents import Documents
from workbench.store.event_undo import EventUndo
from workbench.store.events import Events
from workbench.store.guard import guarded
from workbench.store.links import Links
from workbench.store.migrations import SCHEMA_VERSION, migrations
from workbench.store.rederive import Rederivations
from workbench.store.values import GRADES, LINK_STATES, RELATIONS, REVIEWED, STATUSES, now
from workbench.store.verdicts import Verdicts
from workbench.store.versions import Versions
from workbench.store.voice_grades import VoiceGrades
from workbench.store.voices import Voices, normalise, voice_of
from workbench.vocabulary import ClaimFilter

__all__ = [
    "DOCUMENT_FIELDS",
    "GRADES",
    "LINK_STATES",
    "ORDERS",
    "RELATIONS",
    "REVIEWED",
    "SCHEMA_VERSION",
    "STATUSES",
    "ClaimFilter",
    "Store",
    "migrations",
    "normalise",
    "now",
    "voice_of",
]


@guarded
class Store(
    Rederivations,
    Documents,
    Captures,
    Versions,
    Voices,
    Verdicts,
    Claims,
    Links,
    Events,
    EventUndo,
    Counts,
    Curation,
    VoiceGrades,
    Archive,
):
    """One open claims database. Safe to share between threads: writes are serialised.
    Every SQLite failure leaves it as a `DatabaseError` naming the file and the cause."""
