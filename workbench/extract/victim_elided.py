"""Victims told with a word left out. A passive's list of victims that goes on after
its verb, the verb left out: "Two guards were killed, three drivers and a cook, the
company said" is six deaths. Read by `victim_rules._passive` after the victims before
the verb, which drops a list that adds up to the count before it ("72 migrants were
executed, 58 men and 14 women": who they were, not more). And a bare count whose noun
the next verb's object gives (`noun_ahead`): "killing one and injuring an unknown
number of militants" is one militant killed."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.lexicon import NOUN_CLASS, PEOPLE
from workbench.extract.numbers import Quantity
from workbench.extract.tokens import Tokens
from workbench.extract.victim_items import Item
from workbench.extract.victim_lists import parse_list

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


# A second verb after a bare count, and its object's count: "killing one and injuring
# an unknown number of militants", "killed two and wounded five villagers".
_NEXT_OBJECT = re.compile(
    r"\s*,?\s+and\s+[a-z]+(?:ing|ed)\s+(?:(?:an?\s+)?(?:unknown|undisclosed|unspecified|"
    r"unconfirmed)\s+number\s+of\s+|(?:at\s+least\s+|about\s+|some\s+)?(?:\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|scores\s+of|"
    r"many|a\s+few)\s+)(?:(?-i:[A-Z][\w-]*|[a-z][\w-]*)\s+)?([a-z]+)\b",
    re.IGNORECASE,
)


def noun_ahead(text: str, readings: list[Reading]) -> list[Reading]:
    """The readings, a bare count that counts no one given the people the next verb's
    object counts ("killing one and injuring an unknown number of militants": one
    militant); a count whose object is no people stays bare ("killed two and burned
    three houses")."""
    ahead: list[Reading] = []
    for reading in readings:
        if reading.subject is None:
            found = _NEXT_OBJECT.match(text, reading.end)
            head = found.group(1).lower() if found else ""
            if NOUN_CLASS.get(head) in PEOPLE:
                reading = replace(reading, subject=head, noun=NOUN_CLASS[head])
        ahead.append(reading)
    return ahead
