"""The error for a claim id no claim has, with what the archive knows of it (split from
archive.py, which the claim tables' modules cannot import: it imports them)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.errors import ClaimGone


def gone(conn: sqlite3.Connection, claim_id: int) -> ClaimGone:
    """The error for a claim id no claim has, saying what the archive knows of it: the
    document it was removed with, by whom and when, and the claim it was read again as
    (a trial's script cited claim 58 after its document was loaded again as 68, and
    was told only that there was none)."""
    row = conn.execute(
        "SELECT document_path, removed_by, removed_at FROM archived_claims WHERE claim_id = ?",
        [claim_id],
    ).fetchone()
    if row is None:
        return ClaimGone(claim_id)
    path, by, at = row
    said = f"it was removed with {Path(path).name} by {by} at {at[:16].replace('T', ' ')}"
    again = conn.execute(
        "SELECT c.id FROM archived_claims a JOIN documents d ON d.sha256 = a.document_sha256"
        ' JOIN claims c ON c.document_id = d.id AND c.start = a.start AND c."end" = a."end"'
        " AND c.text = a.text WHERE a.claim_id = ? ORDER BY c.id DESC LIMIT 1",
        [claim_id],
    ).fetchone()
    return ClaimGone(claim_id, f"{said}; read again as claim {again[0]}" if again else said)
