"""Running totals among refugees, the displaced and the kidnapped that scope.py's cues
(wars, "since", "so far") do not mark: a stock a country or camp holds ("hosts over
400,000 refugees", "is home to 1.7 million displaced people", "the number of
refugees in Chad has risen to 120,000", "115,000 refugees live in the camp"), people
displaced by a lasting condition or over a country ("displaced by gang violence", "the
war has displaced", "across the country"), a count told as it
stood by a day ("By 18 May, 14,938 individuals had been pre-registered"), a flow
over a span ("have arrived in the last month", "between April 15 and May 15", "in
recent weeks"), and taking counted by the month or year ("at least 200 kidnappings
in May"). Every other figure's scope is scope.py's.
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.dates import MONTH_NAMES_RE
from workbench.extract.scope import PART_AFTER
from workbench.models import Category, Scope

_FATES = frozenset({Category.REFUGEES, Category.DISPLACED, Category.KIDNAPPED})
_MONTH = rf"(?-i:{MONTH_NAMES_RE})"  # "by May", never "by may"
_STOCK = re.compile(
    r"\b(?:hosts?|hosting|hosted|(?:is|are|was|were)\s+home\s+to|houses|housing|"
    r"shelters|sheltering|currently\s+(?:has|holds|counts))\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_NUMBER_OF = re.compile(r"(?:number|total)\s+of\b", re.IGNORECASE)
# A stock told after its count: "115,000 refugees live in the Minawao camp".
_STOCK_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,5}?(?:now\s+|still\s+)?(?:live|living|reside|residing|remain|"
    r"are\s+(?:living|staying|sheltering|housed)"
    # the state, not a flight: "More than 500,000 Central Africans are internally displaced"
    r"|are\s+(?:now\s+|still\s+)?internally\s+displaced(?!\s+(?:by|after|following)\s))\b",
    re.IGNORECASE,
)
# Displacement by a lasting condition, not by one attack ("have been displaced by gang
# violence", "the war has displaced"), or over a whole country ("across the country").
_CONDITION = r"(?:violence|conflict|war|insecurity|crisis|unrest|instability)"
_BY_CONDITION = re.compile(
    rf"\b(?:by|from|due\s+to|because\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?{_CONDITION}\b"
    rf"|^\W*(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?{_CONDITION}\s+(?:has|have|had)\s+"
    r"|\b(?:across|throughout)\s+the\s+(?:country|nation|region)\b|\bnationwide\b",
    re.IGNORECASE,
)
_BY_DAY = re.compile(
    rf"^\W*(?P<period>[Bb]y\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}})?"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:19|20)\d\d)"
    r"(?:,?\s+(?:19|20)\d\d)?),",
)
# A span of days is one incident still, a flight of a few days (scope.py reads spans of
# hours or days so too): "have fled in the past four days", "in recent days", "between
# 27 February and 5 March"; weeks and months count a flow.
_SPAN = re.compile(
    r"\b(?P<period>(?:in|over|during)\s+the\s+(?:last|past|previous)\s+(?:(?:few|several|two|three|"
    r"four|five|six|\d+)\s+)?(?:weeks?|months?|fortnight)|in\s+recent\s+(?:weeks|months|"
    rf"times)|between\s+(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})\s+and\s+(?P<m2>{_MONTH})\s+"
    rf"(?P<d2>\d{{1,2}})|between\s+(?P<d3>\d{{1,2}})\s+(?P<m3>{_MONTH})\s+and\s+(?P<d4>\d{{1,2}})\s+"
    rf"(?P<m4>{_MONTH}))\b",
    re.IGNORECASE,
)
_MONTHS = MONTH_NAMES_RE.lower().split("|")
_FEW_DAYS = 10  # a span between two dates this short is one incident


def _days(span: re.Match[str]) -> int | None:
    """The days between the two dates of a "between" span, None for any other."""
    got = span.groupdict()
    pairs = [("m1", "d1", "m2", "d2"), ("m3", "d3", "m4", "d4")]
    for m_a, d_a, m_b, d_b in pairs:
        if got.get(m_a):
            first = _MONTHS.index(got[m_a].lower()) * 31 + int(got[d_a])
            last = _MONTHS.index(got[m_b].lower()) * 31 + int(got[d_b])
            return (last - first) % (12 * 31)
    return None


_EVENT_COUNT = re.compile(r"\b(?:kidnappings|abductions)\b", re.IGNORECASE)
_IN_MONTH = re.compile(
    rf"\b(?P<period>in\s+(?:{_MONTH}|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?|last\s+(?:month|year)"
    r"|this\s+(?:month|year))\b"
)


def fate_scope(text: str, start: int, end: int, reading: Reading) -> tuple[str, str | None] | None:
    """The scope of `reading` in sentence `text[start:end]` and the words of its
    period, where it is a running total of a fate the module's docstring lists; None
    where scope.py decides."""
    if reading.category not in _FATES:
        return None
    total = Scope.CUMULATIVE.value
    part = PART_AFTER.search(text, reading.end, end)
    if part is not None:  # "2,000 refugees ..., 800 of whom arrived in the past week": the
        # part's span, which makes its whole a running total with no bounds told
        span = _SPAN.search(text, part.end(), end)
        if span and ((days := _days(span)) is None or days > _FEW_DAYS):
            return total, None
        end = part.start()
    if reading.category is not Category.KIDNAPPED:
        if _STOCK.search(
            text, max(start, reading.quantity.start - 40), reading.quantity.start
        ) or _NUMBER_OF.match(text, reading.start):
            return total, None  # "hosts 400,000 refugees", "the number of refugees has risen to"
        by_day = _BY_DAY.match(text[start:end])
        if by_day and by_day.end() <= reading.start - start:
            return total, by_day.group("period")
        span = _SPAN.search(text, reading.end, end) or _SPAN.search(text, start, reading.start)
        days = _days(span) if span else None
        if span and (days is None or days > _FEW_DAYS):
            return total, " ".join(span.group("period").split())
        if _STOCK_AFTER.match(text, reading.quantity.end) or _BY_CONDITION.search(text[start:end]):
            return total, None  # "115,000 refugees live in", "displaced by gang violence"
        return None
    if _EVENT_COUNT.search(text, reading.quantity.end, min(end, reading.end + 20)):
        told = _IN_MONTH.search(text, start, end)
        if told:
            return total, told.group("period")
    return None
