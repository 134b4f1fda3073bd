"""The words of a list of victims: which make a noun phrase and which end it.

`victim_lists.py` reads a list item by item; this module says what each word is:
a modifier of the phrase (`modifiers`), a word for a person ("leader", "an
Iraqi", `is_person`, `title`), a plural, or a verb or gerund that ends the phrase
(`is_verb`), and whether a bare phrase names one person in a headline's style
(`named`).
"""

from __future__ import annotations

import re

from workbench.extract.lexicon import NOUN_CLASS, PEOPLE, PERSON_NOUNS
from workbench.extract.not_place_words import PLACE_ENDS
from workbench.extract.not_quantities import UNITS
from workbench.extract.person_words import (
    MORE_PERSONS,
    is_person,
    is_plural,
    is_verb,
    title,
)
from workbench.extract.tokens import Token
from workbench.extract.victim_list_words import (
    AGE,
    AGE_WORD,
    ANIMALS,
    DAMAGED,
    HYPHENATED,
    LY_NOUNS,
    MAX_MODIFIERS,
    NAME,
    NOT_MODIFIERS,
    NUMBER_WORDS,
    OPENING,
    PARTICIPLE,
)


def named(tokens: list[Token], words: list[Token] | None = None) -> bool:
    """A singular person with no determiner: "local leader Naim al-Dulaimi",
    "Catholic priest", "village head" (a headline's style). `words` is
    `modifiers(tokens)` where the caller has it."""
    words = modifiers(tokens) if words is None else words
    while len(words) > 1 and PARTICIPLE.search(words[-1][0]) and title(words[-2][0]):
        words = words[:-1]  # "kills man suspected of ...": the head is "man"
    if not words:
        return False
    head = words[-1][0]
    if NAME.search(head) and head not in PLACE_ENDS and any(title(w[0]) for w in words[:-1]):
        return True  # not a place's name: "Igabi Local Government Area"
    # a bare noun for one person, in a headline's style: "kills village head"; a
    # capitalised one alone is more often an adjective ("Japanese, British and ...")
    return head.islower() and is_person(head) and not is_plural(head)


# Ages in words before "year(s) old": "a ten year old boy", "a sixteen years old man".
_AGE_WORDS = NUMBER_WORDS | frozenset(
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
)


def _old_after(tokens: list[Token], index: int) -> bool:
    """Whether "old" follows the "year(s)" at `index`: "ten year old", "ten years-old"
    (not "ten year-round smugglers")."""
    return any(t[0].lower().strip("-") == "old" for t in tokens[index : index + 3]) or (
        index < len(tokens) and tokens[index][0].lower().endswith("old")
    )


_BEARINGS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west".split()
)


def _verb_after_plural(word: str, words: list[Token], following: list[Token]) -> bool:
    """Whether `word`, a lower-case past in "-ed" after a plural (of people or things),
    is the verb their phrase is the subject of ("bombers detonated", "gunmen stormed",
    "50 ambulances carried casualties"), not a word of their phrase."""
    return (
        bool(words)
        and word.islower()
        and word.endswith("ed")
        and len(word) > 4
        and is_plural(words[-1][0].lower())
        and _object_next(following)
    )


# What opens a past verb's object: "bombers detonated explosives", "gunmen stormed the
# village" (not an adjective's noun: "the women reserved seat").
_OBJECT_OPENERS = frozenset(
    "the a an their his her its two three four five six seven eight nine ten several many "
    "some".split()
)


def _object_next(following: list[Token]) -> bool:
    """Whether the token after a past verb opens its object: a determiner, a count or a
    plural."""
    if not following:
        return False
    word = following[0][0]
    return (
        word.lower() in _OBJECT_OPENERS
        or word.isdigit()
        or (word.islower() and word.endswith("s") and not word.endswith("ss"))
    )


