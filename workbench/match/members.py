"""Whom "members", "personnel" or "elements" count where the extractor kept only that
noun: the force the sentence names after it.

"Four members of the security forces were killed" reaches matching as a toll of
"members", which names no family, so it could not meet "four troops" or "five
policemen" another report counts. The sentence says whose members they are: of a
state's force ("the security forces", "the armed forces", "the army", "the
police", "the Kenya Defence Forces", "law enforcement agencies", "the Turkish
forces") they are security forces, as "security personnel" are. Of anything else
("members of the armed group", "of a militia", "of a family") the noun stays
without a family.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM

if TYPE_CHECKING:
    from workbench.match.features import Features

# nouns that name no family of their own: whose members they are says it
_UNSTATED = frozenset("member members personnel men elements".split())
# a state's force named after "of (the)", up to three words of its name before it
# ("the Nigerian security forces", "the Kenya Defence Forces", "the Afghan National Army")
_FORCE_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:security\s+(?:forces|services|agencies)|armed\s+forces|defen[cs]e\s+forces|"
    r"army|police(?:\s+force|\s+service)?|military|gendarmerie|navy|air\s+force|"
    r"national\s+guard|border\s+guards?|law\s+enforcement(?:\s+agencies)?)\b",
    re.IGNORECASE,
)
# a country's forces, its people's name just before the word: "of the Turkish forces",
# not "of the Syrian Democratic Forces" (the word before is no people's name)
_COUNTRY_FORCES = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+)\s+(?:forces|troops)\b")
# words that make a force a non-state one: "members of the Free Syrian Army", "of
# the Arakan Army", "of the rebel army" are an armed group's
_NOT_STATE = re.compile(r"\b(?:free|rebel|liberation|arakan|mahdi|islamic|people'?s)\b", re.I)


def force_members(f: Features) -> str | None:
    """The family the sentence gives a claim's unstated noun ("members of the security
    forces": "military"), or None: only where the claim has no family and its
    subject is one of the nouns that name none (`_UNSTATED`)."""
    words = (f.claim.subject or "").lower().split()
    if f.victim is not None or not words or words[-1] not in _UNSTATED:
        return None
    sentence = f.claim.sentence or f.claim.text
    noun = re.escape((f.claim.subject or "").split()[-1])
    for found in re.finditer(rf"\b{noun}\b", sentence, re.IGNORECASE):
        force = _FORCE_OF.match(sentence, found.end())
        if force is not None and not _NOT_STATE.search(force.group(0)):
            return "military"
        country = _COUNTRY_FORCES.match(sentence, found.end())
        if country is not None and country.group(1).lower() in COUNTRY_BY_DEMONYM:
            return "military"
    return None


def with_force_members(found: Iterable[Features]) -> list[Features]:
    """The claims, each toll of "members" or "personnel" of a state's force given the
    security forces' family (`force_members`); the others unchanged."""
    claims = []
    for f in found:
        family = force_members(f)
        claims.append(replace(f, victim=family) if family is not None else f)
    return claims
