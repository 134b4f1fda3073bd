"""A side's own dead, told as its own: the victims are the speaker's people.

"De notre côté, nous déplorons 9 martyrs et 12 blessés" in an army's communiqué, "On
our side, we lost seven men", "Our losses are three dead": the martyrs and the wounded
are the army's soldiers, though no word of the figure says so ("martyrs" is no family
of victims); so are "nos hommes", "nos éléments", "our men" in the claim's own words,
which read as civilians alone. Trial 75b's event so showed the army's 9 on a row of
no side beside the same 9 told as soldiers by another report.

A claim whose words name no family of victims (`Claim.unit` none, people or
casualties) gets the speaker's family where its sentence, before its figure, says the
victims are the speaker's (`_OWN_SIDE`: "de notre côté", "dans nos rangs", "nos
pertes", "on our side", "in our ranks", "our losses") and the speaker is of one: its
voice (`Claim.attribution`) where the sentence names one, else the document's outlet,
title or heading
lines (`_HEADING` characters), read as security forces ("army", "armée", "état-major",
"defence", "police", "gendarmerie") or an armed group ("rebels", "front for",
"liberation army", "mouvement", "militia"); an armed group's words win ("Liberation
Army of FACT" is no army of a state). Nothing changes where the speaker is of neither
(a mayor's "on our side, three died") or the victims have a family ("our civilians").
The other side's victims ("Bilan côté ennemi : 17 faits prisonniers", "enemy losses")
get the other family: an army's enemy is an armed group, an armed group's the army.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.models import Claim, SourceDocument

_HEADING = 400  # characters of a document's opening lines its author is named in
# The victims are the speaker's own, said before the figure in its sentence.
_OWN_SIDE = re.compile(
    r"(?<![\w’'])(?:de\s+notre\s+c[ôo]té|c[ôo]té\s+ami|dans\s+nos\s+rangs|parmi\s+nos|"
    r"nos\s+pertes|(?:on|from)\s+our\s+(?:own\s+)?side|our\s+side|in\s+our\s+ranks|"
    r"our\s+(?:own\s+)?(?:losses|casualties|dead))(?![\w’'])",
    re.IGNORECASE,
)
# The victims are the other side's: "Bilan côté ennemi : ... 17 faits prisonniers",
# "Enemy losses: 21 neutralised", "on the enemy side".
_ENEMY_SIDE = re.compile(
    r"(?<![\w’'])(?:c[ôo]té\s+(?:de\s+l[’']\s*)?ennemi|chez\s+l[’']\s*ennemi|pertes\s+"
    r"(?:de\s+l[’']\s*)?ennemies?|(?:on|from)\s+the\s+enemy(?:'s)?\s+side|enemy\s+"
    r"(?:losses|casualties|dead))(?![\w’'])",
    re.IGNORECASE,
)
_OTHER = {"military": "armed_group", "armed_group": "military"}
_ARMED = re.compile(
    r"\b(?:rebels?|rebelles?|insurgents?|insurg\w+|militias?|milices?|militiamen|jihadists?|"
    r"djihadistes?|front\s+(?:for|pour|de|du)|liberation\s+army|armée\s+de\s+libération|"
    r"mouvement|movement|resistance|résistance)\b",
    re.IGNORECASE,
)
_MILITARY = re.compile(
    r"\b(?:army|armies|armée|armées|armed\s+forces|forces\s+armées|military|militaire|"
    r"état-major|etat-major|general\s+staff|defen[cs]e|défense|police|gendarmerie|navy|"
    r"air\s+force|marine|troops|soldiers|commandant|commander|colonel|capitaine|captain)\b",
    re.IGNORECASE,
)
# Families of victims the speaker's words give (`Claim.unit`); others say no side.
_NO_SIDE = frozenset({"person", "casualty"})
# The speaker's own men, in the claim's own words: «Quatre de nos hommes sont tombés»,
# «deux de nos éléments», "three of our men" (trial 79: an army's communiqué's four read
# as civilians, as "hommes" alone is, and its event summed them beside its soldiers).
_OWN_MEN = re.compile(
    r"(?<![\w’'])(?:nos|our)\s+(?:propres\s+|own\s+)?(?:hommes|[ée]l[ée]ments|gars|men|boys)"
    r"(?![\w’'])",
    re.IGNORECASE,
)


def with_own_side(claims: Iterable[Claim], doc: SourceDocument) -> Iterator[Claim]:
    """The claims in their order, each whose sentence says its victims are the
    speaker's own given the speaker's family (module docstring)."""
    author: str | None = None
    for claim in claims:
        side = _side_told(claim) if claim.unit is None or claim.unit in _NO_SIDE else None
        men = claim.unit == "civilian" and _OWN_MEN.search(claim.text) is not None
        side = "own" if men else side  # "hommes" alone reads as civilians
        if side is not None:
            if author is None:
                author = _family(" ".join(_author_words(doc))) or ""
            family = _family(claim.attribution) if claim.attribution else author
            family = family or (author if men else family)  # "le communiqué": the army's
            family = family if side == "own" else _OTHER.get(family or "")
            if family:
                claim = claim.model_copy(update={"unit": family})
        yield claim


def _side_told(claim: Claim) -> str | None:
    """Whose the claim's sentence says, before its figure, its victims are: "own" (the
    speaker's), "enemy" (the other side's, nearer the figure where both are told), or
    None."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    end = at + len(claim.text)
    own = [m.start() for m in _OWN_SIDE.finditer(claim.sentence, 0, end)]
    enemy = [m.start() for m in _ENEMY_SIDE.finditer(claim.sentence, 0, end)]
    if not own and not enemy:
        return None
    return "own" if max(own, default=-1) > max(enemy, default=-1) else "enemy"


def _author_words(doc: SourceDocument) -> list[str]:
    """The words a document's author is named in: its outlet, title and opening lines."""
    return [doc.outlet or "", doc.title or "", doc.text[:_HEADING]]


def _family(words: str) -> str | None:
    """The family of victims a speaker named by `words` is of: an armed group's words
    first, else security forces'; None where neither's are."""
    if _ARMED.search(words):
        return "armed_group"
    if _MILITARY.search(words):
        return "military"
    return None
