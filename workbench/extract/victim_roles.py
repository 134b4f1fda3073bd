"""One person named by two roles joined by "and": "an Iraqi journalist and activist",
"a government soldier and khat dealer", "a student and potential electoral candidate,
Abdullahi Mohamed Maahi" each count one victim, where the list parser
(`victim_lists`) read two. The second role takes no article of its own; with one
("a journalist and an activist", "the head of the council and one of the Mukhtars") or
where either noun names a person by sex, age or kin ("a man and woman", "a farmer and
son"), or a plural verb follows ("A soldier and policeman were shot dead"), they are
two."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.victim_items import Item
from workbench.extract.victim_list_words import NUMBER_WORDS, POSSESSIVES, SINGLE

# Nouns that tell people apart by sex, age or kin: "a man and woman" are two.
_PERSONS_APART = frozenset(
    "man woman boy girl child baby infant person husband wife son daughter brother sister "
    "father mother uncle aunt nephew niece cousin grandson granddaughter grandfather "
    "grandmother friend companion colleague driver bodyguard guard".split()
)


# A plural verb after the pair: two people ("A soldier and policeman were shot dead").
_PLURAL_VERB_AFTER = re.compile(r"\s*,?\s+(?:were|are|have|had\s+been)\b")


# A name's word: a capital after a space, not the sentence's first letter.
_NAMED = re.compile(r"(?<=\s)[A-Z][a-z]")
# Offices one person seldom holds two of: "a district chief and intelligence director".
_OFFICES = frozenset(
    "chief director commander head governor mayor minister officer official leader chairman "
    "secretary deputy administrator commissioner inspector superintendent".split()
)


def one_person_two_roles(text: str, previous: Item, item: Item) -> bool:
    """Whether `item`, joined to `previous` by a bare "and", names the same one person
    by a second role (see the module); both counted by an article or a title alone."""
    if not (previous.single and item.single):
        return False
    if text[previous.end : item.start].strip().lower() != "and":
        return False
    first = text[item.start : item.end].split()[:1]
    if not first or not first[0].islower() or first[0] in SINGLE | POSSESSIVES | NUMBER_WORDS:
        return False  # "and an activist", "and Ali Musa": another person
    if _PLURAL_VERB_AFTER.match(text, item.end):
        return False  # "A soldier and policeman were shot dead": two
    if all(_NAMED.search(text, i.start, i.end) for i in (previous, item)):
        return False  # "member Nishat Mallick and former Senator Mustafa Kamal": two named
    heads = [(i.subject or "").lower().split()[-1:] for i in (previous, item)]
    if all(h and h[0] in _OFFICES for h in heads):
        return False  # "a district chief and intelligence director": two offices, two men
    return all(h and h[0] not in _PERSONS_APART for h in heads)


# A second role the lexicon does not know, then a verb in the singular: "A drug suspect
# and police asset was killed", "a drug suspect and high-value target was shot dead"
# (acled-p study: no victim read). Lower-case words only: no name, article or number.
_UNKNOWN_ROLE = re.compile(r"\s+and\s+((?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)\s*,?\s*$")
_SINGULAR_AFTER = re.compile(r"\s*(?:was|is|has\s+been)\b")


def one_with_unknown_role(text: str, listed: list[Item], target: int) -> list[Item]:
    """The one person of a passive's subject that names a person, then "and" and a
    second role the lexicon does not know, before a verb in the singular at `target`
    (see `_UNKNOWN_ROLE`): the first item reaching to the verb; else none."""
    if not listed or not listed[0].single or listed[0].quantity is not None:
        return []
    role = _UNKNOWN_ROLE.match(text, listed[0].end, target)
    if role is None or not _SINGULAR_AFTER.match(text, target):
        return []
    if set(role.group(1).split()) & (SINGLE | POSSESSIVES | NUMBER_WORDS):
        return []  # "and his brother was killed": another person
    return [replace(listed[0], end=target)]
