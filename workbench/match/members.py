"""The family of the people a claim counts, as matching and events read it
(`claim_family`): its unit's or subject's (`victims.victim_family`), else, where the
subject counts people only as members ("members", "personnel", "elements", "men"),
that of the body it names before them ("gang members", "NPA members") or after
"of" ("18 members of regime forces", "members of the Kenya Defence Forces",
"personnel of the Turkish forces": security forces; "members of the extremist Fano
group": an armed group), never a non-state one ("members of the Free Syrian Army").
"""

from __future__ import annotations

import re
from typing import Protocol

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM
from workbench.extract.lexicon import NounClass
from workbench.extract.not_place_words import names_armed_group
from workbench.match.victims import FORCE_WORDS, victim_family

# nouns of people that say only that they belong to a body the words after "of" name:
# "18 members of regime forces", "five elements of the army", "personnel of the police"
_MEMBER_NOUNS = frozenset("members member elements element personnel cadres ranks men".split())
_MEMBERS_OF = re.compile(
    r"\b(members?|elements?|personnel|cadres|ranks|men)\s+of\s+(?:the\s+)?"
    r"((?:[\w'’-]+\s+){0,3}?(?:forces?|army|police|troops|soldiers|militia|militias|"
    r"fighters|militants|rebels|insurgents|gendarmerie|guards?|army|military|navy|"
    r"services|agencies|civilians|groups?|gangs?|movement|sects?|factions?))\b",
    re.IGNORECASE,
)
# A state's force by its kind, named or not: "the Nigerian security forces", "the Kenya
# Defence Forces", "the Afghan National Army", "law enforcement agencies"; not a
# non-state one ("the Free Syrian Army", "the Arakan Army", "the rebel army")
_STATE_FORCE = re.compile(
    r"(?:security\s+(?:forces|services|agencies)|armed\s+forces|defen[cs]e\s+forces|"
    r"army|police(?:\s+force|\s+service)?|military|gendarmerie|navy|air\s+force|"
    r"national\s+guard|border\s+guards?|law\s+enforcement(?:\s+agencies)?)$",
    re.IGNORECASE,
)
_NOT_STATE = re.compile(r"\b(?:free|rebel|liberation|arakan|mahdi|islamic|people'?s)\b", re.I)
# a country's forces, its people's name just before the word: "the Turkish forces"
_COUNTRY_FORCES = re.compile(r"^([A-Z][a-z]+)\s+(?:forces|troops)$")
# a body of fighters by its kind: "the extremist group", "an armed gang"
_ARMED_BODY = re.compile(
    r"\b(?:armed|extremist|terrorist|jihadist|islamist|rebel|militant|insurgent|criminal)"
    r"\s+(?:[\w'’-]+\s+)?(?:groups?|gangs?|movement|sects?|factions?)$",
    re.IGNORECASE,
)


class Counting(Protocol):
    """What a claim's family is read from: its unit, subject, words and sentence."""

    @property
    def unit(self) -> str | None: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> str: ...


def claim_family(claim: Counting) -> str | None:
    """The family of the people a claim counts ("military", "civilian",
    "armed_group"; None where it names none): its unit's or subject's, else that of
    the body its subject's members belong to ("kills 18 members of regime forces",
    "including 15 members of the regime forces": the body may follow the claim's
    words in its sentence)."""
    family = victim_family(claim.unit, claim.subject)
    if family is not None:
        return family
    at = claim.sentence.find(claim.text)
    return members_family(claim.subject, claim.sentence[at:] if at >= 0 else claim.text)


# words before "members" that make them an armed group's: "gang members", "cult members"
_ARMED_MODIFIERS = frozenset(
    "gang cult rebel insurgent militant terrorist jihadist bandit guerrilla".split()
)
# a country's possessive before a body is no name of it: "Myanmar's security forces"
_POSSESSIVE = re.compile(r"^[A-Z][\w-]*['’]s\s+")


def members_family(subject: str | None, text: str) -> str | None:
    """The family of the people a subject counts only as members ("members",
    "personnel") of a body its words name before them ("gang members", "NPA members",
    "police personnel") or after "of" in `text` (the claim's words and what follows
    them in its sentence): "18 members of regime forces" and "members of Myanmar's
    security forces" are security forces, "members of the rebel militias" an armed
    group. None where the subject says no more, or the body is no force's or group's,
    or named ("members of the Awami League", "members of the Syrian Democratic
    Forces": a name says no family, whatever its last word)."""
    words = (subject or "").split()
    if not words or words[-1].lower() not in _MEMBER_NOUNS:
        return None
    if len(words) > 1:
        return _modifier_family(" ".join(words[:-1]))
    for match in _MEMBERS_OF.finditer(text):
        if match.group(1).lower() == words[-1].lower():
            return _body_family(_POSSESSIVE.sub("", match.group(2)))
    return None


def _modifier_family(modifier: str) -> str | None:
    """The family of members a modifier names: a group's name or an armed group's
    word ("NPA", "Al Shabaab", "gang") an armed group; a force ("police", "security
    force") security forces; else None ("BCL members", "family members")."""
    if names_armed_group(modifier) or modifier.lower().split()[-1] in _ARMED_MODIFIERS:
        return NounClass.ARMED_GROUP.value
    family = victim_family(None, modifier)
    return family if family == NounClass.MILITARY.value else None


def _body_family(body: str) -> str | None:
    """The family of the members of a body named after "of" (`members_family`)."""
    if names_armed_group(body) or _ARMED_BODY.search(body):
        return NounClass.ARMED_GROUP.value  # "members of the extremist Fano group"
    if _state_force(body):
        return NounClass.MILITARY.value  # "members of the Kenya Defence Forces"
    if any(word[:1].isupper() for word in body.split()):
        return None  # a named body: "the Syrian Democratic Forces" is a militia
    if body.lower().split()[-1] in FORCE_WORDS | {"gendarmerie"}:
        return NounClass.MILITARY.value  # "members of the army"
    return victim_family(None, body)


def _state_force(body: str) -> bool:
    """Whether a body after "members of" is a state's force by its kind, named or not
    ("the Nigerian security forces", "the Kenya Defence Forces", "the Turkish forces"),
    and no non-state one ("the Free Syrian Army")."""
    if _NOT_STATE.search(body):
        return False
    country = _COUNTRY_FORCES.match(body)
    if country is not None:
        return country.group(1).lower() in COUNTRY_BY_DEMONYM
    return _STATE_FORCE.search(body) is not None
