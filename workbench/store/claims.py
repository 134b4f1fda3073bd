"""The claims table: the filter the listings share (`ClaimFilter`, `ORDERS`), reading
claims with their document, voice and verdict, as `ClaimDict`s or as `ClaimRow`s, the
fields the matcher reads (`MatchInputRow`), and a claim as a row to insert."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from workbench.errors import SourceError, WorkbenchError
from workbench.models import Claim
from workbench.rows import ClaimDict, ClaimRow, MatchInputRow
from workbench.store.connection import Connection, chunks, fold_accents
from workbench.store.gone import gone
from workbench.store.guard import LARGEST_ID
from workbench.vocabulary import ClaimFilter, ClaimOrder, Number, Status

# Each order as its terms, first to last: a reversed sort puts DESC after every term
# (a term may hold a comma of its own, as COALESCE does).
ORDERS: dict[str, tuple[str, ...]] = {
    ClaimOrder.DOCUMENT.value: ("c.document_id", "c.start"),
    ClaimOrder.STATUS.value: ("COALESCE(v.status, 'unreviewed')", "c.document_id", "c.start"),
    ClaimOrder.CATEGORY.value: ("c.category", "c.document_id", "c.start"),
    ClaimOrder.FIGURE.value: ("COALESCE(c.low, c.high)", "c.document_id", "c.start"),
    ClaimOrder.SUBJECT.value: ("c.subject COLLATE NOCASE", "c.document_id", "c.start"),
    ClaimOrder.PLACE.value: ("c.location COLLATE NOCASE", "c.document_id", "c.start"),
    ClaimOrder.VOICE.value: ("vo.name COLLATE NOCASE", "c.document_id", "c.start"),
}


class Claims(Connection):
    """The store's claims, as the listings, the exports and the matcher read them."""

    def claims(self, where: ClaimFilter) -> list[ClaimDict]:
        """Claims with their document, voice and current verdict, in reading order."""
        return self._rows(ClaimDict, *self._claims_query(where))

    def iter_claim_rows(self, where: ClaimFilter) -> Iterator[ClaimRow]:
        """The same claims as plain rows, unvalidated (see `ClaimRow`), read from the
        database as they are consumed: an export of 100,000 holds one at a time."""
        return map(ClaimRow._make, self.db.execute(*self._claims_query(where)))

    def _claims_query(self, where: ClaimFilter) -> tuple[str, list[Any]]:
        condition, params = self._conditions(where)
        terms = ORDERS.get(where.order, ORDERS["document"])
        if where.descending:
            terms = tuple(f"{term} DESC" for term in terms)
        sql = f"{_CLAIM_SELECT}{condition} ORDER BY {', '.join(terms)}"
        if where.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [where.limit, where.offset]
        return sql, params

    def count_claims(self, where: ClaimFilter) -> int:
        """How many claims match, joining only the tables the filter needs."""
        sql, params = self._lean_query("COUNT(*)", where)
        return int(self.db.execute(sql, params).fetchone()[0])

    def claim_ids(self, where: ClaimFilter) -> list[int]:
        """The ids of the claims that match, joining only the tables the filter needs."""
        sql, params = self._lean_query("c.id", where)
        return [r[0] for r in self.db.execute(sql, params)]

    def _lean_query(self, columns: str, where: ClaimFilter) -> tuple[str, list[Any]]:
        condition, params = self._conditions(where)
        joins = ""
        if where.source:
            joins += " JOIN documents d ON d.id = c.document_id"
        if where.status or where.statuses or where.stale:
            joins += " LEFT JOIN verdicts v ON v.claim_id = c.id"
        return f"SELECT {columns} FROM claims c{joins}{condition}", params

    def _conditions(self, where: ClaimFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = ["c.dismissed = ?"]  # a dismissed claim is in no listing
        params: list[Any] = [int(where.dismissed)]
        if where.status == Status.UNREVIEWED:
            clauses.append("COALESCE(v.status, 'unreviewed') = 'unreviewed'")
        elif where.status:
            clauses.append("v.status = ?")
            params.append(where.status)
        if where.statuses:
            marks = ", ".join("?" for _ in where.statuses)
            clauses.append(f"COALESCE(v.status, 'unreviewed') IN ({marks})")
            params += list(where.statuses)
        if where.category:
            clauses.append("c.category = ?")
            params.append(where.category)
        if where.source:
            clauses.append("(d.path = ? OR d.name = ?)")
            params += [where.source, where.source]
        if where.voice_id is not None:
            clauses.append("c.voice_id = ?")
            params.append(where.voice_id)
        if where.document_id is not None:
            clauses.append("c.document_id = ?")
            params.append(where.document_id)
        if where.stale:
            clauses.append("v.stale_at IS NOT NULL")
        if where.revised:
            clauses.append("c.id IN (SELECT claim_id FROM figure_changes)")
        if where.current:
            clauses.append(f"NOT {SUPERSEDED}")
        if where.contested:
            clauses.append(
                "c.id IN (SELECT a_id FROM links WHERE relation = 'contradicts'"
                " AND state != 'rejected' UNION SELECT b_id FROM links"
                " WHERE relation = 'contradicts' AND state != 'rejected')"
            )
        if where.search and where.search.strip():
            words = self.db.quote_fts(where.search)  # nothing left: only quotes, no words
            fts = "c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)"
            found = fts if words else "0"
            # the voice as it stands (renamed, merged, corrected), not only the words read;
            # accents folded on both sides, as the full-text index folds them
            voiced = "SELECT id FROM voices WHERE wb_fold(name) LIKE ? ESCAPE '\\'"
            clauses.append(f"({found} OR c.voice_id IN ({voiced}))")
            folded = fold_accents(where.search.strip()) or ""
            params += [*([words] if words else []), f"%{_like(folded)}%"]
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def claims_by_id(self, claim_ids: Sequence[int]) -> list[ClaimDict]:
        """These claims as `claims` gives them, in no particular order."""
        rows: list[ClaimDict] = []
        for ids, marks in chunks(claim_ids):
            rows += self._rows(ClaimDict, f"{_CLAIM_SELECT} WHERE c.id IN ({marks})", ids)
        return rows

    def report_days(self, claim_ids: Sequence[int]) -> dict[int, str | None]:
        """Each claim's id -> the day its report was published (ISO), None where unknown."""
        days: dict[int, str | None] = {}
        for ids, marks in chunks(claim_ids):
            query = (
                "SELECT c.id, d.published FROM claims c JOIN documents d ON d.id = c.document_id"
                f" WHERE c.id IN ({marks})"
            )
            days.update((r[0], r[1]) for r in self.db.execute(query, ids))
        return days

    def claim_rows_by_id(self, claim_ids: Sequence[int]) -> list[ClaimRow]:
        """These claims as `iter_claim_rows` gives them, in no particular order."""
        rows: list[ClaimRow] = []
        for ids, marks in chunks(claim_ids):
            found = self.db.execute(f"{_CLAIM_SELECT} WHERE c.id IN ({marks})", ids)
            rows += map(ClaimRow._make, found)
        return rows

    def claim(self, claim_id: int) -> ClaimDict:
        """One claim as `claims` gives it; an error if there is none of this id."""
        rows = self._rows(ClaimDict, _CLAIM_SELECT + " WHERE c.id = ?", [claim_id])
        if not rows:
            raise gone(self.db.conn, claim_id)
        return rows[0]

    def document_claims(self, document_id: int) -> list[ClaimDict]:
        """Every claim of a document as `claims` gives them, those an analyst dismissed
        too, by position."""
        sql = f"{_CLAIM_SELECT} WHERE c.document_id = ? ORDER BY c.start, c.id"
        return self._rows(ClaimDict, sql, [document_id])

    def claims_of_documents(self, document_ids: Sequence[int]) -> list[int]:
        """The ids of these documents' claims."""
        found: list[int] = []
        for ids, marks in chunks(document_ids):
            rows = self.db.execute(f"SELECT id FROM claims WHERE document_id IN ({marks})", ids)
            found += [r[0] for r in rows]
        return found

    def match_inputs(self, claim_ids: Sequence[int] | None = None) -> list[MatchInputRow]:
        """The fields the matcher reads, for every claim or for the ones given; a claim
        an analyst dismissed is neither matched nor grouped."""
        if claim_ids is None:
            return self._rows(MatchInputRow, _MATCH_INPUTS)
        rows: list[MatchInputRow] = []
        for ids, marks in chunks(claim_ids):
            rows += self._rows(MatchInputRow, f"{_MATCH_INPUTS} AND c.id IN ({marks})", ids)
        return rows

    def unplaced_claims(self) -> list[tuple[int, str | None, str | None]]:
        """(id, location, country) of each claim not looked up in the gazetteer yet
        (stored by an older Workbench, or since `forget_places`)."""
        query = "SELECT id, location, country FROM claims WHERE place IS NULL ORDER BY id"
        return [(r[0], r[1], r[2]) for r in self.db.execute(query).fetchall()]

    def set_places(self, places: Sequence[tuple[int, str]]) -> int:
        """Store claims' places: (claim id, `ClaimPlace` JSON, or "" for none found),
        each only where it is still not looked up; returns how many were set."""
        with self._write() as conn:
            return sum(
                conn.execute(
                    "UPDATE claims SET place = ? WHERE id = ? AND place IS NULL", [place, claim_id]
                ).rowcount
                for claim_id, place in places
            )

    def set_country(self, claim_id: int, country: str) -> None:
        """Store the country a claim's corrected place names (the extractor's name)."""
        with self._write() as conn:
            conn.execute("UPDATE claims SET country = ? WHERE id = ?", [country, claim_id])

    def forget_places(self) -> int:
        """Mark every claim's place as not looked up (the gazetteer changed)."""
        with self._write() as conn:
            return conn.execute("UPDATE claims SET place = NULL WHERE place IS NOT NULL").rowcount


def require_claim(conn: sqlite3.Connection, claim_id: int, live: bool = False) -> None:
    """An error unless a claim of this id is stored (checked inside a write); with
    `live`, also unless it stands: a claim dismissed as none takes no verdict, link,
    grade or event until it is restored."""
    row = conn.execute("SELECT dismissed FROM claims WHERE id = ?", [claim_id]).fetchone()
    if row is None:
        raise gone(conn, claim_id)
    if live and row[0]:
        raise WorkbenchError(
            f"claim {claim_id} is dismissed as no claim; `workbench claim restore {claim_id}` first"
        )


def claim_row(document_id: int, voice_id: int, claim: Claim, path: str) -> list[Any]:
    """A claim's values in the order of `INSERT_CLAIM`'s columns."""
    return [
        document_id,
        voice_id,
        claim.start,
        claim.end,
        claim.text,
        claim.sentence,
        claim.category.value,
        storable_figure(claim.value, path),
        storable_figure(claim.low, path),
        storable_figure(claim.high, path),
        claim.qualifier,
        claim.unit,
        claim.subject,
        claim.actor,
        claim.location,
        claim.date,
        claim.date_text,
        claim.attribution,
        int(claim.hedged),
        claim.section.value,
        claim.comment,
        claim.commenter,
        int(claim.denies),
        claim.country,
        claim.scope.value,
        claim.period,
        claim.origin,
        claim.place.model_dump_json() if claim.place else "",  # looked up at ingest
        int(claim.earlier_figure),
        None if claim.part is None else int(claim.part),
        int(claim.figure_denied),
    ]


def storable_figure(number: Number | None, path: str) -> Number | None:
    """A figure as SQLite can hold it: an integer past its 64 bits as a real number
    (its first 15 digits kept); one past even that refuses its document."""
    if not isinstance(number, int) or -LARGEST_ID <= number <= LARGEST_ID:
        return number
    try:
        return float(number)
    except OverflowError:
        digits = len(str(abs(number))) if number.bit_length() < 14_000 else "thousands of"
        raise SourceError(path, f"a figure of {digits} digits is too large to store") from None


CLAIM_COLUMNS = (
    "document_id",
    "voice_id",
    "start",
    '"end"',
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
    "date",
    "date_text",
    "attribution",
    "hedged",
    "section",
    "comment",
    "commenter",
    "denies",
    "country",
    "scope",
    "period",
    "origin",
    "place",
    "earlier_figure",
    "part",
    "figure_denied",
)
# A claim's id is never one a removed claim had: the archive keeps that claim's
# verdicts under its id, and `history ID` must not mix two claims (SQLite gives the
# largest id + 1, which a removal at the end frees).
FRESH_CLAIM_ID = (
    "(SELECT MAX(m) + 1 FROM (SELECT COALESCE(MAX(id), 0) AS m FROM claims"
    " UNION ALL SELECT COALESCE(MAX(claim_id), 0) FROM archived_claims))"
)
INSERT_CLAIM = (
    f"INSERT INTO claims (id, {', '.join(CLAIM_COLUMNS)})"
    f" VALUES ({FRESH_CLAIM_ID}, {', '.join('?' for _ in CLAIM_COLUMNS)})"
)
# The columns of `ClaimRow` (and `ClaimDict`), in its order.
_CLAIM_SELECT = """
    SELECT c.id, d.path AS source, c.document_id, c.voice_id, vo.name AS voice,
           vo.grade AS voice_grade, c.start, c."end", c.text, c.sentence, c.category, c.value,
           c.low, c.high, c.qualifier, c.unit, c.subject, c.actor, c.location, c.date,
           c.date_text, c.attribution, c.hedged, c.denies, c.country, c.section, c.comment,
           c.commenter, c.scope, c.period, c.origin, c.place, c.earlier_figure,
           COALESCE(v.status, 'unreviewed') AS status, v.note, v.analyst, v.decided_at,
           v.stale_reason, c.machine, c.dismissed, c.added_by, (
               SELECT json_object('claim_id', p.id, 'document_id', p.document_id,
                                  'text', p.text, 'value', p.value, 'low', p.low,
                                  'high', p.high, 'qualifier', p.qualifier, 'unit', p.unit,
                                  'hedged', json(CASE p.hedged WHEN 1 THEN 'true'
                                                 ELSE 'false' END))
               FROM figure_changes f JOIN claims p ON p.id = f.previous_claim_id
               WHERE f.claim_id = c.id ORDER BY p.id DESC LIMIT 1
           ) AS figure_changed_from, (
               SELECT MIN(w.document_id) FROM versions w WHERE w.previous_id = c.document_id
           ) AS superseded_by, v.noted_at, v.noted_by, c.part, c.figure_denied
    FROM claims c
    JOIN documents d ON d.id = c.document_id
    JOIN voices vo ON vo.id = c.voice_id
    LEFT JOIN verdicts v ON v.claim_id = c.id
"""
# The columns of `MatchInputRow`.
# A claim of a document a later version replaced (`versions.record_version`): kept,
# shown and reviewable, but neither matched nor counted in an event's figures.
SUPERSEDED = "EXISTS (SELECT 1 FROM versions w WHERE w.previous_id = c.document_id)"
_MATCH_INPUTS = f"""
    SELECT c.id, c.document_id, c.voice_id, vo.name AS voice, c.category, c.low, c.high,
           c.value, c.qualifier, c.subject, c.unit, c.location, c.country, c.date,
           d.published, d.loaded_at, c.sentence, c.text, c.denies, c.section, c.date_text,
           c.scope, c.place, COALESCE(v.status, 'unreviewed') AS status, d.language,
           c.earlier_figure, c.part, c.figure_denied
    FROM claims c JOIN documents d ON d.id = c.document_id
    JOIN voices vo ON vo.id = c.voice_id
    LEFT JOIN verdicts v ON v.claim_id = c.id
    WHERE c.dismissed = 0 AND NOT {SUPERSEDED}
"""


def _like(text: str) -> str:
    """`text` as a LIKE pattern's literal part: its % and _ escaped."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
