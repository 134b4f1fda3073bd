"""The list of victims a casualty predicate governs, read item by item.

`victims.py` finds the predicates; this module reads what they govern: a list
of items joined by commas and "and" ("two policemen, a driver and four
traders"), each counted by a number ("45 others", "at least 12 suspected
militants", "six" with no noun) or by a singular determiner and a noun for a
person ("a village chief", "the deputy mayor", "his wife"), or named ("Jose
Escalante, a city councilman,"). "including ..." names a part of the list, not
more victims; a verb ends the list. `parse_list` reads forwards from an active
verb, `parse_back` (victim_backs.py) backwards from a passive one; the counts that
share a predicate said once are victim_gaps.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.lexicon import NounClass
from workbench.extract.numbers import Quantity
from workbench.extract.person_words import is_person, is_plural, is_verb
from workbench.extract.tokens import OPENING_QUOTES, Token, Tokens
from workbench.extract.victim_items import Item, counted_item, single_item, uncounted_item
from workbench.extract.victim_list_words import (
    AFFILIATION,
    AND_BODY,
    ANOTHER,
    BREAKDOWN,
    COUNTED_OTHERS,
    GROUP_OF,
    JOIN,
    LEAD,
    NAME_THEN_TITLE,
    NO_BEFORE,
    NOT_MODIFIERS,
    OF_BODY_END,
    ONE_PRONOUN,
    ORDINAL_ONE,
    SINGLE,
    SPEAKER_NEXT,
    SUBJECT_OF_NEXT,
    SUBSET,
)
from workbench.extract.victim_named import plain_name, quoted_name, titled_names
from workbench.extract.victim_nouns import describes_previous, modifiers, named
from workbench.extract.victim_pairs import BOTH, BOTH_ALONE, BOTH_PLURAL, COUPLE, KIN_ITEM
from workbench.extract.victim_roles import one_person_two_roles
from workbench.extract.victim_words import CLOSED_BEFORE_VERB

# The first letters of "both", "all", "another", "the other", "a third" and the leads.
_OPENERS = frozenset("abmnorstu")


class Sentence(Tokens):
    """The tokens of a sentence whose lists of victims are read, with each list kept
    once read: the rules read the same list again (the objects of an active verb are
    what a passive before it checks for; a passive's subject is sought from several
    starts), so a list costs one reading a sentence."""

    def __init__(self, text: str, start: int, end: int) -> None:
        super().__init__(text, start, end)
        self.lists: dict[tuple[int, int, int], list[Item]] = {}


def parse_list(sentence: Tokens, pos: int, end: int, quantities: dict[int, Quantity]) -> list[Item]:
    """The items of a list of victims starting at `pos`, up to the first word that
    is not part of it. Uncounted items ("civilians") are kept so the list goes on.
    `sentence` is the tokens of the sentence the list stands in; a `Sentence` keeps
    the lists read in it (for the one `quantities` it is read with)."""
    if not isinstance(sentence, Sentence):
        return _parse_list(sentence, pos, end, quantities)
    text = sentence.text
    while pos < end and text[pos].isspace():
        pos += 1  # where the first item is read from (`_parse_item`)
    if pos < end and text[pos] in OPENING_QUOTES and pos + 1 in quantities:
        pos += 1  # a quoted figure: 'killing "no less than 50"', 'killed "12" villagers'
    key = (pos, end, id(quantities))
    if key not in sentence.lists:
        sentence.lists[key] = _parse_list(sentence, pos, end, quantities)
    return list(sentence.lists[key])


def _parse_list(
    sentence: Tokens, pos: int, end: int, quantities: dict[int, Quantity]
) -> list[Item]:
    text = sentence.text
    items: list[Item] = []
    while True:
        item = _parse_item(sentence, pos, end, quantities, items[-1] if items else None)
        if item is None:
            return _appositive_last(text, items)
        subset = SUBSET.match(text, item.end, end)
        if subset:  # "30 people, including a dozen soldiers": a part, not more victims
            part = _fitting(text, item, parse_list(sentence, subset.end(), end, quantities))
            if part:
                spans = tuple((p.start, p.end) for p in part)
                item = replace(item, end=part[-1].end, parts=item.parts + spans)
        if (
            items
            and _one(items[-1])
            and item.single
            and _is_name(text, item)
            and (text[items[-1].end : item.start].strip() == ",")
        ):  # "a Shiite cleric, Sheikh Ahmed Rahman", "one contractor, Ali Musa": one person
            item = replace(items.pop(), end=item.end)
        elif items and one_person_two_roles(text, items[-1], item):  # "a journalist and activist"
            item = replace(items.pop(), end=item.end)
        among = _AMONG_AFTER.match(text, item.end, end) if items else None
        if among:  # "killing 4, a woman among them": a part of the four, no fifth
            last = items.pop()
            parts = (*last.parts, (item.start, item.end))
            return [*items, replace(last, end=among.end(), parts=parts)]
        described = _described_part(text, items, item, end)
        if described is not None:  # "killing 3 people, one a child": one of the three
            last = items.pop()
            parts = (*last.parts, (item.start, item.end))
            return [*items, replace(last, end=described, parts=parts)]
        if items and SPEAKER_NEXT.match(text, item.end, end):
            return _appositive_last(text, items)  # "..., a local official said": who says so
        if items and SUBJECT_OF_NEXT.match(text, item.end, end):
            return _appositive_last(text, items)  # "the deaths of 3 soldiers and 2 others wounded"
        affiliation = AFFILIATION.match(text, item.end, end) if item.counted else None
        if affiliation:
            item = replace(item, end=affiliation.end())
        elif item.counted and OF_BODY_END.search(text, item.start, item.end):
            bodies = AND_BODY.match(text, item.end, end)  # "of the X League and the Y League"
            item = replace(item, end=bodies.end()) if bodies else item
        nickname = quoted_name(text, _skip_space(text, item.end, end), end) if item.single else None
        if nickname is not None:  # "separatist commander 'Field Marshal' and 3 of his men"
            item = replace(item, end=nickname[0])
        modifier = _MODIFIER_BEFORE_OTHERS.match(text, item.end, end) if item.single else None
        if modifier:  # "a top aide to the Borno State governor along with eight others"
            item = replace(item, end=modifier.end())
        items.append(item)
        join = JOIN.match(text, item.end, end)
        if join is None:
            return _appositive_last(text, items)
        pos = join.end()


_COMMA_AND = re.compile(r"\s*,\s*and\s+$")
# A relative or companion of one person, named by a possessive: "and his wife", "and her
# two children" (acled-p study: "A municipal councilor in Teresa town and his wife were
# killed" read as the wife alone)
_KIN = r"(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=\s*$|\s+(?:were|are|had|have)\b)"
# One person's description after its noun, up to others counted with the person: "the LP
# senatorial candidate| for Enugu East senatorial district| and five others", "a top aide|
# to the Borno State governor| along with eight others" (acled-m and acled-nigeria-d
# study: the others were read as troops), "a councilor| in Teresa town| and his wife
# were killed". No comma, bracket or clause between.
_MODIFIER_BEFORE_OTHERS = re.compile(
    r"\s+(?:of|to|for|from|at|in)\s+[^,.;:()\[\]]{1,60}?"
    rf"(?=\s+(?:and|along\s+with|together\s+with|alongside)\s+(?:{COUNTED_OTHERS}|{_KIN}))"
)


def _fitting(text: str, whole: Item, part: list[Item]) -> list[Item]:
    """The items of a part ("including ...") of the count `whole` that fit in it: where
    they count more than it, the part ends before ", and" ("Eight people, including
    three soldiers, and 11 fighters were killed": the fighters are more victims)."""
    value = whole.quantity.value if whole.quantity else None
    counts = [i.quantity.value if i.quantity else (1 if i.single else None) for i in part]
    if value is None or None in counts or sum(c or 0 for c in counts) <= value:
        return part
    total = 0.0
    for index in range(len(part) - 1):
        total += counts[index] or 0
        if total > value:
            break
        joined = _COMMA_AND.search(text, part[index].end, part[index + 1].start)
        if joined and total + (counts[index + 1] or 0) > value:
            return part[: index + 1]
    return part


# A nominal's bare count and the verb of its own clause: "the bodies of two were found",
# "the deaths of three were confirmed" (not "killing six and two were wounded")
_OF_BEFORE = re.compile(r"\bof\s+$")
_OWN_VERB_AFTER = re.compile(r"\s+(?:were|are|was|is|have\s+been|had\s+been)\b")
# A coder's short age opening an item with no article: "31yo man", "14 yo civilian".
_AGE_FIRST = re.compile(r"\d{1,3}\s?-?(?:yo|y\.o\.)\s+")
# One person's, before a count of people: "the chief's two sons", "a trader's 3 children".
_POSSESSOR = re.compile(r"(?i:the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+")
_AMONG_AFTER = re.compile(r"\s+(?:among|amongst)\s+(?:them|those|the\s+dead)\b")
# What a bare count after a comma says of some of the people just counted: "one a
# child", "two of them women", "one of whom a soldier", "3 of which were children".
_DESCRIBED = re.compile(
    r"\s+(?:(?:of\s+(?:them|whom|which)\s+)(?:(?:were|was|are|is|being)\s+)?(?:an?\s+)?|an?\s+)"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]+"
    r"(?=\s*(?:[,.;)]|$))"
)


