"""Two figures of one sentence: two groups' counts, unless the sentence names both voices
(moved out of relate.py, unchanged, to keep it short)."""

from __future__ import annotations

import re

from workbench.match.features import Features


def two_groups_of_one_sentence(a: Features, b: Features) -> bool:
    """Whether two figures of one sentence count two groups rather than dispute: a
    sentence disputes its own figure only where it names both voices ("the army said
    five died, but residents said 30"). Otherwise its figures are of two groups: a
    study pair's "Three men were shot dead after killing seven" had the attackers'
    three dispute the victims' seven."""
    if a.claim.document_id != b.claim.document_id or a.claim.sentence != b.claim.sentence:
        return False
    sentence = a.claim.sentence.lower()
    return not (_named_in(a.claim.voice, sentence) and _named_in(b.claim.voice, sentence))


def _named_in(voice: str, sentence: str) -> bool:
    """Whether a lower-case sentence names a voice, by any word of four letters or
    more of it ("police (Nigeria)": "police")."""
    return any(word in sentence for word in re.findall(r"\w{4,}", voice.lower()))
