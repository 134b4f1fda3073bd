"""Counts across the tables, for the shells' summary lines and a report's tally,
and the generic look-ups the filters offer (a column's distinct values, a table's
size)."""

from __future__ import annotations

from workbench.rows import ClaimCounts, Tally
from workbench.store.connection import Connection
from workbench.store.values import STATUSES


class Counts(Connection):
    """How much the store holds."""

    def summary_counts(self) -> ClaimCounts:
        """Claims in all, contested and unreviewed, from the small tables where possible."""
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
        contested = int(
            self.db.execute(
                "SELECT COUNT(*) FROM (SELECT a_id FROM links WHERE relation = 'contradicts'"
                " AND state != 'rejected' UNION SELECT b_id FROM links"
                " WHERE relation = 'contradicts' AND state != 'rejected')"
            ).fetchone()[0]
        )
        return {"claims": total, "contested": contested, "unreviewed": total - reviewed}

    def tally(self) -> Tally:
        """Counts for a report's summary: claims by status and by category, documents,
        voices, stale verdicts, and the analysts who decided anything."""
        by_status = dict(
            self.db.execute(
                "SELECT COALESCE(v.status, 'unreviewed'), COUNT(*) FROM claims c"
                " LEFT JOIN verdicts v ON v.claim_id = c.id WHERE c.dismissed = 0 GROUP BY 1"
            ).fetchall()
        )
        by_category = dict(
            self.db.execute(
                "SELECT category, COUNT(*) FROM claims WHERE dismissed = 0"
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
        stale = self.db.execute("SELECT COUNT(*) FROM verdicts WHERE stale_at IS NOT NULL")
        return {
            "by_status": {status: by_status.get(status, 0) for status in STATUSES},
            "by_category": by_category,
            "analysts": analysts,
            "stale": int(stale.fetchone()[0]),
            "documents": self.count("documents"),
            "voices": self.count("voices"),
        }

    def distinct(self, table: str, column: str) -> list[str]:
        """The values a column holds, sorted, NULL left out."""
        rows = self.db.execute(f"SELECT DISTINCT [{column}] FROM [{table}] ORDER BY 1")
        return [r[0] for r in rows if r[0] is not None]

    def count(self, table: str) -> int:
        """How many rows a table holds."""
        return int(self.db.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0])
