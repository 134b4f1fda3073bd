"""Decide what each quantity in a sentence counts, and what happened to it.

The counted noun comes after the number ("24 soldiers", "two of its
employees", "dozens of people"), or is carried over when a number stands alone
("four soldiers killed and five wounded", "Senegalese troops and up to 2,000
from Chad"). What happened comes from the words around it: after ("were
killed", "have fled Mali", "were among the victims"), before ("killed
twenty-four soldiers", "attack on two targets"), or from the noun itself
("fatalities", "refugees", "suicide bombings", "troops"). The cues themselves,
and the actors they name, are read in `cues.py`; the counted noun in `counted_nouns.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from workbench.extract.casualty_counts import dead_and_hurt, martyrs_toll
from workbench.extract.counted_nouns import (
    Noun,
    PeopleNouns,
    carried_noun,
    counted_noun,
    first_tokens,
)
from workbench.extract.cues import (
    CASUALTY_CATEGORIES,
    STOP,
    Cue,
    find_actor,
    may_end_a_cue,
    post_cue,
    pre_cue,
)
from workbench.extract.lexicon import (
    CASUALTY_NOUNS,
    COMBATANTS,
    DEATH_ADJECTIVE,
    PEOPLE,
    PEOPLE_ONLY,
    TAKEN_IN_BATTLE,
    NounClass,
)
from workbench.extract.number_words import NUMBER_WORDS
from workbench.extract.numbers import Quantity
from workbench.extract.wordindex import WordIndex
from workbench.models import Category

__all__ = ["Cue", "Noun", "Reading", "find_actor", "may_end_a_cue", "read_sentence"]

_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus|,)\s*", re.IGNORECASE)
# A bracketed aside between a count and its predicate: the same people in other words
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")
# Where the people counted come from, a count of places, between them and their
# predicate: "40,000 civilians from 86 villages along the border have been evacuated",
# "385,000 civilians across four border districts were being evacuated" (unseen-q
# study: the places' count took the predicate, the people's read nothing)
_FROM_PLACES = re.compile(
    rf"\s+(?:from|across|in|of)\s+(?:(?:some|about|nearly|at\s+least|more\s+than)\s+)?"
    rf"(?:\d[\d,]*|{NUMBER_WORDS})\s+(?:[a-z-]+\s+)?"
    r"(?:villages|towns|districts|provinces|communities|localities|settlements|camps|regions|"
    r"states|counties|areas|municipalities|neighbou?rhoods|sub-districts|townships)"
    r"(?:\s+(?:along|near|on|in|across|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?(?=\s+[a-z])",
    re.IGNORECASE,
)
_WEAK_TROOP_CUES = frozenset("has have had with of".split())
_BARE_STATES = frozenset("dead killed wounded injured missing".split())
_CONTINUATION = re.compile(r"\b(?:another|a\s+further|further|an\s+additional)\s*$", re.IGNORECASE)
# The toll a revision replaced ("updated the toll from 17"); "from 17 to 24" is a range
_FORMER_TOLL = re.compile(r"\b(?:toll|tally|count|figure)\b[^.;:]{0,30}?\bfrom\s+$", re.I)
_PLACE_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_ORIGIN = re.compile(rf"\s+from\s+({_PLACE_NAME}(?:(?:,\s*|\s+and\s+){_PLACE_NAME})*)")
_MONEY_OBJECT = re.compile(r"\s+(?:in|on|for|of)\s+")
_CASUALTIES = frozenset("casualties causalities casualities casualites".split())
_UNIT_CATEGORIES = {
    "km": Category.DISTANCE,
    "mi": Category.DISTANCE,
    "m": Category.DISTANCE,
    "percent": Category.OTHER,
    "second": Category.DURATION,
    "minute": Category.DURATION,
    "hour": Category.DURATION,
    "day": Category.DURATION,
    "week": Category.DURATION,
    "month": Category.DURATION,
    "year": Category.DURATION,
    "decade": Category.DURATION,
}


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


# What counts people (and attacks), whole by nature: "3.5 people were wounded" is a slip,
# no count ("1.5 million displaced" is read whole, 1,500,000).
_WHOLE = frozenset(Category) - {
    Category.MONEY,
    Category.DISTANCE,
    Category.DURATION,
    Category.OTHER,
}


def whole_counts(readings: list[Reading]) -> list[Reading]:
    """`readings` less the counts of people or attacks that are not whole numbers."""
    return [
        r
        for r in readings
        if r.category not in _WHOLE
        or all(v is None or float(v).is_integer() for v in (r.quantity.low, r.quantity.high))
    ]


def read_sentence(
    text: str,
    quantities: list[Quantity],
    clauses: list[tuple[int, int]],
    sentence_start: int,
    previous: Reading | None = None,
    words: WordIndex | None = None,
) -> list[Reading]:
    """The claims among a sentence's quantities, in order; `previous` is the last
    claim of the sentence before, which "a further 200" and "two others" refer to;
    `words` is the sentence's index where the caller has it."""
    if not quantities:
        return []
    nouns = [counted_noun(text, q, _clause_of(clauses, q)[1]) for q in quantities]
    posts = _post_cues(text, quantities, nouns, clauses)
    people = PeopleNouns(text, sentence_start, quantities[-1].start, words)
    readings: list[Reading] = []
    for index, quantity in enumerate(quantities):
        if quantity.qualifier != "range" and _FORMER_TOLL.search(  # no claim, nor "17 troops"
            text, max(sentence_start, quantity.start - 45), quantity.start
        ):
            continue
        noun = nouns[index]
        anaphoric = noun is None and bool(
            _CONTINUATION.search(text, max(sentence_start, quantity.start - 30), quantity.start)
        )
        anaphoric = anaphoric or (noun is not None and noun.head == "others")
        earlier = readings or ([previous] if previous and anaphoric else [])
        carried = carried_noun(text, quantity, earlier, people)
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
            readings.append(_plus_fate(text, reading, readings[-1] if readings else None))
    return readings


