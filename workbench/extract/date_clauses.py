"""Relative clauses and the claim's own clause, for dating (`date_context.pick_date`):
a relative clause ("the town, which was attacked in 2019,", "the school where gunmen
seized 40 pupils in March") tells of something else than the sentence's main claim,
so its date is only for the claims inside it. Offsets are Python string offsets into
the whole text, as everywhere in extraction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[int, int]


# ", which", ", in which", ", some of whom", "(who", and "where"/"which"/"who"
# without a comma ("the school where ...", "the gunmen who ..."). Not "when" (a
# time clause dates its sentence: "were killed when gunmen stormed the village on
# Monday") and not "that" (as often "said that" as "the attack that").
_OPENER = re.compile(
    r"(?P<lead>,\s+|\(\s*|\s)"
    r"(?:(?:in|at|on|during|from|by|after|before|of|with|under|through|near|for|to)\s+)?"
    r"(?:(?:some|many|most|all|none|one|two|three|several|each|both|half|dozens|hundreds"
    r"|thousands)\s+of\s+)?"
    r"(?P<pronoun>who|whom|whose|which|where(?!\s+(?:was|were|[a-z]+ed)\b))\b",
    re.IGNORECASE,
)
# Where a relative clause ends: a comma, a semicolon, a dash, a closing bracket, a colon.
_CLOSER = re.compile(r",\s|;|\s[–—]\s|\s--\s|\)|:\s")
# A finite verb right after a date closes a relative clause opened without a comma:
# "the school where gunmen seized 40 pupils in March | reopened on Monday".
_VERB_AFTER = re.compile(
    r"\s+(?:was|were|is|are|has|have|had|will|would|remains?|remained|[a-z]{3,}ed)\b"
)
# A relative clause's own verb ("who stormed", "where gunmen had seized"), and an
# auxiliary after it that is the main clause's ("... district | were kidnapped").
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|[a-z]{3,}ed)\b", re.IGNORECASE)
_AUXILIARY = re.compile(
    r"(?<!\band)(?<!\bor)(?<!\bnor)(?<!\bthat)(?<!\bwho)(?<!\bwhich)(?<!,)"
    r"\s(?:was|were|is|are|has|have|had|will|would)\b",
    re.IGNORECASE,
)
# Words after which "who", "which" or "where" asks a question: "unclear who".
_QUESTION = re.compile(
    r"\b(?:clear|unclear|known|unknown|know|knew|determine|determined|identify|identified"
    r"|say|said|says|ask|asked|explain|sure|certain|confirm|confirmed|reveal|revealed|show"
    r"|showed|tell|told|decide|decided|investigating)\s\Z",
    re.IGNORECASE,
)
# "64, the number of people who ...": the clause says what the figure counts.
_COUNTS = re.compile(
    r"[\s,]*the\s+(?:number|toll|total|tally|count)\s+of\s+(?:[A-Za-z'’-]+[\s,]+){0,3}\Z",
    re.IGNORECASE,
)
# Words between a claim and a relative clause on its own noun: "12 soldiers, who
# ...", "two activists who ...", "13, the number of people who ..." (no preposition:
# in "12 people in Kidal, which ..." the clause speaks of Kidal).
_OWN_GAP = re.compile(
    r"[\s,]*(?:the\s+(?:number|toll|total|tally)\s+of\s+)?"
    r"(?:(?!(?:in|at|on|of|near|from|to|for|by|with|into|outside|inside)\b)[A-Za-z'’-]+"
    r"(?:[\s,]+|\Z)){0,3}\Z",
    re.IGNORECASE,
)
# A relative clause that only says when its noun happened: "the attack, which
# occurred on 21 September,", "where clashes erupted on Monday".
_HAPPENED = re.compile(
    r"(?:(?<=where)\s+(?:[\w'’-]+\s+){0,3}?|\s+(?:(?:all|also|had|has|have|was|were|first"
    r"|reportedly|allegedly|only)\s+){0,2})(?:occurred|occurs|took\s+place|happened|began"
    r"|begun|started|erupted|broke\s+out|flared(?:\s+up)?|unfolded)\b",
    re.IGNORECASE,
)
# What befell a claim's noun, said in a relative clause on it: "12 soldiers, who
# were killed on Monday,"; not "killed 12 villagers, who had returned in March".
_BEFELL = re.compile(
    r"\b(?:killed|died|dead|wounded|injured|hurt|kidnapped|abducted|seized|taken|missing"
    r"|displaced|fled|arrested|detained|captured|executed|shot|beheaded|massacred|freed"
    r"|released|rescued|disappeared|assassinated|murdered|slain|martyred|occurred|happened"
    r"|took\s+place)\b",
    re.IGNORECASE,
)
_NUMERAL = re.compile(r"\d")
# A war's start is no incident's day: "the insurgency, which began in 2009, killed 12
# soldiers on Friday" is Friday's.
_WAR_BEFORE = re.compile(
    r"\b(?:wars?|conflict|insurgency|insurrection|rebellion|uprising|crisis|occupation"
    r"|hostilities|campaign|violence|unrest)\s*\Z",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Relative:
    """A relative clause, `text[start:end]`, from the comma or bracket before its
    pronoun (or from the pronoun, when no comma opens it) to where it ends.
    `happened` when it only says when its noun happened ("which occurred on
    21 September")."""

    start: int
    end: int
    happened: bool

    def holds(self, position: int) -> bool:
        """Whether `position` lies in the clause."""
        return self.start <= position < self.end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether `text[start:end]` and the clause share a character."""
        return start < self.end and self.start < end


def relative_clauses(text: str, start: int, end: int, dates: Sequence[Span] = ()) -> list[Relative]:
    """The relative clauses of the sentence `text[start:end]`. `dates` are the
    spans of the sentence's dates: a comma inside one ("March 3, 2019") does not
    end a clause, and a clause opened without a comma ends after a date followed by
    a verb ("the school where gunmen seized 40 pupils in March | reopened").

    >>> s = "Gunmen killed 12 in Gao, which was attacked in 2019, on Monday."
    >>> [s[r.start : r.end] for r in relative_clauses(s, 0, len(s))]
    [', which was attacked in 2019']
    """
    found: list[Relative] = _war_clauses(text, start, end, dates)
    if "wh" not in text[start:end].lower():
        return found  # every other opener's pronoun holds "wh": most sentences have none
    for match in _OPENER.finditer(text, start, end):
        lead = match.group("lead")
        bare = lead.isspace()  # "the school where ...", no comma
        if bare and _QUESTION.search(text, max(start, match.start() - 16), match.start() + 1):
            continue  # "it is unclear who ...": a question, not a relative clause
        close = _close(text, match.end(), end, dates, bracket=lead.startswith("("))
        if bare:
            close = _main_verb(text, match.end(), close, dates)
        happened = bool(_HAPPENED.match(text, match.end(), close)) and not _WAR_BEFORE.search(
            text, max(start, match.start() - 40), match.start()
        )
        found.append(
            Relative(match.start() + len(lead) if bare else match.start(), close, happened)
        )
    return found


# A war's relative clause opened by "that": "part of a crisis that has killed 900 this
# year" tells the war's time, not the claim's.
_WAR_THAT = re.compile(
    r"\b(?:war|conflict|crisis|insurgency|violence|campaign|fighting|offensive|unrest"
    r"|rebellion|uprising|strife)\s+(?P<that>that)\s+(?:has|have|had)\s",
    re.IGNORECASE,
)


def _war_clauses(text: str, start: int, end: int, dates: Sequence[Span]) -> list[Relative]:
    """The relative clauses a war's noun opens with "that" (`_WAR_THAT`)."""
    if " that " not in text[start:end]:
        return []
    return [
        Relative(m.start("that"), _close(text, m.end(), end, dates, bracket=False), False)
        for m in _WAR_THAT.finditer(text, start, end)
    ]


def _main_verb(text: str, pos: int, close: int, dates: Sequence[Span]) -> int:
    """Where a relative clause opened without a comma at `pos` gives way to the
    main clause's verb, or `close`: after a date followed by a verb ("where gunmen
    seized 40 pupils in March | reopened"), or at a second finite verb not joined
    to the first by "and" ("who had joined the movement | were kidnapped")."""
    for date_start, date_end in dates:
        if pos <= date_start < date_end < close and _VERB_AFTER.match(text, date_end, close):
            return date_end
    first = _FINITE.search(text, pos, close)
    if first is not None:
        second = _AUXILIARY.search(text, first.end(), close)
        if second is not None:
            return second.start()
    return close


def _close(text: str, pos: int, end: int, dates: Sequence[Span], *, bracket: bool) -> int:
    for found in _CLOSER.finditer(text, pos, end):
        if bracket and found.group(0) != ")":
            continue
        if any(a <= found.start() < b for a, b in dates):
            continue  # "March 3, 2019"
        return found.start()
    return end


def claim_clause(
    clauses: Sequence[Relative],
    text: str,
    claim_start: int,
    claim_end: int,
    dates: Sequence[Span] = (),
) -> Relative | None:
    """The innermost relative clause the claim `text[claim_start:claim_end]` is in
    (or reaches into: "two who had seized ..."), else the one right after its noun
    that says what befell it ("the bodies of 12 soldiers, who were killed on
    Monday,", "13, the number of people who were killed today") when the claim
    holds no such verb itself and the clause no figure of its own (a date's digits,
    spans in `dates`, are none); None when the
    claim stands outside every relative clause. "Killed 12 villagers, who had
    returned in March": not the claim's clause."""
    own = [c for c in clauses if c.overlaps(claim_start, claim_end)]
    if not own and not _BEFELL.search(text, claim_start, claim_end):
        own = [
            c
            for c in clauses
            if c.start >= claim_end
            and (
                _COUNTS.match(text, claim_end, c.start)
                or (
                    _OWN_GAP.match(text, claim_end, c.start)
                    and _BEFELL.search(text, c.start, c.end)
                )
            )
            and not any(
                not any(a <= n.start() < b for a, b in dates)
                for n in _NUMERAL.finditer(text, c.start, c.end)
            )
        ]
        own = own[:1]
    return min(own, key=lambda c: c.end - c.start, default=None)


# A date, then "when" opening a clause that tells what happened then: "since July 2023,
# when a bomber killed 63 people", "in March, when gunmen seized 40 pupils".
_WHEN_AFTER = re.compile(r"\s*,?\s+when\s+[^,;:()]*$", re.IGNORECASE)


def when_antecedent(starts_ends: Sequence[Span], text: str, claim_start: int) -> int | None:
    """The index, in `starts_ends` (the sentence's dates' spans, in text order), of
    the date a "when" clause holding the claim at `claim_start` follows ("the
    deadliest attack since July 2023, when a bomber killed 63 people": the 63 are
    July 2023's, not the day of the attack the sentence is about, trial 72b); None
    where the claim stands in no such clause."""
    for index in range(len(starts_ends) - 1, -1, -1):
        end = starts_ends[index][1]
        if end > claim_start:
            continue
        return index if _WHEN_AFTER.match(text, end, claim_start) else None
    return None
