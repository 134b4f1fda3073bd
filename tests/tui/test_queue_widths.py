"""The queue's name columns take the room the terminal has: a trial at 200x50 read
voices and sources clipped with thirty columns empty (session 76). The screen itself:
tests/tui/test_review_80x24.py (widening the terminal)."""

from __future__ import annotations

from contextlib import closing

from workbench.display import graded_voice
from workbench.service import Workbench
from workbench.tui.format import NAME_WIDTH, QUEUE_NARROW, roomy
from workbench.tui.screens.queue_layout import queue_widths

LONG_VOICE = "A Chadian journalist called Abdelnasser Garboa"


def test_names_keep_their_least_where_the_figures_are_wide(seeded_db):
    with closing(Workbench(seeded_db, analyst="ana")) as bench:
        rows = bench.claims()
    voice, subject, place, source = queue_widths(80, rows, {})
    assert (voice, subject, place, source) <= QUEUE_NARROW
    assert voice == QUEUE_NARROW[0]  # the seeds' voices are longer than 13
    wide = queue_widths(200, rows, {})
    assert all(w >= n for w, n in zip(wide, (voice, subject, place, source), strict=True))
    assert min(wide) > roomy(NAME_WIDTH, 200) // 2 and max(wide) > roomy(NAME_WIDTH, 200)


def test_a_name_that_fits_is_whole(seeded_db):
    with closing(Workbench(seeded_db, analyst="ana")) as bench:
        rows = [c for c in bench.claims() if c.voice == LONG_VOICE]
    assert queue_widths(200, rows, {})[0] == max(len(graded_voice(c)) for c in rows)


def test_short_names_take_no_more_than_their_widest_cell(seeded_db):
    with closing(Workbench(seeded_db, analyst="ana")) as bench:
        rows = [c for c in bench.claims() if len(c.voice) < 10][:3]
    assert rows
    widths = queue_widths(200, rows, {})
    assert widths[0] == max(len("voice"), *(len(graded_voice(c)) for c in rows))
