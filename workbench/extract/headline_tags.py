"""A headline's voice told as a tag after a colon at its end: "6 killed, dozens injured
in Russia's attack on Kharkiv: Ukrainian officials", "20 dead in Zamfara raid: police".
The tag is a short noun phrase that can speak (`voicewords.looks_like_voice`), with no
verb and no figure, after a sentence that gives one; "Nigeria: 20 killed in Zamfara"
(a place before the colon) has none."""

from __future__ import annotations

import re

from workbench.extract.speaker import Speaker
from workbench.extract.voicewords import looks_like_voice

_TAG = re.compile(r":\s+(?P<name>[A-Za-z][^:;,.!?\d\"“”()]{1,40}?)\s*[.!?]?\s*$")
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores)\b", re.IGNORECASE
)
_MAX_WORDS = 5


def tag_speaker(text: str, start: int, end: int) -> Speaker | None:
    """The voice a colon's tag ending `text[start:end]` names (see the module), or None."""
    tag = _TAG.search(text, start, end)
    if tag is None or not _FIGURE.search(text, start, tag.start()):
        return None
    name = tag.group("name").strip()
    if len(name.split()) > _MAX_WORDS or not looks_like_voice(name):
        return None
    return Speaker(tag.start("name"), tag.end("name"), name, False, clause=(start, tag.start()))
