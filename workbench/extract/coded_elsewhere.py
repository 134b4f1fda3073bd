"""The deaths an ACLED coder gives to another event: the one just before "(coded
separately)", every death of the sentence before "(fatalities coded in other events)",
and the one death figure of a later sentence the note closes. Split from
victim_background.py; read by victims.py. Runs over lower-cased text (`casefold.fold`).
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.victim_reasons import CODED_ELSEWHERE
from workbench.models import Category


def coded_elsewhere(folded: str, start: int, end: int, readings: list[Reading]) -> list[Reading]:
    """The readings an ACLED coder's note gives to another event: the one just before
    "(coded separately)", or every death of the sentence before "(fatalities coded in
    other events)". `readings` are in text order."""
    told: list[Reading] = []
    if folded.find("coded", start, end) < 0:  # an ACLED coder's word, in few texts
        return told
    for note in CODED_ELSEWHERE.finditer(folded, start, end):
        event = note.group("event")
        if event and _own_place(folded, note.start(), event):
            continue  # "... near Novotroitske. (fatalities coded to Novotroitske event)"
        # a quantity of one person may span the note: "killed a man (coded separately)"
        before = [r for r in readings if r.quantity.start < note.start()]
        if before and _CAPTIVES_BEFORE.search(folded, before[-1].quantity.start, note.start()):
            continue  # "killed a man whom they had abducted [coded separately]": the abduction
        if note.group("all"):
            told.extend(r for r in before if r.category is Category.KILLED)
        elif before and (
            before[-1].end >= note.end()
            or _just_before(folded, before[-1].end, note.start())
            or _closes_later_sentence(folded, start, end, note, before)
        ):
            told.append(before[-1])
    return told


def _closes_later_sentence(
    folded: str, start: int, end: int, note: re.Match[str], before: list[Reading]
) -> bool:
    """Whether a coder's note closes a sentence after the note's first (`start` > 0)
    that tells one death figure: that sentence tells another event, however far the
    figure stands from the note ("Later in August, the same conflict led to the
    killing of at least two people and the burning of around 50 houses (coded
    separately)."; acled-s study: the two were added to the note's own toll)."""
    deaths = [r for r in before if r.category is Category.KILLED]
    closing = not folded[note.end() : end].strip(" .)]")
    if not (start > 0 and closing and len(deaths) == 1 and deaths[0] is before[-1]):
        return False
    between = folded[deaths[0].end : note.start()]
    # a bracketed note of its own, not the end of a bracket the figure opens ("(7
    # residents killed + 1 officer - coded seperately)"), and no other deaths nor a
    # clause of their own told between: "Six people were killed in the attack, a
    # reprisal for the members that were killed by residents (coded separately)", "11
    # militants were killed and the strike continued the following day (coded ...)"
    return (
        between.rstrip().endswith(("(", "["))
        and _OTHER_DEATHS.search(between) is None
        and _NEW_CLAUSE.search(between) is None
    )


_OTHER_DEATHS = re.compile(r"(?<![a-z])(?:kill|died|dead|death|murder|lynch)")


# The victims' own earlier capture, in a relative clause right before a coder's note:
# "killed a man who they had abducted [coded separately]", "7 members of the family
# who were abducted [coded separately]" (acled-m study: each note dropped the deaths).
_CAPTIVES_BEFORE = re.compile(
    r"\b(?:who|whom|that)\s+(?:[a-z]+\s+){0,3}?(?:abducted|kidnapped|seized|arrested)"
    r"(?:\s+[a-z]+){0,6}\s*[\[(]?\s*$"
)


def _own_place(folded: str, note: int, event: str) -> bool:
    """Whether the event a note codes the deaths to ("Novotroitske" of "coded to
    Novotroitske event", "Donetsk - Kyivskyi" whole) is named before it: the note's own."""
    name = " ".join(event.split())
    return (
        bool(name)
        and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", folded[:note]) is not None
    )


def _just_before(folded: str, end: int, note: int) -> bool:
    """Whether a reading ending at `end` is the one a note at `note` speaks of: in its
    sentence, close, and no other figure between ("2 police killed (and 3 civilians -
    coded ...)"; "1 man shot dead by police near the camp (coded separately)")."""
    between = folded[end:note]
    if _NEW_CLAUSE.search(between):
        return False  # "11 militants were killed and the strike continued the following
        # day (coded separately)": the note codes the next day's strike, not the 11
    return len(between) <= 80 and not any(ch.isdigit() or ch in ".;" for ch in between)


# A clause of its own after a reading: "and the strike continued", "and a second raid was"
_NEW_CLAUSE = re.compile(
    r"\band\s+(?:the|a|an|another)\s+[a-z]+\s+(?:[a-z]+ed|was|were|is|are|went|began|took)\b"
)
