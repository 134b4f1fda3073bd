"""The noun a quantity counts: after the number ("24 soldiers", "two of its employees",
"dozens of people"), or carried over when a number stands alone ("four soldiers killed
and five wounded": five soldiers). `claims.read_sentence` asks these."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from workbench.extract.casefold import fold
from workbench.extract.cues import STOP, TOKEN, modifiers_before
from workbench.extract.fate_words import PEOPLES, people_modifier
from workbench.extract.lexicon import NOUN_CLASS, PEOPLE, SINGULAR_CLASS, NounClass
from workbench.extract.numbers import Quantity
from workbench.extract.person_plurals import PERSON_PLURALS
from workbench.extract.tokens import OPENING_QUOTES
from workbench.extract.victim_list_words import ANIMALS
from workbench.extract.wordindex import WordIndex

if TYPE_CHECKING:
    from workbench.extract.claims import Reading

_PARTITIVE = frozenset("its their his her our the these those them whom".split())
_MAX_MODIFIERS = 4
_LOOK_AHEAD = 8
_ONE_CLASSES = {**NOUN_CLASS, **SINGULAR_CLASS}  # what "one" counts: a singular noun too
# What a count counts: a people too ("18,000 Sudanese", "30,000 Rohingyas": fate_words.py),
# and any person noun's plural ("14 suspects": person_plurals.py)
_MANY_CLASSES = {**dict.fromkeys(PEOPLES, NounClass.PERSON), **PERSON_PLURALS, **NOUN_CLASS}
_PEOPLE_WORDS = frozenset(n for n, c in NOUN_CLASS.items() if c in PEOPLE and " " not in n)
_PEOPLE_NOUN = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(sorted(_PEOPLE_WORDS, key=lambda w: (-len(w), w)))  # the same in every process
    + r")(?![a-z])"
)
# The first words of the nouns above a word index holds as two ("non-combatants"):
# a sentence with one is searched with the pattern.
_HYPHENATED_FIRST = frozenset(re.split(r"[^a-z]", n)[0] for n in _PEOPLE_WORDS if "-" in n)
_LEADING_COUNTERS = re.compile(
    r"^(?:more|other|additional|another|further|extra)\s+", re.IGNORECASE
)
_ANIMAL_MEASURES = frozenset(["head", "heads", "herd", "herds", "flock", "flocks"])
# Verbs between a bare number and "dead": "50 lay dead", "30 remained dead".
_STATE_VERBS = frozenset(
    "lay lie lies lying fell remain remains remained stayed "
    # a headline's flight, no noun: "Over 40,000 flee homes", "2,000 fled homes in X"
    "flee flees fleeing fled".split()
)
# "two police deaths", "nine Iraqi youths bodies": the deaths and bodies are counted
_TOLL_HEADS = frozenset(
    "death deaths fatality fatalities casualty casualties body bodies corpse corpses cadaver "
    "cadavers".split()
)


# A lower-case past after a plural the count names: its verb ("ambulances carried").
_PAST = re.compile(r"[a-z]{3,}ed")


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


def first_tokens(text: str, pos: int, end: int, limit: int) -> list[tuple[str, int, int]]:
    """The first `limit` tokens of `text[pos:end]`. Each `TOKEN` match starts where the
    one before ended (it fails only on white space to the end), so `finditer` reads
    the same tokens as matching again and again, in one call."""
    return [
        (match.group(1), match.start(1), match.end(1))
        for match in islice(TOKEN.finditer(text, pos, end), limit)
    ]


def counted_noun(text: str, quantity: Quantity, end: int) -> Noun | None:
    """The noun a quantity counts, when it follows: "24 soldiers", "two of its employees"."""
    if quantity.unit is not None:
        return None
    tokens = first_tokens(text, quantity.end, end, _LOOK_AHEAD)
    index = 0
    if len(tokens) > 1 and tokens[0][0] in OPENING_QUOTES:
        tokens = tokens[1:]  # a quoted noun: 'and 34 "terrorists neutralised"' (trial 64)
    if tokens and tokens[0][0].lower() == "of":
        index = 2 if len(tokens) > 1 and tokens[1][0].lower() in _PARTITIVE else 1
    classes = _ONE_CLASSES if quantity.value == 1 else _MANY_CLASSES
    if (  # "25 heads of cattle", "12 herds of goats": the animals are counted
        len(tokens) > index + 2
        and tokens[index][0].lower() in _ANIMAL_MEASURES
        and tokens[index + 1][0].lower() == "of"
        and tokens[index + 2][0].lower() in ANIMALS
    ):
        index += 2
    first = None
    while index < len(tokens) and index < _MAX_MODIFIERS + 3:
        word, start, _ = tokens[index]
        lowered = [t[0].lower() for t in tokens[index : index + 2]]
        for size in (2, 1):
            key = " ".join(lowered[:size])
            if len(lowered) >= size and key in classes:
                after = [t[0] for t in tokens[index + size : index + size + 2]]
                if people_modifier(key, after, classes, STOP):
                    break  # "5,000 Rohingya Muslims", "300 Sudanese soldiers": the noun next
                if _casualty_next(tokens, index + size):
                    break  # "two police deaths": the deaths are counted, not the police
                if _death_modifies(key, tokens, index + size):
                    return None  # "four death threats", "two death sentences": no deaths
                if key == "bodies" and index and tokens[index - 1][0].lower() in _ORGAN_WORDS:
                    return None  # "several rights bodies staged rallies": organisations
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
        if not word[0].isalpha() or word.lower() in STOP or word.lower() in _STATE_VERBS:
            return None
        if first is not None and _PAST.fullmatch(word) and tokens[index - 1][0].endswith("s"):
            return None  # "50 ambulances carried casualties": the verb of what was counted
        first = start if first is None else first
        index += 1
    return None


# Nouns a singular "death" or "body" modifies: what is counted is no death ("at least
# four death threats": a RAND note's threats read as four deaths).
_MODIFIED = frozenset(
    "threat threats sentence sentences row penalty penalties warrant warrants certificate "
    "certificates notice notices anniversary anniversaries rate rates".split()
)


# Words before "bodies" that make them organisations, not the dead: "several garment
# workers' rights bodies staged rallies" (acled-q study: three killed), "civil society
# bodies", "student bodies".
_ORGAN_WORDS = frozenset(
    "rights civic society government governing professional student students regulatory trade "
    "advocacy political statutory international union unions legislative religious "
    "representative umbrella youth traders business civil".split()
)


def _death_modifies(key: str, tokens: list[tuple[str, int, int]], index: int) -> bool:
    """Whether the casualty word `key` ("death", "body") modifies the noun at `index`
    ("death threats", "body armour") rather than being counted."""
    return (
        key in ("death", "body", "casualty", "fatality")
        and index < len(tokens)
        and tokens[index][0].lower() in _MODIFIED
    )


def _casualty_next(tokens: list[tuple[str, int, int]], index: int) -> bool:
    """Whether the word at `index` is a casualty noun the one before it modifies."""
    return index < len(tokens) and tokens[index][0].lower() in _TOLL_HEADS


def carried_noun(
    text: str, quantity: Quantity, readings: list[Reading], people: PeopleNouns
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
    if found is None or _SPEECH.search(text, found[1], quantity.start):
        return None  # "Police ... report dozens of killed": who speaks, not who died
    noun_start, noun_end = found
    word = text[noun_start:noun_end].lower()
    begin = modifiers_before(text, noun_start, people.start)
    subject = " ".join(text[begin:noun_end].split())
    return Noun(begin, noun_end, word, NOUN_CLASS[word], subject, inherited=True)


# ... or who gives a toll: "Police have revised the death toll in the raid to 26"
_SPEECH = re.compile(
    r"\b(?:said|says|say|report|reports|reported|told|confirmed|confirms|announced|stated"
    r"|toll|tally)\b"
)
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")


class PeopleNouns:
    """The nouns for people in `text[start:end]`, found once a sentence when first
    asked, so that a long sentence of figures is read in linear time. `words` is
    the index of the sentence `text[start:end]` opens (and no word cuts its end)."""

    def __init__(self, text: str, start: int, end: int, words: WordIndex | None) -> None:
        self.text, self.start, self.end, self.words = text, start, end, words
        self._spans: list[tuple[int, int]] | None = None

    def last_before(self, pos: int) -> tuple[int, int] | None:
        """The span of the last noun that ends at or before `pos`."""
        if self._spans is None:
            self._spans = [s for s in self._find() if not self._in_a_name(*s)]
        index = bisect.bisect_right(self._spans, (pos, pos)) - 1
        while index >= 0 and self._spans[index][1] > pos:
            index -= 1
        return self._spans[index] if index >= 0 else None

    def _in_a_name(self, start: int, end: int) -> bool:
        """Whether the noun opens a proper name ("the Police Lines mosque", "Army
        Public School"): a place or a body, not the people a bare number counts."""
        text = self.text
        return text[start].isupper() and _NAME_GOES_ON.match(text, end, self.end) is not None

    def _find(self) -> list[tuple[int, int]]:
        """The nouns' spans: the sentence's words that are nouns for people, where
        its index has no word of a hyphenated one ("non-combatants"), else a search."""
        words = self.words
        if words is not None and not words.has(_HYPHENATED_FIRST):
            starts, end = words.starts, self.end
            return sorted(
                (at, at + len(word))
                for word in starts.keys() & _PEOPLE_WORDS
                for at in starts[word]
                if at + len(word) <= end
            )
        folded = fold(self.text[self.start : self.end])
        return [
            (self.start + m.start(), self.start + m.end()) for m in _PEOPLE_NOUN.finditer(folded)
        ]
