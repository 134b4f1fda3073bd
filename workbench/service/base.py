"""The part every other part of the facade builds on: the store and the analyst."""

from __future__ import annotations

from workbench.config import default_analyst
from workbench.models import StoredClaim
from workbench.store import Store


class Base:
    """A claims database and the analyst working on it: what every part shares."""

    def __init__(self, db_path: str, analyst: str | None = None) -> None:
        self.store = Store(db_path)
        self.analyst = analyst or default_analyst()

    def close(self) -> None:
        self.store.close()

    def claim(self, claim_id: int) -> StoredClaim:
        return StoredClaim.model_validate(self.store.claim(claim_id))
