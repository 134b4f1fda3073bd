"""A part named after a toll is a breakdown of it (issue 13, kinds37).

"The death toll rose to 40, including 5 children", "Twelve civilians were wounded,
including 4 children", "the casualty figure was 34, among them 9 police officers",
"Those killed included 6 women": the 5, the 4, the 9 and the 6 are among the dead or
the hurt just counted. Read number by number,
such a part came out as `other` ("5 children") or `troops` ("9 police officers"); it is
a claim of the toll's category, its text opening with the word that makes it a part
("including 5 children"), so that a reader adding up a toll knows it adds nothing
(`benchmarks/incident_toll.py`, `match.lists`: a breakdown is no list).

A part of people counted by no figure ("the hospital received many wounded, including
two children", "many wounded, two of them in critical condition") is no figure of the
whole: it gives no claim, neither the whole's fate with the part's number (which would
read as the toll) nor `other`. A part whose predicate gives it another fate ("many of
the wounded, two of whom later died") stays that fate's claim.

A part inside a victim's list ("killed 30 people, including 5 children") is read with
its list and gives no claim of its own (victims.py); this module reads the parts the
number-by-number reading left.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.models import Category

# Run over folded text, ending where the part's figure starts.
_PART_LEAD = re.compile(
    r"(?:,\s*|\s+|\(\s*)(?P<lead>including|among\s+(?:them|whom)|amongst\s+them)\s+$"
)
# A part told with "included" after the people counted: "Those killed included 6 women",
# "Those killed in the raid on the town included 12 children", "The injured included 9
# pupils" (a claim's words may open at its fate word: "injured included 9 pupils").
# (The words up to "includ", lower case: `match.parts` reads the same as a part's lead.)
THOSE_INCLUDED = (
    r"(?:(?:those|the\s+people|the\s+persons|the)\s+)?(?P<fate>killed|dead|wounded|"
    # "killed in the raid on X included", not "killed at least 28 people including"
    r"injured|hurt|kidnapped|abducted)(?:\s+(?:in|on|at(?!\s+(?:least|most)\b)|during|by|of|from)"
    r"\s+[^.;,]{1,60}?)?"
    r"\s+(?:also\s+)?includ"
)
_INCLUDED = re.compile(rf"(?<![a-z])(?P<lead>{THOSE_INCLUDED}(?:ed|e|es))\s+$")
# The same, the part after the verb: "Among those killed were four children", "Among the
# 21 dead were ...", "Among the injured was a policeman".
_AMONG_WERE = re.compile(
    r"(?<![a-z])(?P<lead>among(?:st)?\s+(?:the|those)\s+(?:(?:people|persons)\s+)?(?:\d[\d,]*\s+)?"
    r"(?P<fate>killed|dead|wounded|injured|hurt|kidnapped|abducted|victims)"
    r"(?:\s+[a-z]+){0,3}?\s+(?:were|was|are|is)\s+(?:also\s+)?)$"
)
_PART_CATEGORIES = frozenset({Category.OTHER, Category.TROOPS})
_PART_WORD = re.compile(r"includ|among")  # a part's lead (`_PART_LEAD`), cheaply
_GAP = re.compile(r"[^.;:!?()\d]{0,80}")  # between a toll and its part: no figure, no stop
# A part counted against its whole: "two of them", "three of whom", "1,350 of whom".
_OF_THEM = re.compile(r"(?:\d[\d,.]*\d|[\w-]+)\s+of\s+(?:them|whom)(?![a-z])")
# A whole counted by no figure, ending right before its part.
_UNCOUNTED = re.compile(
    r"(?<![a-z])(?:many|numerous|countless|untold|a\s+lot\s+of|lots\s+of|a\s+number\s+of|"
    r"an?\s+(?:unknown|unspecified|undisclosed|unconfirmed|large|huge|great|significant|"
    r"considerable|high)\s+number\s+of)\s+(?:of\s+the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<fate>wounded|injured|hurt|dead|killed|casualties|victims|bodies|hostages|kidnapped|"
    r"abducted|missing|displaced)(?![a-z])[^.;:!?()\d]{0,40}$"
)
_FATES = {
    "wounded": Category.WOUNDED,
    "injured": Category.WOUNDED,
    "hurt": Category.WOUNDED,
    "hostages": Category.KIDNAPPED,
    "kidnapped": Category.KIDNAPPED,
    "abducted": Category.KIDNAPPED,
    "missing": Category.MISSING,
    "displaced": Category.DISPLACED,
}


def breakdowns(folded: str, start: int, readings: list[Reading]) -> list[Reading]:
    """The readings of a sentence starting at `start`, each part named after a toll
    ("including 5 children") read as a part of it, in its category, and each part of an
    uncounted whole ("many wounded, including two children") left out."""
    if not any(
        r.category in _PART_CATEGORIES or r.category in _FATES.values() for r in readings
    ) and (len(readings) < 2 or not _PART_WORD.search(folded, start, readings[-1].start)):
        return readings  # most sentences hold no part to read
    kept: list[Reading] = []
    listed: Reading | None = None  # the first part of the list of parts being read
    for reading in readings:
        lead = _PART_LEAD.search(folded, max(start, reading.start - 30), reading.start)
        fate = _uncounted_fate(folded, start, lead.start() if lead else reading.start)
        part_of_uncounted = fate is not None and (
            reading.category in _PART_CATEGORIES
            or (reading.category is fate and (lead or _OF_THEM.match(folded, reading.start)))
        )
        if part_of_uncounted and (lead or _OF_THEM.match(folded, reading.start)):
            continue  # "many wounded, two of them critical": no figure of the wounded
        included = _INCLUDED.search(
            folded, max(start, reading.start - 110), reading.start
        ) or _AMONG_WERE.search(folded, max(start, reading.start - 60), reading.start)
        if included is not None and reading.category in _PART_CATEGORIES:
            fate = _FATES.get(included.group("fate"), Category.KILLED)
            listed = _part(reading, fate, included.start("lead"))
            kept.append(listed)  # "and two women" after it: a part too (`_next_part`)
            continue  # "Those killed included 6 women": a part of the dead told before
        whole = kept[-1] if kept else None
        if (
            lead is not None
            and whole is not None
            # "killed 20, including 5 women killed in the market": the part's own verb
            # tells the whole's fate again, and it is still a part
            and (reading.category in _PART_CATEGORIES or reading.category is whole.category)
            and whole.category in CASUALTY_CATEGORIES
            and whole.end <= lead.start()
            and _GAP.fullmatch(folded, whole.end, lead.start())
        ):
            reading = _part(reading, whole.category, lead.start("lead"))
            listed = reading
        elif (whom := _OF_WHOM.search(folded, max(start, reading.start - 20), reading.start)) and (
            whole is not None and whole.category is reading.category
        ):  # "157 injured, out of whom 12 are in critical condition": a part of the 157
            reading = _part(reading, reading.category, whom.start("lead"))
        elif whole is not None and _heads_partitive(folded, reading, whole):
            continue  # "Two people died, one of them a police officer, and 19 ... were injured"
        elif whole is not None and _set_off_partitive(folded, reading, whole):
            # "At least 18 people – eight of them children – have been killed": read
            # with its toll's noun, as the same set off by commas is (victims.py);
            # unless more parts follow it ("..., 11 of them police and seven
            # civilians"): then the first of a list of parts (listed_parts.py)
            if not _list_follows(folded, reading, readings):
                continue
            reading = _part(reading, whole.category, reading.start)
        elif whole is not None and (share := _share_of(folded, reading, whole)) is not None:
            # "Some 4,200 people have fled to The Gambia, 1,350 of whom arrived since
            # January": a part of the whole with a verb of its own, its text to "of whom"
            # (its period its own: scope.py)
            reading = _part(reading, whole.category, reading.start)
            reading = replace(reading, end=max(share, reading.end))
        elif listed is not None and whole is not None and _next_part(folded, reading, whole):
            # "including 14 children and 15 women": its text from the list's "including",
            # so that a reader adding up a toll knows it adds nothing
            reading = _part(reading, whole.category, listed.start)
        else:
            listed = None
        kept.append(reading)
    return kept


_OF_WHOM = re.compile(r",\s*(?P<lead>(?:out\s+)?of\s+(?:whom|them|those))\s+$")
# Between two parts of a list, over items the reading left bare: "including 9 women,
# 8 children, 5 men and 1 soldier" (the soldier a part as the children are).
_AND_PART = re.compile(
    r"(?:\s*,\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z-]+){0,3}"
    r"\s*(?:,\s*(?:and\s+)?|and\s+)"
)


# Between a toll's figure and a partitive set off after its noun: " people – ", " (".
_BEFORE_PARTITIVE = re.compile(r"(?:\s+[a-z-]+){0,2}\s*[,(–—-]\s*")
# Between a toll's verb and a partitive set off after it: "12 were killed, five of them".
_SET_OFF = re.compile(r"\s*[,(–—-]\s*")


def _set_off_partitive(folded: str, reading: Reading, whole: Reading) -> bool:
    """Whether `reading`, read as no fate, is a partitive set off right after the noun of
    the toll `whole` ("18 people – eight of them children –", "18 people (eight of
    them children)") or right after its text ("12 people were killed, five of them
    children"): a part of that toll, no claim of its own."""
    return (
        reading.category in _PART_CATEGORIES
        and whole.category in CASUALTY_CATEGORIES
        and _OF_THEM.match(folded, reading.start) is not None
        and (
            _BEFORE_PARTITIVE.fullmatch(folded, whole.quantity.end, reading.start) is not None
            or _SET_OFF.fullmatch(folded, whole.end, reading.start) is not None
        )
    )


