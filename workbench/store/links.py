"""The links table: how two claims relate (restates, corroborates, contradicts,
related), as the matcher suggests and an analyst sets, confirms or rejects; and
the views of links the listings, reports and event grouping read."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from workbench.errors import WorkbenchError
from workbench.rows import LinkRow, RankedLinkRow
from workbench.store.claims import require_claim
from workbench.store.connection import Connection, chunks
from workbench.store.documents import mark_matched
from workbench.store.values import LINK_STATES, RELATIONS, now
from workbench.vocabulary import LinkState, Relation

# The columns of `LinkRow`.
_LINK_COLUMNS = "id, a_id, b_id, relation, score, reason, state, origin, note, analyst, updated_at"


class Links(Connection):
    """The store's links between claims."""

    def links(
        self,
        claim_id: int | None = None,
        relation: str | None = None,
        states: Sequence[str] | None = None,
    ) -> list[LinkRow]:
        """Links, of one claim, of one relation and in one of `states` if given (None:
        every state but rejected), by their claims' ids."""
        clauses: list[str] = []
        params: list[int | str] = []
        if claim_id is not None:
            clauses.append("(a_id = ? OR b_id = ?)")
            params += [claim_id, claim_id]
        if relation:
            clauses.append("relation = ?")
            params.append(relation)
        if states is None:
            clauses.append("state != 'rejected'")
        else:
            unknown = sorted(set(states) - set(LINK_STATES))
            if unknown:
                raise WorkbenchError(
                    f"unknown link state {unknown[0]!r}; use one of {', '.join(LINK_STATES)}"
                )
            clauses.append(f"state IN ({', '.join('?' for _ in states)})")
            params += list(states)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return self._rows(
            LinkRow, f"SELECT {_LINK_COLUMNS} FROM links{where} ORDER BY a_id, b_id", params
        )

    def links_between(self, a: int, b: int) -> LinkRow:
        """The link between two claims, in either order; an error if there is none."""
        a, b = sorted((a, b))
        rows = self._rows(
            LinkRow, f"SELECT {_LINK_COLUMNS} FROM links WHERE a_id = ? AND b_id = ?", [a, b]
        )
        if not rows:
            raise WorkbenchError(f"no link between claims {a} and {b}")
        return rows[0]

    def link_row(self, a: int, b: int) -> LinkRow | None:
        """The link between two claims, in either order, if there is one."""
        try:
            return self.links_between(a, b)
        except WorkbenchError:
            return None

    def restore_link(self, a: int, b: int, before: LinkRow | None) -> None:
        """Put the link between two claims back as `before` holds it (its state, origin,
        reason and who decided), or take it away if there was none: an undo."""
        a, b = sorted((a, b))
        columns = _LINK_COLUMNS.split(", ")
        with self._write() as conn:
            conn.execute("DELETE FROM links WHERE a_id = ? AND b_id = ?", [a, b])
            if before is not None:
                marks = ", ".join("?" for _ in columns)
                values = [before[c] for c in columns]  # type: ignore[literal-required]
                conn.execute(f"INSERT INTO links ({_LINK_COLUMNS}) VALUES ({marks})", values)

    def set_link(
        self, a: int, b: int, relation: str | None, state: str, note: str | None, analyst: str
    ) -> LinkRow:
        """An analyst's link: set (with a relation), confirmed or rejected. It survives
        matching. A relation changed from the one suggested gives the reason "set by an
        analyst as contradicts (suggested as related: ...)", the machine's words kept."""
        if state not in LINK_STATES:
            raise WorkbenchError(f"unknown link state {state!r}")
        if relation is not None and relation not in RELATIONS:
            raise WorkbenchError(
                f"unknown relation {relation!r}; use one of {', '.join(RELATIONS)}"
            )
        a, b = sorted((a, b))
        if a == b:
            raise WorkbenchError("a claim cannot be linked to itself")
        with self._write() as conn:
            for claim_id in (a, b):
                require_claim(conn, claim_id, live=True)
            row = conn.execute(
                "SELECT relation FROM links WHERE a_id = ? AND b_id = ?", [a, b]
            ).fetchone()
            if row is None and relation is None and state != LinkState.REJECTED:
                raise WorkbenchError(
                    f"no link between claims {a} and {b}; give --relation to add one"
                )
            conn.execute(
                "INSERT INTO links (a_id, b_id, relation, score, reason, state, origin, note,"
                " analyst, updated_at)"
                " VALUES (:a, :b, :stored, 1.0, 'set by an analyst', :state, 'analyst', :note,"
                " :analyst, :at)"
                " ON CONFLICT (a_id, b_id) DO UPDATE SET"
                " relation = COALESCE(:relation, links.relation),"
                # a relation the analyst changed says so, with the machine's words kept
                # (trial 75: a link set to contradicts still read "counts a part")
                " reason = CASE WHEN :relation IS NULL OR :relation = links.relation"
                " THEN links.reason ELSE 'set by an analyst as ' || :relation"
                " || ' (suggested as ' || links.relation || ': ' || links.reason || ')' END,"
                " state = excluded.state, origin = 'analyst',"
                " note = COALESCE(excluded.note, links.note),"
                " analyst = excluded.analyst, updated_at = excluded.updated_at",
                {
                    "a": a,
                    "b": b,
                    "stored": relation or (row[0] if row else Relation.RELATED.value),
                    "relation": relation,
                    "state": state,
                    "note": note,
                    "analyst": analyst,
                    "at": now(),
                },
            )
        return self.links_between(a, b)

    def remove_link(self, a: int, b: int, analyst: str) -> str:
        """Remove a link: kept as rejected with its reason, whoever made it, so that it
        stays listable (`links --state rejected`), can be confirmed again, and
        matching never suggests it again. Read and changed by its claim pair inside
        the write transaction: a matching run that re-creates the link meanwhile
        cannot undo the decision."""
        a, b = sorted((a, b))
        with self._write() as conn:
            row = conn.execute(
                "SELECT origin FROM links WHERE a_id = ? AND b_id = ?", [a, b]
            ).fetchone()
            if row is None:
                raise WorkbenchError(f"no link between claims {a} and {b}")
            conn.execute(
                "UPDATE links SET state = 'rejected', origin = 'analyst', analyst = ?,"
                " updated_at = ? WHERE a_id = ? AND b_id = ?",
                [analyst, now(), a, b],
            )
            return LinkState.REJECTED.value

    def save_suggestions(
        self,
        suggestions: Sequence[tuple[int, int, str, float, str]],
        replace: bool,
        documents: Sequence[int] | None = (),
    ) -> tuple[int, int]:
        """Store machine links (a, b, relation, score, reason). A pair an analyst has set,
        confirmed or rejected is left as the analyst left it; with `replace`, earlier
        machine suggestions go first (`match --all`). The `documents` whose claims were
        matched (None: all) are marked matched in the same transaction. Returns the
        links written and how many of them are new (no link of that pair before)."""
        at = now()
        with self._write() as conn:
            mark_matched(conn, documents, at)
            linked = "SELECT 1 FROM links WHERE a_id = ? AND b_id = ?"  # by its unique index
            new = sum(conn.execute(linked, [a, b]).fetchone() is None for a, b, *_ in suggestions)
            if replace:
                conn.execute("DELETE FROM links WHERE origin = 'machine' AND state = 'suggested'")
            cursor = conn.executemany(
                "INSERT INTO links (a_id, b_id, relation, score, reason, state, origin,"
                " updated_at) VALUES (?, ?, ?, ?, ?, 'suggested', 'machine', ?)"
                " ON CONFLICT (a_id, b_id) DO UPDATE SET relation = excluded.relation,"
                " score = excluded.score, reason = excluded.reason,"
                " updated_at = excluded.updated_at"
                " WHERE links.origin = 'machine' AND links.state = 'suggested'",
                ([*suggestion, at] for suggestion in suggestions),
            )
            return max(cursor.rowcount, 0), new

    def iter_links(self) -> Iterator[LinkRow]:
        """Every link, rejected ones too: an analyst's rejection is part of the record."""
        yield from self._iter_rows(
            LinkRow, f"SELECT {_LINK_COLUMNS} FROM links ORDER BY a_id, b_id"
        )

    def link_counts(self, claim_ids: Sequence[int]) -> dict[int, dict[str, int]]:
        """Links of each claim by relation; rejected links do not count."""
        counts: dict[int, dict[str, int]] = {}
        for ids, marks in chunks(claim_ids, 400):
            rows = self.db.execute(
                "SELECT claim, relation, COUNT(*) FROM ("
                f" SELECT a_id AS claim, relation FROM links WHERE a_id IN ({marks})"
                " AND state != 'rejected' UNION ALL"
                f" SELECT b_id, relation FROM links WHERE b_id IN ({marks})"
                " AND state != 'rejected'"
                ") GROUP BY claim, relation",
                ids + ids,
            )
            for claim_id, relation, count in rows:
                counts.setdefault(claim_id, {})[relation] = count
        return counts

    def strongest_links(
        self, claim_ids: Sequence[int], relations: Sequence[str], per_claim: int
    ) -> list[RankedLinkRow]:
        """For each claim and relation, its `per_claim` strongest links, rejected ones
        aside (highest score first, then by ids), each seen from that claim (`claim`,
        `other`) and with how many such links the claim has in all (`in_all`). Cut
        here rather than by a window query, which took three times as long."""
        rows: list[RankedLinkRow] = []
        for ids, marks in chunks(claim_ids, 400):
            ends, params = _seen_from_either_end(ids, marks, relations)
            ranked = self.db.execute(
                f"{ends} ORDER BY claim, relation, score DESC, a_id, b_id", params
            )
            for _, found in groupby(ranked, key=itemgetter(0, 2)):
                links = list(found)
                rows += (
                    {
                        "claim": claim,
                        "other": other,
                        "relation": relation,
                        "score": score,
                        "reason": reason,
                        "state": state,
                        "note": note,
                        "in_all": len(links),
                    }
                    for claim, other, relation, score, reason, state, _, _, note in links[
                        :per_claim
                    ]
                )
        return rows

    def linked(
        self, claim_ids: Sequence[int], relations: Sequence[str]
    ) -> list[tuple[int, int, str]]:
        """(claim, other claim, relation) for each link of these relations, rejected ones
        aside, that has one of the claims at either end."""
        found: list[tuple[int, int, str]] = []
        for ids, marks in chunks(claim_ids, 400):
            ends, params = _seen_from_either_end(ids, marks, relations)
            found += self.db.execute(f"SELECT claim, other, relation FROM ({ends})", params)
        return found

    def contradicted(self) -> dict[int, set[int]]:
        """Each claim a contradicts link touches, with the claims at the other ends;
        rejected links aside."""
        found: dict[int, set[int]] = {}
        for a, b in self.db.execute(
            "SELECT a_id, b_id FROM links WHERE relation = 'contradicts' AND state != 'rejected'"
        ):
            found.setdefault(a, set()).add(b)
            found.setdefault(b, set()).add(a)
        return found

    def event_links(self) -> list[tuple[int, int, str, float, bool]]:
        """(a, b, relation, score, confirmed) of every link but the rejected: what
        events are grouped from; confirmed where the analyst stands behind it."""
        rows = self.db.execute(
            "SELECT a_id, b_id, relation, score, state = 'confirmed' FROM links"
            " WHERE state != 'rejected'"
        )
        return [(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def _seen_from_either_end(
    ids: list[int], marks: str, relations: Sequence[str]
) -> tuple[str, list[Any]]:
    """SQL and its parameters for the links of these relations, rejected ones aside,
    with one of the claims at either end, each seen from that claim: `claim`,
    `other`, relation, score, reason, state, a_id, b_id, note."""
    kinds = ", ".join("?" for _ in relations)
    sql = " UNION ALL ".join(
        f"SELECT {mine} AS claim, {theirs} AS other, relation, score, reason, state,"
        f" a_id, b_id, note FROM links"
        f" WHERE {mine} IN ({marks}) AND relation IN ({kinds}) AND state != 'rejected'"
        for mine, theirs in (("a_id", "b_id"), ("b_id", "a_id"))
    )
    return sql, [*ids, *relations, *ids, *relations]
