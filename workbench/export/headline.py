"""A claim in plain words, as a report's headline: "24 killed (soldiers) north of
Kidal, around 5 February; hedged". Pure code over the fields of a claim.

The pieces, each left out when the claim lacks it: the figure in words ("at least
24", "between 20 and 30", "dozens", "USD 1.8 billion"), what is counted, the
subject in brackets, the place with its own relation word ("north of Kidal", "near
Gao", "between Douentza and Gao") or "in", the date in words ("5 February 2013",
"around 5 February", "July 2022"), and after a semicolon what the reader must
weigh: hedged, denies the story, and the verdict where asked.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from workbench.vocabulary import Number, is_currency, vague_words

_QUALIFIERS = {
    "at_least": "at least ",
    "more_than": "more than ",
    "up_to": "up to ",
    "nearly": "nearly ",
    "about": "about ",
}
_MEASURES = {"km": "km", "mi": "miles", "m": "metres", "percent": "percent"}
_TIMES = frozenset({"day", "week", "month", "year", "hour"})
# the categories a headline names after its measure: "150 miles (distance)"
_MEASURED = frozenset({"distance", "duration", "money", "other"})
_SINGULAR = {"attacks": "attack", "refugees": "refugee", "troops": "troop"}
_MANY = re.compile(r"(?:tens of |hundreds of )?(?:dozens|scores|hundreds|thousands|millions)")
_LARGE = ((1_000_000_000, "billion"), (1_000_000, "million"))
# a place phrase that carries its own relation word: "near Gao", "north of Kidal"
_PLACED = re.compile(
    r"(?:near|between|outside|around|along|across|in|at|on|off|inside|within|from|"
    r"(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+of|"
    # a French phrase keeps its own words: "près de Bol", "au nord de Kidal", "entre"
    r"près|non\s+loin|aux\s+environs|à|au|aux|en|dans|entre|sur|vers)(?![\w’'])"
    r"|(?:un|une|le|la|les|des|du)\s+(?-i:(?=[a-zà-ÿ]))|l[’'](?-i:(?=[a-zà-ÿ]))",  # "un village"
    re.IGNORECASE,
)
_WAYS = frozenset({"road", "highway", "route", "track", "axis"})
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_ISO = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_APPROXIMATE = re.compile(r"\b(around|about|approximately|roughly|circa|some time)\b", re.I)
_PART = re.compile(r"\b(early|mid|late|the end of|the start of)\b", re.I)
_MONTH_DAY = re.compile(rf"\b({'|'.join(_MONTHS)})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")


class Headlined(Protocol):
    """What a headline reads of a claim: a `ClaimRow` or a `StoredClaim`."""

    @property
    def category(self) -> str: ...
    @property
    def value(self) -> Number | None: ...
    @property
    def low(self) -> Number | None: ...
    @property
    def high(self) -> Number | None: ...
    @property
    def qualifier(self) -> str: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def location(self) -> str | None: ...
    @property
    def date(self) -> str | None: ...
    @property
    def date_text(self) -> str | None: ...
    @property
    def hedged(self) -> int | bool: ...
    @property
    def denies(self) -> int | bool: ...
    @property
    def figure_denied(self) -> int | bool: ...
    @property
    def status(self) -> str: ...


def headline(claim: Headlined, verdict: bool = False) -> str:
    """ "24 killed (soldiers) north of Kidal, around 5 February; hedged": the claim
    in a line of plain words. `verdict`: add the analyst's verdict to the words after
    the semicolon ("; hedged, disputed"); an unreviewed claim adds none."""
    line = what(claim)
    if place := place_words(claim.location):
        line += f" {place}"
    if when := date_words(claim.date, claim.date_text):
        line += f", {when}"
    weigh = ["hedged"] if claim.hedged else []
    weigh += [denial_words(claim)] if claim.denies or claim.figure_denied else []
    weigh += [claim.status] if verdict and claim.status != "unreviewed" else []
    return line + (f"; {', '.join(weigh)}" if weigh else "")


def denial_words(claim: Headlined) -> str:
    """How a claim's voice denies: "denies this figure" where the figure is the one it
    denies (extract/denial.py), else "denies the story" (it gives its own count)."""
    return "denies this figure" if claim.figure_denied else "denies the story"


def what(claim: Headlined) -> str:
    """ "at least 24 killed (soldiers)", "USD 1.8 billion (money: aid)": the figure,
    what it counts and of whom."""
    amount = figure_words(claim)
    category = claim.category
    subject = (claim.subject or "").strip()
    if category in _MEASURED:
        about = f"{category}: {subject}" if subject else category
        return f"{amount} ({about})"
    counted = _SINGULAR.get(category, category) if _is_one(claim) else category
    if category in _SINGULAR and _MANY.fullmatch(amount):
        counted = f"of {counted}"  # "thousands of troops", but "dozens killed"
    if subject and subject.lower() not in (category, counted):
        return f"{amount} {counted} ({subject})"
    return f"{amount} {counted}"


def figure_words(claim: Headlined) -> str:
    """ "24", "at least 24", "between 20 and 30", "dozens", "USD 1.8 billion",
    "about 10 months", "150 miles"; "an unknown number" when the claim gives none."""
    if claim.qualifier == "range" and claim.low is not None and claim.high is not None:
        amount = f"between {_unit(claim, claim.low)} and {_unit(claim, claim.high)}"
    elif claim.qualifier.startswith("vague:"):
        amount = vague_words(claim.qualifier)
    elif claim.value is not None:
        amount = _QUALIFIERS.get(claim.qualifier, "") + _unit(claim, claim.value)
    elif claim.low is not None:
        amount = f"at least {_unit(claim, claim.low)}"
    elif claim.high is not None:
        amount = f"up to {_unit(claim, claim.high)}"
    else:
        amount = "an unknown number"
    return amount


def _unit(claim: Headlined, value: Number) -> str:
    """A number with its unit: "USD 1.8 billion", "150 miles", "10 months", "24"."""
    unit = claim.unit or ""
    text = number_words(value)
    if is_currency(unit):
        return f"{unit} {text}"  # "GMD 50,000", "rupees 500,000"
    if unit in _MEASURES:
        return f"{text} {_MEASURES[unit]}"
    if unit in _TIMES:
        return f"{text} {unit}" + ("" if value == 1 else "s")
    return text


def number_words(value: Number) -> str:
    """ "24", "230,000", "1.8 billion", "2 million", "2.5"; a figure is never rounded:
    1,234,567 stays in digits."""
    for size, word in _LARGE:
        if abs(value) >= size and (value * 10) % size == 0:
            scaled = value / size
            return f"{int(scaled) if float(scaled).is_integer() else scaled} {word}"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _is_one(claim: Headlined) -> bool:
    return claim.qualifier in ("", "exact") and claim.value == 1


def place_words(location: str | None) -> str:
    """ "north of Kidal", "near Gao", "in Kidal", "on the road linking Kidal and Gao";
    "" for no place."""
    place = " ".join((location or "").split())
    if not place:
        return ""
    if _PLACED.match(place):
        return place
    first = place.split()[0].lower()
    if first in _WAYS:
        return f"on the {place}"
    return f"in {place}"


def date_words(date: str | None, date_text: str | None) -> str:
    """ "5 February 2013", "February 2013", "around 5 February 2013", "early July
    2022", "4 to 6 February 2013", or the words as written ("this weekend", with
    "February 5" turned to "5 February"); "" when the claim names no time."""
    text = " ".join((date_text or "").split())
    if date:
        approximate = _APPROXIMATE.search(text) is not None
        if approximate and (middle := _middle_day(date)):
            date = middle  # "around February 5" is stored as the days either side
        shown = _iso_words(date)
        if shown is not None:
            if (part := _PART.search(text)) and date.count("-") == 1:
                return f"{part.group(1).lower()} {shown}"
            return f"around {shown}" if approximate else shown
    return _MONTH_DAY.sub(lambda m: f"{int(m.group(2))} {m.group(1)}", text) or (date or "")


def _middle_day(date: str) -> str | None:
    """The day halfway through an interval of two ISO days; None for any other date."""
    start, _, end = date.partition("/")
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        return None
    return (first + (last - first) / 2).isoformat()


def _iso_words(date: str) -> str | None:
    """An ISO day, month, year or start/end interval in words; None if not ISO."""
    if "/" in date:
        start, _, end = date.partition("/")
        first, last = _iso_words(start), _iso_words(end)
        if first is None or last is None:
            return None
        if first == last:
            return first
        same_tail = first.split(" ", 1)[-1] == last.split(" ", 1)[-1] and " " in first
        return f"{first.split(' ', 1)[0]} to {last}" if same_tail else f"{first} to {last}"
    found = _ISO.fullmatch(date)
    if found is None:
        return None
    year, month, day = found.groups()
    if month is None:
        return year
    if not 1 <= int(month) <= 12:
        return None
    name = _MONTHS[int(month) - 1]
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"