# A partitive set off after a toll and the words that end its clause: " to the gambia, ".
_CLAUSE_GAP = re.compile(r"[^.;:!?()\d]{0,80}?,\s*")


def _share_of(folded: str, reading: Reading, whole: Reading) -> int | None:
    """Where "N of whom" ends, where `reading`, read as no fate or as the toll's, is such
    a partitive set off by a comma after the toll `whole` and the rest of its clause,
    with no figure between ("4,200 people have fled to The Gambia, 1,350 of whom
    arrived"); None where it is not."""
    if not (reading.category in _PART_CATEGORIES or reading.category is whole.category):
        return None
    share = _OF_THEM.match(folded, reading.quantity.start)
    if share is None or whole.category not in CASUALTY_CATEGORIES or whole.end > reading.start:
        return None
    return share.end() if _CLAUSE_GAP.fullmatch(folded, whole.end, reading.start) else None


# A partitive's lead set off after a toll, ending where its part's figure starts: ", one
# of them " in "Two people died, one of them a police officer, and ...".
_PARTITIVE_LEAD = re.compile(r"\s*[,(–—-]\s*[\w-]+\s+of\s+(?:them|whom)\s+$")


def _heads_partitive(folded: str, reading: Reading, whole: Reading) -> bool:
    """Whether `reading` is the part a partitive names right after the toll `whole`
    ("Two people died, one of them a police officer, and 19 members of the security
    forces were injured", trial 79): the officer is one of the two dead, read by
    the set-off partitive as no claim of its own; the list the next clause's verb
    governs had taken him as one of the injured."""
    return (
        whole.category in CASUALTY_CATEGORIES
        and reading.category is not whole.category
        and _PARTITIVE_LEAD.fullmatch(folded, whole.end, reading.quantity.start) is not None
    )


