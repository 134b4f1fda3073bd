"""A group that claims an attack is no voice of the attack's toll where another voice
tells it: "The Islamic State group has claimed responsibility for a bombing that killed
five people and wounded 23 ..., officials said Friday" (trial 73: the toll was read in
the group's voice, and linked to none of the other reports' "five killed"). Alone ("Al-
Shabaab claimed responsibility for the attack, which killed 9 people"), the group stays
the voice. Split from voices.py.
"""

from __future__ import annotations

import re

from workbench.extract.speaker import Speaker

# A group's claim of an attack after its verb: "claimed (full) responsibility", "credit".
_RESPONSIBILITY = re.compile(r"\s+(?:full\s+)?(?:responsibility|credit)\b")


def claims_attack(folded: str, verb_end: int) -> bool:
    """Whether the verb of saying that ends at `verb_end` in `folded` (lower-cased
    text) claims an attack ("claimed responsibility for", "claimed credit")."""
    return _RESPONSIBILITY.match(folded, verb_end) is not None


def told_by_others(speakers: list[Speaker]) -> list[Speaker]:
    """The speakers without a group that claims an attack where a later voice trails the
    sentence ("..., officials said"): the figures of the attack are that voice's."""
    if not any(s.claimant for s in speakers):
        return speakers
    trailing = [s for s in speakers if not s.claimant and not s.leads]
    return [s for s in speakers if not (s.claimant and any(t.start > s.end for t in trailing))]
