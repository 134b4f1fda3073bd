"""Decide what each quantity in a sentence counts, and what happened to it.

The counted noun comes after the number ("24 soldiers", "two of its
employees", "dozens of people"), or is carried over when a number stands alone
("four soldiers killed and five wounded", "Senegalese troops and up to 2,000
from Chad"). What happened comes from the words around it: after ("were
killed", "have fled Mali", "were among the victims"), before ("killed
twenty-four soldiers", "attack on two targets"), or from the noun itself
("fatalities", "refugees", "suicide bombings", "troops").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from workbench.extract.casefold import fold
from workbench.extract.dateline import dateline_end
from workbench.extract.lexicon import (
    ACTOR_NOUNS,
    CASUALTY_NOUNS,
    COMBATANTS,
    NOUN_CLASS,
    PEOPLE,
    PEOPLE_ONLY,
    POST_CUES,
    PRE_CUE_LAST,
    PRE_CUES,
    SINGULAR_CLASS,
    TAKEN_IN_BATTLE,
    NounClass,
)
from workbench.extract.numbers import Quantity
from workbench.extract.voices import gives_toll
from workbench.models import Category

# A word or a punctuation mark; Markdown emphasis (**24** soldiers) is passed over.
_TOKEN = re.compile(r"[\s*_]*([A-Za-z][\w'’-]*|\S)")
_STOP = frozenset(
    "the a an in at on from to for with by of and or but nor were was are is have has had be been "
    "being will would could may might must can who that which as than when while after before "
    "during since into across over under near this these those its their his her our your my "
    "them they it he she we i you last next said says say told there here such so if not no "
    "all each every both either some any many much most other another per including".split()
)
_PARTITIVE = frozenset("its their his her our the these those them whom".split())
_MAX_MODIFIERS = 4
_LOOK_AHEAD = 8
_ONE_CLASSES = {**NOUN_CLASS, **SINGULAR_CLASS}  # what "one" counts: a singular noun too
_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus|,)\s*", re.IGNORECASE)
_FLED_ABROAD = re.compile(
    r"\s+(?:from\s+)?(?:(?:the|their)\s+country|abroad|across|into|to\s+(?:neighbo|[A-Z])|[A-Z])"
)
_BY_AGENT = re.compile(
    r"\s+by\s+((?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?=[,.;:]|\s+(?:in|at|on|near|during|after|when|who|which)\b|$)"
)
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_ACTOR_MODIFIERS = frozenset(
    "armed unidentified suspected separatist islamist jihadist rebel militant unknown masked "
    "government pro-government state".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'-]*)\s+$")
_WEAK_TROOP_CUES = frozenset("has have had with of".split())
_PEOPLE_NOUN = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(
        sorted(
            (n for n, c in NOUN_CLASS.items() if c in PEOPLE and " " not in n),
            key=len,
            reverse=True,
        )
    )
    + r")(?![a-z])"
)
_BARE_STATES = frozenset("dead killed wounded injured missing".split())
_CONTINUATION = re.compile(r"\b(?:another|a\s+further|further|an\s+additional)\s*$", re.IGNORECASE)
_LEADING_COUNTERS = re.compile(
    r"^(?:more|other|additional|another|further|extra)\s+", re.IGNORECASE
)
_PLACE_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_ORIGIN = re.compile(rf"\s+from\s+({_PLACE_NAME}(?:(?:,\s*|\s+and\s+){_PLACE_NAME})*)")
_ATTACKERS_IN_CUE = re.compile(r"\bby\s+(.+?)\s+(?:on|against)\s*$")
_MONEY_OBJECT = re.compile(r"\s+(?:in|on|for|of)\s+")
_CASUALTIES = frozenset("casualties causalities casualities casualites".split())
_CASUALTY_CATEGORIES = frozenset(
    {
        Category.KILLED,
        Category.WOUNDED,
        Category.MISSING,
        Category.KIDNAPPED,
        Category.ARRESTED,
        Category.DISPLACED,
        Category.REFUGEES,
    }
)
_UNIT_CATEGORIES = {
    "km": Category.DISTANCE,
    "mi": Category.DISTANCE,
    "m": Category.DISTANCE,
    "percent": Category.OTHER,
    "hour": Category.DURATION,
    "day": Category.DURATION,
    "week": Category.DURATION,
    "month": Category.DURATION,
    "year": Category.DURATION,
}


@dataclass(frozen=True)
class Noun:
    """The counted noun phrase: `text[start:end]`, its head's class and head word."""

    start: int
    end: int
    head: str  # the lexicon's word: "soldiers", "suicide bombings"
    cls: NounClass
    subject: str  # who or what was counted, as the claim shows it
    inherited: bool = False
    partitive: bool = False  # "two of its employees"


