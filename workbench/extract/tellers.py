"""Where a sentence names who tell its story, so that a number there counts the
tellers, not a figure of the story: "two military sources said", "according to three
witnesses", "citing two witnesses" (a trial's "two military sources" was read as 2
troops). Read by reader.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.extract.lexicon import CASUALTY_NOUNS, NOUN_CLASS, PEOPLE, SINGULAR_CLASS
from workbench.extract.spans import SpanSet
from workbench.extract.speaker_phrase import Speaker

# People who tell a story: a number before them counts the tellers ("two military
# sources said"), not a figure of the story ("Ten reported deaths" is no voice's).
_TELLERS = (
    r"(?:sources|witnesses|eyewitnesses|officials|medics|doctors|diplomats|aides|officers"
    r"|residents|informants|spokesmen|spokespeople)"
)
_INFORMANTS = re.compile(rf"\b{_TELLERS}\b", re.IGNORECASE)
_TELLER_NOUNS = frozenset("leaders elders chiefs activists journalists reporters".split())
# A voice counted is a group of tellers, whoever they are: "two community leaders said"
_COUNTED = re.compile(
    r"(?:\d+|one|another|two|three|four|five|six|seven|eight|nine|ten|several|some|many|"
    r"a\s+few)\s",
    re.IGNORECASE,
)
# The one who tells, counted: "One resident said", "another witness said".
_ONE_TELLER = frozenset("witness eyewitness source medic doctor official officer".split())
# The informants a voice cites: "citing two witnesses", "quoting three security sources".
_CITING = re.compile(rf"\b(?:citing|quoting)\s+(?:[\w-]+\s+){{1,3}}?{_TELLERS}\b")


# The people a report's researchers heard, its method: "interviewed 14 witnesses,
# relatives and medical staff", "spoke to 20 survivors" (trial 79: read as `other` 14,
# a claim no analyst checks); not what befell them ("interviewed 14 witnesses who were
# wounded" keeps its own fate in its own clause).
_INTERVIEWED = re.compile(
    r"(?<![a-z])(?:interview(?:ed|ing|s)?|spoke\s+(?:to|with)|speaking\s+(?:to|with)|"
    r"talked\s+(?:to|with)|surveyed|consulted)\s+"
    r"(?P<count>(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+|about\s+|nearly\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|"
    r"dozens\s+of|hundreds\s+of|several)\s+(?:[\w-]+\s+){0,2}?(?:witnesses|eyewitnesses|"
    r"people|survivors|residents|victims|relatives|families|villagers|refugees|detainees|"
    r"sources|officials|doctors|medics|health\s+workers|journalists|women|men|children))"
    r"(?![a-z])"
)


def _counted(name: str) -> bool:
    """Whether a voice's name counts people who tell ("two community leaders", "three
    elders"), not the dead a passive reports ("17 deaths reported": no voice)."""
    if not _COUNTED.match(name):
        return False
    head = name.split()[-1].lower()
    kind = NOUN_CLASS.get(head) or SINGULAR_CLASS.get(head)
    teller = head in _TELLER_NOUNS or head in _ONE_TELLER or kind in PEOPLE
    return head not in CASUALTY_NOUNS and teller


def telling(folded: str, start: int, end: int, speakers: Sequence[Speaker]) -> SpanSet:
    """The spans of the sentence `folded[start:end]` (lower-cased text) that name its
    tellers: those of its `speakers` whose names are informants ("two military
    sources") or are counted ("two community leaders"), and the informants a voice
    cites ("citing two witnesses")."""
    spans = [(s.start, s.end) for s in speakers if _INFORMANTS.search(s.name) or _counted(s.name)]
    spans += [m.span() for m in _CITING.finditer(folded, start, end)]
    spans += [m.span("count") for m in _INTERVIEWED.finditer(folded, start, end)]
    return SpanSet(spans)
