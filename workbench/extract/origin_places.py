"""Countries a sentence names as no place of what happened:

- where something came from: where shells were fired from across a border ("shells
  fired from across the border in Israel killed three in Khiam", "across the border
  from Myanmar") and the country refugees fled ("Rohingya who fled Myanmar", "people
  fleeing Sudan");
- a currency named by a country's code or nationality ("US$934.5 million", "40
  million US dollars", "Kenyan shillings", "dollars américains"): a sum names no place.

Such a name is no place of the sentence's figures (`PageContext.places` leaves it out);
the page's country leaves it out too (`home_country`). Trial 76 (Bangladesh): a Reuters
wire's refugees "who fled Myanmar" were placed in Myanmar, a sentence of shells "fired
from across the border in Myanmar" was put in Myanmar by the one country it named, and
a background piece naming "US$934.5 million" once was put in the United States.
"""

from __future__ import annotations

import re

from workbench.extract.currencies import CURRENCY_NAMES
from workbench.extract.gazetteer import COUNTRY_BY_NAME, Country
from workbench.extract.wordindex import WordIndex

_NAME = r"(?P<where>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))"
# "fired from across the border in Israel", "across the river from Myanmar", "fled
# Myanmar", "fleeing Sudan", "escaped Syria" (a country, not a town: "fled Gwoza" is
# where the displaced were driven from, their place; "fighting across the border in
# Sudan" is where it happened).
_ORIGIN = re.compile(
    r"\b(?:from\s+across\s+the\s+(?:border|river|frontier)\s+in"
    r"|across\s+the\s+(?:border|river|frontier)\s+from"
    r"|(?:fled|flee|flees|fleeing|escaped|escaping))\s+(?:the\s+)?" + _NAME,
    re.IGNORECASE,
)
_ORIGIN_AT = frozenset("from across fled flee flees fleeing escaped escaping".split())
# Whom a country sent or whose people they are: "suspected agents of Iran shot a
# publisher" (in Oslo), "spies of Libya", "two nationals of India were among the dead",
# "the ambassador of Sweden" - the country is the people's, not where it happened
# (session 78: a RAND note of an Oslo shooting placed in Iran).
_PEOPLE_OF_WORDS = (
    r"\b(?:agents?|spies|spy|operatives?|nationals?|citizens?|ambassadors?|envoys?"
    r"|diplomats?|emissar(?:y|ies))\s+of\s+(?:the\s+)?"
)
_PEOPLE_OF = re.compile(_PEOPLE_OF_WORDS + _NAME, re.IGNORECASE)
_PEOPLE_OF_BEFORE = re.compile(_PEOPLE_OF_WORDS + "$", re.IGNORECASE)
_PEOPLE_OF_AT = frozenset(
    "agent agents spies spy operative operatives national nationals citizen citizens"
    " ambassador ambassadors envoy envoys diplomat diplomats emissary emissaries".split()
)
# A currency after a country's code or nationality: "US$934.5 million", "US dollars",
# "Kenyan shillings"; before a French nationality: "dollars américains".
_CURRENCY_AFTER = re.compile(rf"\s*\$|\s+(?i:{CURRENCY_NAMES})\b")
_CURRENCY_BEFORE = re.compile(
    r"\b(?i:dollars?|livres?|francs?|shillings?|roupies?|dinars?|riyals?|pesos?)\s+$"
)
_CURRENCY_NAME = re.compile(
    rf"\b(?:U\.?S\.?A?\.?|[A-Z][a-z]+(?:an|ian|ese|i|ish))(?={_CURRENCY_AFTER.pattern})"
)


def origin_spans(words: WordIndex, home: Country | None) -> list[tuple[int, int]]:
    """The spans of the countries other than `home` (the page's) the span of `words`
    names as where something came from (see the module), as (start, end) in its text;
    [] where it names none. The page's own country stays a place: "150,000 people have
    fled Mali", in a story of Mali, are Mali's refugees."""
    spans = []
    found = words.scan(_ORIGIN, _ORIGIN_AT) + words.scan(_PEOPLE_OF, _PEOPLE_OF_AT)
    for match in found:
        name = match.group("where")
        country = _country_prefix(name)
        if country is not None and COUNTRY_BY_NAME[country.lower()] != home:
            spans.append((match.start("where"), match.start("where") + len(country)))
    return spans


def _country_prefix(name: str) -> str | None:
    """The country's name `name` opens with ("Myanmar", "Sudan" of "Sudan's West
    Darfur"), None where it opens with none."""
    words = name.replace("’", "'").split()
    for count in range(len(words), 0, -1):
        head = " ".join(words[:count])
        head = head[:-2] if head.endswith("'s") else head
        if head.lower() in COUNTRY_BY_NAME:
            return head
    return None


def currency_named(text: str, first: int, last: int, end: int) -> bool:
    """Whether the name `text[first:last]` (up to `end`) names a currency, not a place:
    a country's code or nationality before a dollar sign or a currency's name, a French
    nationality after one (see the module)."""
    if _CURRENCY_AFTER.match(text, last, min(end, last + 12)):
        return True
    return _CURRENCY_BEFORE.search(text, max(0, first - 12), first) is not None


def currency_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the country codes and nationalities `text[start:end]` names as a
    currency's ("US$", "US dollars", "Kenyan shillings"), as (start, end); [] where
    there are none (most sentences: a dollar sign or a currency's name is looked for
    first)."""
    if "$" not in text[start:end] and not _CURRENCY_AFTER.search(text, start, end):
        return []
    return [m.span() for m in _CURRENCY_NAME.finditer(text, start, end)]


def people_of_before(text: str, first: int) -> bool:
    """Whether the name at `first` is the country whose agents, nationals or envoys the
    words before it name ("suspected agents of Iran", "two nationals of India"): whose
    people, not where it happened (see `_PEOPLE_OF`)."""
    return _PEOPLE_OF_BEFORE.search(text, max(0, first - 40), first) is not None
