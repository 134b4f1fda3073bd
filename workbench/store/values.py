"""What the store's columns may hold, and the time stamps it writes.

The verdicts, source grades, link states and link relations here are the ones the
schema's CHECK constraints and the store's writes accept; the shells offer the
same lists. `now` is the one clock every write reads.
"""

from __future__ import annotations

import datetime as dt

STATUSES = ("unreviewed", "confirmed", "disputed", "false", "unverifiable")
REVIEWED = STATUSES[1:]  # every verdict but "unreviewed"
GRADES = ("A", "B", "C", "D", "E", "F")
LINK_STATES = ("suggested", "confirmed", "rejected")
RELATIONS = ("restates", "corroborates", "contradicts", "related")


def now() -> str:
    """The time stamps Workbench stores: UTC, ISO 8601, to the millisecond (so that
    a verdict and a document loaded in the same second are still ordered)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
