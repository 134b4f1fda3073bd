"""A year next to a casualty that dates something else than an earlier event
(`victim_backs._earlier_time` leaves out a casualty next to a year alone, as told of
the past: "a policeman killed in 2011"): the start of a running total ("has killed
3,000 since it began in 2004", "the insurgency, which began in 2009, has killed"), or
a relative clause on another noun ("The group, which was founded in 2009, killed 12",
"killed 12 in Dogo, which was attacked in 2019,"), a year's toll of thousands ("5,000
were killed in 2023", scope.py); and "earlier this week" after the
only event a sentence tells, which dates that event ("Twelve soldiers were killed
earlier this week, the army said"). Runs over lower-cased text.
"""

from __future__ import annotations

import re

from workbench.extract.victim_words import EVENT_WORDS

_SINCE_BEGAN = re.compile(
    r"(?<![a-z])(?:since\s+[^.;,]{0,40}|(?:began|started|erupted|broke\s+out|flared)\s+)$"
)
_MASS = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<!\d)\d{4,}(?!\d)|thousands|millions")
# A relative clause on the subject, closed before the casualty.
_ASIDE_OPEN = re.compile(r",\s+(?:which|who)\s[^,;.]*$")
# One opened after the casualty on another noun, telling no death of its own, set off
# by a comma or not: "killed a man who served in the army in 2014" (his service's year).
_ASIDE_AFTER = re.compile(r",?\s+(?:which|where|who)\s(?![^,;.]*\b(?:killed|died|dead|slain)\b)")


def year_of_another(
    folded: str, start: int, time: re.Match[str], reading_start: int, reading_end: int
) -> bool:
    """Whether the year `time` (a match in `folded`, the lower-cased text; `start` the
    sentence's start) dates a running total's start or a relative clause on another
    noun than the casualty `folded[reading_start:reading_end]`, not an earlier event."""
    if _SINCE_BEGAN.search(folded, max(start, time.start() - 50), time.start()):
        return True
    if _MASS.search(folded, reading_start, reading_end):
        return True  # "5,000 people were killed in 2023": a year's toll (scope.py)
    if time.end() <= reading_start:
        aside = _ASIDE_OPEN.search(folded, max(start, time.start() - 60), time.start())
        return aside is not None and "," in folded[time.end() : reading_start]
    return _ASIDE_AFTER.search(folded, reading_end, time.start()) is not None


# "in March 2025", "in early May 2024": a month of a year (not a year alone).
_MONTH_YEAR = re.compile(
    r"in\s+(?:(?:early|mid|late)[\s-]+)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+(?:19|20)\d\d"
)


# Another event a sentence may tell beside the casualty (not "in a raid": its scene;
# not "gunmen", who did it; unrest a killing set off).
_ANOTHER = re.compile(
    r"(?<![a-z])(?!gunm[ae]n(?![a-z]))"
    rf"(?:{EVENT_WORDS}|attacked|raided|stormed|protest\w*|clashed|came|comes"
    # unrest after the deaths: "Rioters set fire to the houses of a gang that killed 2
    # chiefs earlier in the day"
    r"|riot\w*|loot\w*|torch\w*|set\s+fire|vandali[sz]\w*|beat)(?![a-z])"
)


# Words that make the casualty one of several: "a second councillor was shot dead".
_ONE_OF_SEVERAL = re.compile(r"(?<![a-z])(?:second|third|another|also|separate)(?![a-z])")


def own_earlier(
    folded: str, start: int, end: int, time: re.Match[str], reading_start: int, reading_end: int
) -> bool:
    """Whether "earlier this week" (`time`, a match in `folded`) after the casualty
    `folded[reading_start:reading_end]` dates it: the sentence `folded[start:end]` tells
    no other event ("Police arrested two men over the killing of 12 earlier this week"
    does). So does a month after it ("Gunmen killed 9 in Irumu in March 2025"); a year
    alone still tells of the past ("a rebel leader killed in 1998")."""
    if time.start() < reading_end:
        return False
    if not (folded.startswith("earlier", time.start()) or _MONTH_YEAR.match(folded, time.start())):
        return False
    outside = " ".join(
        (folded[start:reading_start], folded[reading_end : time.start()], folded[time.end() : end])
    )
    return _ANOTHER.search(outside) is None and not _ONE_OF_SEVERAL.search(folded, start, end)