def _described_part(text: str, items: list[Item], item: Item, end: int) -> int | None:
    """Where the phrase ends that makes a bare count after a comma a part of the count
    before it ("killed 3 people, one a child"); None where it is no such part."""
    if not items or item.quantity is None or item.end != item.quantity.end:
        return None
    last = items[-1].quantity
    if last is None or last.value is None or item.quantity.value is None:
        return None
    if item.quantity.value >= last.value or text[items[-1].end : item.start].strip() != ",":
        return None
    described = _DESCRIBED.match(text, item.end, end)
    return described.end() if described else None


def _appositive_last(text: str, items: list[Item]) -> list[Item]:
    """ "the murder of our companion X, an anti-globalisation protester": a last item
    joined by a bare comma, no "and", describes the one before it; and "two engineers,
    an Afghan and a Filipino, were": items set off by commas that count the first
    one's number again name its members."""
    closed = bool(items) and CLOSED_BEFORE_VERB.match(text, items[-1].end) is not None
    if len(items) == 2 and closed and text.startswith(("both ", "all "), items[1].start):
        return [replace(items[0], end=items[1].end)]  # "Two men, both Iraqi citizens, were"
    if len(items) >= 3 and closed and text[items[0].end : items[1].start].strip() == ",":
        first = items[0].quantity
        parts = [i.quantity.value if i.quantity else 1 if i.single else None for i in items[1:]]
        if first is not None and None not in parts and sum(parts) == first.value:  # type: ignore[arg-type]
            # its members read as parts: no figure of their own beside the whole's
            members = (*items[0].parts, *((i.start, i.end) for i in items[1:]))
            return [replace(items[0], end=items[-1].end, parts=members)]
    if len(items) >= 2 and (items[-1].single or _one_named(text, items[-1])) and _one(items[-2]):
        between = text[items[-2].end : items[-1].start]
        if between.strip() == "," and not KIN_ITEM.fullmatch(text, items[-1].start, items[-1].end):
            return [*items[:-2], replace(items[-2], end=items[-1].end)]
    return items


