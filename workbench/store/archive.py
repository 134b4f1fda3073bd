"""Removing a document with its claims (tables archived_claims,
archived_verdict_history): what the analyst decided about its claims (verdict, note,
verdict history, decided links, credibility grade) is archived first, in the same
transaction; their corrections stay in claim_corrections, which outlives them;
then the document, its claims and everything that hangs on them go. verdict_history
lets a row go only once the archive holds it (migration m011_curation).

The same document loaded again gets back what was archived of its claims: each claim
the machine reads again at the same place with the same words takes the verdict,
note, credibility grade and decided links its earlier copy had when removed
(`restore_archived`), and the service makes its corrections again (`archived_twins`)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from workbench.errors import WorkbenchError
from workbench.rows import ArchivedClaimRow, HistoryRow
from workbench.store.connection import Connection, chunks
from workbench.store.curation_log import log
from workbench.store.values import GRADES_OF_CLAIMS, now
from workbench.store.verdicts import give_verdict

# The start of the note of a verdict a document loaded again got back from the archive
RESTORED = "restored from claim"

# The tables that hang on a claim, emptied of a removed document's claims, in order.
_CLAIM_TABLES = (
    ("event_claims", "claim_id"),
    ("claim_credibility", "claim_id"),
    ("verdicts", "claim_id"),
    ("verdict_history", "claim_id"),
)


class Archive(Connection):
    """The store's removal of documents and its archive of their claims."""

    def remove_document(self, document_id: int, analyst: str) -> int:
        """Remove a document and its claims, their verdicts, links, credibility grades
        and event places, in one transaction; each claim's verdict, note, verdict
        history, decided links and grade are archived first (its corrections stay
        in claim_corrections). Returns how many claims went."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT sha256, path, title, outlet, url, published FROM documents WHERE id = ?",
                [document_id],
            ).fetchone()
            if row is None:
                raise WorkbenchError(f"no document with id {document_id}; `workbench sources`")
            sha256, path, title, outlet, url, published = row
            ids = [
                r[0]
                for r in conn.execute("SELECT id FROM claims WHERE document_id = ?", [document_id])
            ]
            stamp = now()
            for chunk, marks in chunks(ids):
                _archive(conn, chunk, marks, analyst, stamp)
                _delete(conn, chunk, marks)
            conn.execute("DELETE FROM documents WHERE id = ?", [document_id])
            what = {"path": path, "title": title, "outlet": outlet, "url": url}
            what |= {"published": published, "claims": len(ids)}
            log(conn, "document", sha256, "remove", what, None, analyst)
            return len(ids)

    def decided_in(self, document_id: int) -> dict[str, int]:
        """How many of a document's claims an analyst decided something about, as
        its removal would archive them: "verdict" (other than unreviewed),
        "corrected" (a correction of any field), "graded" (a credibility grade)."""
        its = "claim_id IN (SELECT id FROM claims WHERE document_id = :d)"
        verdict, corrected, graded = self.db.execute(
            f"SELECT (SELECT COUNT(*) FROM verdicts WHERE status != 'unreviewed' AND {its}),"
            f" (SELECT COUNT(DISTINCT claim_id) FROM claim_corrections WHERE {its}),"
            f" (SELECT COUNT(*) FROM claim_credibility WHERE {its})",
            {"d": document_id},
        ).fetchone()
        return {"verdict": verdict, "corrected": corrected, "graded": graded}

    def archived_claims(self, sha256: str | None = None) -> list[ArchivedClaimRow]:
        """The claims of removed documents (or of the one of this sha256), as archived."""
        return self._rows(
            ArchivedClaimRow,
            'SELECT claim_id, document_sha256, document_path, start, "end", text, category,'
            " voice, status, note, analyst, decided_at, links, removed_by, removed_at,"
            " credibility FROM archived_claims WHERE ? IS NULL OR document_sha256 = ?"
            " ORDER BY claim_id",
            [sha256, sha256],
        )

    def archived_twins(self, document_id: int) -> list[tuple[int, int]]:
        """(archived claim, claim of `document_id`) for each claim read again at the
        same offsets with the same words as a claim archived with a removed copy of
        the document's content (the latest removal's): what `restore_archived` gave
        back, and whose corrections the service makes again."""
        row = self.db.execute("SELECT sha256 FROM documents WHERE id = ?", [document_id])
        found = row.fetchone()
        if found is None:
            return []
        return [(r[0], r[1]) for r in _twins(self.db.conn, document_id, found[0])]

    def restored_verdicts(self, document_ids: list[int]) -> int:
        """How many claims of these documents got their verdict back from the archive
        as they were stored (`restore_archived`)."""
        found = 0
        for ids, marks in chunks(document_ids):
            found += self.db.execute(
                "SELECT COUNT(*) FROM verdict_history h JOIN claims c ON c.id = h.claim_id"
                f" WHERE c.document_id IN ({marks}) AND h.note LIKE ? || '%'",
                [*ids, RESTORED],
            ).fetchone()[0]
        return found

    def archived_history(self, claim_id: int) -> list[HistoryRow]:
        """A removed claim's verdict history, oldest first."""
        return self._rows(
            HistoryRow,
            "SELECT claim_id, old_status, new_status, note, analyst, at"
            " FROM archived_verdict_history WHERE claim_id = ? ORDER BY id",
            [claim_id],
        )


