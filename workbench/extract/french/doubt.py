"""The doubt a French report marks on its figures: the conditional of an unconfirmed
toll ("auraient été tués", "aurait fait 12 morts", "il y aurait"), "non confirmé",
"de sources non officielles", "un bilan officieux", a forecast ("pourrait dépasser")
(issue 18)."""

from __future__ import annotations

import re

from workbench.extract.casefold import fold

_CONDITIONAL = re.compile(
    r"(?<![\w])(?:aurai(?:en)?t|serai(?:en)?t)\s+(?:été\s+|fait|péri|perdu|trouvé|tué|blessé|"
    r"mort|décédé|enlevé|disparu|de\s|d[’']|au\s+nombre|lourd|"
    # what a toll did or who fled, in the conditional: "aurait coûté la vie à", "auraient
    # fui", "serait porté disparu", "seraient à déplorer"
    r"coûté|causé|provoqué|entraîné|fui|quitté|succombé|emporté|kidnappé|exécuté|abattu|"
    r"massacré|égorgé|décapité|arrêté|interpellé|capturé|porté|recensé|comptabilisé|"
    r"à\s+déplorer)|(?<![\w])(?:s[’']élèverai(?:en)?t|"
    # a toll's verb in the conditional: "le bilan avoisinerait 50 morts", "dépasserait"
    r"(?:avoisine|dépasse|atteind|approche|(?:se\s+)?chiffre)rai(?:en)?t|"
    # a forecast: "le bilan pourrait dépasser 50 morts" (not "pourrait s'alourdir": a toll
    # counted that may grow is counted)
    r"pourrai(?:en)?t\s+(?:dépasser|atteindre|avoisiner|excéder|s[’']élever\s+à|se\s+chiffrer|"
    r"varier|osciller|se\s+situer)|"
    # a range in the conditional: "le nombre de morts se situerait entre 20 et 30"
    r"(?:varie|oscille|situe)rai(?:en)?t|"
    r"non\s+officiel(?:le)?s?|officieu(?:x|se|ses)|"
    r"ferai(?:en)?t|non\s+confirmé|pas\s+été\s+confirmé|"
    # "pourraient avoir été tués", "il y aurait une dizaine de morts"
    r"pourrai(?:en)?t\s+avoir\s+(?:été|fait|péri|perdu|trouvé|tué|blessé)|il\s+y\s+aurait|"
    r"compterai(?:en)?t|dénombrerai(?:en)?t|"
    r"invérifiable|pas\s+pu\s+être\s+vérifié|de\s+sources?\s+non\s+officielles?)"
)
# The words one of which every `_CONDITIONAL` match holds.
_CONDITIONAL_HINTS = ("rait", "raient", "confirm", "vérifi", "officiel", "officieu")


def hedged(text: str, start: int, end: int, folded: str | None = None) -> bool:
    """Whether the sentence marks its figures as unconfirmed: the conditional of a
    reported toll ("auraient été tués", "aurait fait 12 morts"), "non confirmé";
    `folded` is `casefold.fold(text)` where the caller has it."""
    folded = fold(text) if folded is None else folded
    words = folded[start:end]
    if not any(hint in words for hint in _CONDITIONAL_HINTS):  # most sentences: none
        return False
    return _CONDITIONAL.search(folded, start, end) is not None
