"""The count a toll was revised from: «Le bilan est passé de quatre à cinq morts» tells an
earlier count of four beside the five (trial 79: only the five was read, though the
English reader keeps "its earlier count of four"; `numbers._range` reads "de 4 à 5"
after a verb of change as the second figure alone).

Before a claim's figure, within its clause: a verb of change («passé», «grimpé»,
«monté», «augmenté», «alourdi», «évolué»), «de», a figure, «à» and at most a bound
(«au moins», «plus de»). The first figure becomes a claim of the same kind, marked
`earlier_figure` (events and matching set it aside as a figure the report replaced),
told right before the claim it was revised into.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.extract.french.numbers import find_quantities
from workbench.models import Claim

_FROM = re.compile(
    r"(?:pass|grimp|mont|augment|alourdi|évolu)(?:ée?s?|i(?:e|s|es)?)?\s+de\s+(?P<n>[^,;:.]{1,30}?)"
    r"\s+à\s+(?:(?:au\s+moins|plus\s+de|près\s+de)\s+)?(?=\S)",
    re.IGNORECASE,
)
_REACH = 80  # characters before a claim searched for the change


def with_earlier_counts(claims: Iterable[Claim], page: str, offset: int) -> Iterator[Claim]:
    """The claims in their order, each revised from a count its words give (module
    docstring) told after that earlier count, made a claim of its own. `page` is the
    text the claims' offsets, less `offset`, point into."""
    for claim in claims:
        earlier = _earlier(claim, page, claim.start - offset, claim.end - offset)
        if earlier is not None:
            yield earlier
        yield claim


def _earlier(claim: Claim, page: str, start: int, end: int) -> Claim | None:
    """The earlier count `claim` (`page[start:end]`) was revised from, None where its
    words tell none: the change's «à» leads into the claim's words."""
    if claim.earlier_figure or claim.low is None or start < 0:
        return None
    found = [m for m in _FROM.finditer(page, max(0, start - _REACH), end) if start <= m.end() < end]
    if not found:
        return None
    span = found[-1].span("n")
    quantities = find_quantities(page, *span)
    if len(quantities) != 1:
        return None
    q = quantities[0]
    value = q.value
    if value is None or (q.start, q.end) != span or value >= claim.low:
        return None  # no figure alone, or no lower one: "passé de 12 à 9" is told otherwise
    shift = claim.start - start
    return claim.model_copy(
        update={
            "start": q.start + shift,
            "end": q.end + shift,
            "text": page[q.start : q.end],
            "value": value,
            "low": q.low,
            "high": q.high,
            "qualifier": q.qualifier,
            "earlier_figure": True,
            "part": None,
        }
    )
