"""Which of a sentence's speakers a figure's voice is.

In "The army put the toll at 12, while the rebels said 30 soldiers died" the 12 is
the army's and the 30 the rebels': each figure takes the speaker of its own clause
("while", "whereas", "but", ";" part them), not the nearest speaker in the sentence.
An earlier event the sentence tells ("..., days after first reports put it at 70";
"Days after the raid, in which the army says 40 died, ...") has voices of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.extract.speaker_phrase import Speaker

# "days after", "just hours before": what opens a clause of an earlier event.
_SOME_TIME = (
    r"(?:(?:just|only|barely)\s+)?(?:(?:a|an|one|two|three|four|five|several|a\s+few|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?)\s+"
)
_TIME_AFTER = _SOME_TIME + "after"
# Where one voice's clause ends and another's may begin: "The army said 12, while the
# rebels said 30"; "; "; ", but"; ", whereas"; and an earlier event told after a comma,
# which has voices of its own ("The toll rose to 115, days after first reports put it at
# 70": 115 is not the first reports'). Runs over lower-cased text.
_VOICE_BREAK = re.compile(
    r";|,?\s+(?:while|whereas)\s+|(?:,\s*|\s+)but\s+|,\s+(?:and|although|though)\s+"
    r"|,\s+" + _SOME_TIME + r"(?:after|before)\s+"
    # a comma before another voice that gives its own figure: "Three were killed, the
    # police claimed that one died", "..., other sources indicate two officers died"
    # (acled-m, acled-n study: the two voices read as one, their figures added); not a
    # voice trailing its figure ("Three were killed, the police said")
    r"|,\s+(?=(?:the\s+|other\s+|another\s+|some\s+|a\s+second\s+|local\s+|community\s+|"
    r"military\s+|police\s+|official\s+|security\s+|government\s+)*"
    r"(?:sources?|reports?|police|army|military|residents|witnesses|officials?|authorities)\s+"
    r"(?:(?:on\s+the\s+other\s+hand|however|also|later|instead)\s+)?"
    r"(?:claim(?:ed|s)?|said|says?|report(?:ed|s)?|indicated?|indicates|stated?|states|"
    r"confirm(?:ed|s)?|put|puts|gave|gives|estimated?|estimates|suggest(?:ed|s)?)\s+"
    r"(?:that\s+)?(?:only\s+)?(?:about\s+|at\s+least\s+|some\s+)?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|no\s|nobody|none))"
)
_LEADING_SUBORDINATE = re.compile(r"\s*[\"“‘']?(?:while|whereas|although|though)\s")
# A sentence opening with an earlier event, up to the comma that closes it (a relative
# clause after a comma goes on with it): "Days after the raid, in which the army says 40
# died, ..." (`background_voice`). Runs over lower-cased text.
_LEADING_EARLIER = re.compile(
    r"\s*[\"“‘']?" + _TIME_AFTER + r"\s[^.;,]*(?:,\s+(?:(?:in|during|of|at|on|by|after|with"
    r"|among)\s+)?(?:which|that|who|whom|whose|where|when)(?![a-z])[^.;,]*)*"
)


def voice_clauses(
    folded: str, start: int, end: int, first_verb: int | None
) -> list[tuple[int, int]]:
    """The clauses of `folded[start:end]` each voice speaks for, as (start, end):
    breaks at ";", "while", "whereas", "but", ", and", ", although". A sentence opening
    "While X said ..." breaks also at the first comma after `first_verb` (the end of
    its first reporting verb)."""
    cuts = [m for m in _VOICE_BREAK.finditer(folded, start, end) if m.start() > start]
    spans, last = [], start
    if first_verb is not None and _LEADING_SUBORDINATE.match(folded, start, end):
        comma = folded.find(",", first_verb, end)
        if comma != -1 and not any(m.start() <= comma < m.end() for m in cuts):
            spans.append((start, comma + 1))
            last = comma + 1
    for cut in cuts:
        if cut.start() >= last:
            spans.append((last, cut.start()))
            last = cut.end()
    spans.append((last, end))
    return spans


# A speaker whose verb leads straight into the figure: "where the United Nations says at
# least 38 people were killed, police said" is the UN's figure, which the police relay.
_GOVERNS = re.compile(
    r"\s*(?:says|said|say|reports|reported|estimates|estimated|believes|believed|"
    r"confirms|confirmed|counts|counted)\s+(?:that\s+)?"
)


def speaker_for(speakers: list[Speaker], start: int, end: int, text: str) -> Speaker | None:
    """The voice of the figure at `start:end` among its sentence's speakers: the nearest
    speaker of its own clause; else of the nearest clause before that has one; else a
    speaker trailing a clause after ("12 died, while 30 were hurt, the army said"), not
    one opening it ("12 died, although some sources put the toll at 40"). Never "I" or
    "we", nor a speaker whose words hold the figure ("a spokesman for the 5,000-strong
    force"). Of its own clause's, one whose verb leads straight into the figure ("the
    UN says at least 38 ..., police said": the UN's; trial 62 gave it to the police)
    first; `text` is the document's. None when there is none."""
    outside = [
        s for s in speakers if not s.start <= start < s.end and s.name.lower() not in ("i", "we")
    ]
    own = [s for s in outside if s.clause is None or s.clause[0] <= start < s.clause[1]]
    if own:
        governing = [s for s in own if s.end <= start and _GOVERNS.fullmatch(text, s.end, start)]
        return _nearest(governing or own, start, end)
    before = [s for s in outside if s.clause is not None and s.clause[1] <= start]
    if before:
        last = max(s.clause[1] for s in before if s.clause is not None)
        return _nearest([s for s in before if s.clause and s.clause[1] == last], start, end)
    after = [s for s in outside if not s.leads]
    return _nearest(after, start, end) if after else None


def _nearest(speakers: list[Speaker], start: int, end: int) -> Speaker:
    return min(speakers, key=lambda s: max(s.start - end, start - s.end, 0))


def background_voice(folded: str, start: int, end: int, at: int) -> bool:
    """Whether a reporting verb at `at` stands in the clause of an earlier event that
    opens the sentence `folded[start:end]` ("Days after the raid, in which the army says
    40 died, ..."): its voice is that event's, never a later figure's."""
    earlier = _LEADING_EARLIER.match(folded, start, end)
    return earlier is not None and at < earlier.end()


_OPENING = "“"
_CLOSING = "”"


def opening_quote(text: str, start: int, pos: int) -> int | None:
    """Where the quotation that `pos` stands in opens, within the block that starts at
    `start`: "“The bombs fell at noon. Three were killed. We buried them,” a resident
    said" (the three stand in it). None where `pos` stands in no quotation. Curly quotes
    are read by their shape; straight ones by their number before `pos` (odd: inside)."""
    opened = text.rfind(_OPENING, start, pos)
    if opened >= 0 and text.rfind(_CLOSING, opened, pos) < 0:
        return opened
    if text.count('"', start, pos) % 2 == 1:
        return text.rfind('"', start, pos)
    return None


def closing_quote(text: str, opened: int, pos: int, end: int) -> int | None:
    """Where the quotation that opens at `opened` closes after `pos`, before `end` (the
    block's end), by the mark that opened it; None where it does not close there."""
    closed = text.find(_CLOSING if text[opened] == _OPENING else '"', pos, end)
    return closed if closed >= 0 else None


# What stands between a speaker and the quotation they open: "The youth leader said: “".
_OPENS_QUOTE = re.compile(
    r"\s*(?:said|says|told\s+[\w ]{1,25}?|added|explained|stated|recalled|wrote|warned)\s*[:,]\s*$"
)


def speaker_opening(speakers: list[Speaker], text: str, opened: int) -> Speaker | None:
    """The speaker who opens the quotation at `opened` ("The youth leader said: “The
    attackers came at night. They killed two people.”": every sentence of it is his)."""
    before = [s for s in speakers if s.end <= opened and opened - s.end <= 40]
    last = max(before, key=lambda s: s.end, default=None)
    return last if last is not None and _OPENS_QUOTE.match(text, last.end, opened) else None


def quotation_speaker(
    text: str, block: tuple[int, int], pos: int, speakers_at: Callable[[int], list[Speaker]]
) -> tuple[Speaker | None, bool]:
    """(speaker, closes): who says the quotation `pos` stands in, in the block `block`
    of `text` — the speaker named after it closes (`closing_quote`), else the one who
    opened it ("The youth leader said: “They came at night. They killed two.”") — and
    whether it closes in the block. `speakers_at(p)` gives the voices of the sentence
    `p` stands in."""
    start, end = block
    opened = opening_quote(text, start, pos)
    if opened is None:
        return None, False
    closed = closing_quote(text, opened, pos, end)
    speaker = speaker_after(speakers_at(closed), closed) if closed is not None else None
    if speaker is None:
        speaker = speaker_opening(speakers_at(opened), text, opened)
    return speaker, closed is not None


def speaker_after(speakers: list[Speaker], pos: int) -> Speaker | None:
    """The first of a sentence's speakers named after `pos` (a quotation's close):
    whom the quotation is said by."""
    return next((s for s in speakers if s.start >= pos), None)


# A sentence that goes on with the account the sentence before it gave: "Hajiyev said
# the shelling struck a cemetery. As a result, three civilians were killed"; "Thirteen
# policemen were beaten to death, police said. Nine others were killed in the district".
# Runs over lower-cased text.
_GOES_ON_FIRST = re.compile(
    r"\W*(?:as\s+a\s+result|in\s+addition|additionally|moreover|furthermore|besides"
    r"|(?:[\w’'-]+\s+){0,2}(?:others|another)(?![a-z]))"  # "Nine others were killed"
)
_GOES_ON = re.compile(r"(?<![a-z])also(?![a-z])")


def goes_on(folded: str, start: int, end: int) -> bool:
    """Whether the sentence `folded[start:end]` goes on with the account of the
    sentence before it (`_GOES_ON_FIRST` opens it, or `_GOES_ON` stands in it), so that
    it speaks in that sentence's voice where it names none of its own."""
    return bool(_GOES_ON_FIRST.match(folded, start, end) or _GOES_ON.search(folded, start, end))
