"""A killing the report calls someone to account for, told with its own day, is its news
(trial 79): "Guinean authorities must open an independent investigation into the
killing of at least six people ... when security forces fired live ammunition at
opposition protesters in Conakry on November 17, Coastal Africa Rights Watch said
today" is the rights group's toll of the crackdown it reports, its release's main
claim. An inquiry into a death and a call for justice are most often about an older
one (`victim_motive._MOTIVE`, `victim_reasons.BACKGROUND`: "a panel investigating the
murder of a councillor", "marched to demand justice for the killing of"), and were
dropped as background. Here the call ("investigation into", "inquiry into", "probe
into", "accountability for", "condemned") right before the killing's
words, and a day told after its victims in the sentence ("on November 17", "on
Tuesday", "yesterday", "last night"), with no earlier time between ("last year", "in
2019", "years ago"), keep it: the killing of that day is the report's; not where a
protest stands before the call in its sentence ("a protest ... to condemn the killing
of six Serbs on 14 December": the protest's reason). "Justice for" is the protesters'
and the families' words, not a call the report makes: "They also demanded justice for
the deaths of two fishers following a collision ... on January 27" told a protest of
4 February (acled-u study: read as its two dead when "justice for" was a call).
"""

from __future__ import annotations

import re

# A call to account right before a killing's words (lower-cased text): "an independent
# investigation into the ", "called for justice for the ", "condemned the ".
_CALL = re.compile(
    r"(?<![a-z])(?:investigations?\s+into|inquiry\s+into|enquiry\s+into|probe\s+into|"
    r"investigat(?:e|es|ed|ing)|accountability\s+for|"
    r"condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing))\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?$"
)
# A protest the call is the aim of: its reason, an older killing ("a protest ... to
# condemn the killing of six Serbs on 14 December": RAND's study half).
_PROTEST_BEFORE = re.compile(
    r"(?<![a-z])(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es|ing)?|sit-ins?|"
    r"vigils?)(?![a-z])[^.;\n]*$"
)
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
# The killing's own day after its victims.
_DAY = re.compile(
    r"(?<![a-z])(?:on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    rf"{_MONTHS}\s+\d{{1,2}}(?!\d)|\d{{1,2}}\s+{_MONTHS}(?![a-z]))|yesterday|last\s+night)"
    r"(?![a-z])"
)
# An earlier time between the victims and the day: the killing is an older one.
_EARLIER = re.compile(
    r"(?<![a-z])(?:last\s+(?:year|month|week)|(?:years?|months?|weeks?)\s+ago|earlier\s+this|"
    r"in\s+(?:19|20)\d\d|previous|\d{1,2}\s+\w+\s+(?:19|20)\d\d)(?![a-z0-9])"
)
_REACH = 160  # characters after the victims read for their day


def called_to_account(folded: str, at: int, after: int, end: int) -> bool:
    """Whether the killing whose words start at `at` (its victims ending at `after`, in
    the sentence ending at `end`; `folded` lower-cased) is one the report calls someone
    to account for, told with its own day: its news, no background."""
    call = _CALL.search(folded, max(0, at - 60), at)
    if call is None or _PROTEST_BEFORE.search(folded, max(0, call.start() - 200), call.start()):
        return False
    day = _DAY.search(folded, after, min(end, after + _REACH))
    return day is not None and not _EARLIER.search(folded, after, day.end() + 8)
