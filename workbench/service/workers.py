"""The ingest's worker processes and interrupts: each worker ends at once on ctrl+c and
by itself once the ingest is gone, and the ingest takes an interrupt that came with
its workers' end quietly (a pending interrupt absorbed, the process pool's cancelled
futures kept from printing tracebacks)."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import InvalidStateError

ORPHAN_CHECK_S = 1.0  # how often a worker looks whether the ingest that started it is there


def worker_start(parent: int) -> None:
    """In each extraction worker as it starts: Ctrl-C ends it at once and in silence
    (the terminal sends it to the whole process group, and each worker's traceback
    ran into the summary; the ingest handles it), and the worker ends by itself
    within a second of the ingest's end however it ended (a SIGTERM or SIGKILL left
    the workers running for minutes, holding the database's files they inherited)."""
    signal.signal(signal.SIGINT, _quit)
    threading.Thread(target=_end_with, args=(parent,), name="orphan-watch", daemon=True).start()


def _quit(_signal: int, _frame: object) -> None:
    """A worker's Ctrl-C: it ends at once and says nothing (it only reads; the ingest
    stores, and says what it stored). Ignoring it made the ingest wait for a long
    file's extraction to end, a minute and more."""
    os._exit(130)


def _end_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_S)
    os._exit(1)  # the parent is gone: nobody reads what this worker would give


def absorb_pending_interrupt() -> None:
    """After the extraction workers ended abruptly: ctrl+c reaches the workers and
    this process at once, and the pool may report its broken workers before the
    interrupt is raised here (it then came after the summary, as a traceback). Give
    that interrupt a moment to arrive, and take it; a worker killed otherwise (out
    of memory) costs the moment and ends the ingest as an interrupted one too."""
    with contextlib.suppress(KeyboardInterrupt):
        time.sleep(INTERRUPT_GRACE_S)


INTERRUPT_GRACE_S = 0.3


def quiet_cancelled_futures() -> None:
    """Keep the pool's manager thread from printing a traceback after ctrl+c (or the
    TUI's ctrl+x): once the workers end, it sets BrokenProcessPool on the futures
    still pending, some of which `shutdown(cancel_futures=True)` has cancelled
    meanwhile, and a cancelled future refuses it (InvalidStateError in that thread;
    CPython's process pool, gh-136655 and kin). Only that error is silenced, in any
    thread, from then on; the hook is put in once however many loads are stopped."""
    global _before_quiet
    if _before_quiet is None:
        _before_quiet = threading.excepthook
        threading.excepthook = _quiet_hook


_before_quiet: Callable[[threading.ExceptHookArgs], object] | None = None


def _quiet_hook(args: threading.ExceptHookArgs) -> None:
    """`threading.excepthook`, but for a cancelled future's InvalidStateError."""
    if args.exc_type is not InvalidStateError and _before_quiet is not None:
        _before_quiet(args)
