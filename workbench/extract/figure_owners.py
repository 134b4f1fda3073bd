"""A figure its words give to someone else than the sentence's speaker: "The police
figure of 19 dead grossly underestimates what happened," said the rights group's
director: the 19 is the police's, set against the group's own 52, not the group's
word (a trial's rights group so corroborated the police's toll it disputed).
"""

from __future__ import annotations

import re

from workbench.extract.voicewords import looks_like_voice

# Whose figure stands right before the number: "the police figure of", "the army's toll
# of", "the government's official count of", "the ministry's estimate of".
_OWNED = re.compile(
    r"\b(?:the|an?)\s+(?P<owner>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2}?)(?:['’]s)?\s+"
    r"(?:(?:own|official|initial|earlier|latest|provisional|new)\s+)?(?:figure|toll|count|tally|"
    r"estimate|death\s+toll)\s+of\s+(?:(?:only|just|about|some|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_REACH = 80  # characters before the number read for its owner
# words that tell what kind of figure it is, not whose
_NO_OWNER = frozenset(
    "official initial earlier latest provisional new final overall total death casualty "
    "confirmed revised preliminary updated previous first same higher lower".split()
)


def figure_owner(text: str, sentence_start: int, number_start: int) -> str | None:
    """The voice whose figure the number at `number_start` is, named right before it
    ("the police figure of 19": "police"), or None where its words name none."""
    owned = _OWNED.search(text, max(sentence_start, number_start - _REACH), number_start)
    if owned is None:
        return None
    owner = owned.group("owner")
    if owner.split()[-1].lower() in _NO_OWNER:
        return None  # "the official toll of 12", "the final death toll of 30"
    return owner if looks_like_voice(owner) else None
