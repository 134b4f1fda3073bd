"""A place a clause tells by description instead of a name: "in a nearby refugee camp",
"in a neighbouring village", "in villages near the border", "dans un village voisin",
"dans des villages proches de la frontière". Such a clause says where its figures
happened, and it is not the town an earlier clause or sentence named: its figures take
no place carried from before (`PageContext.carried`), only the page's country, and a
clause of an earlier event ("two days after a gunfight killed eight people in a nearby
refugee camp") keeps them to itself, its day counted back (`place_asides`,
`background_days`).

Trial 76 (Bangladesh): a Reuters lead's "two days after a gunfight ... killed eight
people in a nearby refugee camp" was placed at the town of the shelling its first clause
told, and dated to the shelling's day; UNHCR's "1,200 people fled their homes in
villages near the border" took the Myanmar township the sentence before named.
All patterns run over lower-cased text (`casefold.fold`).
"""

from __future__ import annotations

import re

from workbench.extract.place_asides import earlier_event_spans
from workbench.extract.place_mention import PlaceMention

_KIND = (
    r"(?:(?:refugee|displacement|displaced|idp|transit|border|rohingya|fishing|farming)\s+)?"
    r"(?:camps?|villages?|towns?|settlements?|hamlets?|communit(?:y|ies)|markets?|"
    r"neighbou?rhoods?|districts?)"
)
_FRENCH_KIND = (
    r"(?:camps?|villages?|localités?|hameaux|hameau|quartiers?|campements?|sites?)"
    r"(?:\s+de\s+(?:réfugiés|déplacés))?"
)
# "in a nearby refugee camp", "at a neighbouring village", "in another camp", "in two
# nearby villages", "in villages near the border", "in border villages along the
# frontier"; "dans un village voisin", "dans un autre camp", "dans des villages proches
# de la frontière", "dans les villages frontaliers".
_UNNAMED = re.compile(
    r"(?<![\w-])(?:in|at|inside)\s+(?:(?:a|an|one|two|three|four|several|some)\s+)?"
    rf"(?:nearby|neighbou?ring|adjacent|another|other|separate|different)\s+{_KIND}(?![\w-])"
    rf"|(?<![\w-])(?:in|at)\s+(?:the\s+)?{_KIND}\s+(?:near|along|close\s+to|by|on)\s+the\s+"
    r"(?:border|frontier)(?![\w-])"
    rf"|(?<![\w-])(?:dans|à)\s+(?:un|une|des|deux|trois|plusieurs)\s+(?:autres?\s+)?"
    rf"{_FRENCH_KIND}\s+(?:voisins?|voisines?|proches|environnants?|alentour)(?![\w-])"
    rf"|(?<![\w-])(?:dans|à)\s+(?:un|une)\s+autre\s+{_FRENCH_KIND}(?![\w-])"
    rf"|(?<![\w-])(?:dans\s+)?(?:des|les)\s+{_FRENCH_KIND}\s+(?:frontaliers|frontalières|"
    r"(?:situés\s+)?(?:proches\s+de|près\s+de|le\s+long\s+de)\s+la\s+frontière)(?![\w-])"
)

# Where people went, not where it happened: "fled into a nearby camp", "sought refuge in
# neighbouring villages", "were hiding in a nearby village", "ont trouvé refuge dans des
# villages voisins" (not "fled their homes in villages near the border": where they lived).
# a noun every `_UNNAMED` form holds, looked for first
_KIND_WORD = re.compile(
    r"camp|village|town|settlement|hamlet|communit|market|neighbo|district|localit|hameau|"
    r"quartier|site"
)

_WENT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:fled|flee|fleeing|flees|taken|moved|relocated|evacuated|transferred|"
    r"resettled|hiding|hid|sheltering)(?:\s+(?:to|into|towards?))?|refuge|shelter|safety|"
    r"réfugiée?s?|abritée?s?|évacuée?s?|transférée?s?|installée?s?)\s*$"
)


def unnamed_places(
    folded: str,
    clauses: list[tuple[int, int]],
    found: list[PlaceMention],
    country: str | None,
) -> list[PlaceMention]:
    """`found`, a sentence's places, with a mention named `country` (the page's) for each
    place told by description (see the module) in a clause of `clauses` that names none
    of `found`: what its figures take instead of a town carried from before. `found` as
    it is where the page has no country or the sentence tells no such place."""
    if country is None or not clauses:
        return found
    low, high = clauses[0][0], clauses[-1][1]
    if not _KIND_WORD.search(folded, low, high):
        return found  # most sentences: no noun `_UNNAMED` needs (its search is slow)
    added, earlier = [], None
    for match in _UNNAMED.finditer(folded, low, high):
        clause = next((c for c in clauses if c[0] <= match.start() < c[1]), None)
        # an earlier event's clause is one of its own: "three days after a clash killed
        # nine people in a nearby village" (`place_asides.earlier_event_spans`)
        earlier = earlier if earlier is not None else earlier_event_spans(folded, low, high)
        clause = next((s for s in earlier if s[0] <= match.start() < s[1]), clause)
        if clause is None or any(clause[0] <= p.start < clause[1] for p in found):
            continue
        if _WENT_BEFORE.search(folded, max(low, match.start() - 30), match.start()):
            continue  # "sought refuge in nearby villages": where they went
        added.append(PlaceMention(match.start(), match.end(), country, locative=True, unnamed=True))
    return sorted([*found, *added], key=lambda p: p.start) if added else found
