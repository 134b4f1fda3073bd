"""A denial's reach: from where in a sentence, and over which figures, a voice calling a
story false denies what the sentence tells (`page_context.PageContext.denial`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from workbench.extract.lexicon import DENIALS
from workbench.extract.sentences import Sentence
from workbench.models import Category


class Denial(NamedTuple):
    """A denial a sentence's claims stand under (`PageContext.denial`): from `start`
    to `end`, of the `figures` its words name ("the figure of 41 is false": 41), of
    any figure where they name none. A figure from `denied_from` to `denied_to` is the
    one denied ("rejected reports that 14 were abducted", "reports of 31 dead are
    false"), not the voice's own count ("The story is false. He says only 3 died")."""

    start: int
    end: int
    figures: frozenset[float]
    denied_from: int = 0
    denied_to: int = 0
    deaths_only: bool = False

    def reaches(self, category: Category) -> bool:
        """Whether the denial reaches a figure of `category` ("killed", "wounded", ...):
        a denial of reports of deaths reaches no wounded count told beside it ("No one
        was killed. 14 were injured, he said, rejecting reports of deaths": trial 76's
        14 injured read as a denial and contradicted the police's own 14)."""
        return not self.deaths_only or category is Category.KILLED

    def covers(self, start: int, low: float | None, high: float | None) -> bool:
        """Whether a figure read at `start`, `low` to `high`, stands under the denial."""
        if not self.start <= start < self.end:
            return False
        if not self.figures:
            return True
        lo = low if low is not None else high
        hi = high if high is not None else low
        return lo is not None and hi is not None and any(lo <= f <= hi for f in self.figures)

    def denies_figure(self, start: int, low: float | None, high: float | None) -> bool:
        """Whether the figure read at `start` is the one denied, not the voice's own."""
        return self.denied_from <= start < self.denied_to and self.covers(start, low, high)


# Where "denied that ..." stops: another voice's clause ("The governor denied that anyone
# was killed, but residents said 12 people died": the 12 is no denial), or the denier's
# own count ("rejected claims that 41 died, saying only 12 soldiers were killed").
_OTHER_CLAUSE = re.compile(
    r",\s+(?:but|while|whereas|although|though|saying|insisting|adding)\b|;|,?\s+and\s+said\b"
    # the denier's own count after a comma: "Contrary to reports of 70 dead, only 12 died"
    r"|,\s+(?:only|just|merely|in\s+fact|actually)\b"
    # French: "..., mais", "..., affirmant que seuls 4 ..." (the denier's own count)
    r"|,\s+(?:mais|alors\s+que|tandis\s+que|affirmant|assurant|estimant|soulignant|"
    r"précisant|indiquant)(?![\w])|,?\s+et\s+(?:affirme|assure|précise|indique)(?![\w])"
)
# What a denial of reports names next, told outright: "rejected claims that 41 died",
# "rejects reports in some media that 14 people were abducted"
_THAT_AFTER = re.compile(r"\s+(?:(?:in|on|by|from)\s+(?:[\w’'-]+\s+){1,3}?)?that\b")


# What a denial of blame denies: who did it, not what it did ("Turkey denies that its
# forces were responsible for the artillery fire that killed nine people": pairs-news-n
# study, the nine read as denied)
_BLAME = re.compile(
    r"\b(?:responsib\w*|behind|involved|involvement|to\s+blame|carried\s+out|perpetrat\w*"
    r"|had\s+(?:any\s+)?(?:role|hand|part))\b"
)
_BLAME_REACH = 60  # characters after "denied that" a denial of blame names it within


def denied_that(folded: str, start: int, end: int) -> Denial:
    """The denial "denied that" opening at `start` makes in the sentence ending at `end`:
    to the end of its clause, of any figure, each the one denied; of none where it
    denies blame (`_BLAME`: "denies that its forces were responsible for the fire that
    killed nine")."""
    stop = _OTHER_CLAUSE.search(folded, start, end)
    to = stop.start() if stop else end
    if _BLAME.search(folded, start, min(to, start + _BLAME_REACH)):
        return Denial(start, start, frozenset())
    return Denial(start, to, frozenset(), start, to)


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def denied_figures(words: str) -> frozenset[float]:
    """The figures written in digits in a denial's words ("the figure of 41 is false")."""
    return frozenset(float(m.group().replace(",", "")) for m in _DIGITS.finditer(words))


def sentence_denial(folded: str, sentences: Sequence[Sentence], index: int) -> Denial | None:
    """`_sentence_denial`, of deaths only where its words deny reports of deaths."""
    denial = _sentence_denial(folded, sentences, index)
    if denial is None:
        return None
    sentence = sentences[index]
    words = folded[min(denial.denied_from, sentence.end) : sentence.end]
    return denial._replace(deaths_only=bool(_OF_DEATHS.match(words)))


# The words of a denial of deaths: "rejecting reports of deaths", "dismissed claims of
# fatalities", "denied reports of any deaths": a wounded count beside it is the voice's own.
_OF_DEATHS = re.compile(
    r"[^.;]{0,40}?\b(?:reports?|claims?|allegations?|accounts?|rumou?rs?|news)\s+(?:of|about)\s+"
    r"(?:any\s+|the\s+)?(?:deaths?|fatalit(?:y|ies)|killings?|(?:people\s+)?(?:dead|killed))\b"
)


def _sentence_denial(folded: str, sentences: Sequence[Sentence], index: int) -> Denial | None:
    """The denial what sentence `index` of `sentences` (of the folded page `folded`)
    tells stands under; None where none does. From the sentence's start where it, or
    the one before it in its block, calls a story false. From "denied that" where that
    opens in the sentence itself, to the end of its clause: "put the toll at 5 soldiers
    and denied that any civilians had died" (the 5 is no denial, nor is the next
    sentence's "Scores were wounded", trial 56); "..., but residents said 12 people
    died" is theirs. A story called false by its figure ("The figure of 41 is false")
    denies that figure only: "maintaining the army's toll of 12 soldiers killed"
    beside it is the voice's own count (trial 60's 12 was a denial, and contradicted
    the 12 of the same army)."""
    sentence = sentences[index]
    accused = _ACCUSED_THAT.search(folded, sentence.start, sentence.end)
    if accused and not DENIALS.search(folded, sentence.start, accused.start()):
        return denied_that(folded, accused.start(), sentence.end)
    start = sentence.start
    if index > 0 and sentences[index - 1].block == sentence.block:
        start = sentences[index - 1].start
    for found in DENIALS.finditer(folded, start, sentence.end):
        if _DISPUTED_BEFORE.search(folded, max(0, found.start() - 12), found.start()):
            continue  # "... killed up to 140 troops, a claim Ukraine rejected as a lie"
        own = found.start() >= sentence.start  # else in the sentence before
        that_after = not found.group("that") and _THAT_AFTER.match(folded, found.end())
        if own and (found.group("that") or that_after):  # "denied that", "rejected claims that"
            return denied_that(folded, found.start(), sentence.end)
        if found.group("that"):
            continue  # "denied that ..." in the sentence before: that sentence's only
        # a denial in the sentence before denies what it names there only: this one is
        # the voice's own word against the story ("Only four were taken")
        to = _denied_words_end(folded, found, sentence.end) if own else sentence.start
        return Denial(
            sentence.start, sentence.end, denied_figures(found.group()), found.start(), to
        )
    return None


# A voice rejecting an accusation, what it is accused of told next: that statement is
# the one denied, not the voice's own ("We reject the lies of the police that our men
# killed 12 villagers", "dismissed as lies accusations by the UN that ...", "rejette les
# accusations selon lesquelles ses combattants auraient tué 17 civils": trial 76's
# rejected killing read as a killing claim that corroborated the real tolls).
_ACCUSED_THAT = re.compile(
    r"\b(?:reject|rejects|rejected|rejecting|deny|denies|denied|denying|dismiss|dismisses|"
    r"dismissed|dismissing|refute|refutes|refuted|refuting|dispute|disputes|disputed)\s+"
    r"(?:(?:as\s+)?(?:false|lies|baseless|untrue|fabricated|unfounded)\s+)?"
    r"(?:the\s+|these\s+|those\s+|all\s+|any\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:lies|accusations?|allegations?|charges?|claims?|reports?|propaganda)\s+"
    r"(?:(?:of|by|from|in|spread\s+by|made\s+by)\s+(?:[\w’'()-]+\s+){1,4}?)?that\b"
    r"|(?<![\w])(?:rejette|rejettent|rejetons|rejeté|rejetait|dément|démentent|démentons|"
    r"démenti|conteste|contestent|contestons|contesté|réfute|réfutent|réfuté|nie|nient|nié)"
    r"\s+(?:(?:formellement|catégoriquement|fermement|vigoureusement)\s+)?"
    r"(?:les|ces|des|l[’']|la|cette)\s*(?:[\w’'-]+\s+){0,2}?"
    r"(?:accusations?|allégations?|affirmations?|informations?|mensonges?|rumeurs?)\s+"
    r"(?:(?:de|du|des|d[’'])\s*(?:[\w’'()-]+\s+){0,4}?)?"
    r"(?:selon\s+lesquel(?:le)?s|selon\s+laquelle|selon\s+lequel)(?![\w])"
)


# A claim set off after the figures it names, which another voice calls false: the
# figures are that claim's, disputed, and no voice of the sentence denies a story ("It
# has said the strike killed up to 140 Ukrainian troops, a claim Ukraine rejected as a
# lie": trial 73b, the 140 read as a denial contradicted every toll in Ukraine that day).
_DISPUTED_BEFORE = re.compile(r",\s+(?:a|an|the)\s+$")


def _denied_words_end(folded: str, found: re.Match[str], end: int) -> int:
    """Where the figures a denial's words deny end: at the words' end where they call a
    story false ("reports that 31 died are false": the 31 within); at the end of the
    clause after them where they deny a report ("dismissed reports of 31 dead, saying
    5 died": the 31, not the 5)."""
    if found.group("story") is None:
        return found.end()
    stop = _OTHER_CLAUSE.search(folded, found.end(), end)
    return stop.start() if stop else end