_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _list_follows(folded: str, reading: Reading, readings: list[Reading]) -> bool:
    """Whether a count of people with no fate follows `reading`, joined by "and" or a
    comma: "11 of them police officers and seven civilians"."""
    later = [r for r in readings if r.start >= reading.end]
    return bool(later) and (
        later[0].category in _PART_CATEGORIES
        and _LIST_JOINT.fullmatch(folded, reading.end, later[0].start) is not None
    )


# A count's own predicate right after it: "..., and nine were being treated", "and 20
# are still in hospital" (trial 78: read as nine more children among the dead).
_OWN_PREDICATE = re.compile(
    r"\s+(?:others?\s+|more\s+)?(?:were|are|was|is|have\s+been|had\s+been|remain(?:ed)?|"
    r"remains|had|have|died|survived|escaped|fled|lay|lie)(?![a-z])"
)


def _next_part(folded: str, reading: Reading, part: Reading) -> bool:
    """Whether `reading` is a further part of the list the part before it belongs to:
    "including 14 children and 15 women" (the women among the dead too); not a count
    with its own predicate ("including two children, and nine were being treated")."""
    return (
        reading.category in _PART_CATEGORIES
        and part.category in CASUALTY_CATEGORIES
        and _AND_PART.fullmatch(folded, part.end, reading.start) is not None
        and _OWN_PREDICATE.match(folded, reading.end) is None
    )


def _part(reading: Reading, category: Category, start: int) -> Reading:
    """`reading` as a part of a toll of `category`, its text from `start` ("including
    5 children")."""
    return Reading(
        reading.quantity,
        category,
        start,
        reading.end,
        reading.subject,
        reading.noun,
        reading.actor,
    )


def _uncounted_fate(folded: str, start: int, pos: int) -> Category | None:
    """The fate of a whole counted by no figure that ends right before `pos` ("many
    wounded, "), or None."""
    whole = _UNCOUNTED.search(folded, max(start, pos - 90), pos)
    if whole is None:
        return None
    return _FATES.get(whole.group("fate"), Category.KILLED)
