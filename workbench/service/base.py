"""The part every other part of the facade builds on: the store and the analyst."""

from __future__ import annotations

from pathlib import Path

from workbench.config import default_analyst
from workbench.errors import WorkbenchError
from workbench.event_rows import EventMove
from workbench.models import StoredClaim
from workbench.store import Store


class Base:
    """A claims database and the analyst working on it: what every part shares."""

    def __init__(self, db_path: str, analyst: str | None = None) -> None:
        self.store = Store(db_path)
        self.analyst = analyst or default_analyst()
        # what the last regrouping moved (`Events.regroup_events`): for the shells
        self.last_moves: list[EventMove] = []

    def close(self) -> None:
        self.store.close()

    def backup(self, target: str | Path) -> None:
        """Copy the database, verdicts, notes and corrections included, into the new
        file `target` while it stays open elsewhere (`Store.backup`: SQLite's online
        backup). WorkbenchError where `target` is blank, exists or cannot be written."""
        if not str(target).strip():
            raise WorkbenchError("backup: name the new file to copy the database into")
        self.store.backup(Path(target))

    def wait_for_lock_at_most(self, seconds: float) -> None:
        """Have each write wait at most `seconds` for another process's write lock
        (the busy timeout, WORKBENCH_BUSY_TIMEOUT, is the longest), on connections
        opened from now on: for a caller that tries again itself and says meanwhile
        that the save is waiting (the TUI), rather than stay silent for the whole
        timeout. DatabaseBusy when the time is up."""
        self.store.timeout = min(self.store.timeout, seconds)

    def claim(self, claim_id: int) -> StoredClaim:
        return StoredClaim.model_validate(self.store.claim(claim_id))