def _one(item: Item) -> bool:
    return item.single or (item.quantity is not None and item.quantity.value == 1)


def _one_named(text: str, item: Item) -> bool:
    """ "one Audu Ochai": "one" before a name, the press's "a certain", no count."""
    q = item.quantity
    return (
        q is not None
        and q.value == 1
        and text[q.start : q.end].lower() == "one"
        and text[q.end + 1 : q.end + 2].isupper()
    )


def _is_name(text: str, item: Item) -> bool:
    words = text[item.start : item.end].split()
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _parse_item(
    sentence: Tokens, pos: int, end: int, quantities: dict[int, Quantity], previous: Item | None
) -> Item | None:
    text = sentence.text
    while pos < end and text[pos].isspace():
        pos += 1
    nickname = quoted_name(text, pos, end)
    if nickname is not None:  # "killed 'General' Ivo": one person, by his nom de guerre
        return Item(pos, nickname[0], None, nickname[1], NounClass.PERSON, single=True)
    if text.startswith(("either ", "Either "), pos):  # "killing either one or four fighters"
        pos = _skip_space(text, pos + 7, end)
    if pos >= end:
        return None
    if _may_open(text[pos]):
        both = BOTH.match(text, pos, end)
        if both:  # "both the driver and a passenger"
            pos = both.end()
        opened = _opening(sentence, pos, end, quantities, previous)
        if opened is not None:
            return opened if isinstance(opened, Item) else None
    age = _AGE_FIRST.match(text, pos, end)
    if age and age.end() not in quantities:  # "killed 31yo man": one person, told by age
        return single_item(sentence, sentence.window(age.end(), min(end, age.end() + 120)), 0, pos)
    quantity = quantities.get(pos)
    if quantity is not None:
        if quantity.unit is not None or NO_BEFORE.search(text, max(0, pos - 4), pos):
            return None  # "no one was killed"
        if previous is not None and BREAKDOWN.match(text, quantity.end, end):
            return None
        counted = counted_item(sentence, pos, quantity.end, end, quantity)
        if (
            counted is None
            and _OF_BEFORE.search(text, max(0, pos - 4), pos)
            and _OWN_VERB_AFTER.match(text, quantity.end, end)
        ):
            return _bare(quantity)  # "the bodies of two were found": the nominal's own count
        return counted
    tokens = sentence.window(pos, min(end, pos + 120))
    if not tokens:
        return None
    if tokens[0][0].lower() == "only" and len(tokens) > 1 and tokens[1][0].lower() in SELF:
        tokens = tokens[1:]  # "killing only himself": the bomber alone
    word = tokens[0][0].lower()
    next_at = _skip_space(text, tokens[0][2], end)
    possessive = word == "her" and (modifiers(tokens[1:2]) or next_at in quantities)
    if word in ONE_PRONOUN and not possessive:
        # "killing himself", "him", "killed him hours later"; not "her" of "her 4 children"
        return Item(tokens[0][1], tokens[0][2], None, word, NounClass.PERSON, single=True)
    couple = COUPLE.match(text, pos, end)
    if couple:  # "a couple was shot dead": two people
        two = Quantity(pos, couple.end(), 2, 2, 2, "exact", words=True)
        subject = next(g for g in couple.groups() if g)  # "a couple", "twin brothers"
        return Item(pos, couple.end(), two, subject, NounClass.PERSON)
    group = GROUP_OF.match(text, pos, end)
    if group and group.end() in quantities:  # "a family of three": three people
        members = quantities[group.end()]
        counted = counted_item(sentence, pos, members.end, end, members)
        return replace(counted or _bare(members), start=pos)
    possessor = _POSSESSOR.match(text, pos, end) if word in SINGLE else None
    if possessor and possessor.end() in quantities:  # "the chief's two sons": the sons
        owned = quantities[possessor.end()]
        counted = counted_item(sentence, possessor.end(), owned.end, end, owned)
        return replace(counted, start=pos) if counted else None
    if word in SINGLE:
        inner = quantities.get(_skip_space(text, tokens[0][2], end))
        slip = word in ("a", "an") and inner is not None and (inner.low or 0) > 1
        if inner is not None and (word not in ("a", "an", "one", "another") or slip):
            # "the two men", "a 7 thieves"
            return counted_item(sentence, pos, inner.end, end, inner)
        return single_item(sentence, tokens, 1, pos)
    titled = titled_names(text, pos, end)
    if titled is not None:  # "Police inspectors Ngah and Nkelle": two, counted by name
        return Item(titled.start, titled.end, titled.quantity, titled.title, NounClass.PERSON)
    name = NAME_THEN_TITLE.match(text, pos)
    if name:  # "killed Nicolas Ramirez, a councilor": one person, named and described
        after = sentence.window(name.end(), min(end, name.end() + 120))
        title = single_item(sentence, after, 0, pos)
        stop = title.end if title and title.single else name.end(1)
        return Item(pos, stop, None, name.group(1), NounClass.PERSON, single=True)
    plain = plain_name(text, pos, end, previous)
    if plain is not None:  # "a farmer, Audu Ochai, and his son", "Mr Audu Ochai and his son"
        return plain
    words = modifiers(tokens)
    carried = previous is not None and previous.single and len(words) >= 2
    count = previous.quantity.low if previous and previous.quantity else None
    if not carried and previous and describes_previous(text, previous.end, count, tokens, words):
        return None  # "killed three people, resident in X": who they were, not a fourth
    if carried or named(tokens, words):  # "a boy and middle-aged man", "kills village head"
        return single_item(sentence, tokens, 0, pos, words)
    if _title_opens(sentence, tokens, pos):  # "Headmaster of the school was killed"
        return Item(pos, tokens[0][2], None, tokens[0][0], NounClass.PERSON, single=True)
    # a hyphenated first word too: "two civilians and ex-Seleka members were killed"
    # (acled-w study: the list cut, no claim)
    if word.replace("-", "").isalpha() and word not in NOT_MODIFIERS and not is_verb(word):
        return uncounted_item(sentence, tokens, pos, words)
    return None


