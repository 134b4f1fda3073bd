"""A transaction the store begins is ended whatever stops it: an interrupt (Ctrl-C)
that arrives just after BEGIN, before the first statement of the transaction ran,
left the connection inside it when BEGIN stood outside the try that ends it, and
every later write on that connection failed with "cannot start a transaction within
a transaction". Real SQLite files in tmp_path; the interrupt is raised in the
store's own frame by a trace function, as a signal handler's would be."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from workbench.store import Store


def _interrupt_after_begin(function: str) -> Any:
    """A trace function that raises KeyboardInterrupt in `function`'s frame at the
    first line run after the one that executes a BEGIN."""
    state = {"begun": False, "raised": False}

    def local(frame: FrameType, event: str, _arg: object) -> Any:
        if event != "line" or state["raised"]:
            return local
        if state["begun"]:
            state["raised"] = True
            raise KeyboardInterrupt
        line = Path(frame.f_code.co_filename).read_text().splitlines()[frame.f_lineno - 1]
        if "BEGIN" in line and "execute" in line:
            state["begun"] = True
        return local

    def outer(frame: FrameType, event: str, _arg: object) -> Any:
        if event == "call" and frame.f_code.co_name == function:
            return local
        return None

    return outer, state


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "claims.db")
    yield opened
    opened.close()


@pytest.mark.parametrize("function", ["_write", "reading"])
def test_an_interrupt_just_after_begin_leaves_no_transaction_open(
    store: Store, function: str
) -> None:
    tracer, state = _interrupt_after_begin(function)
    transaction = store._write() if function == "_write" else store.reading()
    sys.settrace(tracer)
    try:
        with pytest.raises(KeyboardInterrupt), transaction:
            pass
    finally:
        sys.settrace(None)
    assert state["raised"]
    assert not store.db.conn.in_transaction
    with store._write() as conn:  # the next write on the connection is not refused
        conn.execute("INSERT INTO meta (key, value) VALUES ('after', 'written')")
    assert store.db.execute("SELECT value FROM meta WHERE key = 'after'").fetchone() == ("written",)