def _archive(
    conn: sqlite3.Connection, ids: list[int], marks: str, analyst: str, stamp: str
) -> None:
    links: dict[int, list[dict[str, object]]] = {}
    for a, b, relation, state, note, by, origin, reason, updated in conn.execute(
        "SELECT a_id, b_id, relation, state, note, analyst, origin, reason, updated_at FROM links"
        f" WHERE (a_id IN ({marks}) OR b_id IN ({marks}))"
        " AND (state != 'suggested' OR origin != 'machine')",
        [*ids, *ids],
    ):
        link = {"a": a, "b": b, "relation": relation, "state": state, "note": note}
        link |= {"analyst": by, "origin": origin, "reason": reason, "updated_at": updated}
        for claim in {a, b} & set(ids):
            links.setdefault(claim, []).append(link)
    grades = _grades(conn, ids, marks)
    events = _placements(conn, ids, marks)
    for claim_id, *rest in conn.execute(
        'SELECT c.id, d.sha256, d.path, c.start, c."end", c.text, c.category, vo.name,'
        " v.status, v.note, v.analyst, v.decided_at FROM claims c"
        " JOIN documents d ON d.id = c.document_id JOIN voices vo ON vo.id = c.voice_id"
        f" LEFT JOIN verdicts v ON v.claim_id = c.id WHERE c.id IN ({marks})",
        ids,
    ).fetchall():
        links_json = json.dumps(links.get(claim_id, []))
        conn.execute(
            "INSERT INTO archived_claims (claim_id, document_sha256, document_path, start,"
            ' "end", text, category, voice, status, note, analyst, decided_at, links,'
            " removed_by, removed_at, credibility, event)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                claim_id,
                *rest,
                links_json,
                analyst,
                stamp,
                grades.get(claim_id),
                events.get(claim_id),
            ],
        )
    conn.execute(
        "INSERT INTO archived_verdict_history SELECT id, claim_id, old_status, new_status,"
        f" note, analyst, at FROM verdict_history WHERE claim_id IN ({marks})",
        ids,
    )


def _grades(conn: sqlite3.Connection, ids: list[int], marks: str) -> dict[int, str]:
    """The claims' credibility grades as the archive keeps them: JSON, by claim id."""
    return {
        claim_id: json.dumps({"grade": grade, "note": note, "analyst": by, "graded_at": at})
        for claim_id, grade, note, by, at in conn.execute(GRADES_OF_CLAIMS.format(marks=marks), ids)
    }


def _placements(conn: sqlite3.Connection, ids: list[int], marks: str) -> dict[int, str]:
    """The events an analyst placed (or, by a merge, held) the claims in, as the archive
    keeps them: JSON, by claim id; the machine's placements are left to regrouping."""
    return {
        claim_id: json.dumps({"event_id": event_id, "placed_by": by})
        for claim_id, event_id, by in conn.execute(
            "SELECT claim_id, event_id, placed_by FROM event_claims"
            f" WHERE placed_by IS NOT NULL AND claim_id IN ({marks})",
            ids,
        )
    }


def _delete(conn: sqlite3.Connection, ids: list[int], marks: str) -> None:
    conn.execute(f"DELETE FROM links WHERE a_id IN ({marks}) OR b_id IN ({marks})", [*ids, *ids])
    for table, column in _CLAIM_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", ids)
    conn.execute(f"DELETE FROM claims WHERE id IN ({marks})", ids)


