"""Deaths told by a counted death noun, read as background as a verb's victims are.

"Youths protested over 5 killings in the town", "Residents marched against the
three murders", "a group of youths, angry at the two deaths, burned the station":
the number path of `claims.read_sentence` reads "5 killings" as five dead on its own,
past every filter `victims.find_victims` puts its victims through (ng77's "Left":
the lexicon's counted nouns bypass every background filter; acled-nigeria-d study,
"the assault garnered response from security forces which resulted in the three
deaths", coded 0 beside a protest). This module puts those readings through the
same filters: the reason for a protest or unrest, another event or an earlier day
(`victim_background.reasons`), a death re-told by a definite phrase after one given
as background (`victim_retold`), and a past deed or a motive (`victim_motive`).
Runs over lower-cased text (`casefold.fold`); read by reader.py.
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.victim_background import reasons
from workbench.extract.victim_motive import motive_background
from workbench.extract.victim_retold import retold_background
from workbench.models import Category

# The counted death nouns this module is about ("4 killings", "three deaths", "one
# fatality"): a number path's reading of a verb ("lost 40 soldiers") is not one.
_DEATH_NOUN = re.compile(
    r"(?<![a-z])(?:killings?|deaths?|murders?|fatalit(?:y|ies)|casualt(?:y|ies)|homicides?|"
    r"slayings?|assassinations?|lynchings?)(?![a-z])"
)


def counted_background(
    folded: str, start: int, end: int, readings: list[Reading], published: int | None = None
) -> list[Reading]:
    """`readings` (the number path's readings of sentence `folded[start:end]`, in
    order) less the deaths a counted death noun tells ("5 killings", "three deaths";
    not "lost 40 soldiers in 2016", which the verb's rules read) as background: a
    protest's or unrest's reason, another event's, an earlier day's, a motive's or a
    past deed's. `published` is the report's
    year where known (`victim_background.reasons`). Readings of other categories are
    kept as they are."""
    killed = [
        r
        for r in readings
        if r.category is Category.KILLED and _DEATH_NOUN.search(folded, r.start, r.end)
    ]
    if not killed:
        return readings
    told = reasons(folded, start, end, killed, published)
    told += retold_background(folded, start, killed)
    told += motive_background(folded, start, end, killed)
    if not told:
        return readings
    return [r for r in readings if r not in told]
