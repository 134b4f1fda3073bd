"""Claims derived again from a stored document (`workbench reextract`): the claims a
newer extractor reads in place of the old, each old claim kept under its id (and so
with its verdicts, links, event and corrections) where the new reading pairs with
it, its corrected fields left as the analyst set them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Sequence
from typing import Any

from workbench.errors import WorkbenchError
from workbench.models import Claim, SourceDocument
from workbench.rows import StoredTextRow
from workbench.store.claims import CLAIM_COLUMNS, INSERT_CLAIM, claim_row
from workbench.store.connection import chunks
from workbench.store.corrections import FIELD_COLUMNS, Corrections, regroup_needed
from workbench.store.values import now
from workbench.store.versions import pair_figures_again
from workbench.store.voice_merges import merged_key
from workbench.store.voices import add_voice, voice_of

# Columns a corrected field keeps besides its own: a corrected place keeps its
# gazetteer place and country too.
_ALSO_KEPT = {"place": ("place", "country")}


class Rederivations(Corrections):
    """Reading stored documents again, and putting the new reading in place."""

    def document_ids(self) -> list[int]:
        """Every stored document's id, oldest first."""
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY id")]

    def stored_text(self, document_id: int) -> StoredTextRow:
        """A document's metadata and text, as `reextract` reads it again."""
        rows = self._rows(
            StoredTextRow,
            "SELECT id, path, sha256, format, title, outlet, url, published, text, language"
            " FROM documents WHERE id = ?",
            [document_id],
        )
        if not rows:
            raise WorkbenchError(f"no document with id {document_id}")
        return rows[0]

    def voice_names(self, keys: Collection[str]) -> dict[str, str]:
        """For each voice key that has a stored voice, the name of the voice a claim
        of that key is stored in: the voice it is merged into, by its name."""
        found: dict[str, str] = {}
        for key in keys:
            row = self.db.execute(
                "SELECT name FROM voices WHERE key = ?", [merged_key(self.db.conn, key)]
            ).fetchone()
            if row is not None:
                found[key] = str(row[0])
        return found

    def worked_on(self, claim_ids: Sequence[int]) -> set[int]:
        """Those of these claims an analyst has worked on: judged, corrected, graded,
        linked or unlinked, or placed in an event."""
        found: set[int] = set()
        for ids, marks in chunks(claim_ids, 150):
            found |= {
                r[0]
                for r in self.db.execute(
                    f"SELECT claim_id FROM verdict_history WHERE claim_id IN ({marks})"
                    f" UNION SELECT claim_id FROM claim_corrections WHERE claim_id IN ({marks})"
                    f" UNION SELECT claim_id FROM claim_credibility WHERE claim_id IN ({marks})"
                    " UNION SELECT claim_id FROM event_claims WHERE placed_by IS NOT NULL"
                    f" AND claim_id IN ({marks})"
                    " UNION SELECT a_id FROM links WHERE (origin != 'machine'"
                    f" OR state != 'suggested') AND a_id IN ({marks})"
                    " UNION SELECT b_id FROM links WHERE (origin != 'machine'"
                    f" OR state != 'suggested') AND b_id IN ({marks})",
                    ids * 6,
                )
            }
        return found

    def rederive(
        self,
        document: SourceDocument,
        document_id: int,
        kept: Sequence[tuple[int, Claim, Collection[str]]],
        added: Sequence[Claim],
        removed: Sequence[int],
    ) -> list[int]:
        """In one transaction: each kept claim (its id, the new reading, the fields an
        analyst corrected) takes the new reading but for its corrected fields, whose
        machine reading is brought up to date instead; the `added` claims are stored;
        the `removed` ones (no analyst has worked on them) go with their suggestions;
        the document's claims are paired with its versions' again
        (`versions.pair_figures_again`). The ids of the added claims."""
        with self._write() as conn:
            for claim_id, claim, corrected in kept:
                _update(conn, document, document_id, claim_id, claim, corrected)
            ids = []
            for claim in added:
                voice_id = add_voice(conn, *voice_of(document, claim))
                row = claim_row(document_id, voice_id, claim, document.path)
                new_id = conn.execute(INSERT_CLAIM, row).lastrowid
                assert new_id is not None
                ids.append(new_id)
            _remove(conn, removed)
            pair_figures_again(conn, document_id)  # new ids lose no revised figure
            regroup_needed(conn, [claim_id for claim_id, _, _ in kept])
            conn.execute(  # what an export's reader compares (`Connection.state`)
                "INSERT INTO meta (key, value) VALUES ('claims_rederived', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [now()],
            )
        return ids


def _update(
    conn: sqlite3.Connection,
    document: SourceDocument,
    document_id: int,
    claim_id: int,
    claim: Claim,
    corrected: Collection[str],
) -> None:
    voice_key, voice_name, voice_kind = voice_of(document, claim)
    voice_id = add_voice(conn, voice_key, voice_name, voice_kind)
    values = dict(
        zip(CLAIM_COLUMNS, claim_row(document_id, voice_id, claim, document.path), strict=True)
    )
    skipped = {"document_id"}
    for field in corrected:
        if field in FIELD_COLUMNS:
            skipped |= {FIELD_COLUMNS[field], *_ALSO_KEPT.get(field, ())}
    changed = {column: value for column, value in values.items() if column not in skipped}
    assignments = ", ".join(f"{column} = ?" for column in changed)
    conn.execute(f"UPDATE claims SET {assignments} WHERE id = ?", [*changed.values(), claim_id])
    if corrected:
        row = conn.execute("SELECT machine FROM claims WHERE id = ?", [claim_id]).fetchone()
        machine: dict[str, Any] = json.loads(row[0]) if row[0] else {}
        for field in corrected:
            if field in FIELD_COLUMNS:
                machine[field] = machine_value(claim, field, voice_name)
        conn.execute(
            "UPDATE claims SET machine = ? WHERE id = ?",
            [json.dumps(machine) if machine else None, claim_id],
        )


def machine_value(claim: Claim, field: str, voice: str) -> Any:
    """A claim's value of a correctable field, as the corrections history records it."""
    if field == "voice":
        return voice
    if field == "place":
        return claim.location
    value = getattr(claim, field, None)  # `part`: the extractor leaves it to the words
    return getattr(value, "value", value)  # an enum as its word


def _remove(conn: sqlite3.Connection, claim_ids: Sequence[int]) -> None:
    for ids, marks in chunks(claim_ids, 400):
        conn.execute(f"DELETE FROM links WHERE a_id IN ({marks}) OR b_id IN ({marks})", ids + ids)
        conn.execute(f"DELETE FROM event_claims WHERE claim_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM verdicts WHERE claim_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM claims WHERE id IN ({marks})", ids)
    conn.execute("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM event_claims)")