def _body_next(tokens: list[Token], index: int) -> bool:
    """Whether the token at `index` is "body" or "bodies" that is itself the victim ("a
    dead body was found"), not a nominal's ("a dead body of a civilian": the civilian)."""
    return (
        index < len(tokens)
        and tokens[index][0].lower() in ("body", "bodies")
        and not _next_is(tokens, index + 1, "of")
    )


def _next_person(tokens: list[Token], index: int) -> bool:
    """Whether the token at `index`, or the one after an acronym there, is a word for
    a person: "soldier", "men", "ADF soldier"."""
    if index < len(tokens) and tokens[index][0].isupper() and len(tokens[index][0]) > 1:
        index += 1  # "a dead ADF soldier"
    return index < len(tokens) and is_person(tokens[index][0].lower())


def _next_is(tokens: list[Token], index: int, word: str) -> bool:
    """Whether the token at `index` is `word`, case aside."""
    return index < len(tokens) and tokens[index][0].lower() == word


def modifiers(tokens: list[Token]) -> list[Token]:
    """The words of a noun phrase up to its head, at most a few."""
    words: list[Token] = []
    index = 0
    while index < len(tokens) and len(words) <= MAX_MODIFIERS:
        word, start, end = tokens[index]
        index += 1
        lowered = word.lower()
        if (
            (word.isdigit() or (lowered in _AGE_WORDS and _old_after(tokens, index)))
            and index < len(tokens)
            and AGE.match(tokens[index][0])
        ):
            words.append((word, start, end))  # "a 23 year-old student", "a ten year old boy"
            continue
        if AGE_WORD.fullmatch(word):
            words.append((word, start, end))  # "a 31yo man"
            continue
        if word.isdigit() and index < len(tokens) and tokens[index][0] in _UNITS:
            words.append((word, start, end))  # "of the 212 Battalion": a unit's number
            continue
        if lowered == "off" and _next_is(tokens, index, "duty") and index + 1 < len(tokens):
            words.extend([(word, start, end), tokens[index]])  # "an off duty police officer"
            index += 1
            continue
        if lowered == "would" and _next_is(tokens, index, "be") and index + 1 < len(tokens):
            words.extend([(word, start, end), tokens[index]])  # "a would be bomber"
            index += 1
            continue
        if words and word in OPENING:  # "two NSCN (Khaplang) cadres": a gloss inside
            index = _after_gloss(tokens, index, OPENING[word])
            continue
        if word in _CODERS_BRACKETS and (words or word == "["):
            continue  # a coder's words for the source's: "50 [Boko Haram] fighters"

        quoted = _quoted(tokens, index) if word in QUOTES else 0
        if quoted:  # "a self-proclaimed “general”", "two “sacred” elephants"
            inside = tokens[index : index + quoted]
            words.extend(inside[:-1])
            words.append((inside[-1][0], inside[-1][1], tokens[index + quoted][2]))
            index += quoted + 1
            continue
        inner = word.strip("'’")
        if (
            len(word) > 2
            and word[0] in "'’"
            and word[-1] in "'’"
            and inner[:1].isalpha()
            and inner.lower() not in NOT_MODIFIERS
            and not is_verb(inner.lower())
            and index < len(tokens)
            and tokens[index][0][0].isalpha()
            and tokens[index][0].lower() not in NOT_MODIFIERS
        ):  # a word in scare quotes before the head
            words.append((word, start, end))  # "four 'non-Muslim' workers": one token
            continue
        if (
            len(word) > 2 and word[0] in "'’" and word[-1] in "'’" and is_person(inner.lower())
        ):  # the head in scare quotes: "one separatist 'General' and two of his men"
            words.append((word, start, end))
            break
        if lowered == "of" and _institution_of(words, tokens, index):
            words.append((word, start, end))  # "a University of Jos student"
            continue
        if word in _SHORTHAND and not (index < len(tokens) and is_person(tokens[index][0])):
            break  # "3 CJTF KIA": armies' shorthand for a fate, not a name's word
        if _verb_after_plural(word, words, tokens[index : index + 1]):
            break  # "two suicide bombers detonated explosives": the verb after its subject
        if (
            lowered == "dead"
            and not words
            and (_next_person(tokens, index) or _body_next(tokens, index))
        ):
            words.append((word, start, end))  # "the body of a dead soldier", "a dead body"
            continue
        acronym = word.isupper() and len(word) > 1  # "2 IS militants"
        if (
            not (word[0].isalpha() or HYPHENATED.match(word))
            or (lowered in NOT_MODIFIERS and not acronym)
            or (is_verb(word) and not acronym and not _describes(word, tokens[index : index + 2]))
        ):
            break
        if lowered in NUMBER_WORDS:
            break  # "the same incident one soldier": the count starts a phrase of its own
        if lowered in ("last", "this") and _TIME.match(
            tokens[index][0] if index < len(tokens) else ""
        ):
            break  # "killed 12 farmers last night"
        if (
            lowered.endswith("ly")
            and lowered not in LY_NOUNS
            and not _adverb_of_kind(tokens, index)
        ):
            break  # "a dozen critically wounded"
        if words and (lowered in ("hostage", "captive") or lowered in DAMAGED):
            break  # "took four tourists hostage", "20 houses burnt"
        if words and lowered in _BEARINGS and _next_is(tokens, index, "of"):
            break  # "killed six villagers north of Goma": where, not who
        if words and lowered in ("close", "next") and _next_is(tokens, index, "to"):
            break  # "killed a civilian close to Mugeri"
        if words and lowered in _AFTER_HEAD:
            break  # "killed a police officer onboard", "shot a farmer nearby"
        words.append((word, start, end))
    return words[:MAX_MODIFIERS]


