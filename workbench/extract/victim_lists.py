"""The list of victims a casualty predicate governs, read item by item.

`victims.py` finds the predicates; this module reads what they govern: a list
of items joined by commas and "and" ("two policemen, a driver and four
traders"), each counted by a number ("45 others", "at least 12 suspected
militants", "six" with no noun) or by a singular determiner and a noun for a
person ("a village chief", "the deputy mayor", "his wife"), or named ("Jose
Escalante, a city councilman,"). "including ..." names a part of the list, not
more victims; a verb ends the list. `parse_list` reads forwards from an active
verb, `parse_back` backwards from a passive one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from workbench.extract.lexicon import NOUN_CLASS, PERSON_NOUNS, SINGULAR_CLASS, NounClass
from workbench.extract.numbers import Quantity

_TOKEN = re.compile(r"[\w’'-]+(?:/[\w’'-]+)*|\S")  # "TTP/LI" is one word
# Words that join two items of one list.
JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|and\s+|as\s+well\s+as\s+|"
    r"plus\s+|along\s+with\s+|together\s+with\s+)"
)
_SUBSET = re.compile(
    r",?\s*(?:including|among\s+(?:them|whom)|of\s+whom|mostly|mainly|most\s+of\s+them)\s+"
    r"|,\s*(?=[\w-]+\s+of\s+(?:them|whom|those)\b)",  # "killed 18, 11 of them children"
    re.IGNORECASE,
)
_NAME = re.compile(r"^[A-Z][a-z]|-[A-Z]")  # "Dulaimi", "al-Dulaimi"
_NAME_WORD = r"(?:(?:al|el|ad|as|abu|bin|ibn|de|van|von|da|dos|del)[-\s])?[A-Z][a-z][\w’'-]*"
_NAME_THEN_TITLE = re.compile(rf"((?:{_NAME_WORD}\s+){{1,3}}{_NAME_WORD}),\s+(?:a|an|the)\s")
_STATES = frozenset("wounded injured dead hostages captives abductees victims".split())
_NO_BEFORE = re.compile(r"(?<![A-Za-z])[Nn]o\s+$")
_LEAD = re.compile(
    r"(?:an?\s+(?:additional|further|total\s+of|estimated)|another|the\s+other|all|"
    r"a\s+number\s+of|at\s+least|more\s+than|over|up\s+to|nearly|almost|about|some|"
    r"around|approximately|roughly|as\s+many\s+as)\s+",
    re.IGNORECASE,
)
_ANOTHER = re.compile(
    r"(another|one\s+other|the\s+other)(?=\s*(?:[,.;:)]|and\b|in\b|at\b|to\s+death|dead\b|"
    r"alive\b|$))",
    re.IGNORECASE,
)
_NAME_COMMA = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+),\s*$")
# "two brothers who worked with the army were found dead"
_RELATIVE = re.compile(r"\s+(?:who|that)\s+(?![^,;]*?(?:kill|dead|died|wound|injur))[^,;]{1,100}?")
_AND_KIN = re.compile(r",\s+and\s+((?:his|her|their)\s+(\w+)),?\s*$")
_NAME_DESCRIBED = re.compile(
    r"(?<![\w’'-])(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|The|A|An)\s)"
    r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+),\s+"
    r"(?:an?|the|(?!(?:which|who|whose|where|when|that)\s)[a-z][\w-]*)\s[^;:]{0,150}?,\s*$"
)
_SPEAKER_NEXT = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|told|reported|added|stated|confirmed|announced|"
    r"claimed|tweeted|wrote)\b",
    re.IGNORECASE,
)
_SUBJECT_OF_NEXT = re.compile(
    r"\s+(?:(?:were|was|are|is|also|later)\s+)*(?:wounded|injured|killed|dead|died|kidnapped|"
    r"abducted|arrested|missing|captured|hurt)(?![\w-])",
    re.IGNORECASE,
)
# "injuring ten, two critically": a breakdown, not more victims
_BREAKDOWN = re.compile(r"\s+[a-z]+ly(?=\s*(?:[,.;)]|and\b|$))")
_ORDINAL_ONE = re.compile(
    r"(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?=\s+(?:was|is|has|had|died|person|man|woman|victim|later)\b|\s*$)",
    re.IGNORECASE,
)
_BOTH_PLURAL = re.compile(r"(both)\s+(?=[a-z]+\b)(?!of\b|and\b|sides\b)", re.IGNORECASE)
_BOTH_ALONE = re.compile(r"(both)(?=\s*(?:[,.;:)]|and\b|$))", re.IGNORECASE)
_BOTH = re.compile(r"(?:both|all)\s+(?=(?:the|a|an|his|her|their)\s)", re.IGNORECASE)
_PLURAL_PEOPLE = frozenset(
    "policemen soldiers civilians men women people persons personnel police members".split()
)
_ONE_PRONOUN = frozenset("him her himself herself".split())
_SINGLE = frozenset("a an one another his her their its our my the this".split())
_NOT_MODIFIERS = frozenset(
    "the a an in at on from to for with by of and or but nor were was are is have has had be "
    "been being will would could may might must can who that which as than when while after "
    "before during since into across over under near this these those its their his her our "
    "them they it he she we i you said says say told there here so if not no including "
    "among amongst along together respectively plus each both while whom whose where around also "
    "inside outside behind beside besides between toward towards through throughout amid "
    "amidst within without against about upon off out via per onto past despite near".split()
)
_ANIMALS = frozenset(
    "goat goats cow cows ox oxen bull bulls camel camels dog dogs donkey donkeys horse horses "
    "sheep cattle livestock mule mules pig pigs chicken chickens elephant elephants lion lions "
    "animal animals calf calves hippo hippos rhino rhinos birds bird".split()
)
# Agent nouns and demonyms: "a commander", "an activist", "an Iraqi", "a Sudanese".
_PERSON_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|woman|person|ee|eer|ese|[^aeiou]i)$")
# Words the agent-noun suffix would take for people: things, and adverbs,
# adjectives and prepositions in -er or -or.
_NOT_PERSONS = frozenset(
    "number member-state border river water tower power order matter corner quarter weather "
    "centre center chapter sector motor factor error terror minor major prior later other "
    "another under over after ever never rather whether either neither together however "
    "former latter earlier further farther shelter quarter-hour container trailer computer "
    "cluster corridor interior exterior".split()
)
_MAX_MODIFIERS = 6
_NEAR_VERB = 8  # tokens before a passive where a bare noun may start its subject
_MAX_BACK = 24  # tokens searched back for the victims of a passive


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


def _tokens(text: str, pos: int, end: int) -> list[tuple[str, int, int]]:
    """The tokens of `text[pos:end]` as (token, start, end)."""
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, pos, end)]


def parse_list(text: str, pos: int, end: int, quantities: dict[int, Quantity]) -> list[Item]:
    """The items of a list of victims starting at `pos`, up to the first word that
    is not part of it. Uncounted items ("civilians") are kept so the list goes on."""
    items: list[Item] = []
    while True:
        item = _parse_item(text, pos, end, quantities, items[-1] if items else None)
        if item is None:
            return _appositive_last(text, items)
        subset = _SUBSET.match(text, item.end, end)
        if subset:  # "30 people, including a dozen soldiers": a part, not more victims
            part = parse_list(text, subset.end(), end, quantities)
            if part:
                spans = tuple((p.start, p.end) for p in part)
                item = replace(item, end=part[-1].end, parts=item.parts + spans)
        if (
            items
            and items[-1].single
            and item.single
            and _is_name(text, item)
            and (text[items[-1].end : item.start].strip() == ",")
        ):  # "a Shiite cleric, Sheikh Ahmed Rahman": one person, named after a comma
            item = replace(items.pop(), end=item.end)
        if items and _SPEAKER_NEXT.match(text, item.end, end):
            return _appositive_last(text, items)  # "..., a local official said": who says so
        if items and _SUBJECT_OF_NEXT.match(text, item.end, end):
            return _appositive_last(text, items)  # "the deaths of 3 soldiers and 2 others wounded"
        items.append(item)
        join = JOIN.match(text, item.end, end)
        if join is None:
            return _appositive_last(text, items)
        pos = join.end()


def _appositive_last(text: str, items: list[Item]) -> list[Item]:
    """ "the murder of our companion X, an anti-globalisation protester": a last item
    joined by a bare comma, no "and", describes the one before it."""
    if len(items) >= 2 and items[-1].single and _one(items[-2]):
        between = text[items[-2].end : items[-1].start]
        if between.strip() == ",":
            return [*items[:-2], replace(items[-2], end=items[-1].end)]
    return items


def _one(item: Item) -> bool:
    return item.single or (item.quantity is not None and item.quantity.value == 1)


def _is_name(text: str, item: Item) -> bool:
    words = text[item.start : item.end].split()
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _parse_item(
    text: str, pos: int, end: int, quantities: dict[int, Quantity], previous: Item | None
) -> Item | None:
    while pos < end and text[pos].isspace():
        pos += 1
    if pos >= end:
        return None
    both = _BOTH.match(text, pos, end)
    if both:  # "both the driver and a passenger"
        pos = both.end()
    pair = _BOTH_PLURAL.match(text, pos, end)
    if pair:  # "both gunmen were killed": two
        two = Quantity(pos, pair.end(1), 2, 2, 2, "exact", words=True)
        return _counted(text, pos, pair.end(1), end, two)
    lead = _LEAD.match(text, pos, end)
    if lead and lead.end() in quantities:  # "an additional 15", "a total of 68"
        counted = _parse_item(text, lead.end(), end, quantities, previous)
        return replace(counted, start=pos) if counted else None
    both = _BOTH_ALONE.match(text, pos, end)
    if both:  # "opened fire on two guards, killing both"
        pair = Quantity(pos, both.end(1), 2, 2, 2, "exact", words=True)
        return Item(pos, both.end(1), pair, None, None)
    ordinal = _ORDINAL_ONE.match(text, pos, end)
    if ordinal:  # "two officers were killed and a third was injured"
        return Item(pos, ordinal.end(), None, ordinal.group(1), NounClass.PERSON, single=True)
    another = _ANOTHER.match(text, pos, end)
    if another:  # "beheaded one person and shot dead another"
        return Item(pos, another.end(1), None, "another", NounClass.PERSON, single=True)
    quantity = quantities.get(pos)
    if quantity is not None:
        if quantity.unit is not None or _NO_BEFORE.search(text, max(0, pos - 4), pos):
            return None  # "no one was killed"
        if previous is not None and _BREAKDOWN.match(text, quantity.end, end):
            return None
        return _counted(text, pos, quantity.end, end, quantity)
    tokens = _tokens(text, pos, min(end, pos + 120))
    if not tokens:
        return None
    word = tokens[0][0].lower()
    if word in _ONE_PRONOUN and not _modifiers(tokens[1:2]):  # "killing himself", "him"
        return Item(tokens[0][1], tokens[0][2], None, word, NounClass.PERSON, single=True)
    if word in _SINGLE:
        inner = quantities.get(_skip_space(text, tokens[0][2], end))
        if inner is not None and word not in ("a", "an", "one", "another"):
            return _counted(text, pos, inner.end, end, inner)  # "the two men"
        return _single(text, tokens, 1, pos)
    name = _NAME_THEN_TITLE.match(text, pos)
    if name:  # "killed Nicolas Ramirez, a councilor": one person, named and described
        title = _single(text, _tokens(text, name.end(), min(end, name.end() + 120)), 0, pos)
        stop = title.end if title and title.single else name.end(1)
        return Item(pos, stop, None, name.group(1), NounClass.PERSON, single=True)
    carried = previous is not None and previous.single and len(_modifiers(tokens)) >= 2
    if carried or _named(tokens):
        return _single(text, tokens, 0, pos)  # "a boy and middle-aged man", "kills village head"
    if word.isalpha() and word not in _NOT_MODIFIERS and not _is_verb(word):
        return _uncounted(text, tokens, pos)
    return None


def _named(tokens: list[tuple[str, int, int]]) -> bool:
    """A singular person with no determiner: "local leader Naim al-Dulaimi",
    "Catholic priest", "village head" (a headline's style)."""
    words = _modifiers(tokens)
    if not words:
        return False
    head = words[-1][0]
    if _NAME.search(head) and any(_title(w[0]) for w in words[:-1]):
        return True
    # a bare noun for one person, in a headline's style: "kills village head"; a
    # capitalised one alone is more often an adjective ("Japanese, British and ...")
    return head.islower() and _is_person(head) and not _is_plural(head)


def _title(word: str) -> bool:
    """A word for a person: "leader", "Councilman", "Indonesian" (a capitalised one
    only from the lexicon or as a demonym: "Blackwater", "Monitor" are no agent
    nouns)."""
    if word.islower():
        return _is_person(word)
    return word.lower() in PERSON_NOUNS or bool(_DEMONYM.search(word))


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _counted(text: str, start: int, pos: int, end: int, quantity: Quantity) -> Item | None:
    """A number and the words it counts: "45 others", "5 unidentified armed men", "six"."""
    tokens = _tokens(text, pos, min(end, pos + 160))
    index = 0
    if tokens and tokens[0][0].lower() == "of":  # "two of the attackers"
        index = 2 if len(tokens) > 1 and tokens[1][0].lower() in _SINGLE else 1
        if len(tokens) > index and tokens[index][0].lower() in _STATES:  # "two of the wounded"
            head = tokens[index]
            return Item(start, head[2], quantity, head[0], NounClass.CASUALTY)
    first = next((t[0] for t in tokens if not t[0].lower().endswith("ly")), "")
    if _is_verb(first.lower()) and not first.endswith("ing") and not first.isupper():
        return None  # "and 1 captured", "a dozen critically wounded": another predicate's
    words = _modifiers(tokens[index:])
    if not words:
        return Item(start, quantity.end, quantity, None, None)
    head = words[-1][0].lower()
    if head in _ANIMALS or NOUN_CLASS.get(head) in (NounClass.THING, NounClass.ATTACK):
        return None
    subject = " ".join(text[words[0][1] : words[-1][2]].split())
    noun = NOUN_CLASS.get(head) or SINGULAR_CLASS.get(head) or NounClass.PERSON
    return Item(start, _tail(text, words[-1][2], end), quantity, subject, noun)


def _single(text: str, tokens: list[tuple[str, int, int]], index: int, start: int) -> Item | None:
    """One person: "a village chief", "the deputy mayor", "his wife"."""
    words = _modifiers(tokens[index:])
    if not words:
        return None
    last_person = max((i for i, w in enumerate(words) if _title(w[0])), default=None)
    trailing = words[last_person + 1 :] if last_person is not None else []
    if trailing and all(_PARTICIPLE.search(w[0]) for w in trailing):
        words = words[: last_person + 1]  # "a civil guard posted outside the embassy"
    head = words[-1][0].lower()
    if index and tokens[0][0].lower() in ("a", "an", "one") and head in _PLURAL_PEOPLE:
        head = "person"  # "a policemen was killed": a slip for one
    kin = (
        index
        and tokens[0][0].lower() in _POSSESSIVES
        and head.isalpha()
        and not _is_plural(head)
        and head not in _ANIMALS
    )
    person = _title(words[-1][0]) or head == "person"
    if not (kin or person or head in ("body", "corpse") or _named(tokens[index:])):
        return _uncounted(text, tokens[index:], start) if _is_plural(head) else None
    subject = " ".join(text[words[0][1] : words[-1][2]].split())
    noun = SINGULAR_CLASS.get(head, NounClass.PERSON)
    end = _tail(text, words[-1][2], tokens[-1][2])
    return Item(start, end, None, subject, noun, single=True)


def _uncounted(text: str, tokens: list[tuple[str, int, int]], start: int) -> Item | None:
    """ "civilians", "the villagers": part of the list, but no count."""
    words = _modifiers(tokens)
    if not words or not _is_plural(words[-1][0].lower()):
        return None
    return Item(start, _tail(text, words[-1][2], tokens[-1][2]), None, None, None)


def _modifiers(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The words of a noun phrase up to its head, at most a few."""
    words: list[tuple[str, int, int]] = []
    index = 0
    while index < len(tokens) and len(words) <= _MAX_MODIFIERS:
        word, start, end = tokens[index]
        index += 1
        lowered = word.lower()
        if word.isdigit() and index < len(tokens) and _AGE.match(tokens[index][0]):
            words.append((word, start, end))  # "a 23 year-old student"
            continue
        if words and word in _OPENING:  # "two NSCN (Khaplang) cadres": a gloss inside
            index = _after_gloss(tokens, index, _OPENING[word])
            continue
        acronym = word.isupper() and len(word) > 1  # "2 IS militants"
        if (
            not (word[0].isalpha() or _HYPHENATED.match(word))
            or (lowered in _NOT_MODIFIERS and not acronym)
            or (_is_verb(word) and not acronym)
        ):
            break
        if lowered in _NUMBER_WORDS:
            break  # "the same incident one soldier": the count starts a phrase of its own
        if lowered.endswith("ly") and lowered not in _LY_NOUNS:
            break  # "a dozen critically wounded"
        if words and lowered in ("hostage", "captive"):
            break  # "took four tourists hostage"
        words.append((word, start, end))
    return words[:_MAX_MODIFIERS]


def _after_gloss(tokens: list[tuple[str, int, int]], index: int, closing: str) -> int:
    """The index after the bracket closing a short gloss, or past the end if none."""
    for ahead in range(index, min(len(tokens), index + 12)):
        if tokens[ahead][0] == closing:
            return ahead + 1
    return len(tokens)


def _tail(text: str, pos: int, end: int) -> int:
    """The end of what may follow a head inside its noun phrase: "of" and a few words
    ("members of the special forces"), a bracket ("(BCL)")."""
    while True:
        bracket = _BRACKET.match(text, pos, end)
        if bracket:
            pos = bracket.end()
            continue
        of = _OF.match(text, pos, end)
        words = _modifiers(_tokens(text, of.end(), min(end, of.end() + 80))) if of else []
        if not words:
            return pos
        pos = words[-1][2]


_BRACKET = re.compile(r"\s*\([^()]{1,60}\)")
_OF = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?")
# ", 45," or ", a student leader," between the victims and their verb, perhaps with
# a participle phrase after it ("Two men, both Iraqi citizens, working for CNN")
_APPOSITION = re.compile(r"\s*,(?:[^,;]{1,60},)?(?:\s+[a-z]+(?:ing|ed)\b[^,;]{0,60}?)?\s*")
_HYPHENATED = re.compile(r"\d+-[a-z]|\d+(?:st|nd|rd|th)$")  # "14-year-old", "a 9th class student"
# What may stand between the victims and a passive verb: no clause, no number.
_GAP = re.compile(
    r"(?:\s+(?!(?:when|where|which|who|whom|that|while|after|before|because|as|and|but|or|said|"
    r"says|say|told|reported|claimed|were|was|are|is)\b)[\w’'-]+){1,12}\s*",
    re.IGNORECASE,
)
_AGE = re.compile(r"-?years?\b|-?yrs?\b", re.IGNORECASE)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozen".split()
)
_OPENING = {"(": ")", "[": "]"}
# "his accomplice", "her fiance": after a possessive, one person whatever the noun
_POSSESSIVES = frozenset("his her their".split())
_DEMONYM = re.compile(r"(?:ian|ese|[^aeiou]i|man|woman)$")
_PARTICIPLE = re.compile(r"^[a-z]+(?:ed|ing|en)$")
_LY_NOUNS = frozenset("elderly family ally rally italy".split())


def _is_verb(word: str) -> bool:
    """Words that end a noun phrase: a casualty predicate or a gerund."""
    return word.lower() in _VERBS or (
        word.endswith("ing") and word.islower() and word not in ("ring", "king", "viking")
    )


_VERBS = frozenset(
    "killed dead died wounded injured hurt kidnapped abducted captured arrested detained seized "
    "missing executed murdered shot taken held fled escaped survived remain remained remains left "
    "alive "
    "kill kills wound wounds injure injures kidnap kidnaps abduct abducts arrest arrests "
    "were was are is".split()
)


def _is_person(word: str) -> bool:
    if word in _ANIMALS or word in _NOT_PERSONS:
        return False
    return word in PERSON_NOUNS or (len(word) >= 5 and bool(_PERSON_SUFFIX.search(word)))


def _is_plural(word: str) -> bool:
    return word.endswith("s") or word in (
        "people",
        "police",
        "personnel",
        "men",
        "women",
        "children",
    )


def parse_back(
    text: str, folded: str, lo: int, stop: int, quantities: dict[int, Quantity]
) -> list[Item]:
    """The list of victims ending at `stop`: the earliest start whose list reaches it."""
    tokens = _tokens(text, lo, stop)[-_MAX_BACK:]
    target = stop
    while target > lo and text[target - 1].isspace():
        target -= 1
    described = _NAME_DESCRIBED.search(text, max(lo, target - 200), target)
    if described:  # "Nityaranjan Pande, a worker at a monastery in X, was hacked to death"
        name = described.group(1)
        named = [Item(described.start(), target, None, name, NounClass.PERSON, single=True)]
        kin = _AND_KIN.search(text, described.start(), target)  # "..., and his son,"
        if kin:
            named.append(Item(kin.start(1), kin.end(1), None, kin.group(2), NounClass.PERSON, True))
        return named
    counted = [t for t in tokens if t[1] in quantities or t[0].lower() in _SINGLE]
    for start in [t[1] for t in counted] + _other_starts(text, tokens, counted):
        # a number or "a"/"the" first, then a name or a bare noun opening a phrase
        items = _reaching(text, parse_list(text, start, target, quantities), target)
        if items:
            return _named_subject(text, lo, items)
    return _loose_back(text, tokens, target, quantities)


def _reaching(text: str, items: list[Item], target: int) -> list[Item]:
    """The longest head of a list of victims that reaches `target`, straight or
    past an apposition or a relative clause ("Two herders, brothers from Tinka,");
    none if it counts nobody."""
    for size in range(len(items), 0, -1):
        end = items[size - 1].end
        if (
            end == target
            or _APPOSITION.fullmatch(text, end, target)
            or _RELATIVE.fullmatch(text, end, target)
        ) and any(i.quantity or i.single for i in items[:size]):
            return items[:size]
    return []


def _other_starts(
    text: str, tokens: list[tuple[str, int, int]], counted: list[tuple[str, int, int]]
) -> list[int]:
    """Where else a list of victims may begin: a capitalised word, the first word
    after a comma or of the span ("In Lagos, civilians and 3 police were killed"),
    or any of the last few before the verb ("10 year old boy was killed")."""
    taken = {t[1] for t in counted}
    starts = []
    near = len(tokens) - _NEAR_VERB
    for index, (word, start, _) in enumerate(tokens):
        if start in taken or not word[0].isalpha():
            continue
        if index >= near or index == 0 or word[0].isupper() or tokens[index - 1][0] == ",":
            starts.append(start)
    return starts


def _named_subject(text: str, lo: int, items: list[Item]) -> list[Item]:
    """ "Jose Escalante, a city councilman, was shot", "Tomas Ferrant, a teacher, and
    his son were abducted": the first item after the comma describes the person
    named before it."""
    name = _NAME_COMMA.search(text, max(lo, items[0].start - 60), items[0].start)
    if name is None or items[0].quantity is not None:
        return items
    first = Item(name.start(), items[0].end, None, name.group(1), NounClass.PERSON, True)
    return [first, *items[1:]]


def _loose_back(
    text: str, tokens: list[tuple[str, int, int]], target: int, quantities: dict[int, Quantity]
) -> list[Item]:
    """The victims of a passive separated from it by a short modifier: "two British
    citizens travelling near the border were killed", "a pastor in X was killed"."""
    for word, start, _ in reversed(tokens):
        if start not in quantities and word.lower() not in ("a", "an", "one", "the"):
            continue
        items = parse_list(text, start, target, quantities)
        if items and any(i.quantity or i.single for i in items):
            return items if _GAP.fullmatch(text, items[-1].end, target) else []
    return []
