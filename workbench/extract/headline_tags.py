"""A headline's voice told as a tag after a colon or a spaced dash at its end: "6
killed, dozens injured in Russia's attack on Kharkiv: Ukrainian officials", "20 dead in
Zamfara raid: police", "... raid on Jenin – Health Ministry". The tag is a short noun
phrase that can speak (`voicewords.looks_like_voice`), with no verb and no figure, after
a sentence that gives one; "Nigeria: 20 killed in Zamfara" (a place before the colon)
has none, nor "12 killed in bombing - Kabul" (a known place after the dash)."""

from __future__ import annotations

import re

from workbench.extract.gazetteer import PLACE_NAMES
from workbench.extract.speaker import Speaker
from workbench.extract.voicewords import looks_like_voice

# a colon, or a dash set off by spaces: "... raid on Jenin – Health Ministry" (unseen-g)
_TAG = re.compile(r"(?::|\s[-–—])\s+(?P<name>[A-Za-z][^:;,.!?\d\"“”()–—-]{1,40}?)\s*[.!?]?\s*$")
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
    if name.lower() in PLACE_NAMES:  # "12 killed in bombing - Kabul": where, not who
        return None
    return Speaker(tag.start("name"), tag.end("name"), name, False, clause=(start, tag.start()))
