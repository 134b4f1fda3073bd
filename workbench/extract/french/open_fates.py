"""A figure of the dead and the hurt together, in French: «les combats ont fait 800 morts
ou blessés», «ont tué ou blessé plus de 800 civils», «45 personnes ont été tuées ou
blessées», «37 personnes ont été tuées et blessées» (trial 78: Human Rights Watch's
"killed or injured more than 800 civilians"). Which befell whom is unsaid, so the figure
gives no `killed` and no `wounded` claim, the English reader's convention
(`open_fates.py`, "a fate left open between two": "killed or injured 22 pupils", "23
people were killed and wounded"). As there, a vague subject before a passive told with
«et» stays the vague death it was («des dizaines de personnes ont été tuées et
blessées»); with «ou» it is neither's.

Both fates each with its figure («12 morts et 40 blessés») are two claims: the other
fate's word must follow the first's right after «ou»/«et», with no figure between."""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.models import Category

_DEAD = r"(?:tu(?:é|ée|és|ées|er)|morte?s?|décédée?s?)"
_HURT = r"(?:bless(?:é|ée|és|ées|er))"
_OTHER = {Category.KILLED: _HURT, Category.WOUNDED: _DEAD}
# The other fate right after a reading's own word: «tuées ou blessées», «morts ou de
# blessés», «tués et blessés».
_AFTER = {
    category: re.compile(
        rf"\s+(?P<join>ou|et)\s+(?:de\s+|d[’']\s*|ont\s+été\s+|été\s+)?{fate}(?![\w])"
    )
    for category, fate in _OTHER.items()
}
# A reading's own fate ending it: «800 morts», «45 personnes ont été tuées» (not «tué un
# soldat», whose fate stands before its figure).
_OWN = {
    Category.KILLED: re.compile(rf"(?<![\w]){_DEAD}$"),
    Category.WOUNDED: re.compile(rf"(?<![\w]){_HURT}$"),
}
# The other fate right before a reading's verb: «tué ou blessé 800», «blessé ou tué».
_BEFORE = {
    category: re.compile(rf"(?<![\w]){fate}\s+(?P<join>ou|et)\s+$")
    for category, fate in _OTHER.items()
}
_REACH = 20  # characters before a reading's verb searched for the other fate


def open_fate(folded: str, reading: Reading) -> bool:
    """Whether `reading` (a killed or wounded figure, `folded` the sentence's text folded)
    counts the dead and the hurt together: its own fate's word joined to the other's by
    «ou» or «et», right after it or right before its verb; not with «et» where its figure is
    vague («des dizaines de personnes ont été tuées et blessées»)."""
    after, before = _AFTER.get(reading.category), _BEFORE.get(reading.category)
    if after is None or before is None:
        return False
    ends_on_fate = _OWN[reading.category].search(folded, max(0, reading.end - 12), reading.end)
    joined = after.match(folded, reading.end) if ends_on_fate else None
    if joined is None and reading.start < reading.quantity.start:  # a verb before the figure
        joined = before.search(folded, max(0, reading.start - _REACH), reading.start)
    if joined is None:
        return False
    return joined.group("join") == "ou" or not reading.quantity.qualifier.startswith("vague")
