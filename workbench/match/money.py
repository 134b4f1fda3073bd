"""Sums of money compared only where they pay for one thing: a reward against a reward, a
ransom against a ransom. A report's sums are of many kinds (trial 73d: a prosecutor's
500,000-peso reward "contradicted" the state's 2.8-billion-peso security budget in seven
links, and made seven of the report's contested claims); two sums whose words name no
purpose, or two purposes, are no two counts of one thing.
"""

from __future__ import annotations

import re
from typing import Protocol

# What a sum is for, in English and French, and the purpose each word names.
_PURPOSES = {
    "reward": "reward",
    "rewards": "reward",
    "bounty": "reward",
    "bounties": "reward",
    "récompense": "reward",
    "prime": "reward",
    "ransom": "ransom",
    "ransoms": "ransom",
    "rançon": "ransom",
    "rançons": "ransom",
    "budget": "budget",
    "budgets": "budget",
    "aid": "aid",
    "assistance": "aid",
    "relief": "aid",
    "aide": "aid",
    "compensation": "compensation",
    "indemnisation": "compensation",
    "reconstruction": "reconstruction",
    "rehabilitation": "reconstruction",
    "fine": "fine",
    "fines": "fine",
    "amende": "fine",
    "loan": "loan",
    "prêt": "loan",
    "seized": "seizure",
    "saisis": "seizure",
    "saisie": "seizure",
}
_WORD = re.compile(r"[^\W\d_]+")
_REACH = 40  # characters either side of a sum read for its purpose


class Summed(Protocol):
    """What `purpose` reads of a claim: its words, its sentence and its subject."""

    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> str: ...
    @property
    def subject(self) -> str | None: ...


def purpose(claim: Summed) -> str | None:
    """What a sum is for, as its subject or the words within `_REACH` characters of it
    in its sentence name it ("a reward of 500,000 pesos", "Its security budget is 2.8
    billion pesos", "PHP5 million in relief"): reward, ransom, budget, aid,
    compensation, reconstruction, fine, loan or seizure; None where no word says."""
    at = claim.sentence.find(claim.text)
    around = claim.sentence[max(0, at - _REACH) : at + len(claim.text) + _REACH] if at >= 0 else ""
    words = f"{claim.subject or ''} {around}".lower()
    found = {_PURPOSES[w] for w in _WORD.findall(words) if w in _PURPOSES}
    return found.pop() if len(found) == 1 else None


def same_purpose(first: str | None, second: str | None) -> bool:
    """Whether two sums' purposes (`purpose`, read once a claim: `Features.purpose`)
    name one thing: a reward and a reward; never two sums whose words name none."""
    return first is not None and first == second