# "plus" between a toll's noun and people: "one police death, plus three civilians"
_PLUS = re.compile(r"\s*,?\s*plus\s+", re.IGNORECASE)


def _plus_fate(text: str, reading: Reading, before: Reading | None) -> Reading:
    """People counted after a figure of deaths (or injuries) and "plus" share its fate:
    "one police death, plus three civilians", "2 deaths plus 3 civilians" (the people's
    noun alone reads no fate)."""
    if (
        before is None
        or reading.category is not Category.OTHER
        or reading.noun not in PEOPLE
        or before.noun is not NounClass.CASUALTY
        or before.category not in CASUALTY_CATEGORIES
        or not _PLUS.fullmatch(text, before.end, reading.start)
    ):
        return reading
    return replace(reading, category=before.category)


def _clause_of(clauses: list[tuple[int, int]], quantity: Quantity) -> tuple[int, int]:
    return next((c for c in clauses if c[0] <= quantity.start < c[1]), clauses[-1])


# The first words of a toll's pre-cue ("the death toll rose to", "number of dead at"),
# after which a number in words is the toll itself.
_TOLL_CUE_WORDS = frozenset("toll death casualty number fatalities deaths dead".split())
_LOSS_WORDS = frozenset({"lost", "losing", "loses", "loss"})  # a side losing its own dead
_SHARE_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent)", re.IGNORECASE)  # a loss's share


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
        # "1,240 people (210 households) fled", "40,000 civilians from 86 villages fled"
        aside = _ASIDE.match(text, start, clause_end) or _FROM_PLACES.match(text, start, clause_end)
        cues[index] = post_cue(text, aside.end() if aside else start, clause_end)
        inner = following is not None and aside is not None and following.start < aside.end()
        if inner and cues[index + 1] is None:  # "3,400 households (about 17,000 people) fled"
            cues[index + 1] = cues[index]  # the same people in other words: one predicate
    return cues


