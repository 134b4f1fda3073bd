"""A figure restated without its source takes the source its restatement names."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from workbench.models import Category, Claim, Number

RESTATED_WITHIN = 128  # claims: how far a figure's restatement is looked for, each side

_Figure = tuple[Category, Number | None, Number | None]


def share_attributions(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims, in their order, each figure without a source given the source
    that a restatement of the same figure (category, low, high) names: a headline
    bullet restating the body's "the army said 12 were killed" is the army's, and one
    article repeating a figure is one voice. Comments under a post lend no source.

    The restatement is looked for among the `RESTATED_WITHIN` claims on either side
    (a headline and its story are far closer); where several name the figure, the
    last of them seen wins. So a claim is handed on once that many more are read,
    and memory holds that many claims, however many the text has.
    """
    named: dict[_Figure, str] = {}
    waiting: deque[Claim] = deque()
    for claim in claims:
        if claim.attribution and claim.comment is None:
            named[_figure(claim)] = claim.attribution
        waiting.append(claim)
        if len(waiting) > RESTATED_WITHIN:
            yield _sourced(waiting.popleft(), named)
    while waiting:
        yield _sourced(waiting.popleft(), named)


def _figure(claim: Claim) -> _Figure:
    return claim.category, claim.low, claim.high


def _sourced(claim: Claim, named: dict[_Figure, str]) -> Claim:
    if claim.attribution is None and (source := named.get(_figure(claim))) is not None:
        return claim.model_copy(update={"attribution": source})
    return claim
