"""A part of people a participle counts, and what befell the part: two fates.

"Six out of 40 people injured in the attack died from their wounds": the 40 were
injured, and six of them died. Read figure by figure, the six took the participle's
fate (six wounded) and the 40 the verb's (40 killed): both wrong, and the event's
dead read as 40 (a Mogadishu trial, session 50).

Where a sentence counts "N (out) of (the) M <people> <participle>" and the M was read
in another fate than the participle's (the sentence's verb's), the whole M takes the
participle's fate and the part N the verb's ("died", "were killed": `killed`, the
incident's dead). Where the part alone was read ("Six of the 12 people abducted were
released"), it is left as read.

All rules run over lower-cased text (`casefold.fold`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.models import Category

# From the part's figure's end: "out of 40 people injured", "of the 12 villagers
# abducted" (the whole's figure in group "whole", the participle in "fate").
_OF_WHOLE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+)?(?P<whole>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?P<fate>injured|wounded|hurt|abducted|kidnapped|taken\s+hostage|"
    r"arrested|detained)(?![a-z])"
)
_PARTICIPLE_FATES = {
    "injured": Category.WOUNDED,
    "wounded": Category.WOUNDED,
    "hurt": Category.WOUNDED,
    "abducted": Category.KIDNAPPED,
    "kidnapped": Category.KIDNAPPED,
    "taken hostage": Category.KIDNAPPED,
    "arrested": Category.ARRESTED,
    "detained": Category.ARRESTED,
}


def partitive_fates(folded: str, readings: list[Reading]) -> list[Reading]:
    """`readings` (one sentence's, in order), each part counted against a whole its
    participle counts and read in another fate ("Six out of 40 people injured" and "40
    people injured in the attack died") read as the module says: the whole in the
    participle's fate, the part in the verb's."""
    if len(readings) < 2 or " of " not in folded[readings[0].start : readings[-1].end]:
        return readings
    out = list(readings)
    for i, part in enumerate(readings[:-1]):
        whole = readings[i + 1]
        found = _OF_WHOLE.match(folded, part.quantity.end)
        if found is None or found.start("whole") != whole.quantity.start:
            continue
        fate = _PARTICIPLE_FATES[" ".join(found.group("fate").split())]
        if whole.category not in (fate, Category.OTHER):
            out[i] = replace(part, category=whole.category)
            out[i + 1] = replace(whole, category=fate, end=found.end())
    return out
