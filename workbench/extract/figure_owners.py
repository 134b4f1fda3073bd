"""Who a figure is: one its words give to someone else than the sentence's speaker
("The police figure of 19 dead grossly underestimates what happened," said the rights
group's director: the 19 is the police's, set against the group's own 52, not the
group's word; a trial's rights group so corroborated the police's toll it disputed),
and who gives a toll in "X put the toll at N" (`toll_giver`, asked by voices.py).
"""

from __future__ import annotations

import re

from workbench.extract.speaker_phrase import Speaker, subject_before
from workbench.extract.voicewords import EVENT_NOUNS, looks_like_voice

# Who owns a figure or a statement, after its article: "the police", "the army's", "an
# army", "the Gaza health ministry's".
# A body named with no article too: "contradicting police figures of six" (trial 77).
_OWNER = (
    r"(?:\b(?:the|an?)\s+(?P<owner>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2}?)"
    r"|\b(?P<body>police|army|military|government|hospital|ministry|authorities|officials))"
    r"(?:['’]s?)?"
)
# Whose figure stands right before the number: "the police figure of", "the army's toll
# of", "the government's official count of", "the ministry's estimate of".
_OWNED = re.compile(
    _OWNER + r"\s+(?:(?:own|official|initial|earlier|latest|provisional|new)\s+)?"
    r"(?:figures?|toll|count|tally|estimate|death\s+toll)\s+of\s+"
    r"(?:(?:only|just|about|some|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_REACH = 80  # characters before the number (or the toll's verb) read for its owner
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
    owner = owned.group("owner") or owned.group("body")
    if owner.split()[-1].lower() in _NO_OWNER:
        return None  # "the official toll of 12", "the final death toll of 30"
    return owner if looks_like_voice(owner) else None


# Whose figure a participle after it names: "the 19 dead announced by police", "a toll
# of 40 reported by the army" (not "claimed by", an attack's: who claims it, not who
# counts its dead).
_OWNED_AFTER = re.compile(
    r"\s*,?\s+(?:announced|reported|given|released|confirmed|recorded|provided|cited|"
    r"put\s+forward|issued)\s+(?:earlier\s+|previously\s+)?by\s+"
    r"(?P<owner>(?:the\s+)?[A-Za-z][\w.’'-]*(?:\s+[A-Za-z][\w.’'-]*){0,3}?)"
    r"(?=\s*[,.;:)]|\s+(?:on|in|at|and|which|who|last|earlier)\b|\s*$)",
    re.IGNORECASE,
)


def figure_owner_after(text: str, figure_end: int, sentence_end: int) -> str | None:
    """The voice a participle right after a figure names as its giver ("a higher toll
    than the 19 dead announced by police": "police"), or None where none does."""
    owned = _OWNED_AFTER.match(text, figure_end, sentence_end)
    if owned is None:
        return None
    owner = owned.group("owner") or owned.group("body")
    if owner.endswith(".") and "." not in owner.split()[-1][:-1]:
        owner = owner[:-1]  # the sentence's stop, not an abbreviation's ("the U.N.")
    return owner if looks_like_voice(owner) else None


# Whose statement puts a toll, told by a relative clause: "contradicting an army
# statement that put the civilian toll at four", "the ministry's figure, which put".
_STATEMENT_THAT = re.compile(
    rf"(?:{_OWNER}"
    r"|(?P<own>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})['’]s)"
    r"\s+(?:earlier\s+|official\s+|own\s+)?(?:statement|communiqu[eé]|report|figure|tally|"
    r"count|estimate|release|bulletin)\s*,?\s+(?:that|which)\s+$"
)


def toll_giver(text: str, start: int, at: int) -> Speaker | None:
    """Who gives the figure in "X put the toll at N": a voice, not an event ("the
    attack put the toll at 40", "new figures put it at 40" name none), nor the
    statement a relative clause tells it in ("an army statement that put the toll at
    four" is the army's)."""
    owned = _STATEMENT_THAT.search(text, max(start, at - _REACH), at)
    if owned is not None:
        group = "owner" if owned.group("owner") else "own"
        name = owned.group(group)
        if looks_like_voice(name):
            return Speaker(owned.start(group), owned.end(group), name, person=False)
    speaker = subject_before(text, start, at, False)
    if speaker is None or EVENT_NOUNS.search(speaker.name):
        return None
    return speaker if looks_like_voice(speaker.name) else None