def _read(
    text: str, quantity: Quantity, noun: Noun | None, post: Cue | None, clause: tuple[int, int]
) -> Reading | None:
    pre = pre_cue(text, quantity, clause[0])
    decided = _decide(quantity, noun, pre, post)
    if decided is None:
        return None
    category, cue = decided
    if cue is not None and cue.word in _LOSS_WORDS and _SHARE_AFTER.match(text, quantity.end):
        return None  # "lost 16% of their purchasing power", "the loss of 16%": no one died
    if category is Category.KILLED and dead_and_hurt(text, noun, _CASUALTIES):
        category = Category.OTHER  # "85 casualties (23 killed and 62 injured)": both
    if category in (Category.OTHER, Category.WOUNDED) and martyrs_toll(text, quantity, noun):
        category, cue = Category.KILLED, None  # the hurt's word is their count's, not this
    if (
        category is Category.TROOPS
        and cue is None
        and _TARGETED.search(text, clause[0], quantity.start)
    ):
        category = Category.OTHER  # "an attack targeting 200 soldiers": a target, no force
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


# What an attack was aimed at, right before the count: "targeting hundreds of soldiers",
# "attacked 200 troops", "an ambush on 30 soldiers" (the force attacked, not deployed).
_TARGETED = re.compile(
    r"\b(?i:target(?:s|ed|ing)?|attack(?:s|ed|ing)?|ambush(?:es|ed|ing)?|assault(?:s|ed|ing)?|"
    r"(?:attacks?|ambush(?:es)?|assaults?|raids?)\s+(?:on|against))\s+"
    r"(?:(?i:at\s+least|about|some|nearly|over|more\s+than|around|up\s+to|a\s+group\s+of|"
    r"a\s+convoy\s+of|a\s+unit\s+of|a\s+patrol\s+of)\s+)?$"
)
# Fighters counted by the one attack they carried out, not a force's size: "Two suicide
# bombers blew themselves up" is no count of troops.
_ATTACKERS = frozenset(
    {"bomber", "bombers", "kamikaze", "kamikazes", "suicide bomber", "suicide bombers"}
)


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
        if (
            pre
            and pre.category in CASUALTY_CATEGORIES
            and pre.word not in _LOSS_WORDS  # "lost 200 jobs": a loss of people only
            and (not quantity.words or pre.word in _TOLL_CUE_WORDS)
        ):
            return pre.category, pre  # "the toll rose to seven": words too
        return None
    if quantity.value == 1 and (noun.inherited or (quantity.words and noun.partitive)):
        return None  # "one of the main bases" names one thing, it counts nothing
    people = cls in PEOPLE or cls is NounClass.CASUALTY
    if cls in COMBATANTS and TAKEN_IN_BATTLE.match(
        (post.word if post else "") or (pre.word if pre else "")
    ):
        # fighters captured in battle are prisoners, not hostages
        return Category.ARRESTED, post or pre
    if post and post.category in CASUALTY_CATEGORIES and people and not _fate_kept(noun, post):
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
    if people and DEATH_ADJECTIVE.match(noun.subject):  # "the two slain jawans"
        return Category.KILLED, None
    if cls in COMBATANTS and cls is not NounClass.MEN:
        troop_pre = pre if pre and pre.category is Category.TROOPS else None
        if noun.head in _ATTACKERS and troop_pre is None:
            return Category.OTHER, None  # "two suicide bombers struck": attackers, no force
        return Category.TROOPS, troop_pre
    troop_cue = next((c for c in (pre, post) if c and c.category is Category.TROOPS), None)
    if cls is NounClass.MEN and troop_cue is not None:
        return Category.TROOPS, troop_cue
    if not vague and cls in (NounClass.THING, NounClass.CIVILIAN, NounClass.PERSON):
        return Category.OTHER, None
    return None


def _fate_kept(noun: Noun, post: Cue) -> bool:
    """Whether a casualty noun keeps its own fate against a cue after it: deaths stay
    deaths ("2 deaths, plus 3 suspects arrested"), injuries injuries unless they end in
    death ("three injured died later")."""
    fate = CASUALTY_NOUNS.get(noun.head) if noun.cls is NounClass.CASUALTY else None
    if fate is Category.KILLED:
        return post.category is not Category.KILLED
    return fate is Category.WOUNDED and post.category not in (Category.KILLED, fate)


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
    for word, _, _ in first_tokens(text, lead.end(), len(text), 3):
        if not word[0].isalpha() or word.lower() in STOP:
            break
        words.append(word)
    return " ".join(words) or None
