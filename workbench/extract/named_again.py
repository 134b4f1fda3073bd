"""A person named in full, then killed under the last name alone (issue 13, kinds of
RAND's study half): "... a tribal elder, identified as Malik Essa Khan, was attacked
by gunmen in Ladah. Khan was killed in the attack", "a former member of parliament,
identified as Hajji Lala. Lala died in the explosion". One word before a fate is no
name on its own (`singular._NAMED` wants two); it is one here because the text named
its bearer in full before, and told no death of them since (else "Col. Hasan
al-Harrab was killed when gunmen entered ... Al-Harrab was killed, along with his
son" would count the colonel twice).
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.numbers import Quantity
from workbench.models import Category

# The last name alone opening a sentence or its clause, then a death: "Khan was killed",
# "Lala died", "Al-Harrab was shot dead".
_LAST_NAME_DIED = re.compile(
    r"\W*(?:(?:[^.;]{0,80}?,\s+)?(?:but|and|where|when|before)\s+)?"
    r"(?P<name>[A-Z][a-z]*(?:-[A-Z]?[a-z]+)?)\s+"
    r"(?:(?:was|had\s+been|has\s+been)\s+(?:(?:later|then|also|eventually)\s+)?"
    r"(?:(?:shot|stabbed|beaten|tortured)\s+and\s+)?(?:killed|shot\s+dead|murdered|executed|"
    r"beheaded|assassinated|gunned\s+down|slain)|(?:later\s+)?died)(?![\w’'-])"
)
# Words that open a sentence before a fate and name no one.
_NOT_NAMES = frozenset(
    "He She It They We One Another Nobody Somebody Someone Everyone Everybody None Each "
    "Who Which That This There Police Troops Soldiers Militants Gunmen Also Both All".split()
)
# A death told in the sentence of the full name, or of the name after it: that person
# counted there ("Berg's headless body had been found"), or mourned, dead before
# ("the funeral procession for Zuhair Kashmula").
_DEATH = re.compile(
    r"kill|died|dead|murder|executed|beheaded|headless|body|assassinated|gunned\s+down|slain|"
    r"death|funeral|burial|buried|mourn|memorial",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def named_again(text: str, start: int, end: int) -> Reading | None:
    """One killed, told of a person by the last word of the full name the text gave
    before `start` ("identified as Malik Essa Khan ... Khan was killed"), in
    `text[start:end]`; None where the sentence opens otherwise, the word is not such a
    last name, or a sentence from the full name's on that names them told a death, a
    body or a funeral (they were counted there, or died before)."""
    match = _LAST_NAME_DIED.match(text, start, end)
    if match is None or match.group("name") in _NOT_NAMES:
        return None
    name = match.group("name")
    full = re.compile(rf"\b[A-Z][\w’'.-]*\s+(?:(?:al|el|de|van|bin|ibn)[-\s])?{re.escape(name)}\b")
    before = [m for m in full.finditer(text, 0, start) if m.group(0).split()[0] != name]
    if not before:
        return None
    opened = text.rfind(". ", 0, before[-1].start()) + 1
    told = _SENTENCE_END.split(text[opened:start])
    if any(name in sentence and _DEATH.search(sentence) for sentence in told):
        return None  # "protested the killing of Friday Dimafor. Dimafor was killed"
    one = Quantity(match.start("name"), match.end(), 1, 1, 1, "exact")
    return Reading(one, Category.KILLED, match.start("name"), match.end(), name, None, None)