@dataclass(frozen=True)
class Cue:
    """Words that say what happened: `text[start:end]`, and the category they give."""

    start: int
    end: int
    category: Category
    word: str = ""


@dataclass(frozen=True)
class Reading:
    """A quantity read as a claim."""

    quantity: Quantity
    category: Category
    start: int
    end: int
    subject: str | None
    noun: NounClass | None
    actor: str | None


def read_sentence(
    text: str,
    quantities: list[Quantity],
    clauses: list[tuple[int, int]],
    sentence_start: int,
    previous: Reading | None = None,
) -> list[Reading]:
    """The claims among a sentence's quantities, in order; `previous` is the last
    claim of the sentence before, which "a further 200" and "two others" refer to."""
    nouns = [_counted_noun(text, q, _clause_of(clauses, q)[1]) for q in quantities]
    posts = _post_cues(text, quantities, nouns, clauses)
    people = _PeopleNouns(text, sentence_start, quantities[-1].start if quantities else 0)
    readings: list[Reading] = []
    for index, quantity in enumerate(quantities):
        noun = nouns[index]
        anaphoric = noun is None and bool(
            _CONTINUATION.search(text, max(sentence_start, quantity.start - 30), quantity.start)
        )
        anaphoric = anaphoric or (noun is not None and noun.head == "others")
        earlier = readings or ([previous] if previous and anaphoric else [])
        carried = _carried_noun(text, quantity, earlier, people)
        if noun is None:
            noun = carried
        elif noun.head in _BARE_STATES and carried is not None:
            # "four soldiers killed and five wounded": five soldiers, wounded
            noun = Noun(noun.start, noun.end, noun.head, noun.cls, carried.subject)
        elif noun.head == "others" and carried is not None:
            noun = Noun(noun.start, noun.end, carried.head, carried.cls, carried.subject)
        clause = _clause_of(clauses, quantity)
        reading = _read(text, quantity, noun, posts[index], clause)
        if reading is not None:
            readings.append(reading)
    return readings


def _clause_of(clauses: list[tuple[int, int]], quantity: Quantity) -> tuple[int, int]:
    return next((c for c in clauses if c[0] <= quantity.start < c[1]), clauses[-1])


def _tokens(text: str, pos: int, end: int, limit: int) -> list[tuple[str, int, int]]:
    tokens = []
    for _ in range(limit):
        match = _TOKEN.match(text, pos, end)
        if not match:
            break
        tokens.append((match.group(1), match.start(1), match.end(1)))
        pos = match.end()
    return tokens


def _counted_noun(text: str, quantity: Quantity, end: int) -> Noun | None:
    """The noun a quantity counts, when it follows: "24 soldiers", "two of its employees"."""
    if quantity.unit is not None:
        return None
    tokens = _tokens(text, quantity.end, end, _LOOK_AHEAD)
    index = 0
    if tokens and tokens[0][0].lower() == "of":
        index = 2 if len(tokens) > 1 and tokens[1][0].lower() in _PARTITIVE else 1
    classes = _ONE_CLASSES if quantity.value == 1 else NOUN_CLASS
    first = None
    while index < len(tokens) and index < _MAX_MODIFIERS + 3:
        word, start, _ = tokens[index]
        lowered = [t[0].lower() for t in tokens[index : index + 2]]
        for size in (2, 1):
            key = " ".join(lowered[:size])
            if len(lowered) >= size and key in classes:
                head_end = tokens[index + size - 1][2]
                begin = first if first is not None else start
                subject = _LEADING_COUNTERS.sub("", " ".join(text[begin:head_end].split()))
                return Noun(
                    begin,
                    head_end,
                    key,
                    classes[key],
                    subject,
                    partitive=tokens[0][0].lower() == "of",
                )
        if not word[0].isalpha() or word.lower() in _STOP:
            return None
        first = start if first is None else first
        index += 1
    return None


def _carried_noun(
    text: str, quantity: Quantity, readings: list[Reading], people: _PeopleNouns
) -> Noun | None:
    """The noun a bare number borrows: in "four soldiers killed and five wounded",
    "five" counts soldiers too."""
    if quantity.unit is not None or quantity.value == 1:
        return None
    last = readings[-1] if readings else None
    if last is not None and last.noun in PEOPLE and last.subject:
        head = last.subject.split()[-1].lower()
        return Noun(last.start, last.end, head, last.noun, last.subject, inherited=True)
    found = people.last_before(quantity.start)
    if found is None:
        return None
    noun_start, noun_end = found
    word = text[noun_start:noun_end].lower()
    begin = _modifiers_before(text, noun_start, people.start)
    subject = " ".join(text[begin:noun_end].split())
    return Noun(begin, noun_end, word, NOUN_CLASS[word], subject, inherited=True)


