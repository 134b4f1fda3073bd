"""`Workbench`, the one facade the command line and the TUI call: load, match, read,
decide, group, export. It is assembled from its parts, one module each (the parts
share the store and the analyst through `Base`):

- `fetching.Fetching`: ingest from the web (and, through it, `loading.Loading`:
  ingest of files, then `matching.Matching`, then `events.Events`);
- `reports.Reports`: exports (and, through it, `reading.Reading`);
- `curation.Curating`: voices renamed, merged, relaying; documents edited, removed;
- `reextract.Reextracting`: stored documents read again (and, through it,
  `corrections.Correcting`: the analyst's corrections of claims).
"""

from __future__ import annotations

from workbench.models import ReextractReport, SourceSummary
from workbench.service.curation import Curating
from workbench.service.fetching import Fetching
from workbench.service.reextract import Reextracting
from workbench.service.reports import Reports

# the document's fields its claims are read from: a new value has them read again
_READ_AGAIN = frozenset(("language", "published"))


class Workbench(Curating, Fetching, Reports, Reextracting):
    """A claims database and the analyst working on it: `Workbench(db_path, analyst)`;
    `close()` when done. Every method is one of its parts' (see the modules), but
    for those that join two parts, here."""

    def edit_document_and_read(
        self, document_id: int, **edits: str | None
    ) -> tuple[SourceSummary, ReextractReport | None]:
        """`edit_document`; then, where the edits set a language or a publication date,
        the document's claims read again (`reextract` of that document, the analyst's
        work kept): in the new language, or with "Tuesday" and "yesterday" dated from
        the new date. The document as it stands and what the reading changed (None
        when it was not read again). The shells' document form and `document edit`."""
        changed = self.edit_document(document_id, **edits)
        if not edits.keys() & _READ_AGAIN:
            return changed, None
        return changed, self.reextract(documents=[document_id])
