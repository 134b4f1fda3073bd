"""Subjects of a reporting verb whose first words are not the speaker's (split from
speaker_phrase.py): a subordinate clause's own subject ("..., after local health
officials said 22 people had been killed": theirs, not the main clause's speaker's,
trial 74c), a statement's publisher ("A fuller claim published later in the group's
al-Naba newsletter put the toll at 19": the newsletter's, trial 74), and a section's
number before a subject ("2.3 The police press note said": no "2.3", trial 74b)."""

from __future__ import annotations

import re

from workbench.extract.voicewords import SPEAKER_NOUNS

# A subordinate clause's own speaker: "after local officials (said)", "as the ministry
# (said)", a noun for speakers its last word
_CONJUNCTION_SUBJECT = re.compile(
    r"^(?:after|before|when|while|as|since|because|although|though|once|until|whereas)\s+"
    rf"(?P<subject>(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{SPEAKER_NOUNS.pattern}))$",
    re.IGNORECASE,
)
# A statement as the subject, where it was published its voice: "A fuller claim
# published later in IS's weekly al-Naba newsletter (put the toll at 19)"
_PUBLISHED_IN = re.compile(
    r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:claim|statement|communiqu[ée]|post|video|message)\s+"
    r"(?:published|issued|posted|released|carried)\s+(?:later\s+|earlier\s+|on\s+\w+\s+)?"
    r"(?:in|by|on|through)\s+(?P<outlet>(?:the\s+|its\s+|their\s+)?[\w'’ -]{2,60})$",
    re.IGNORECASE,
)
# A section's number opening a line before its subject: "2.3 The police press note", "4)
# Villagers" (trial 74b: the number kept in the voice's name)
_SECTION = re.compile(r"^(?:\d+(?:\.\d+)+\.?|\d+[.)])\s+(?=[A-Z])")


def own_subject(chunk: str) -> str | None:
    """The speaker's words of a subject chunk right before its verb that open with a
    subordinating conjunction ("after local officials") or name a statement and its
    publisher ("A statement issued by the army"); None for any other chunk."""
    if published := _PUBLISHED_IN.match(chunk):
        return published.group("outlet")
    led = _CONJUNCTION_SUBJECT.match(chunk)
    return led.group("subject") if led else None


def without_section(chunk: str) -> str:
    """The chunk without a section's number opening it ("2.3 The police press note")."""
    return _SECTION.sub("", chunk)
