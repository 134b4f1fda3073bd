"""The missing found again: a count of people told missing whose own clause says they
were found, rescued or freed is no count of the missing now ("The two passengers
missing after Sunday's blast have been found alive", "The 12 missing miners were
rescued on Friday", «Les deux passagers portés disparus ont été retrouvés vivants»).
It gives no claim: the count it names is the one an earlier report gave, which the
event keeps as that report's word. Found dead, they are dead: "The two missing
fishermen were found dead", «retrouvés morts» is a count of the killed, as "bodies
found" is (issue 13's death wording). A trial's event kept two passengers missing a
later report said were found (trial 78); trial 79 read the found as missing again.

Only the count's own clause speaks: "Two passengers are still missing after three
were found alive" keeps the two (another count stands between)."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.models import Category

# What befell the missing, after their count: found, rescued, freed (English and
# French), then how they were found.
_FOUND = re.compile(
    r"\b(?:(?:have|has|had)\s+(?:since\s+|now\s+|all\s+)?)?(?:been|were|was|are|is)\s+"
    r"(?:later\s+|since\s+|now\s+|all\s+|"
    r"safely\s+|finally\s+|eventually\s+)?(?:found|rescued|freed|released|located|traced|"
    r"reunited|accounted\s+for)\b"
    r"|\b(?:have|has|had)\s+(?:since\s+|now\s+|all\s+)?(?:returned|resurfaced|turned\s+up)\b"
    r"|\b(?:ont|a|avaient|avait|sont|est)\s+(?:(?:depuis|finalement|tous|toutes|bien)\s+)?"
    r"(?:été\s+|ete\s+)?(?:(?:depuis|finalement|tous|toutes)\s+)?(?:retrouvée?s?|secourue?s?|libérée?s?|liberee?s?|relâchée?s?|localisée?s?|"
    r"rentrée?s?|réapparue?s?)\b"
)
_DEAD = re.compile(
    r"\s+(?:dead|lifeless|drowned|without\s+life|mort(?:e?s)?|sans\s+vie|noyée?s?|"
    r"morts?\s+noyés?)\b"
)
# Another count between the missing and the verb: the verb is that count's.
_ANOTHER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\b"
)
# A clause of its own between them: "have been missing since the diplomat's car was
# found" (RAND: the car was found, not the family)
_CLAUSE = re.compile(
    r"(?<!have\s)(?<!has\s)(?<!had\s)\b(?:since|when|because|until|as|while|whereas|depuis\s+que|quand|lorsqu['’e]|"
    r"parce\s+qu['’e]|tandis\s+qu['’e])\b"
)
# A verb in the singular, whose subject is one: no count of several
_ONE = re.compile(r"\b(?:was|is|has|a|est|avait)\s")
_REACH = 120  # characters after the count: its noun, an aside, the verb
_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|mais|et|tandis)\b")


def found_again(folded: str, readings: list[Reading]) -> list[Reading]:
    """`readings` (one sentence's; `folded` its document's folded text) less the
    counts of the missing their own clause tells found alive, rescued or freed; those
    told found dead read as killed."""
    out: list[Reading] = []
    for reading in readings:
        if reading.category is not Category.MISSING:
            out.append(reading)
            continue
        several = (reading.quantity.low or 0) > 1
        found = _found_after(folded, reading.quantity.end, several)
        if found is None:
            out.append(reading)
        elif _DEAD.match(folded, found):
            out.append(replace(reading, category=Category.KILLED))
    return out


def _found_after(folded: str, at: int, several: bool) -> int | None:
    """Where the words after a count of the missing (at `at`; `several`: more than one)
    end that tell them found, within its clause, before any other count or clause of
    its own, in the count's number; None where they tell nothing so."""
    window = folded[at : at + _REACH]
    stop = re.search(r"[.!?]", window)
    window = window[: stop.start()] if stop else window
    brk = _BREAK.search(window)
    window = window[: brk.start()] if brk else window
    found = _FOUND.search(window)
    if found is None or _ANOTHER.search(window, 0, found.start()):
        return None
    if _CLAUSE.search(window, 0, found.start()) or (several and _ONE.match(window, found.start())):
        return None
    return at + found.end()