def restore_archived(conn: sqlite3.Connection, document_id: int, sha256: str) -> None:
    """Inside the write that stores document `document_id` (content `sha256`): each of
    its claims read at the same offsets with the same words as a claim archived when
    a copy of this content was removed (the latest removal) takes back that claim's
    verdict and note, a history row saying from which claim and removal, and its
    credibility grade. A trial removed a document and loaded it again, and its
    verdicts stayed in the archive unsaid. A claim an analyst placed in an event goes
    back to it where it stands. A verdict keeps the time it was decided
    (another trial's confirmed claim lost its stale mark: its restored decision read
    as newer than the source that contradicts it). Its corrections the service makes again
    (`Correcting.restore_corrections`), through the checks an analyst's go through."""
    at = now()
    twins = _twins(conn, document_id, sha256)
    for old, new, status, note, analyst, removed_by, removed_at, grade, decided, event, _ in twins:
        if status is not None and (status != "unreviewed" or note):
            where = f"{RESTORED} {old} (removed by {removed_by}, {removed_at[:16]})"
            give_verdict(conn, new, status, note, analyst or removed_by, at, where, decided)
        if grade:
            was = json.loads(grade)
            conn.execute(
                "INSERT OR IGNORE INTO claim_credibility (claim_id, grade, note, analyst,"
                " graded_at) VALUES (?, ?, ?, ?, ?)",
                [new, was["grade"], was["note"], was["analyst"], was["graded_at"]],
            )
        if event:
            _restore_placement(conn, new, json.loads(event))
    _restore_links(conn, twins)


def _restore_placement(conn: sqlite3.Connection, claim_id: int, placed: dict[str, Any]) -> None:
    """The claim read again put back in the event an analyst placed or held it in,
    where that event still stands (its other claims kept it); else grouping places it."""
    conn.execute(
        "INSERT OR IGNORE INTO event_claims (claim_id, event_id, placed_by)"
        " SELECT ?, id, ? FROM events WHERE id = ?",
        [claim_id, placed["placed_by"], placed["event_id"]],
    )


def _restore_links(conn: sqlite3.Connection, twins: list[tuple[Any, ...]]) -> None:
    """The links an analyst decided (set, confirmed, rejected) on the archived claims,
    put back between their claims read again and the other ends still stored (a
    claim of the same document read again too): a trial confirmed a link, removed a
    document and loaded it again, and got its verdicts back but not the link. A pair
    matching has linked since keeps the analyst's decision over the machine's."""
    again = {row[0]: row[1] for row in twins}
    for *_, links in twins:
        for link in json.loads(links or "[]"):
            a, b = (again.get(link["a"], link["a"]), again.get(link["b"], link["b"]))
            live = conn.execute(
                "SELECT COUNT(*) FROM claims WHERE id IN (?, ?)",
                [a, b],
            ).fetchone()[0]
            if a == b or live != 2:
                continue
            a, b = sorted((a, b))
            conn.execute(
                "INSERT INTO links (a_id, b_id, relation, score, reason, state, origin, note,"
                " analyst, updated_at) VALUES (?, ?, ?, 1.0, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (a_id, b_id) DO UPDATE SET relation = excluded.relation,"
                " state = excluded.state, origin = excluded.origin, note = excluded.note,"
                " analyst = excluded.analyst, updated_at = excluded.updated_at",
                [
                    a,
                    b,
                    link["relation"],
                    _restored_reason(link.get("reason")),
                    link["state"],
                    link["origin"],
                    link["note"],
                    link["analyst"],
                    link.get("updated_at") or now(),
                ],
            )


def _restored_reason(reason: str | None) -> str:
    """A restored link's reason: the matcher's words it had, said to be restored (a
    trial's restored link had lost its "4 vs 4 killed: intervals overlap ..."); links
    archived before reasons were kept say only that."""
    return f"{reason} (restored from the archive)" if reason else "restored from the archive"


def _twins(conn: sqlite3.Connection, document_id: int, sha256: str) -> list[tuple[Any, ...]]:
    """(archived claim, its claim read again, status, note, analyst, removed_by,
    removed_at, credibility, decided_at, event, links) per claim of `document_id` read at the
    same offsets with the same words as a claim archived with content `sha256`, the
    latest removal's."""
    archived = conn.execute(
        "SELECT a.claim_id, c.id, a.status, a.note, a.analyst, a.removed_by, a.removed_at,"
        " a.credibility, a.decided_at, a.event, a.links FROM archived_claims a"
        " JOIN claims c ON c.document_id = ?"
        ' AND c.start = a.start AND c."end" = a."end" AND c.text = a.text'
        " WHERE a.document_sha256 = ? ORDER BY a.removed_at, a.claim_id",
        [document_id, sha256],
    ).fetchall()
    return list({row[1]: tuple(row) for row in archived}.values())
