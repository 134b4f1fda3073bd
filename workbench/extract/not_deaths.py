"""What a death's words tell that did not happen: a counterfactual, an infinitive, an
open question, an open fate, a lynching its victim survived (split from
victim_passive.py, which reads a passive's victims)."""

from __future__ import annotations

import re

from workbench.extract.reported_conditional import reported_conditional
from workbench.extract.victim_words import (
    NEARLY,
    OR_BEFORE,
    OR_OTHER_FATE,
    TO_BE,
    UNCLEAR,
    WOULD,
)

# A lynching its victim survived, told after it: "is lynched by a vigilante group and
# nearly killed before he is rescued by police" (acled-hoa study: one death read)
_SPARED = re.compile(
    r"[^.;]{0,60}?\b(?:(?:and|but)\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:nearly|almost)\s+"
    r"(?:killed|lynched|beaten\s+to\s+death)|before\s+(?:he|she|they|police|the\s+police)\s+"
    r"(?:is\s+|was\s+|were\s+|are\s+)?(?:rescued|saved|intervened)|(?:was|were|is|are)\s+"
    r"rescued\s+by)"
)


def not_a_death(folded: str, clause: tuple[int, int], start: int, cue: re.Match[str]) -> bool:
    """A counterfactual ("would have been killed if ...", "was nearly lynched", "is
    lynched ... and nearly killed before he is rescued": `_SPARED`; not a
    report's conditional: `reported_conditional`) before the `cue`, an infinitive
    ("the second journalist to be killed"), an open question ("it is
    unclear whether the guard was killed") or an open fate ("killed or kidnapped")."""
    lo, hi = clause
    end = cue.end()
    return bool(
        (
            WOULD.search(folded, max(lo, start - 30), start)
            and not reported_conditional(folded, lo, cue.start())
        )
        or TO_BE.match(folded, max(lo, start - 3), start + 3)
        or NEARLY.search(folded, start, end)
        or ("lynch" in cue.group(0) and _SPARED.match(folded, end, hi) is not None)
        or UNCLEAR.search(folded, max(lo, start - 80), start)
        or OR_OTHER_FATE.match(folded, end, hi)
        or OR_BEFORE.search(folded, max(lo, start - 30), start)
    )
