"""Voices listed with their tolls, the verb said once: "the opposition says 7 protesters
died, the government 2, including one police officer, and the Guinean League for Human
Rights (LGDH) 6" (trial 79). The 2 and the 6 are the government's and the league's
tolls of the same dead, the verb of telling and the toll's words left out after the
first. Read number by number, each bare count after a voice's name was no casualty
(`other`, or `troops` with the police officer before it as its noun) and spoke in the
first voice. Here such a count, bare (nothing after it but a comma, "and" or the
sentence's end), right after a voice's name set off by a comma or "and", in a sentence
whose first toll follows a verb of telling ("says 7 protesters died", "said 12 people
were killed"), is read in that toll's category with its subject (`gapped_counts`, run
before the breakdowns, so that "including one police officer" is a part of the 2), and
its voice is the name before it (`gapped_owner`), the voice of a part named after it
too ("including one police officer": the government's).
Not "Police arrested 12 people, the army 9" (no verb of telling), nor "said 7 died in
the town, the village 2" (a village is no voice), nor "the army 9 soldiers" (a noun of
its own).
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.extract.numbers import NUMBER_WORDS
from workbench.extract.voicewords import looks_like_voice
from workbench.models import Category

_BARE = frozenset({Category.OTHER, Category.TROOPS})
# A voice's name right before its bare count, set off by a comma or "and" (lower-cased
# text): ", the government ", ", and the guinean league for human rights (lgdh) ".
_GAPPED_VOICE = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"(?P<voice>[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,5}?(?:\s*\([a-z][\w.-]{1,9}\))?)\s+"
    r"(?:(?:only|just|at\s+least|about|some|nearly|more\s+than)\s+)?$"
)
# A verb of telling right before the first toll's figure: "says 7", "said that at least 12".
_TELLING = re.compile(
    r"(?<![a-z])(?:says?|said|reports?|reported|counts?|counted|claims?|claimed|"
    r"estimates?|estimated)\s+(?:that\s+)?(?:at\s+least\s+|only\s+|about\s+|some\s+)?$"
)
# The same anywhere before a figure: "the opposition says 7 protesters died, the ..."
_TOLD_FIGURE = re.compile(
    _TELLING.pattern.removesuffix("$") + rf"(?=\d|(?:{NUMBER_WORDS})(?![a-z]))"
)
# A part named after a bare count, from the count to the part's figure: "2, including ".
_PART_OF_GAPPED = re.compile(
    r"(?<![\w.,])(?P<figure>\d[\d,]*)\s*,\s*(?P<lead>including|among\s+them)\s+"
    r"(?:at\s+least\s+)?$"
)
# What may follow a bare count: a comma, a stop, "and", a bracket, the sentence's end.
_AFTER_BARE = re.compile(r"\s*(?:[,.;:)]|and\b|$)")
_REACH = 70  # characters before a figure read for its voice's name


def gapped_counts(text: str, folded: str, start: int, readings: list[Reading]) -> list[Reading]:
    """`readings` of the sentence starting at `start` (`folded`: `text` lower-cased), each bare
    count a listed voice gives after the first voice's toll read in that toll's
    category, with its subject."""
    if len(readings) < 2 or not any(r.category in _BARE for r in readings):
        return readings
    first = next((r for r in readings if r.category in CASUALTY_CATEGORIES), None)
    if first is None or not _TELLING.search(folded, start, first.quantity.start):
        return readings
    out: list[Reading] = []
    for reading in readings:
        quantity = reading.quantity
        if (
            reading.category in _BARE
            and reading.start > first.end
            and not folded[quantity.end : reading.end].strip()
            and _voice_before(text, folded, start, quantity.start) is not None
            and _AFTER_BARE.match(folded, quantity.end)
        ):
            reading = Reading(
                quantity,
                first.category,
                quantity.start,
                quantity.end,
                first.subject,
                first.noun,
                reading.actor,
            )
        out.append(reading)
    return out


def gapped_owner(text: str, folded: str, sentence_start: int, reading: Reading) -> str | None:
    """The voice whose toll a bare count listed after the first voice's is ("the
    government 2": "government"), or None where it is no such count (`folded` is
    `text` lower-cased)."""
    at = reading.quantity.start
    if reading.category not in CASUALTY_CATEGORIES:
        return None
    if reading.start < at:  # "the government 2, including one police officer": the 2's
        part = _PART_OF_GAPPED.search(folded, max(sentence_start, reading.start - 20), at)
        if part is None or part.start("lead") != reading.start:
            return None
        at = part.start("figure")
    elif reading.end != reading.quantity.end:
        return None  # a count with words of its own
    span = _voice_before(text, folded, sentence_start, at)
    if span is None or not _TOLD_FIGURE.search(folded, sentence_start, span[0]):
        return None
    return text[span[0] : span[1]]


def _voice_before(text: str, folded: str, start: int, at: int) -> tuple[int, int] | None:
    """Where the voice's name set off right before the figure at `at` stands, or None
    where the words there name no voice (read in `text`'s case: "the Guinean League"
    is a name, "guinean league" no voice's word)."""
    gapped = _GAPPED_VOICE.search(folded, max(start, at - _REACH), at)
    if gapped is None or not looks_like_voice(text[gapped.start("voice") : gapped.end("voice")]):
        return None
    return gapped.span("voice")
