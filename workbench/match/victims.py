"""Whom a claim counts, as the matcher compares it: a family of victims, or a person named.

The families are the lexicon's (extract/lexicon.py): soldiers, gendarmes, police,
national guards and peacekeepers are security forces; villagers, residents,
worshippers and pupils civilians; militants and gunmen an armed group. A subject
is read by its last word the lexicon puts in a family, in the plural or the
singular ("four policemen", "a policeman"), with the ranks and spellings reports
use that the lexicon leaves to the people nouns ("five CAF jawans", "one sub
inspector", "four worshipers").
"""

from __future__ import annotations

from workbench.extract.lexicon import NOUN_CLASS, PERSON_NOUNS, SINGULAR_CLASS, NounClass

_FAMILIES = (NounClass.CIVILIAN, NounClass.MILITARY, NounClass.ARMED_GROUP)
_UNSTATED = frozenset({NounClass.MEN, NounClass.PERSON})  # "personnel", "men", "members"
_FORCE_WORDS = frozenset("army military security police paramilitary navy".split())
# Ranks and spellings of the families that the lexicon knows only as people nouns
# or not at all: South Asian police and army ranks, one-p "worshipers".
_MORE_FAMILY_WORDS = {
    **dict.fromkeys(
        "jawan jawans constable constables inspector inspectors sub-inspector "
        "sub-inspectors trooper troopers sepoy sepoys havildar havildars guardsman "
        "guardsmen".split(),
        NounClass.MILITARY,
    ),
    **dict.fromkeys(
        "worshiper worshipers passerby passersby passer-by onlooker onlookers".split(),
        NounClass.CIVILIAN,
    ),
}
_KNOWN_WORDS = frozenset(NOUN_CLASS) | frozenset(SINGULAR_CLASS) | PERSON_NOUNS


def word_family(word: str) -> NounClass | None:
    """The family a lower-case noun names, plural or singular; None if none."""
    cls = NOUN_CLASS.get(word) or SINGULAR_CLASS.get(word) or _MORE_FAMILY_WORDS.get(word)
    return cls if cls in _FAMILIES else None


def victim_family(unit: str | None, subject: str | None) -> str | None:
    """The family of the people counted ("civilian", "military", "armed_group"): the
    unit the extractor gave, else the last word of the subject in a family;
    "personnel", "men" or "members" of a force ("Army personnel", "security men")
    are security forces. None where the subject names no family."""
    if unit in ("civilian", "military", "armed_group"):
        return unit
    words = (subject or "").lower().split()
    for word in reversed(words):
        cls = word_family(word)
        if cls is not None:
            return cls.value
    if words and NOUN_CLASS.get(words[-1]) in _UNSTATED and _FORCE_WORDS.intersection(words):
        return NounClass.MILITARY.value
    return None


def named_person(subject: str | None) -> bool:
    """Whether a subject is only a person's name ("Pricha Nuannuay", "Simon Veness"):
    every word capitalised and none a noun of people ("Kenyan Soldiers", "Chief"),
    so it says who was counted, not what kind of person; it fits any other subject,
    as "people" does."""
    words = (subject or "").split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return not any(w.lower().strip("().,") in _KNOWN_WORDS for w in words)
