"""The analyst's names for events and voices: one line of text, at most 200
characters."""

from __future__ import annotations

import pytest

from workbench.errors import WorkbenchError
from workbench.service import Workbench


def test_a_name_is_one_line_of_at_most_200_characters(seeded_db: str) -> None:
    """A trial's 600-character event name took nine lines of the event's header."""
    bench = Workbench(seeded_db, "ana")
    event = bench.events()[0].id
    with pytest.raises(WorkbenchError, match="at most 200"):
        bench.rename_event(event, "x" * 600)
    with pytest.raises(WorkbenchError, match="at most 200"):
        bench.rename_voice(str(bench.voices()[0].id), "y" * 201)
    assert bench.rename_event(event, "Kidal ambush").name == "Kidal ambush"
