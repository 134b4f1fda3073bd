"""Saving in the review app: each write runs in the writing thread after the writes
before it, its claims show what is being saved meanwhile, and its end (saved, or one
error line) comes back as a message (mixed into WorkbenchApp)."""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

from textual.css.query import NoMatches
from textual.screen import Screen

from workbench.tui.fields import Retyped
from workbench.tui.messages import Failure, NotSaved, Saved, WriteWaiting
from workbench.tui.screens.base import WorkbenchScreen
from workbench.tui.writes import Writer

T = TypeVar("T")
WAITING_SAID_EVERY_S = 3.0


@dataclass(frozen=True)
class Saving:
    """A write asked and not ended: the claims it shows as `label`, and what follows."""

    claims: frozenset[int]
    label: str
    done: Callable[[Any], None]
    failed: Callable[[str], None] | None


class Saves:
    """The app's writes with a visible state (mixed into WorkbenchApp)."""

    writer: Writer
    saving: dict[int, Saving]  # by ticket
    _tickets: itertools.count[int]
    retyped: Retyped  # a one-line dialog's words a write refused
    loading: dict[int, str]  # the sources added with `i` still loading
    _quit_asked: float | None  # when q was pressed with work going on
    _waiting_said: float  # when the lock was last reported
    screen_stack: list[Screen[Any]]  # the app's (textual's App)
    notify: Callable[..., None]  # the app's (textual's App)
    # the app's: delivers a future's message to a MessagePump (the app itself here)
    deliver: Callable[[Future[Any], Any, Failure], None]

    def save(
        self,
        job: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
        claims: Iterable[int] = (),
        saving: str = "saving",
    ) -> None:
        """Run `job` (service calls, each through `self.writer.retrying`) in the writing
        thread after the writes before it; then `done(result)`, or one error line and
        `failed(line)`. `claims` show `saving` meanwhile."""
        ticket = next(self._tickets)
        self.saving[ticket] = Saving(frozenset(claims), saving, done, failed)
        self._saving_changed()
        future = self.writer.submit(lambda: Saved(ticket, job()))
        self.deliver(future, self, lambda line: NotSaved(ticket, line))

    def on_saved(self, message: Saved) -> None:
        self.retyped.saved()
        saving = self._ended(message.ticket, saved=True)
        if saving is not None:
            with contextlib.suppress(NoMatches):  # the screen asking was closed
                saving.done(message.result)

    def on_not_saved(self, message: NotSaved) -> None:
        self.retyped.refused(message.line)
        self.notify(message.line, title="Not saved", severity="error", markup=False, timeout=10)
        saving = self._ended(message.ticket, saved=False)
        if saving is not None and saving.failed is not None:
            with contextlib.suppress(NoMatches):
                saving.failed(message.line)

    def _ended(self, ticket: int, saved: bool) -> Saving | None:
        saving = self.saving.pop(ticket, None)
        self._saving_changed(saving.claims if saving is not None and saved else frozenset())
        return saving

    def saving_label(self, claim_id: int) -> str | None:
        """What is being saved on `claim_id` now (the latest write asked), if anything."""
        found = [s.label for s in self.saving.values() if claim_id in s.claims]
        return found[-1] if found else None

    def _saving_changed(self, saved: frozenset[int] = frozenset()) -> None:
        """Writes started or ended (`saved`: the claims of one that was saved): each
        screen showing claims redraws their state."""
        if not self.saving and not self.loading:
            self._quit_asked = None
        for screen in self.screen_stack:
            if isinstance(screen, WorkbenchScreen):
                screen.saving_changed(saved)

    def on_write_waiting(self, message: WriteWaiting) -> None:
        """The lock is held by another process: say so (every few seconds at most)
        while the write keeps trying."""
        now = time.monotonic()
        if now - self._waiting_said < WAITING_SAID_EVERY_S:
            return
        self._waiting_said = now
        self.notify(
            f"Another process is writing to the database: still saving "
            f"(try {message.attempt + 1} of {message.attempts})",
            severity="warning",
            timeout=3,
        )