class _PeopleNouns:
    """The nouns for people in `text[start:end]`, found once a sentence when first
    asked, so that a long sentence of figures is read in linear time."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._spans: list[tuple[int, int]] | None = None

    def last_before(self, pos: int) -> tuple[int, int] | None:
        """The span of the last noun that ends at or before `pos`."""
        if self._spans is None:
            folded = fold(self.text[self.start : self.end])
            self._spans = [
                (self.start + m.start(), self.start + m.end())
                for m in _PEOPLE_NOUN.finditer(folded)
            ]
        index = bisect.bisect_right(self._spans, (pos, pos)) - 1
        while index >= 0 and self._spans[index][1] > pos:
            index -= 1
        return self._spans[index] if index >= 0 else None


def _modifiers_before(text: str, start: int, limit: int) -> int:
    """Extend a noun back over the capitalised or known modifiers before it."""
    while True:
        match = _WORD_BEFORE.search(text, max(limit, start - 80), start)
        if not match:
            return start
        word = match.group(1)
        if not (word[0].isupper() or word.lower() in _ACTOR_MODIFIERS) or word.lower() in _STOP:
            return start
        start = match.start(1)


def _post_cues(
    text: str, quantities: list[Quantity], nouns: list[Noun | None], clauses: list[tuple[int, int]]
) -> list[Cue | None]:
    """What happened, said after each quantity; a shared predicate serves coordinated ones."""
    cues: list[Cue | None] = [None] * len(quantities)
    for index in reversed(range(len(quantities))):
        quantity, noun = quantities[index], nouns[index]
        start = noun.end if noun else quantity.end
        clause_end = _clause_of(clauses, quantity)[1]
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        if (
            following is not None
            and following.start < clause_end
            and _COORDINATION.fullmatch(text, start, following.start)
        ):
            cues[index] = cues[index + 1]
            continue
        cues[index] = _post_cue(text, start, clause_end)
    return cues


def _post_cue(text: str, start: int, end: int) -> Cue | None:
    match = POST_CUES.match(text, start, min(end, start + 120))
    if match is None:
        return None
    category = Category[match.lastgroup or ""]
    if category is Category.REFUGEES and not _FLED_ABROAD.match(text, match.end()):
        category = Category.DISPLACED
    word = match.group(match.lastgroup or 0).split()[0].lower()
    return Cue(start, match.end(), category, word)


_LAST_WORD = re.compile(r"[A-Za-z]+$")


def may_end_a_cue(window: str) -> bool:
    """Whether `window` ends with the last word or sign of a pre-cue (`PRE_CUE_LAST`)."""
    end = window.rstrip()
    if end[-1:] in (":", "="):
        return True
    word = _LAST_WORD.search(end, max(0, len(end) - 20))
    return word is not None and word.group(0).lower() in PRE_CUE_LAST


def _pre_cue(text: str, quantity: Quantity, clause_start: int) -> Cue | None:
    begin = max(clause_start, quantity.start - 60)
    window = text[begin : quantity.start]
    if not may_end_a_cue(window):
        return None
    match = PRE_CUES.search(window)
    if match is None:
        return None
    words = match.group(0).split()
    category = Category[match.lastgroup or ""]
    return Cue(
        begin + match.start(), begin + match.end(), category, words[0].lower() if words else ""
    )


def _read(
    text: str, quantity: Quantity, noun: Noun | None, post: Cue | None, clause: tuple[int, int]
) -> Reading | None:
    pre = _pre_cue(text, quantity, clause[0])
    decided = _decide(quantity, noun, pre, post)
    if decided is None:
        return None
    category, cue = decided
    start, end = quantity.start, max(quantity.end, noun.end if noun and not noun.inherited else 0)
    if cue is pre and pre is not None and pre.word not in _WEAK_TROOP_CUES:
        start = pre.start
    if cue is post and post is not None and post.start - end <= 40:
        end = max(end, post.end)
    subject = _subject(text, quantity, noun)
    if category is Category.TROOPS and noun is not None:
        subject = _with_origin(
            text, max(quantity.end, noun.end if not noun.inherited else 0), noun, subject
        )
    actor = find_actor(
        text, clause, pre if cue is pre else None, post if cue is post else None, category
    )
    return Reading(quantity, category, start, end, subject, noun.cls if noun else None, actor)


def _decide(
    quantity: Quantity, noun: Noun | None, pre: Cue | None, post: Cue | None
) -> tuple[Category, Cue | None] | None:
    """The category, and the cue that gave it (None where the noun or unit did)."""
    if quantity.unit in _UNIT_CATEGORIES:
        return _UNIT_CATEGORIES[quantity.unit], None
    if quantity.unit is not None:
        return Category.MONEY, None
    cls = noun.cls if noun else None
    vague = quantity.qualifier.startswith("vague:")
    if noun is None:
        # "the attack killed 12", "the death toll rose to 45"
        if pre and pre.category in _CASUALTY_CATEGORIES and not quantity.words:
            return pre.category, pre
        return None
    if quantity.value == 1 and (noun.inherited or (quantity.words and noun.partitive)):
        return None  # "one of the main bases" names one thing, it counts nothing
    people = cls in PEOPLE or cls is NounClass.CASUALTY
    if cls in COMBATANTS and TAKEN_IN_BATTLE.match(
        (post.word if post else "") or (pre.word if pre else "")
    ):
        # fighters captured in battle are prisoners, not hostages
        return Category.ARRESTED, post or pre
    if post and post.category in _CASUALTY_CATEGORIES and people:
        return post.category, post
    if (
        pre
        and pre.category in PEOPLE_ONLY
        and pre.category is not Category.TROOPS
        and cls in PEOPLE
    ):
        return pre.category, pre
    if cls is NounClass.CASUALTY:
        if vague and noun.head in _CASUALTIES:
            return None  # "several casualties": dead or hurt, and how many neither says
        return CASUALTY_NOUNS[noun.head], None
    if pre and pre.category is Category.ATTACKS and not people:
        return Category.ATTACKS, pre
    if cls is NounClass.ATTACK:
        return Category.ATTACKS, None
    if cls in COMBATANTS and cls is not NounClass.MEN:
        return Category.TROOPS, pre if pre and pre.category is Category.TROOPS else None
    troop_cue = next((c for c in (pre, post) if c and c.category is Category.TROOPS), None)
    if cls is NounClass.MEN and troop_cue is not None:
        return Category.TROOPS, troop_cue
    if not vague and cls in (NounClass.THING, NounClass.CIVILIAN, NounClass.PERSON):
        return Category.OTHER, None
    return None


def _subject(text: str, quantity: Quantity, noun: Noun | None) -> str | None:
    if noun is not None:
        return noun.subject
    if quantity.unit and quantity.unit.isupper():
        return _money_object(text, quantity.end)
    return None


def _with_origin(text: str, pos: int, noun: Noun, subject: str | None) -> str | None:
    """ "up to 2,000 from Chad" are Chadian troops, not the Senegalese named before them."""
    origin = _ORIGIN.match(text, pos)
    if not origin:
        return subject
    head = noun.head if noun.inherited else subject
    return f"{head} from {' '.join(origin.group(1).split())}"


def _money_object(text: str, pos: int) -> str | None:
    """ "$1.8-billion on aid to the Sahel" -> "aid"."""
    lead = _MONEY_OBJECT.match(text, pos)
    if not lead:
        return None
    words = []
    for word, _, _ in _tokens(text, lead.end(), len(text), 3):
        if not word[0].isalpha() or word.lower() in _STOP:
            break
        words.append(word)
    return " ".join(words) or None


def find_actor(
    text: str, clause: tuple[int, int], pre: Cue | None, post: Cue | None, category: Category
) -> str | None:
    """Who did it: the agent after "by" a `post` cue, or the first armed actor before a
    `pre` cue (an active verb) in the clause; None for other categories."""
    if category not in _CASUALTY_CATEGORIES and category is not Category.ATTACKS:
        return None
    if post is not None:
        agent = _BY_AGENT.match(text, post.end, clause[1])
        return " ".join(agent.group(1).split()) if agent else None
    if pre is None:
        return None
    attackers = _ATTACKERS_IN_CUE.search(text, pre.start, pre.end)
    if attackers:
        return " ".join(attackers.group(1).split())
    if gives_toll(text, clause[0], pre.end):  # "the army put the death toll at 12"
        return None
    for match in _TOKEN.finditer(text, dateline_end(text, clause[0], pre.start), pre.start):
        word = match.group(1)
        if word.lower() in ACTOR_NOUNS or _ACRONYM.fullmatch(word):
            begin = _modifiers_before(text, match.start(1), clause[0])
            return " ".join(text[begin : match.end(1)].split())
    return None
