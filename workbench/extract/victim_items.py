"""One item of a list of victims, as the list parser reads it: a number and the
words it counts ("45 others", "two of the attackers"), one person named by an article
or a title ("a village chief", "the deputy mayor", "his wife"), or people not
counted ("civilians"), each with its subject, its noun's class and its span
(`Item`). `victim_lists.parse_list` strings them together."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from workbench.extract.dates import MONTH_NAMES_RE
from workbench.extract.lexicon import NOUN_CLASS, SINGULAR_CLASS, THING_SINGULARS, NounClass
from workbench.extract.not_places import is_group
from workbench.extract.numbers import Quantity
from workbench.extract.person_words import is_plural, is_verb, title
from workbench.extract.tokens import CLOSING_QUOTES, OPENING_QUOTES, Token, Tokens
from workbench.extract.victim_list_words import (
    AGE,
    ANIMALS,
    BRACKET,
    NUMBER_WORDS,
    OF,
    PARTICIPLE,
    PLURAL_PEOPLE,
    POSSESSIVES,
    SINGLE,
    STATES,
)
from workbench.extract.victim_nouns import held_modifier, modifiers, named

# Animals counted by the head or the herd: "25 heads of cattle", "12 herds of goats".
_ANIMAL_MEASURES = frozenset(["head", "heads", "herd", "herds", "flock", "flocks"])
_OF_WHAT = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}?([a-z]+)(?![\w-])", re.IGNORECASE)
_NO_SQUARE = str.maketrans("", "", "[]")  # a coder's brackets in a subject: "[Boko Haram] fighters"
# The hurt counted by their state: "one of the two wounded (later died)" is one.
_HURT = frozenset(("wounded", "injured"))


@dataclass(frozen=True)
class Item:
    """One counted item of a list of victims: `text[start:end]`."""

    start: int
    end: int
    quantity: Quantity | None
    subject: str | None
    noun: NounClass | None
    single: bool = False  # counted by "a"/"the" and a singular noun
    parts: tuple[tuple[int, int], ...] = ()  # "including five women": spans of a part
    of_the_hurt: bool = False  # "three of the injured": people a later fate may befall

    @property
    def counted(self) -> bool:
        """Whether the item counts anyone: by a number, or by "a"/"the" and one noun."""
        return self.quantity is not None or self.single


def counted_item(
    sentence: Tokens, start: int, pos: int, end: int, quantity: Quantity
) -> Item | None:
    """A number and the words it counts: "45 others", "5 unidentified armed men", "six"."""
    text = sentence.text
    tokens = sentence.window(pos, min(end, pos + 160))
    index = 0
    if len(tokens) > 1 and tokens[0][0].lower() == "out" and tokens[1][0].lower() == "of":
        tokens = tokens[1:]  # "15 out of the 18 passengers": "15 of the 18 passengers"
    quoted = len(tokens) > 1 and tokens[0][0] in OPENING_QUOTES
    if quoted:  # a quoted noun: 'and 34 "terrorists neutralised"', 'two "sacred" elephants'
        tokens = [t for t in tokens if t[0] not in OPENING_QUOTES | CLOSING_QUOTES]
    if tokens and tokens[0][0].lower() == "of":  # "two of the attackers"
        index = 2 if len(tokens) > 1 and tokens[1][0].lower() in SINGLE else 1
        if len(tokens) > index and tokens[index][0].lower() in STATES:  # "two of the wounded"
            state = tokens[index]
            return Item(start, state[2], quantity, state[0], NounClass.CASUALTY, of_the_hurt=True)
        if len(tokens) > 1 and tokens[1][0].lower() == "whom":
            return Item(start, tokens[1][2], quantity, None, None)  # "the gunmen, five of whom"
        if len(tokens) > index and _a_number(tokens[index][0]):
            inner = tokens[index]  # "one of the four drivers": one driver, not four
            if len(tokens) > index + 1 and tokens[index + 1][0].lower() in _HURT:
                state = tokens[index + 1]  # "one of the two wounded (later died)": one
                return Item(
                    start, state[2], quantity, state[0], NounClass.CASUALTY, of_the_hurt=True
                )
            item = counted_item(sentence, start, inner[2], end, quantity)
            return replace(item, parts=((inner[1], inner[2]),)) if item else None
    at = next((i for i, t in enumerate(tokens) if not t[0].lower().endswith("ly")), len(tokens))
    first = tokens[at][0] if at < len(tokens) else ""
    if (
        is_verb(first.lower())
        and not first.endswith("ing")
        and not first.isupper()
        and not held_modifier(first, tokens[at + 1 : at + 2])  # "6 abducted farmers"
    ):
        return None  # "and 1 captured", "a dozen critically wounded": another predicate's
    words = modifiers(tokens[index:])
    while len(words) > 1 and words[-1][0].endswith("ed") and is_plural(words[-2][0].lower()):
        words.pop()  # "5 armed men affiliated to X": the head is "men"
    if not words:
        return Item(start, quantity.end, quantity, None, None)
    head = words[-1][0].lower().strip("'’")
    animal = head in ANIMALS
    if head in _ANIMAL_MEASURES:  # "killed 25 heads of cattle"
        what = _OF_WHAT.match(text, words[-1][2], end)
        animal = bool(what and what.group(1).lower() in ANIMALS)
    if animal:  # no victims, but the list goes on: "killed 30 cows and 2 herders"
        return Item(start, _tail(sentence, words[-1][2], end), None, None, None)
    if NOUN_CLASS.get(head) in (NounClass.THING, NounClass.ATTACK) or head in THING_SINGULARS:
        return None  # "killed 20 soldiers as well as 1 tank": no victim
    subject = " ".join(text[words[0][1] : words[-1][2]].translate(_NO_SQUARE).split())
    noun = NOUN_CLASS.get(head) or SINGULAR_CLASS.get(head) or NounClass.PERSON
    last = words[-1][2]
    if quoted and last < end and text[last] in CLOSING_QUOTES:
        last += 1  # its closing quote: one phrase with the noun
    return Item(start, _tail(sentence, last, end), quantity, subject, noun)


def single_item(
    sentence: Tokens,
    tokens: list[Token],
    index: int,
    start: int,
    found: list[Token] | None = None,
) -> Item | None:
    """One person: "a village chief", "the deputy mayor", "his wife". `found` is
    `modifiers(tokens[index:])` where the caller has it."""
    found = modifiers(tokens[index:]) if found is None else found
    words = found
    if not words:
        return None
    last_person = max((i for i, w in enumerate(words) if title(w[0].strip("'’"))), default=None)
    trailing = words[last_person + 1 :] if last_person is not None else []
    if trailing and last_person is not None and all(PARTICIPLE.search(w[0]) for w in trailing):
        words = words[: last_person + 1]  # "a civil guard posted outside the embassy"
    head = words[-1][0].lower().strip("'’")
    if head in _ANIMAL_MEASURES:  # "18 head of cattle were killed": no "head" of anyone
        what = _OF_WHAT.match(sentence.text, words[-1][2], tokens[-1][2])
        if what and what.group(1).lower() in ANIMALS:
            return None
    if index and tokens[0][0].lower() in ("a", "an", "one") and head in PLURAL_PEOPLE:
        head = "person"  # "a policemen was killed": a slip for one
    kin = (
        index
        and tokens[0][0].lower() in POSSESSIVES
        and head.isalpha()
        and not is_plural(head)
        and head not in ANIMALS
        and (
            len(words) == 1 or title(words[-1][0].strip("'’"))
        )  # "his wife", not "his hands bound"
    )
    aged = head == "old" and len(words) > 1 and AGE.match(words[-2][0])  # "a 14 year old"
    person = (
        title(words[-1][0].strip("'’"))
        or head == "person"
        or bool(aged)
        or _ethnonym(tokens, index, words)
        or _group_member(tokens, index, words)
    )
    if not (kin or person or head in ("body", "corpse") or named(tokens[index:], found)):
        return uncounted_item(sentence, tokens[index:], start, found) if is_plural(head) else None
    subject = " ".join(sentence.text[words[0][1] : words[-1][2]].split())
    noun = SINGULAR_CLASS.get(head, NounClass.PERSON)
    end = _tail(sentence, words[-1][2], tokens[-1][2])
    return Item(start, end, None, subject, noun, single=True)


def _a_number(word: str) -> bool:
    return word.isdigit() or word.lower() in NUMBER_WORDS


def _ethnonym(tokens: list[Token], index: int, words: list[Token]) -> bool:
    """ "a young Oromo", "A Kipsigis is killed": one person named by a people's name,
    a capitalised head after "a"/"an" that no lexicon lists. Not an acronym ("a PDP"),
    a name of several words ("a Shikarpur Imambargah"), nor one a phrase goes on
    from ("A Jammu and Kashmir police constable")."""
    head, end = words[-1][0], words[-1][2]
    after = next((t[0].lower() for t in tokens if t[1] >= end), "")
    return (
        index > 0
        and tokens[0][0].lower() in ("a", "an")
        and head[:1].isupper()
        and head[1:].islower()
        and len(head) > 2
        and sum(w[0][:1].isupper() for w in words) == 1
        and after not in ("and", "&", "of", "that", "which")
        and head.lower() not in _TIMES  # "and a July 10, 2012, bombing": a date
    )


# The names of months and days, capitalised after "a" and no people's name.
_TIMES = frozenset(MONTH_NAMES_RE.lower().split("|")) | frozenset(
    day.lower() for day in calendar.day_name
)


def _group_member(tokens: list[Token], index: int, words: list[Token]) -> bool:
    """ "a suspected Al Shabaab", "an ISWAP", "an ex-Seleka": one member (or former
    member) named by an armed group's name after "a"/"an" (ACLED's Somali notes: "shot
    and killed a suspected Al Shabaab in Dhagahtur village"). Not a group's name before
    a noun ("a Boko Haram attack")."""
    names = [_EX.sub("", w[0]) for w in words]
    if not index or tokens[0][0].lower() not in ("a", "an") or not names[-1][:1].isupper():
        return False
    return is_group(" ".join(n for n in names if n[:1].isupper()))


# A former member named by the group's name: "an ex-Seleka" (acled-w study, Central
# Africa's notes: "Anti-Balaka killed an ex-Seleka & his friend", no claim).
_EX = re.compile(r"^ex-(?=[A-Z])")


def uncounted_item(
    sentence: Tokens, tokens: list[Token], start: int, words: list[Token] | None = None
) -> Item | None:
    """ "civilians", "the villagers": part of the list, but no count. `words` is
    `modifiers(tokens)` where the caller has it."""
    words = modifiers(tokens) if words is None else words
    if not words or not is_plural(words[-1][0].lower()):
        return None
    return Item(start, _tail(sentence, words[-1][2], tokens[-1][2]), None, None, None)


def _tail(sentence: Tokens, pos: int, end: int) -> int:
    """The end of what may follow a head inside its noun phrase: "of" and a few words
    ("members of the special forces"), a bracket ("(BCL)")."""
    text = sentence.text
    if text.startswith("]", pos):
        pos += 1  # a coder's words closed: "50 [Boko Haram]"
    while True:
        bracket = BRACKET.match(text, pos, end) or _acronym(text, pos, end)
        if bracket:
            pos = bracket.end()
            continue
        of = OF.match(text, pos, end) or _to_after_title(text, pos, end)
        words = modifiers(sentence.window(of.end(), min(end, of.end() + 80))) if of else []
        if not words:
            return pos
        pos = _name_goes_on(sentence, words, end)


# "and" inside a body's name: "the National Film and Video Censors Board".
_NAME_AND = re.compile(r"\s+(?:and|&)\s+(?=[A-Z])")


def _name_goes_on(sentence: Tokens, words: list[Token], end: int) -> int:
    """Where the capitalised name after "of" ends: past an "and" that joins two of its
    capitalised parts ("of the National Film and Video Censors Board"), else after
    `words`."""
    pos = words[-1][2]
    joined = _NAME_AND.match(sentence.text, pos, end) if words[-1][0][:1].isupper() else None
    if joined is None:
        return pos
    more = modifiers(sentence.window(joined.end(), min(end, joined.end() + 60)))
    if len(more) >= 2 and all(w[0][:1].isupper() for w in more) and more[-1][0] in _BODIES:
        return more[-1][2]
    return pos  # "a member of the Muslim Brotherhood and Ali Musa": a second victim


# The last words of a body's name (`_name_goes_on`).
_BODIES = frozenset(
    "Board Group Party Corps Council Commission Union Front Movement Forces Force Agency "
    "Authority Committee Association Society Service Services Ministry Department Brigade "
    "Network Organisation Organization Federation League Alliance Institute University "
    "College School Company Corporation Bank Unit Squad Guard Guards".split()
)


# Titles whose noun phrase goes on with "to": "an aide to the governor", "a special
# adviser to the minister", "the secretary to the state government".
_TO_TITLES = frozenset(
    "aide aides adviser advisers advisor advisors assistant assistants secretary envoy "
    "ambassador spokesman spokeswoman spokesperson consultant heir successor".split()
)
_TO = re.compile(r"\s+to\s+(?:the\s+|an?\s+)?")
_LAST = re.compile(r"([A-Za-z]+)$")


def _to_after_title(text: str, pos: int, end: int) -> re.Match[str] | None:
    """ " to the " after a title that takes it (`_TO_TITLES`), else None."""
    head = _LAST.search(text, max(0, pos - 20), pos)
    if head is None or head.group(1).lower() not in _TO_TITLES:
        return None
    return _TO.match(text, pos, end)


# A name's acronym after a comma, unbracketed and often left open, as the Nigerian
# press writes it: "officers of the Civil Defence Corps, CDC were killed", "members
# of the Kuri Youth Council, KYC and a farmer".
_ACRONYM = re.compile(r",\s*([A-Z][A-Z0-9]{1,7})s?(?![\w'’-])")
_NAME_WORDS = 8  # the words before the comma whose initials the acronym is read from


def _acronym(text: str, pos: int, end: int) -> re.Match[str] | None:
    """ ", KCG" after a name whose capitalised words give most of its letters ("Kuri
    Civil Guard"), the first among them; not another name after a comma ("soldiers
    of the Army, ISWAP said")."""
    match = _ACRONYM.match(text, pos, end)
    if match is None or not text[pos - 1 : pos].isalpha():
        return None
    initials = {w[0] for w in text[max(0, pos - 80) : pos].split()[-_NAME_WORDS:] if w[0].isupper()}
    letters = match.group(1)
    known = sum(letter in initials for letter in letters)
    return match if letters[0] in initials and 2 * known >= len(letters) else None