_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?[\w’'-]")
# A people's name, no title: "Japanese of the tour group", "Somali of ..."
_PEOPLES = re.compile(r"(?:ian|ican|ean|ese|[^aeiou]i)$|^(?:kurd|turk|arab|thai|somali)$")


def _title_opens(sentence: Tokens, tokens: list[Token], pos: int) -> bool:
    """A capitalised title for one person opening its sentence, with no article, before
    "of" ("Sub-inspector of the city police was shot dead", "Chairman of the council
    was killed": a headline's or a coder's style)."""
    if not tokens or sentence.text[sentence.start : pos].strip(" \t\n\"'“‘(") != "":
        return False
    word = tokens[0][0]
    lower = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and is_person(lower)
        and not is_plural(lower)
        and not _PEOPLES.search(lower)
        and _OF_AFTER.match(sentence.text, tokens[0][2]) is not None
    )


def _may_open(first: str) -> bool:
    """Whether an item whose first character is `first` may open with "both", "all",
    "another", "the other", "a third" or a lead ("an additional", "at least"): each
    starts with one of `_OPENERS`, ignoring case (a letter outside ASCII may match
    one ignoring case: those are tried too)."""
    return first.lower() in _OPENERS or not first.isascii()


def _opening(
    sentence: Tokens, pos: int, end: int, quantities: dict[int, Quantity], previous: Item | None
) -> Item | bool | None:
    """The item "both", "another", "the other", "a third" or a lead opens at `pos`;
    False where one opens but counts nothing, None where none opens there."""
    text = sentence.text
    pair = BOTH_PLURAL.match(text, pos, end)
    if pair:  # "both gunmen were killed": two
        two = Quantity(pos, pair.end(1), 2, 2, 2, "exact", words=True)
        return counted_item(sentence, pos, pair.end(1), end, two) or False
    lead = LEAD.match(text, pos, end)
    if lead and lead.end() in quantities:  # "an additional 15", "a total of 68"
        counted = _parse_item(sentence, lead.end(), end, quantities, previous)
        return replace(counted, start=pos) if counted else False
    both = BOTH_ALONE.match(text, pos, end)
    if both:  # "opened fire on two guards, killing both"
        two = Quantity(pos, both.end(1), 2, 2, 2, "exact", words=True)
        return Item(pos, both.end(1), two, None, None)
    ordinal = ORDINAL_ONE.match(text, pos, end)
    if ordinal:  # "two officers were killed and a third was injured"
        return Item(pos, ordinal.end(), None, ordinal.group(1), NounClass.PERSON, single=True)
    another = ANOTHER.match(text, pos, end)
    if another:  # "beheaded one person and shot dead another"
        return Item(pos, another.end(1), None, "another", NounClass.PERSON, single=True)
    return None


def _bare(quantity: Quantity) -> Item:
    return Item(quantity.start, quantity.end, quantity, None, None)


SELF = frozenset(("himself", "herself"))


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos
