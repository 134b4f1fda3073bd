"""A speaker from the words that name it, unless they do not look like one: the checks
every way of finding a speaker ends with (speaker_phrase.py). Split from
speaker_phrase.py."""

from __future__ import annotations

import re

from workbench.extract.lexicon import PERSON_NOUNS
from workbench.extract.name_lists import is_listed_name
from workbench.extract.relay import (
    document_author,
    origin_of,
    passive_relay,
    split_name,
    split_passive,
)
from workbench.extract.speaker import Speaker
from workbench.extract.voice_bodies import part_of_named_body, without_stance
from workbench.extract.voice_documents import named_author, names_no_author
from workbench.extract.voice_trim import first_subject, trimmed, without_turn
from workbench.extract.voicewords import ORGANISATION, PERSON_WORDS, SPEAKER_NOUNS

_TOLD_HARM = re.compile(
    r"\b(?:deaths?|dead|killed|casualties|bodies|wounded|injured|fatalities)\b", re.IGNORECASE
)
_NOBODY = re.compile(r"^(?:no|none|nobody|neither)\b", re.IGNORECASE)
# Where a body is based, before its name: one body whether the text says it or not.
_BASED = re.compile(r"^(?:the\s+)?[\w'’]+-based\s+(?=[A-Z])", re.IGNORECASE)
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
PRONOUN = re.compile(r"^(?:he|she|it|they|we|i)$", re.IGNORECASE)
PERSON_NAME = re.compile(
    # up to four names: "Abdikadir Abdirahman Haji Aden"
    r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+){0,2}\s+(?:(?:de|van|von|al|el|Le|La)\s+)?"
    r"[A-Z][a-z]+"
)
# a finite verb or a modal: a clause, no name ("I can't really (say)")
FINITE = re.compile(
    r"\s(?:was|were|is|are|had|have|has|can|could|cannot|can[’']t|couldn[’']t|won[’']t|would"
    r"|will|do|does|did|don[’']t|didn[’']t|doesn[’']t|must|should|may|might)\s",
    re.IGNORECASE,
)
MAX_WORDS = 10
# where the grammar names a source, two of them may stand joined ("according to members
# of a rebel ethnic minority group and independent media reports")
_MAX_NAMED = 16
# A reporting verb inside a subject: the speaker is whoever says it, before the verb.
_SAID_WITHIN = re.compile(r"\s+(?:said|says|say|told|tells)\s.*$", re.IGNORECASE)


def _one_person(word: str) -> bool:
    """Whether a word names one person (`lexicon.PERSON_NOUNS`, not its plural)."""
    return word.lower().strip(",.;:") in PERSON_NOUNS


def _person_word(word: str) -> bool:
    """Whether a word names a person, one or several (`lexicon.PERSON_NOUNS`)."""
    lowered = word.lower().strip(",.;:")
    return lowered in PERSON_NOUNS or (lowered.endswith("s") and lowered[:-1] in PERSON_NOUNS)


# the small words a body's name in capitals keeps in lower case
_NAME_LINKS = frozenset("of the for and in on to at de du des la le et pour".split())


def _long_proper_name(phrase: str) -> bool:
    """Whether a phrase longer than a speaker's usual words is one proper name: every
    word capitalised but its small linking words, three capitalised at least."""
    words = phrase.split()
    capitals = [w for w in words if w[:1].isupper()]
    return (
        len(words) > MAX_WORDS
        and len(capitals) >= 3
        and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)
    )


# When and how a document was put out, after its author's name: no part of the author
# ("a statement from the defence ministry released on Monday": trial 77's French twin,
# "un communiqué du ministère des Armées publié mardi", was a voice of its own)
_RELEASED = re.compile(
    r"\s+(?:released|issued|published|posted|read\s+out|read|broadcast|sent|dated|"
    r"circulated|seen)(?:\s+(?:on|late|early|at|in|by|via|over|to|last|this|yesterday|"
    r"overnight|today)\b.*)?$",
    re.IGNORECASE,
)


def make_speaker(
    text: str,
    phrase: str,
    start: int,
    end: int,
    hedging: bool,
    named: bool = False,
    relay_end: int = 0,
) -> Speaker | None:
    """A speaker from a phrase, unless it does not look like one; `named` where the
    grammar already says it is a source ("according to X"). A relay in or just after
    the phrase ("X citing Y", "Y, quoted by X", before `relay_end`) makes the relaying
    voice the speaker and the relayed one its origin."""
    # one space where a blanked bracket stood: "Inspector General of Police (IGP) X"
    phrase = " ".join(_PARENTHETICAL.sub("", phrase).split()).strip(" ,")
    phrase = first_subject(phrase)  # "X confirmed the killing and (said)"
    phrase = without_stance(phrase)  # "contradicting the army, (which puts the toll at)"
    phrase = without_turn(phrase)  # "FACT for its part (claimed)": FACT
    origin = None
    if passive := split_passive(phrase):  # "officials quoted by state media"
        phrase, origin, named = passive[0], passive[1], True
    else:
        phrase, origin = split_name(phrase)
        after = passive_relay(text, end, relay_end)
        if after is not None:  # "JNIM's statement, relayed by a monitoring group"
            phrase, origin, named, end = after[0], origin_of(phrase), True, after[1]
    phrase = _BASED.sub("", phrase) or phrase  # "the Britain-based Syrian Observatory"
    # "A statement from the military" is its; "according to UN data" the UN's
    if (author := document_author(phrase)) or (author := named_author(phrase)):
        # "a statement from the defence ministry released on Monday": the ministry's
        phrase, named = _RELEASED.sub("", author) or author, True
    elif names_no_author(phrase):
        return None  # "according to preliminary data": no one speaks
    phrase = _SAID_WITHIN.sub("", phrase)  # "Maze said reports (indicated)": Maze says so
    # a body's name holding a list ("Centre for ... Peace, Democracy and Human Rights"),
    # or a long one in capitals ("The Strategic Framework for the Defence of the People
    # of Azawad": trial 57's voice was none, and its last word the claim's place)
    named = named or is_listed_name(phrase) or _long_proper_name(phrase)
    named = named or part_of_named_body(phrase)  # "a faction of the ... Forces of Casamance"
    most = _MAX_NAMED if named else MAX_WORDS
    cut = trimmed(phrase, MAX_WORDS)  # a long voice's own place is cut off it
    cut = cut if len(cut.split()) <= most else trimmed(phrase, most)
    if cut != phrase and (at := text.find(cut, start, end)) >= 0:
        end = at + len(cut)  # the place cut off stays the figure's to read
    phrase = cut
    words = phrase.split()
    if not words or len(words) > (_MAX_NAMED if named else MAX_WORDS):
        return None
    if _NOBODY.match(phrase) or (not named and FINITE.search(f" {phrase} ")):
        return None  # "no group (has claimed)", "he was rushed to ... what doctors"
    if not named and _TOLD_HARM.search(phrase):
        return None  # "Seven Eggon deaths (reported)": what is told, not who tells it
    if not named and not (
        PRONOUN.match(phrase)
        or SPEAKER_NOUNS.search(phrase)
        or ORGANISATION.search(phrase)  # "the center said", "the office said"
        or any(w[0].isupper() or w[0].isdigit() for w in words)
        or _person_word(words[-1])  # "a teacher said", "two farmers said"
    ):
        return None
    person = (
        bool(PERSON_WORDS.search(phrase))
        or (bool(PERSON_NAME.search(phrase)) and not ORGANISATION.search(phrase))
        or _one_person(words[-1])  # "a Taliban soldier", not "soldiers"
    )
    return Speaker(start, end, phrase, person, hedging, origin)
