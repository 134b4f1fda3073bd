"""Known names found in a text as words of their own (`gazetteer_hits`), for the place
and home-country readers: a name that opens a longer one is no hit ("Baga Sola" in
Chad is no Baga of Nigeria). Split from places.py."""

from __future__ import annotations

import calendar
import re
from typing import TypeVar

from workbench.extract.dates import MONTH_NAMES_RE
from workbench.extract.gazetteer import COUNTRIES, COUNTRY_OF_PLACE

T = TypeVar("T")


def gazetteer_hits(
    text: str, start: int, end: int, pattern: re.Pattern[str], names: dict[str, T]
) -> list[tuple[int, int, T]]:
    """Known names in `text[start:end]` that stand as words of their own, not the first
    word of a longer name ("Baga Sola" in Chad is no Baga of Nigeria: `_NAME_GOES_ON`)."""
    return [
        (m.start(), m.end(), names[m.group(0)])
        for m in pattern.finditer(text, start, end)
        if (m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".-"))
        and not (m.group(0) in _GOES_ON_NAMES and _NAME_GOES_ON.match(text, m.end(), end))
    ]


# A capitalised word after a known town's or region's name that goes on with it into a
# longer name ("Baga Sola"; "Kaya Department" stays Kaya's): not a kind of place, a day,
# a month or a word that opens a clause. A country's or a capital's name keeps its hit
# (a title-case headline: "Syria Vows Revenge").
_NAME_GOES_ON = re.compile(
    r" (?!(?:State|Province|Region|District|County|LGA|City|Town|Village|Governorate|Department|"
    r"Prefecture|Division|Zone|Area|Oblast|Municipality|Camp|Airport|Market|Road|Street|Bridge|"
    r"River|Lake|Forest|Valley|Hills?|Mountains?|Island|Islands|Strip|Coast|Border|Police|Army|"
    rf"Government|Governor|{'|'.join(calendar.day_name)}|{MONTH_NAMES_RE}|The|In|On|"
    r"At|And|But|A|An)\b)[A-Z][a-z]"
)


_GOES_ON_NAMES = frozenset(COUNTRY_OF_PLACE) - {c.capital for c in COUNTRIES}
