"""What the store's columns may hold, and the time stamps it writes.

The verdicts, source grades, link states and link relations the schema's CHECK
constraints and the store's writes accept, as plain strings read from the typed
vocabulary (workbench/vocabulary.py); the shells offer the same lists. `now` is the
one clock every write reads.
"""

from __future__ import annotations

import datetime as dt

from workbench.vocabulary import LinkState, Relation, Reliability, Status, values

STATUSES = values(Status)
REVIEWED = STATUSES[1:]  # every verdict but "unreviewed"
GRADES = values(Reliability)
LINK_STATES = values(LinkState)
RELATIONS = values(Relation)


def now() -> str:
    """The time stamps Workbench stores: UTC, ISO 8601, to the millisecond (so that
    a verdict and a document loaded in the same second are still ordered)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
