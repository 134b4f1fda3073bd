"""Sentences that tie their report's event to another they tell: "The attack came a
day after a bomb killed twelve in Kirkuk", "Cette attaque survient quatre jours après
le massacre de Bois-Neuf, à Cité Soleil, qui a fait au moins 38 morts". The English
reader leaves such figures out (`victim_background.reasons`); the French gold keeps
them (benchmarks/annotations/french-j's rules), so the matcher asks this before it
reads a claim by its report's lead (`match.features`): the other event's place is
not the report's town (re-trial 62: a French radio's background 38 for Bois-Neuf
took the names of its lead, Lapierre, and joined the two massacres).
"""

from __future__ import annotations

import re

from workbench.extract.casefold import fold
from workbench.extract.victim_reasons import OTHER_EVENT

# "Cette attaque survient / intervient / fait suite ... après / au lendemain de":
# the French of OTHER_EVENT, its subject anything before the verb
_TIED_FR = re.compile(
    r"(?<![\w])(?:survien\w*|surv[ie]n[ut]\w*|intervien\w*|intervenu\w*|se\s+produit"
    r"|s[’']est\s+produite?)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:après|à\s+la\s+suite\s+d|au\s+lendemain\s+d|dans\s+la\s+foulée\s+d)"
    r"|(?<![\w])fai(?:t|sait)\s+suite\s+(?:à|au|aux)(?![\w])"
)


def tells_another_event(sentence: str) -> bool:
    """Whether `sentence` ties its report's event to another it goes on to tell, in
    English (`victim_reasons.OTHER_EVENT`, from the sentence's start) or in French
    (`_TIED_FR`: "survient deux jours après l'embuscade de Kalemba", "fait suite à
    l'attaque du camp de Bulengo")."""
    folded = fold(sentence)
    return OTHER_EVENT.match(folded) is not None or _TIED_FR.search(folded) is not None
