"""What the claims queue reads, in the reading thread, and how it shows the answer."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.service import ClaimFilter, Workbench
from workbench.tui.messages import Page, QueueRead

SOURCE_CHOICES = 300


@dataclass(frozen=True)
class Reload:
    """How the answer to the latest reload is shown: the cursor kept on its claim or
    not, or moved to the claim `to_claim` (the first of a source just loaded) when
    it is shown; for a search, the filters before it and whether it was entered or
    typed."""

    keep_cursor: bool
    before_search: ClaimFilter | None = None
    entered: bool = False
    to_claim: int | None = None


def page(workbench: Workbench, where: ClaimFilter) -> Page:
    """In the reading thread: the claims `where` selects, with their link counts."""
    claims = workbench.claims(where)
    return Page(where, claims, workbench.link_counts([c.id for c in claims]))


def first_page(workbench: Workbench, where: ClaimFilter, request: int) -> QueueRead:
    """In the reading thread: what a reload shows, and the verdict mark before it."""
    mark = workbench.verdict_mark()
    categories = workbench.categories()
    # the latest documents: a list of thousands helps no one; search finds the rest
    sources = workbench.document_names(SOURCE_CHOICES)
    total = workbench.count_claims(where)
    first = page(workbench, where)
    summary = workbench.summary_counts()
    return QueueRead(request, first, total, summary, categories, sources, mark)
