"""One person still missing, told by no number (issue 13, en44).

"Eight fishermen were killed on Friday. Another is missing.", "one soldier was killed
and another remains missing", "A villager is still unaccounted for": one person whose
fate is not known, counted by "another", "one (other, more)" or "a"/"an" and a word for
a person. The counted readings take "two others are missing" (a number); this module
reads the one told without one. Not a thing ("another boat is missing"), nor a person
whose missing is told as no fact ("if another goes missing", "fears that one is
missing" stay: the rule reads only a present or past state said outright).
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.numbers import Quantity
from workbench.extract.person_words import title
from workbench.models import Category

# Where the subject may open: the sentence, a clause after "and", "while", "but" or a
# comma or semicolon.
_OPENS = r"(?:^|(?<=[.;:,“\"]\s)|(?<=^\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bbut\s))"
_ONE_MISSING = re.compile(
    rf"{_OPENS}(?P<name>(?:[Aa]nother|[Oo]ne(?:\s+(?:other|more))?|[Aa]n?(?:\s+[a-z-]+)?)"
    r"(?:\s+(?P<noun>[a-z-]+))?)\s+"
    r"(?P<fate>(?:is|was|remains|remained|has\s+gone|had\s+gone|went|has\s+been|had\s+been|"
    r"is\s+(?:reported|believed|feared)|was\s+(?:reported|declared))\s+"
    r"(?:(?:still|also|reportedly)\s+)?(?:missing|unaccounted\s+for)(?![\w’'-]))"
)
# Counts with no noun, and words that are no noun of a person after them.
_BARE = frozenset({"another", "one", "one other", "one more"})


def one_missing(text: str, start: int, end: int) -> list[Reading]:
    """A reading of one `missing` person for each "another is missing", "one other
    remains missing", "a fisherman is still missing" in `text[start:end]`."""
    if "missing" not in text[start:end] and "unaccounted" not in text[start:end]:
        return []
    found = []
    for match in _ONE_MISSING.finditer(text, start, end):
        words = match.group("name").lower().split()
        noun = words[-1]
        if " ".join(words) not in _BARE and not title(noun):
            continue  # "another boat is missing", "a vehicle was missing"
        if words[0] in ("a", "an") and len(words) < 2:
            continue
        first = match.start("name")
        quantity = Quantity(first, match.end(), 1, 1, 1, "exact", words=True)
        found.append(
            Reading(quantity, Category.MISSING, first, match.end(), match.group("name"), None, None)
        )
    return found
