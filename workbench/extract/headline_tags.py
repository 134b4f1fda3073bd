"""A headline's voice told as a tag after a colon or a spaced dash at its end: "6
killed, dozens injured in Russia's attack on Kharkiv: Ukrainian officials", "20 dead in
Zamfara raid: police", "... raid on Jenin – Health Ministry". The tag is a short noun
phrase that can speak (`voicewords.looks_like_voice`), with no verb and no figure, after
a sentence that gives one; "Nigeria: 20 killed in Zamfara" (a place before the colon)
has none, nor "12 killed in bombing - Kabul" (a known place after the dash). A wire's
headline names its voice before the colon too: "Police: Gunmen kill 3 in Kano",
"Egyptian officials: Militant attack kills soldier in Sinai" (unseen-h study), where
the tag ends in a word for who speaks or is an acronym, and is no place ("U.S.:",
"Nigeria:") nor a genre ("Report:", "Update:")."""

from __future__ import annotations

import re

from workbench.extract.gazetteer import PLACE_NAMES
from workbench.extract.speaker import Speaker
from workbench.extract.voicewords import SPEAKER_NOUNS, looks_like_voice

# a colon, or a dash set off by spaces: "... raid on Jenin – Health Ministry" (unseen-g)
_TAG = re.compile(r"(?::|\s[-–—])\s+(?P<name>[A-Za-z][^:;,.!?\d\"“”()–—-]{1,40}?)\s*[.!?]?\s*$")
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores)\b", re.IGNORECASE
)
_MAX_WORDS = 5
# a short phrase and a colon opening the sentence: "Police: Gunmen kill 3 in Kano"
_LEAD = re.compile(r"\s*(?P<name>[A-Z][^:;,.!?\d\"“”()–—-]{1,40}?)\s*:\s+(?=\S)")
_GENRES = frozenset(
    "report reports update updates analysis explainer note breaking watch video live exclusive "
    "photos editorial opinion new latest urgent alert flash developing photo graphic warning "
    "correction factbox timeline updated".split()
)
# words that make the tag a phrase of its own, no voice: "Change to armed group:"
_PHRASE_WORDS = frozenset("to for on with in at by from and or".split())


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


def lead_speaker(text: str, start: int, end: int) -> Speaker | None:
    """The voice a tag before the colon opening `text[start:end]` names (see the
    module), or None."""
    lead = _LEAD.match(text, start, end)
    if lead is None:
        return None
    name = lead.group("name").strip()
    words = name.split()
    last = words[-1]
    speaks = SPEAKER_NOUNS.fullmatch(last.lower()) is not None or (
        last.isupper() and 2 <= len(last) <= 6
    )
    if len(words) > _MAX_WORDS or not speaks or last.lower() in _GENRES:
        return None
    if name.lower() in PLACE_NAMES or any(w.lower() in _PHRASE_WORDS for w in words):
        return None
    return Speaker(
        lead.start("name"), lead.start("name") + len(name), name, False, clause=(lead.end(), end)
    )
