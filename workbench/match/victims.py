"""Whom a claim counts, as the matcher compares it: a family of victims, or a person named.

The families are the lexicon's (extract/lexicon.py): soldiers, gendarmes, police,
national guards and peacekeepers are security forces; villagers, residents,
worshippers and pupils civilians; militants and gunmen an armed group. A subject
is read by its last word the lexicon puts in a family, in the plural or the
singular ("four policemen", "a policeman"), with the ranks and spellings reports
use that the lexicon leaves to the people nouns or does not know ("five CAF jawans",
"one sub inspector", "four worshipers", "33 hijackers", "three truckers":
`victim_words`). Hostages are in no family: a
hostage-taking's toll of hostages and one of a company's employees among them are
no two counts of one family.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME
from workbench.extract.lexicon import NOUN_CLASS, PERSON_NOUNS, SINGULAR_CLASS, NounClass
from workbench.extract.person_sex import sex_of_word
from workbench.extract.person_words import is_person
from workbench.match.victim_words import MORE_FAMILY_WORDS, PEOPLE_OF_COUNTRIES

_FAMILIES = (NounClass.CIVILIAN, NounClass.MILITARY, NounClass.ARMED_GROUP)
_UNSTATED = frozenset({NounClass.MEN, NounClass.PERSON})  # "personnel", "men", "members"
# the words of a state's force: "Army personnel", "security men", "members of the police"
FORCE_WORDS = frozenset("army military security police paramilitary navy enforcement".split())
# nouns a force word before makes security forces: "security operatives", "police agents",
# "police officials" (Nigeria's "security operatives"; "OAG operatives" stay an armed
# group, "government officials" civilians)
_FORCE_NOUNS = frozenset("operatives operative agents agent officials official staff".split())
# words that put fighters or militiamen on a state's side: "22 regime fighters",
# "pro-government militiamen" are security forces, not an armed group
_STATE_SIDE = frozenset("regime government pro-government pro-regime loyalist".split())
# civil offices whose holder's title ends in "general": "consul general", "attorney
# general", "director general"; the rank read alone made them soldiers (victim words:
# "the Turkish consul general" and "a Turkish diplomat" clashed as two families).
# "Inspector general" stays a police rank (South Asia's IGP, DIG)
_CIVIL_TITLES = frozenset(
    "consul attorney secretary director solicitor governor procurator prosecutor auditor "
    "postmaster accountant registrar comptroller".split()
)
_KNOWN_WORDS = (
    frozenset(NOUN_CLASS)
    | frozenset(SINGULAR_CLASS)
    | PERSON_NOUNS
    | PEOPLE_OF_COUNTRIES
    | frozenset(MORE_FAMILY_WORDS)  # "Naxals", "Maoists": a family's noun, no name
)


def word_family(word: str) -> NounClass | None:
    """The family a lower-case noun names, plural or singular; None if none."""
    for cls in (NOUN_CLASS.get(word), SINGULAR_CLASS.get(word), MORE_FAMILY_WORDS.get(word)):
        if cls in _FAMILIES:
            return cls
    return None


def victim_family(unit: str | None, subject: str | None) -> str | None:
    """The family of the people counted ("civilian", "military", "armed_group"): the
    unit the extractor gave, else the last word of the subject in a family;
    "personnel", "men" or "members" of a force ("Army personnel", "security men")
    are security forces. None where the subject names no family."""
    words = (subject or "").lower().split()
    if _state_side(words) or _force_agents(words):
        return NounClass.MILITARY.value
    if unit in ("civilian", "military", "armed_group"):
        return unit
    for before, word in reversed(list(pairwise(["", *words]))):
        if civil_general(before, word):
            continue  # "the Turkish consul general", "the attorney general": no army general
        cls = word_family(word)
        if cls is not None:
            return cls.value
    if words and NOUN_CLASS.get(words[-1]) in _UNSTATED and FORCE_WORDS.intersection(words):
        return NounClass.MILITARY.value
    return None


def civil_general(before: str, word: str) -> bool:
    """Whether a lower-case `word` "general" ends a civil office's title with the word
    `before` it ("consul general", "attorney general": _CIVIL_TITLES), not an army rank."""
    return word == "general" and before in _CIVIL_TITLES


def head_noun(subject: str) -> str:
    """A subject's head noun: its last word, or a civil title ending in "general" whole
    ("Turkish consul general" -> "consul general", not a "general")."""
    words = subject.split()
    if len(words) > 1 and civil_general(words[-2].lower(), words[-1].lower()):
        return " ".join(words[-2:])
    return words[-1] if words else ""


def _force_agents(words: list[str]) -> bool:
    """Whether a subject's last noun is an agent of a force ("security operatives",
    "police agents", "law enforcement agents"): security forces."""
    return len(words) > 1 and words[-1] in _FORCE_NOUNS and words[-2] in FORCE_WORDS


def _state_side(words: list[str]) -> bool:
    """Whether a subject's fighters are a state's ("22 regime fighters", "pro-government
    militiamen", "two fighters of the Popular Mobilisation Forces"): security forces,
    whatever family the word alone is in."""
    if _STATE_FORCES.search(" ".join(words)):
        return True
    return any(
        word_family(word) is NounClass.ARMED_GROUP and before in _STATE_SIDE
        for before, word in pairwise(words)
    )


# Forces a state fields or pays beside its army, as ACLED codes them (state forces or
# pro-government militias): Iraq's Popular Mobilisation Forces (Hashd), the Kurdistan
# Region's Peshmerga, Nigeria's Civilian JTF, Congo's Wazalendo (trial 73c: "two
# fighters of the Popular Mobilisation Forces" were the armed group's dead, summed with
# the soldiers as another side)
_STATE_FORCES = re.compile(
    r"\b(?:pmf|pmu|hashd|popular\s+mobili[sz]ation|peshmerga|cjtf|civilian\s+jtf|wazalendo)\b"
)


def named_person(subject: str | None) -> bool:
    """Whether a subject is only a person's name ("Pricha Nuannuay", "Simon Veness"):
    every word capitalised and none a noun of people ("Kenyan Soldiers", "Chief"),
    so it says who was counted, not what kind of person; it fits any other subject,
    as "people" does."""
    words = (subject or "").split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return not any(w.lower().strip("().,") in _KNOWN_WORDS for w in words)


@lru_cache(maxsize=1 << 14)
def person_names(subject: str | None) -> frozenset[str]:
    """The names of persons a subject writes, as pairs of capitalised words in a row
    that are no nouns of people nor countries, lower case: "known atheist blogger
    called Niloy Neel" -> {"niloy neel"}; "Blogger Niloy Neel" -> {"niloy neel"}
    ("blogger" is no name); none in "Turkish Soldiers" (a side) or "Awami League
    activist" and "Boko Haram fighters" (names before a noun: a party's, a group's)."""
    raw = (subject or "").split()
    words = [w.strip("().,;:'\"") for w in raw]
    names = set()
    for i, (first, second) in enumerate(pairwise(words)):
        after = words[i + 2] if i + 2 < len(words) and raw[i + 1] == second else ""
        if after[:1].islower():
            continue  # a name before a noun is a party's or a group's: "Awami League activist"
        if named_person(f"{first} {second}") and not side_word(first) and not side_word(second):
            names.add(f"{first} {second}".lower())
    return frozenset(names)


def side_word(word: str) -> bool:
    """Whether a word names a country or its people ("Kenya", "Kenyan")."""
    lower = word.lower()
    return lower in COUNTRY_BY_NAME or lower in COUNTRY_BY_DEMONYM


def same_person(a: str | None, b: str | None) -> bool:
    """Whether two subjects name one person ("Blogger Niloy Neel" and "a known atheist
    blogger called Niloy Neel"), or one office held by one person (`same_office`):
    a death alone that both reports name."""
    return bool(_plain(person_names(a)) & _plain(person_names(b))) or same_office(a, b)


# offices a country or a town has one holder of (or a few, of one kind: its
# diplomats), by kind: "the Yugoslav ambassador", "the French military attache"
_OFFICES = {
    "ambassador": "diplomat",
    "consul": "diplomat",
    "consul-general": "diplomat",
    "attache": "diplomat",
    "attaché": "diplomat",
    "envoy": "diplomat",
    "diplomat": "diplomat",
    "mayor": "mayor",
    "governor": "governor",
    "president": "president",
}


def _office(subject: str | None) -> tuple[str, frozenset[str]] | None:
    """The office a subject's last word names, with the countries its words name
    ("Yugoslav ambassador Vladimir Rolovic" -> ("diplomat", {"yugoslav"})); None
    where its noun is no office."""
    words = [w.strip("().,;:'\"").lower() for w in (subject or "").split()]
    nouns = [w for w in words if w in _OFFICES]
    if not nouns:
        return None
    return _OFFICES[nouns[-1]], frozenset(w for w in words if side_word(w))


# words for anyone, which say nothing of who was counted: "a man", "one person"
_ANYONE = frozenset(
    "man woman men women person persons people individual individuals victim victims boy girl "
    "child children civilian civilians resident residents passer-by passerby member members "
    "other others".split()
)


def _roles(subject: str | None) -> frozenset[str]:
    """The lower-case nouns of people a subject says its victim was, less words for
    anyone and countries' names ("Norwegian publisher William Nygaard" -> {"publisher"})."""
    words = (w.strip("().,;:'\"") for w in (subject or "").split())
    return frozenset(
        w for w in words if w.islower() and w not in _ANYONE and not side_word(w) and is_person(w)
    )


def same_role(a: str | None, b: str | None) -> bool:
    """Whether two subjects of one victim say alike what that victim was, in a noun
    no word for anyone ("a publisher" and "the Norwegian publisher William Nygaard",
    "a judge" and "Judge Ana Silva"): more than a number ties them. "A man" and "a
    man" share nothing but the number; "the Danish ambassador" and "the Turkish
    ambassador" are two people."""
    return bool(_roles(a) & _roles(b)) and _one_country(a, b)


def _one_country(a: str | None, b: str | None) -> bool:
    """Whether two subjects name no two countries ("Danish" and "Turkish")."""
    first, second = (
        frozenset(w for w in (s or "").lower().split() if side_word(w)) for s in (a, b)
    )
    return not (first and second) or bool(first & second)


def same_office(a: str | None, b: str | None) -> bool:
    """Whether two subjects count the holder of one office ("the Yugoslav ambassador
    Vladimir Rolovic" and "the Yugoslav ambassador", "a French diplomat" and "the
    French military attache"): one office, and where both name its country, one
    country. "The Turkish ambassador" and "a Yugoslav diplomat", or "a mayor" and
    "a governor", are two people."""
    first, second = _office(a), _office(b)
    if first is None or second is None or first[0] != second[0]:
        return False
    return not (first[1] and second[1]) or bool(first[1] & second[1])


def named_in_sentence(subject: str | None, sentence: str) -> bool:
    """Whether the person a claim's subject names ("Ibrahim Ismail Tevfik") is named in
    another claim's sentence, as its subject or beside it ("The Education Director in
    Kirkuk, Ibrahim Isma'il, was killed"): both reports name the one victim. An
    apostrophe inside a name is a transliteration's, not a name's ("Isma'il")."""
    mine = _plain(person_names(subject))
    return bool(mine) and bool(mine & _plain(person_names(sentence)))


def _plain(names: frozenset[str]) -> frozenset[str]:
    return frozenset(n.replace("'", "").replace("’", "") for n in names)


# "three bodies were discovered", "25 bodies have been recovered": the dead found so far
_BODY_WORDS = frozenset("bodies body corpses corpse".split())


def bodies_found(subject: str | None) -> bool:
    """Whether a subject counts bodies ("three bodies were discovered", "at least 3
    charred bodies"): the dead found so far, a floor of the toll, not all of it."""
    words = (subject or "").lower().split()
    return bool(words) and words[-1] in _BODY_WORDS


def sex_of(subject: str | None) -> str | None:
    """One victim's sex as the subject's last word says it ("a woman": "female", "a
    71-year-old man": "male"; `extract.person_sex`), None where it says none ("a
    person", "a soldier")."""
    words = (subject or "").split()
    return sex_of_word(words[-1]) if words else None


def two_sexes(first: str | None, second: str | None) -> bool:
    """Whether two subjects of one victim each say a sex, and not the same one ("a
    woman", "a man"): two people."""
    one, other = sex_of(first), sex_of(second)
    return one is not None and other is not None and one != other


# The words of a UN force: its peacekeepers are not the national army beside them.
_PEACEKEEPERS = re.compile(
    r"\b(?:peace-?keepers?|blue\s+helmets?|casques?\s+bleus?|soldats?\s+de\s+la\s+paix)\b",
    re.IGNORECASE,
)


def peacekeepers(subject: str | None) -> bool:
    """Whether a subject counts a UN force's peacekeepers ("Moroccan peacekeepers",
    "Casques bleus", "blue helmets")."""
    return bool(subject and _PEACEKEEPERS.search(subject))


def keepers_and_army(first: str | None, second: str | None, shared_side: bool) -> bool:
    """Whether one subject counts a UN force's peacekeepers and the other security
    forces of no side they share (`shared_side`): "2 Moroccan peacekeepers" and "4
    soldats des FACA" killed in one ambush are two groups, no rival counts of one
    (trial 65: MINUSCA's own two dead read as disputed by the army's four)."""
    return peacekeepers(first) != peacekeepers(second) and not shared_side


HOUSEHOLDS = "households"
# The words of a count of households, not of people: OCHA's and IOM's displacement
# figures come in both ("9,800 people (about 1,960 households)"), and a household is
# some five people, so the two are never one figure (trial 61's "about 300 families"
# became the event's best of 300 displaced people, and disputed a count of people).
_HOUSEHOLD_WORDS = frozenset(
    "families family households household ménages ménage familles famille foyers foyer".split()
)


# households right after the claim's own (first) figure, a word between: "450 displaced
# families"; not "300 people from 40 families"
_HOUSEHOLDS_COUNTED = re.compile(
    r"\D*\d[\d,.]*(?:\s\d{3})*\s+(?:[^\W\d]+\s+)?"
    r"(?:families|households|ménages|familles|foyers)\b",
    re.IGNORECASE,
)


def counts_households(subject: str | None, text: str = "") -> bool:
    """Whether a claim counts households or families rather than people: its subject
    ends on their word, or its words put it right after the figure ("450 displaced
    families", whose subject reads "displaced"; re-trial 61)."""
    words = (subject or "").lower().split()
    if words and words[-1] in _HOUSEHOLD_WORDS:
        return True
    return _HOUSEHOLDS_COUNTED.match(text) is not None
