"""A toll told grown to its figure far from its noun, for `victims.py`: "le bilan des
morts des deux attentats survenus le 7 février à Bagdad, la capitale du pays, s'est
alourdi à 36 personnes", "le nombre de victimes de l'attaque de missiles russes d'hier
sur Odessa est monté à cinq personnes", "le nombre de personnes blessées ... est
également passé de 64 à 94", "le nombre de personnes tuées par l'effondrement ...
compte désormais six personnes". `victim_words.PRE` reads the same when its words stand
close to the figure; this reads a whole clause of them (`REACH` characters), its
category from the noun counted ("blessés", "déplacés", "otages"), "bilan" alone the dead.
"""

from __future__ import annotations

import re

from workbench.models import Category

REACH = 220  # characters before a figure searched for a toll grown to it
_NOUNS = {
    "mort": Category.KILLED,
    "victime": Category.KILLED,
    "tué": Category.KILLED,
    "décès": Category.KILLED,
    "blessé": Category.WOUNDED,
    "déplacé": Category.DISPLACED,
    "disparu": Category.MISSING,
    "enlevé": Category.KIDNAPPED,
    "kidnappé": Category.KIDNAPPED,
    "otage": Category.KIDNAPPED,
}
_GROWN = re.compile(
    r"(?<![\w])(?:le\s+)?(?P<what>bilan|nombre)"
    r"(?:\s+(?:total|provisoire|officiel|humain|global|définitif))?"
    r"(?:\s+(?:des?|d[’'])\s*(?:[a-zà-ÿ’'-]+\s+){0,2}?"
    r"(?P<noun>mort|victime|tué|décès|blessé|déplacé|disparu|enlevé|kidnappé|otage)"
    r"(?:e|s|es)?(?![\w]))?"
    r"[^.;:!?]{0,160}?\s+"
    r"(?:(?:s[’'](?:est\s+)?(?:encore\s+|de\s+nouveau\s+)?(?:alourdi|alourdit|élève)|"
    r"(?:est|a)\s+(?:(?:également|encore|désormais|maintenant|ainsi|rapidement)\s+)?"
    r"(?:passé|monté|grimpé|augmenté))"
    r"(?:\s+(?:désormais|maintenant))?(?:\s+de\s+[^.;:]{1,25}?)?\s+à"
    r"|compte\s+(?:désormais|maintenant)|atteint\s+(?:désormais|maintenant))\s*$"
)
_HINTS = ("alourdi", "passé", "monté", "grimpé", "augmenté", "élève", "désormais", "maintenant")


def toll_grown(folded: str, start: int, end: int) -> tuple[Category, int] | None:
    """The category of a toll told grown to the figure right after `end` and where its
    words start, looked for back to `start` (at most `REACH` characters); None where
    none is told, or a count that names no harm ("le nombre de participants")."""
    reach = max(start, end - REACH)
    before = folded[reach:end]
    if not any(hint in before for hint in _HINTS):
        return None
    grown = _GROWN.search(folded, reach, end)
    if grown is None:
        return None
    noun = grown.group("noun")
    if noun is None:
        return (Category.KILLED, grown.start()) if grown.group("what") == "bilan" else None
    return _NOUNS[noun], grown.start()
