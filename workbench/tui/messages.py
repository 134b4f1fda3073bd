"""What the reading and writing threads send back to the screens: one typed message
for each answer, handled on the event loop (which never waits on the database).

An `Answer` names the request it answers: a screen drops an answer to a request it
has asked again since (its data would be older than what was asked last)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textual.message import Message
from textual.notifications import SeverityLevel

from workbench.models import (
    ClaimCredibility,
    Correction,
    EventDetail,
    EventSummary,
    LinkCounts,
    LinkDecision,
    LinkView,
    SourceSummary,
    StoredClaim,
    VerdictChange,
    Voice,
)
from workbench.rows import ClaimCounts
from workbench.service import ClaimFilter

# -- answers to a screen's reads ------------------------------------------------


class Answer(Message, bubble=False):
    """The answer to the screen's request number `request`."""

    def __init__(self, request: int) -> None:
        super().__init__()
        self.request = request


class ReadFailed(Answer):
    """The read failed: `line` says why, in one line."""

    def __init__(self, request: int, line: str) -> None:
        super().__init__(request)
        self.line = line


class MarkRead(Answer):
    """Where the verdict history stands now (`Workbench.verdict_mark`), and the mark
    of what other connections wrote (`Workbench.change_mark`)."""

    def __init__(self, request: int, mark: int, changes: int | None = None) -> None:
        super().__init__(request)
        self.mark = mark
        self.changes = changes


@dataclass(frozen=True)
class Page:
    """A page of claims with their link counts, as `where` selects them."""

    where: ClaimFilter
    claims: list[StoredClaim]
    counts: dict[int, LinkCounts]


class QueueRead(Answer):
    """The queue's first page, and what the filters and the status line offer."""

    def __init__(
        self,
        request: int,
        page: Page,
        total: int,
        summary: ClaimCounts,
        categories: list[str],
        sources: list[str],
        mark: int = 0,
        changes: int | None = None,
    ) -> None:
        super().__init__(request)
        self.mark = mark  # the verdict mark read before the rows (`Workbench.verdict_mark`)
        self.changes = changes  # the change mark read before them (`Workbench.change_mark`)
        self.page = page
        self.total = total
        self.summary = summary
        self.categories = categories
        self.sources = sources


class PageRead(Answer):
    """The next page of the queue, from `page.where.offset` on."""

    def __init__(self, request: int, page: Page) -> None:
        super().__init__(request)
        self.page = page


class ClaimRead(Answer):
    """One claim with its credibility, its paragraph (the claim's offsets in it), its
    links, the strongest first, and its history of verdicts, corrections and link
    decisions."""

    def __init__(
        self,
        request: int,
        claim: StoredClaim,
        credibility: ClaimCredibility,
        context: tuple[str, int, int],
        links: list[LinkView],
        history: Sequence[VerdictChange | Correction | LinkDecision] = (),
        marks: tuple[int, int] = (0, 0),
        changes: int | None = None,
    ) -> None:
        super().__init__(request)
        self.mark, self.corrected = marks  # the verdict and correction marks read before it
        self.changes = changes  # the change mark read before it (`Workbench.change_mark`)
        self.claim = claim
        self.credibility = credibility
        self.context = context
        self.links = links
        self.history = list(history)  # its verdicts, corrections, link decisions, oldest first


class ClaimGoneRead(Answer):
    """The claim a detail shows is no longer stored: its document was removed (by
    another process, or on another screen) since the detail read it."""

    def __init__(self, request: int, claim_id: int) -> None:
        super().__init__(request)
        self.claim_id = claim_id


class SourcesRead(Answer):
    """The documents loaded and the voices in them."""

    def __init__(self, request: int, sources: list[SourceSummary], voices: list[Voice]) -> None:
        super().__init__(request)
        self.sources = sources
        self.voices = voices


class DocumentRead(Answer):
    """A document's text and its claims (their offsets in it)."""

    def __init__(self, request: int, text: str, claims: list[StoredClaim]) -> None:
        super().__init__(request)
        self.text = text
        self.claims = claims


class EventsRead(Answer):
    """Every event, its claims grouped again first if they changed."""

    def __init__(self, request: int, events: list[EventSummary]) -> None:
        super().__init__(request)
        self.events = events


class EventRead(Answer):
    """One event: its figures, claims, credibility and timeline."""

    def __init__(self, request: int, detail: EventDetail) -> None:
        super().__init__(request)
        self.detail = detail


# -- to the app: writes, and the work of its thread workers ---------------------


class Saved(Message, bubble=False):
    """The write `ticket` was saved; `result` is what its job returned."""

    def __init__(self, ticket: int, result: object) -> None:
        super().__init__()
        self.ticket = ticket
        self.result = result


class NotSaved(Message, bubble=False):
    """The write `ticket` failed as a whole: `line` says why."""

    def __init__(self, ticket: int, line: str) -> None:
        super().__init__()
        self.ticket = ticket
        self.line = line


class WriteWaiting(Message, bubble=False):
    """From the writing thread: the lock was held, the write is tried again."""

    def __init__(self, attempt: int, attempts: int) -> None:
        super().__init__()
        self.attempt = attempt
        self.attempts = attempts


class LoadProgress(Message, bubble=False):
    """An ingest in a thread has read `done` of `total` files (0: not known); or, with
    `received` true, a page's body has brought `done` bytes of `total` (its
    Content-Length; 0 when the server gave none)."""

    def __init__(self, done: int, total: int, received: bool = False) -> None:
        super().__init__()
        self.done = done
        self.total = total
        self.received = received


class Loaded(Message, bubble=False):
    """Documents were loaded or matched in a thread: `summary` is shown, and the
    queues are read again; the queue's cursor goes to `first_claim` (the first new
    claim's id), where it shows it; `added`: how many documents were stored."""

    def __init__(self, summary: str, first_claim: int | None = None, added: int = 0) -> None:
        super().__init__()
        self.summary = summary
        self.first_claim = first_claim
        self.added = added


class LoadEnded(Message, bubble=False):
    """A source the analyst added (`i`) is loaded, or failed: `ticket` is its key in
    the app's `loading`; `failed`: what was given, to offer again, when nothing of
    it was loaded."""

    def __init__(self, ticket: int, failed: object | None = None) -> None:
        super().__init__()
        self.ticket = ticket
        self.failed = failed


class Notice(Message, bubble=False):
    """One line for the analyst, from a thread."""

    def __init__(
        self,
        line: str,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float = 5,
    ) -> None:
        super().__init__()
        self.line = line
        self.title = title
        self.severity = severity
        self.timeout = timeout


#: Makes the message that says a job failed, from its one line.
Failure = Callable[[str], Message]
