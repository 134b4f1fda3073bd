"""A passive's list of victims that goes on after its verb, the verb left out:
"Two guards were killed, three drivers and a cook, the company said" is six
deaths. Read by `victim_rules._passive` after the victims before the verb, which
drops a list that adds up to the count before it ("72 migrants were executed, 58
men and 14 women": who they were, not more)."""

from __future__ import annotations

import re

from workbench.extract.numbers import Quantity
from workbench.extract.tokens import Tokens
from workbench.extract.victim_lists import Item, parse_list

# A comma and a count after the verb: ", three drivers", ", a cook" (lower-cased text).
ELLIPSIS = re.compile(
    r"\s*,\s+(?=(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)"
)
# What may follow the list: its voice (", the agency said").
LIST_CLOSED = re.compile(
    r"\s*,\s+(?:\w+\s+){0,3}?(?:said|says|added|told|reported|stated|confirmed)\b"
)


def elided_victims(
    sentence: Tokens, folded: str, pos: int, end: int, quantities: dict[int, Quantity]
) -> list[Item]:
    """The victims listed after the passive verb that ends at `pos`, up to `end` (the
    sentence's end): a list of two or more counted items after a comma, which ends
    the sentence or comes before who said it; [] otherwise ("were killed, two
    porters told reporters", "were killed, 12 km from Bunia"). `folded` is the
    lower-cased text of `sentence`; `quantities` its quantities by start."""
    comma = ELLIPSIS.match(folded, pos, end)
    if comma is None:
        return []
    items = parse_list(sentence, comma.end(), end, quantities)
    if len(items) < 2 or not all(i.quantity is not None or i.single for i in items):
        return []
    rest = sentence.text[items[-1].end : end]
    if rest.strip(" .;") and not LIST_CLOSED.match(rest):
        return []
    return items