# Adverbs of place, time or manner that follow a noun phrase's head, never inside it
# once a word of it is read: "killed a police officer onboard", "a farmer too"; before
# the head some are adjectives ("two nearby residents").
_AFTER_HEAD = frozenset(
    "nearby onboard aboard too outright again instead elsewhere later earlier then now "
    "already alone abroad away ashore overseas afterwards afterward meanwhile".split()
)


# Armies' shorthand for a fate after the counted ("3 CJTF KIA", "2 WIA"); before a word for
# a person it is a name ("2 KIA fighters", the Kachin Independence Army's).
_SHORTHAND = frozenset(("KIA", "WIA", "MIA"))


# Adjectives after an adverb that tell what a person is, no predicate of harm: "a
# mentally ill man", "a visually impaired woman", "a physically challenged boy".
_KIND_AFTER_ADVERB = frozenset(
    "ill sick deranged disturbed unstable challenged disabled handicapped impaired retarded "
    "unsound".split()
)


def _adverb_of_kind(tokens: list[Token], index: int) -> bool:
    """Whether the adverb before `tokens[index]` opens the phrase of a person's kind
    ("mentally ill"): an adjective of that kind, then a word for a person."""
    return (
        index + 1 < len(tokens)
        and tokens[index][0].lower() in _KIND_AFTER_ADVERB
        and title(tokens[index + 1][0])
    )


def _institution_of(words: list[Token], tokens: list[Token], index: int) -> bool:
    """Whether "of" at `tokens[index - 1]` joins a capitalised name that a word for a
    person follows: "a University of Jos student" (not "the Governor of Borno State",
    whose head is "Governor")."""
    if not words or not words[-1][0][:1].isupper():
        return False
    ahead = index
    while ahead < min(len(tokens), index + 4) and tokens[ahead][0][:1].isupper():
        ahead += 1
    return ahead > index and ahead < len(tokens) and is_person(tokens[ahead][0])


_TIME = re.compile(
    r"(?i:night|week|weekend|month|year|morning|evening|afternoon|(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day)$"
)
QUOTES = frozenset("“\"‘'")
_CODERS_BRACKETS = frozenset("[]")
_CLOSING = frozenset("”\"’'")


def _quoted(tokens: list[Token], index: int) -> int:
    """How many words (one to three) a quote opened before `tokens[index]` holds,
    where the token after them closes it; 0 where none does."""
    for count in (1, 2, 3):
        inside = tokens[index : index + count]
        if len(inside) < count or not all(t[0][0].isalpha() for t in inside):
            return 0
        if index + count < len(tokens) and tokens[index + count][0] in _CLOSING:
            return count
    return 0


