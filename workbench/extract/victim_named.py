"""Victims counted by their names after a plural title: "Corporals Bello and Idris
were killed" (two), "shot dead journalists Ali Musa and Yusuf Bello" (two),
"Sergeants Ali, Musa and Bello died" (three). Read by `victim_lists._parse_item`.
And the names a verb of killing governs (`named_objects`, read by `singular.py`):
"shot and killed Luis Duque, Antonio Varon and Alfonso Nivia" (three). And a name with
no title as an item of a list (`plain_name`): "a farmer, Audu Ochai, and his son"."""

from __future__ import annotations

import re
from typing import NamedTuple

from workbench.extract.lexicon import NOUN_CLASS, PEOPLE, NounClass
from workbench.extract.not_places import is_group
from workbench.extract.numbers import Quantity
from workbench.extract.person_words import is_person
from workbench.extract.victim_items import Item
from workbench.extract.victim_list_words import (
    COUNTED_OTHERS,
    NAME_WORD,
)

# A name, not a day or a month: "killed soldiers Monday and Tuesday" names no one.
_NOT_A_DATE = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b)"
)
_NAME = rf"{_NOT_A_DATE}{NAME_WORD}(?:\s+{_NOT_A_DATE}{NAME_WORD}){{0,2}}"
# Up to two words before a plural title ("Police inspectors", "senior officers"), then
# two or more names joined by commas and a last "and".
# The words before the title modify it: no verb, article or preposition ("killed were
# brothers X and Y" is a breakdown told with a copula, not an item).
_MODIFIER = (
    r"(?!(?:were|was|are|is|be|been|being|had|has|have|and|or|of|the|a|an|to|by|with|for|"
    r"his|her|their|its|in|on|at|from)\s)[A-Za-z][\w-]*\s+"
)
TITLED_NAMES = re.compile(
    rf"(?P<title>(?:{_MODIFIER}){{0,2}}?(?P<head>[A-Za-z][a-z-]+s))\s+"
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})(?![\w’'-])"
)
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


class TitledNames(NamedTuple):
    """Names after a plural title: `text[start:end]`, `quantity` the names counted,
    `title` the title's words ("Police inspectors")."""

    start: int
    end: int
    quantity: Quantity
    title: str


def titled_names(text: str, pos: int, end: int) -> TitledNames | None:
    """The names after a plural title at `pos` (before `end`), counted; None where
    no plural noun for people opens two or more names there."""
    match = TITLED_NAMES.match(text, pos, end)
    if match is None or not _plural_person(match.group("head").lower()):
        return None
    names = [n for n in _NAME_SPLIT.split(match.group("names")) if n]
    count = len(names)
    quantity = Quantity(pos, match.end("title"), count, count, count, "exact", words=True)
    return TitledNames(pos, match.end(), quantity, " ".join(match.group("title").split()))


def _plural_person(word: str) -> bool:
    """Whether a lower-case plural names people: "inspectors", "corporals"."""
    if NOUN_CLASS.get(word) in PEOPLE:
        return True
    return word.endswith("s") and not word.endswith("ss") and is_person(word[:-1])


# Names of two to four words, after a verb of killing: "shot and killed Luis Duque,
# Antonio Varon and Alfonso Nivia" (three), "killed John Okafor in Jos" (one). A
# name followed by a lower-case noun is a modifier ("killed Boko Haram fighters").
_FULL_NAME = rf"{_NOT_A_DATE}{NAME_WORD}(?:\s+{_NOT_A_DATE}{NAME_WORD}){{1,3}}"
_AGE = r"(?:\s*\((?:aged\s+)?\d{1,3}\))?"  # "Musa Bello (45)": his age, no second count
_AGE_AFTER = re.compile(r"\s*\([^()]*\)$")
_NAMED_OBJECTS = re.compile(
    r"(?<![\w-])(?:killed|kills|killing|shot\s+dead|shot\s+and\s+killed|assassinated|"
    r"executed|murdered|gunned\s+down|beheaded|decapitated|lynched)\s+"
    rf"(?P<names>{_FULL_NAME}{_AGE}(?:\s*,\s*{_FULL_NAME}{_AGE})*"
    rf"(?:\s*,?\s+and\s+{_FULL_NAME}{_AGE})?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|near|while|as|after|when|outside|inside|during|"
    r"from|and|before|who|whose|because)\b)"
)


def named_objects(text: str, start: int, end: int) -> list[tuple[int, int, int, str]]:
    """The names a verb of killing governs in `text[start:end]`: (start of the verb,
    end of the names, how many, the first name) for each such list, armed groups
    ("killed Boko Haram") left out."""
    found = []
    for match in _NAMED_OBJECTS.finditer(text, start, end):
        names = [_AGE_AFTER.sub("", n) for n in _NAME_SPLIT.split(match.group("names")) if n]
        people = [n for n in names if not is_group(n)]
        if people and len(people) == len(names):
            found.append((match.start(), match.end("names"), len(people), people[0]))
    return found


# A person's name, two words or more, or one after an honorific ("Mr Ochai").
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Mallam|Malam|Alhaji|Alhaja|Chief|Pastor|Rev|Hon|Madam)\.?\s+"
_PLAIN_NAME = re.compile(
    rf"(?:{_HONORIFIC}{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}|{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})"
    r"(?![\w’'-])"
)
_KIN_NEXT = re.compile(
    r"\s*,?\s+and\s+(?:(?:his|her|their)\s"
    # or others counted after the name: "killed Musa Bello and four others" (acled-m
    # study: "... and five others" was read as troops)
    rf"|{COUNTED_OTHERS})"
)
_NAME_CLOSES = re.compile(r"\s*,|\s+and\s")


def plain_name(text: str, pos: int, end: int, previous: Item | None) -> Item | None:
    """A name with no title of its own as an item: before "and his ..." ("killed Audu
    Ochai and his two sons") or "and N others" ("killed Musa Bello and four others"),
    or set off after one person ("a farmer, Audu Ochai, and
    his son": `victim_lists` joins it to the farmer). Not an armed group's name."""
    match = _PLAIN_NAME.match(text, pos, end)
    if match is None or is_group(match.group()):
        return None
    after = match.end()
    appositive = (
        previous is not None
        and previous.single
        and text[previous.end : pos].strip() == ","
        and _NAME_CLOSES.match(text, after, end) is not None
    )
    if not appositive and _KIN_NEXT.match(text, after, end) is None:
        return None
    return Item(pos, after, None, match.group(), NounClass.PERSON, single=True)


# A nom de guerre in quotes, perhaps before a name: "'General' Ivo", "'Field Marshal'".
_QUOTED_NAME = re.compile(
    rf"['‘\"“](?P<inner>[A-Z][\w .-]{{0,30}}?)['’\"”](?:\s+{NAME_WORD}){{0,2}}"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:and|in|at|near|on|of|while|who|after|during|along|alongside|as)\b)"
)
# Vague counts a coder quotes are no names: '"Scores" of fighters', '"Many" dead'.
_QUOTED_COUNTS = frozenset("many scores several dozens hundreds some few numerous most".split())


def quoted_name(text: str, pos: int, end: int) -> tuple[int, str] | None:
    """Where a person's nom de guerre in quotes at `pos` ends, and the words quoted
    ("killed 'General' Ivo and two of his boys", "commander 'Field Marshal' and 3 of
    his fighters"); None for an armed group's name or a quoted vague count."""
    match = _QUOTED_NAME.match(text, pos, end)
    if match is None:
        return None
    inner = match.group("inner")
    if inner.split()[0].lower() in _QUOTED_COUNTS or is_group(inner):
        return None
    return match.end(), inner
