"""The words of a fate told with no number, for fates.py's vague readings: a quantifier
before the people ("many people", "an unknown number of"), the others of a count told
before ("and others wounded"), people with no article ("Women and children were
abducted"), a taking or a harm before a quantifier ("kidnapped many students", "killed
numerous civilians"), "among those missing" and "leaving no survivors"; the words each
match starts at (for `WordIndex.scan`) and the fate each cue word tells
(`category_of`). Split from fates.py.
"""

from __future__ import annotations

import re

from workbench.extract.fate_words import PEOPLE_WORDS
from workbench.models import Category

_PEOPLE = PEOPLE_WORDS
_PEOPLE_OR_OTHERS = rf"(?:{_PEOPLE}|others)"  # "injured many others"
_VAGUE = (
    r"(?P<q>many|numerous|countless|multiple|some|a\s+(?:large\s+|great\s+|significant\s+|growing\s+)?"
    r"number\s+of|an\s+(?:unknown|undisclosed|unspecified|unconfirmed)\s+number\s+of|"
    r"unspecified|an\s+unspecified)"
)
# "Many people have sought refuge in ...": the people, then a fate said after them
# (cues.post_cue), as after a count.
VAGUE_SUBJECT = re.compile(rf"\b{_VAGUE}\s+(?:[\w’'-]+\s+){{0,2}}?{_PEOPLE}\b", re.IGNORECASE)
# The others of a count told before: "10 soldiers were killed and others wounded",
# "36 dead and more injured", "..., while others were hurt"
OTHERS = re.compile(
    r"(?:(?<=\band\s)|(?<=,\s)|(?<=\bwhile\s))(?:many\s+|several\s+|scores\s+of\s+)?"
    r"(?P<q>others|more)\b",
    re.IGNORECASE,
)
# People with no article and no count: "Women and children were abducted".
BARE_SUBJECT = re.compile(
    rf"(?:^|(?<=[.;:,“\"]\s)|(?<=^\s)|(?<=\bthat\s))(?P<q>{_PEOPLE}"
    rf"(?:\s+and\s+{_PEOPLE})?)\b",
    re.IGNORECASE,
)
VAGUE_ACTIVE = re.compile(
    r"\b(?:(?P<cue>kidnapped|abducted|snatched|kidnapping|abducting)\s+"
    rf"(?:{_VAGUE}\s+(?:[\w’'-]+\s+){{0,2}}?|(?P<bare>))"
    # "displaced people" is no count of anyone displaced: a quantifier must say some
    rf"|(?P<moved>displaced|displacing|uprooted|uprooting)\s+{_VAGUE.replace('?P<q>', '?P<q2>')}"
    rf"\s+(?:[\w’'-]+\s+){{0,2}}?"
    # "killed many civilians", "resulted in the deaths of numerous civilians"
    rf"|(?P<harm>killed|killing|wounded|wounding|injured|injuring|(?:the\s+)?deaths\s+of|"
    rf"(?:the\s+)?killings?\s+of|(?:claimed|cost)\s+(?:the\s+)?lives\s+of)\s+"
    rf"{_VAGUE.replace('?P<q>', '?P<q3>')}\s+(?:[\w’'-]+\s+){{0,2}}?){_PEOPLE_OR_OTHERS}\b",
    re.IGNORECASE,
)
AMONG_THOSE = re.compile(
    r"\bamong\s+(?P<q>those|the\s+people|the\s+persons)\s+(?:(?:still|reported|who\s+are|"
    r"who\s+were|who\s+went)\s+)?(?P<cue>missing|displaced|kidnapped|abducted|unaccounted\s+for)\b"
    # "Among those abducted were 12 schoolgirls": a part counted (`breakdowns`), no vague count
    r"(?!\s+(?:were|was|are|is)\s+(?:also\s+)?(?:\d|(?:an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|twenty|dozens|scores|hundreds)\b))",
    re.IGNORECASE,
)
# Everyone killed, no count given: "attacked the vehicle, leaving no survivors"
NO_SURVIVORS = re.compile(
    r"\b(?:leaving|left|leave|with)\s+(?P<q>no)\s+(?P<cue>survivors)\b", re.IGNORECASE
)
# The words a match of each starts at, for `WordIndex.scan`
SUBJECT_AT = frozenset("many numerous countless multiple some a an unspecified".split())
OTHERS_AT = frozenset("many several scores others more".split())
ACTIVE_AT = frozenset(
    "kidnapped kidnapping abducted abducting snatched displaced displacing uprooted uprooting "
    "killed killing killings wounded wounding injured injuring the deaths claimed cost".split()
)
AMONG_AT = frozenset({"among"})
NO_SURVIVORS_AT = frozenset({"leaving", "left", "leave", "with"})
_CUE_CATEGORY = {
    "survivors": Category.KILLED,
    "displaced": Category.DISPLACED,
    "uprooted": Category.DISPLACED,
    "displacing": Category.DISPLACED,
    "missing": Category.MISSING,
    "unaccounted": Category.MISSING,
    "killed": Category.KILLED,
    "killing": Category.KILLED,
    "killings": Category.KILLED,
    "deaths": Category.KILLED,
    "claimed": Category.KILLED,
    "cost": Category.KILLED,
    "wounded": Category.WOUNDED,
    "wounding": Category.WOUNDED,
    "injured": Category.WOUNDED,
    "injuring": Category.WOUNDED,
}


def category_of(cue: str) -> Category:
    """The fate a vague reading's cue word tells ("displaced", "the deaths of", "survivors"
    of "no survivors": killed); a taking where the word is none of `_CUE_CATEGORY`'s."""
    words = [w for w in cue.lower().split() if w != "the"]
    word = words[-1] if "missing" in words else words[0]
    return _CUE_CATEGORY.get(word, Category.KIDNAPPED)