# Participles of a state people are held in, which describe the noun after them: "6
# abducted farmers", "the kidnapped pastor", "two arrested suspects".
_HELD = frozenset("abducted kidnapped arrested detained captured".split())
_NOT_BETWEEN = frozenset(
    "when as after before by while during since because if and or but in on at from with "
    "near into the a an".split()
)


def held_modifier(word: str, following: list[Token]) -> bool:
    """Whether a participle of being held describes the person noun after it, or after
    one word more ("killed 6 abducted farmers", "3 kidnapped aid workers"), and is no
    predicate ("6 abducted, 2 killed")."""
    if word.lower() not in _HELD:
        return False
    # a word between that opens a clause or a phrase ends the noun phrase: "20 others
    # abducted when bandits attacked" (a predicate), not "3 kidnapped aid workers"
    reach = 1 if following and following[0][0] in _NOT_BETWEEN else 2
    return any(
        t[0].islower() and (is_person(t[0]) or NOUN_CLASS.get(t[0]) in PEOPLE)
        for t in following[:reach]
    )


def _describes(word: str, following: list[Token]) -> bool:
    """An -ing word before a lexicon's noun for a person or an animal, or one word
    before it, describes it: "a leading doctor", "a leading opposition politician",
    "his bomb sniffing dog"
    (not "high-ranking member", "ruling Socialist", "wounding twenty-three"); so does a
    participle of being held ("6 abducted farmers": `held_modifier`)."""
    if held_modifier(word, following):
        return True
    if not (word.endswith("ing") and word.isalpha() and following):
        return False
    # the noun next, or for an adjective in -ing, after one modifier of its own: "a
    # leading governorship candidate" (not "leaving truck driver dead")
    first = following[0][0]
    if word in _ING_ADJECTIVES and not _person_or_animal(first) and len(following) > 1:
        return first.isalpha() and first not in NUMBER_WORDS and _person_or_animal(following[1][0])
    return _person_or_animal(first)


# A military unit named by its number: "the 212 Battalion", "7 Division" (the words that
# make its number no count, `not_quantities.UNITS`, and two more a noun phrase holds).
_UNITS = frozenset((*UNITS, "Company", "Wing"))
# Words in -ing that are adjectives before a title: "a leading opposition politician"
_ING_ADJECTIVES = frozenset(
    "leading ruling sitting serving visiting reigning outgoing incoming ailing aspiring "
    "practising practicing founding governing presiding retiring".split()
)


def _person_or_animal(noun: str) -> bool:
    """Whether a lower-case noun is the lexicon's for a person or an animal."""
    return noun.islower() and (noun in PERSON_NOUNS or noun in MORE_PERSONS or noun in ANIMALS)


def _after_gloss(tokens: list[Token], index: int, closing: str) -> int:
    """The index after the bracket closing a short gloss, or past the end if none."""
    for ahead in range(index, min(len(tokens), index + 12)):
        if tokens[ahead][0] == closing:
            return ahead + 1
    return len(tokens)


_DESCRIBED_BY = frozenset("in of from at near".split())


def describes_previous(
    text: str, previous_end: int, count: float | None, tokens: list[Token], words: list[Token]
) -> bool:
    """Whether the bare singular noun `words` (the modifiers of `tokens`, which open
    after `text[:previous_end]`) describes the victims counted before it ("three
    people, resident in Kuru"), as no list goes on with a person and no article
    after a plural count: the previous item counts `count` >= 2, only a comma stands
    between, the noun is one word and a preposition follows it."""
    if count is None or count < 2 or len(words) != 1 or len(tokens) < 2:
        return False
    return (
        text[previous_end : tokens[0][1]].strip() == ","
        and tokens[1][0] in _DESCRIBED_BY
        and not is_plural(words[0][0].lower())
    )
