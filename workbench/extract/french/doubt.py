"""The doubt a French report marks on its figures: the conditional of an unconfirmed
toll ("auraient été tués", "aurait fait 12 morts", "il y aurait"), "non confirmé",
"de sources non officielles" (issue 18)."""

from __future__ import annotations

import re

from workbench.extract.casefold import fold

_CONDITIONAL = re.compile(
    r"(?<![\w])(?:aurai(?:en)?t|serai(?:en)?t)\s+(?:été\s+|fait|péri|perdu|trouvé|tué|blessé|"
    r"mort|décédé|enlevé|disparu|de\s|d[’']|au\s+nombre|lourd)|(?<![\w])(?:s[’']élèverai(?:en)?t|"
    r"ferai(?:en)?t|non\s+confirmé|pas\s+été\s+confirmé|"
    # "pourraient avoir été tués", "il y aurait une dizaine de morts"
    r"pourrai(?:en)?t\s+avoir\s+(?:été|fait|péri|perdu|trouvé|tué|blessé)|il\s+y\s+aurait|"
    r"compterai(?:en)?t|dénombrerai(?:en)?t|"
    r"invérifiable|pas\s+pu\s+être\s+vérifié|de\s+sources?\s+non\s+officielles?)"
)
# The words one of which every `_CONDITIONAL` match holds.
_CONDITIONAL_HINTS = ("rait", "raient", "confirm", "vérifi", "officiel")


def hedged(text: str, start: int, end: int, folded: str | None = None) -> bool:
    """Whether the sentence marks its figures as unconfirmed: the conditional of a
    reported toll ("auraient été tués", "aurait fait 12 morts"), "non confirmé";
    `folded` is `casefold.fold(text)` where the caller has it."""
    folded = fold(text) if folded is None else folded
    words = folded[start:end]
    if not any(hint in words for hint in _CONDITIONAL_HINTS):  # most sentences: none
        return False
    return _CONDITIONAL.search(folded, start, end) is not None
