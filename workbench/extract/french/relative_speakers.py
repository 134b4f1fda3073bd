"""A voice told by a relative clause's pronoun is the sentence's subject (trial 79): «Le
Front pour la défense de la Constitution (FDC) a rendu publique la liste des sept
militants qu'il dit avoir été tués» read the voice "la liste des sept militants qu'il",
then none. Where a voice's words end on «qu'il», «qu'elle», «qu'ils» or «qu'elles»
(the pronoun of «qu'il dit», «qu'elle affirme»), the voice is the subject opening the
sentence before its verb («Le Front ... (FDC) a rendu publique»); none where no such
subject opens it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.speaker import Speaker

_PRONOUN_END = re.compile(r"\bqu[’'](?:il|elle|ils|elles)$", re.IGNORECASE)
# The sentence's subject, a definite noun phrase before its verb's auxiliary.
_SUBJECT = re.compile(
    r"\s*(?P<name>(?:L[’']|Le\s+|La\s+|Les\s+)[^,.;:«»“”<>\"()]{2,80}?)"
    r"(?:\s*\([^()]{1,20}\))?\s+(?:a|ont|avait|avaient|vient|viennent)\s",
)


def pronoun_subject(text: str, start: int, speaker: Speaker) -> Speaker | None:
    """`speaker` where its name ends on no relative pronoun; else the subject opening
    the sentence at `start` (module docstring) in its place, or None."""
    if _PRONOUN_END.search(speaker.name) is None:
        return speaker
    subject = _SUBJECT.match(text, start, speaker.start)
    if subject is None:
        return None
    s, e = subject.span("name")
    return replace(speaker, start=s, end=e, name=" ".join(text[s:e].split()), person=False)
