"""Counts across the tables, for the shells' summary lines and a report's tally,
and the generic look-ups the filters offer (a column's distinct values, a table's
size)."""

from __future__ import annotations

from workbench.rows import ClaimCounts, Tally
from workbench.store.claims import SUPERSEDED
from workbench.store.connection import Connection
from workbench.store.values import STATUSES
from workbench.vocabulary import ClaimFilter

# The claims of a document a newer version replaced (`claims.SUPERSEDED`), found
# through the small versions table and the claims' document index: no scan.
_OLD_CLAIMS = "SELECT id FROM claims WHERE document_id IN (SELECT previous_id FROM versions)"


class Counts(Connection):
    """How much the store holds."""

    def summary_counts(self, within: ClaimFilter | None = None) -> ClaimCounts:
        """Claims in all, contested and unreviewed, from the small tables where possible,
        and how many are superseded. `within`: only its `current` is read; when set,
        the superseded claims are left out of the other counts."""
        total = int(
            self.db.execute(  # the dismissed ones through their partial index: no scan
                "SELECT (SELECT COUNT(*) FROM claims)"
                " - (SELECT COUNT(*) FROM claims WHERE dismissed = 1)"
            ).fetchone()[0]
        )
        reviewed = int(
            self.db.execute(
                "SELECT COUNT(*) FROM verdicts v JOIN claims c ON c.id = v.claim_id"
                " WHERE v.status != 'unreviewed' AND c.dismissed = 0"
            ).fetchone()[0]
        )
        old = self._superseded_counts()
        current = within is not None and within.current
        leave_out = f" WHERE id NOT IN ({_OLD_CLAIMS})" if current else ""
        contested = int(
            self.db.execute(
                "SELECT COUNT(*) FROM (SELECT a_id AS id FROM links WHERE relation = 'contradicts'"
                " AND state != 'rejected' UNION SELECT b_id FROM links"
                f" WHERE relation = 'contradicts' AND state != 'rejected'){leave_out}"
            ).fetchone()[0]
        )
        if current:
            total, reviewed = total - old[0], reviewed - old[1]
        return {
            "claims": total,
            "contested": contested,
            "unreviewed": total - reviewed,
            "superseded": old[0],
        }

    def _superseded_counts(self) -> tuple[int, int]:
        """The superseded claims (not dismissed) and how many of them are reviewed."""
        row = self.db.execute(
            "SELECT COUNT(*), COUNT(v.claim_id) FROM claims c"
            " LEFT JOIN verdicts v ON v.claim_id = c.id AND v.status != 'unreviewed'"
            f" WHERE c.dismissed = 0 AND c.id IN ({_OLD_CLAIMS})"
        ).fetchone()
        return int(row[0]), int(row[1])

    def tally(self, within: ClaimFilter | None = None) -> Tally:
        """Counts for a report's summary: claims by status and by category, documents,
        voices, stale verdicts, and the analysts who decided anything. `within`: only
        its `current` is read; when set, the claims and stale verdicts of superseded
        versions are left out (`stale_superseded` counts those verdicts)."""
        current = f" AND NOT {SUPERSEDED}" if within is not None and within.current else ""
        by_status = dict(
            self.db.execute(
                "SELECT COALESCE(v.status, 'unreviewed'), COUNT(*) FROM claims c"
                f" LEFT JOIN verdicts v ON v.claim_id = c.id WHERE c.dismissed = 0{current}"
                " GROUP BY 1"
            ).fetchall()
        )
        by_category = dict(
            self.db.execute(
                f"SELECT category, COUNT(*) FROM claims c WHERE dismissed = 0{current}"
                " GROUP BY 1 ORDER BY 2 DESC, 1"
            ).fetchall()
        )
        analysts = [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT analyst FROM verdict_history UNION"
                " SELECT DISTINCT analyst FROM links WHERE analyst IS NOT NULL ORDER BY 1"
            )
        ]
        stale, stale_old = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(claim_id IN"
            f" ({_OLD_CLAIMS})), 0) FROM verdicts WHERE stale_at IS NOT NULL"
        ).fetchone()
        return {
            "by_status": {status: by_status.get(status, 0) for status in STATUSES},
            "by_category": by_category,
            "analysts": analysts,
            "stale": int(stale) - (int(stale_old) if current else 0),
            "stale_superseded": int(stale_old),
            "documents": self.count("documents"),
            # the voices claims speak in: one merged into another speaks in none
            "voices": int(
                self.db.execute(
                    "SELECT COUNT(DISTINCT voice_id) FROM claims c WHERE dismissed = 0" + current
                ).fetchone()[0]
            ),
        }

    def distinct(self, table: str, column: str) -> list[str]:
        """The values a column holds, sorted, NULL left out."""
        rows = self.db.execute(f"SELECT DISTINCT [{column}] FROM [{table}] ORDER BY 1")
        return [r[0] for r in rows if r[0] is not None]

    def count(self, table: str) -> int:
        """How many rows a table holds."""
        return int(self.db.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0])
