"""Whom a speaker named by a pronoun or a definite description stands for: "she said"
resolved to the person named last, "It said" to the body named last, "the company said"
to the company named before ("Mining firm Goldfields said ... the company said")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from workbench.extract.dateline import dateline_end
from workbench.extract.speaker_phrase import PRONOUN, Speaker, subject_before
from workbench.extract.voicewords import ORGANISATION

_DEFINITE = re.compile(r"^the\s+([a-z]+)$", re.IGNORECASE)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# A person of a body, whom "the army" does not stand for: "a military source", "a
# security official", "an army officer"
_PERSON_OF = re.compile(
    r"\b(?:sources?|officials?|officers?|spokes(?:man|woman|person)|commanders?|"
    r"witness(?:es)?|residents?)$",
    re.IGNORECASE,
)
# A name of a body, which "he" does not stand for: "the ...", an acronym ("UNHCR").
_BODY = re.compile(r"(?i:\bthe\b)|\b[A-Z]{2,}\b")
# "the company said" after "Mining firm Goldfields said": words for the same kind of body.
_SAME_KIND: dict[str, tuple[str, ...]] = {
    word: group
    for group in (
        ("company", "firm", "corporation", "operator"),
        ("army", "military", "armed forces"),
        ("group", "movement", "organisation", "organization", "militia"),
        ("ministry", "government", "department"),
        ("agency", "office", "mission", "programme", "program"),
    )
    for word in group
}


def needs_earlier(speaker: Speaker) -> bool:
    """Whether a speaker is a pronoun or "the company" that earlier sentences resolve."""
    return bool(PRONOUN.match(speaker.name) or _DEFINITE.match(speaker.name))


def resolve(speaker: Speaker, earlier: Iterable[Speaker]) -> Speaker:
    """Resolve "she" to the last person named and "the company" to the last company
    named; `earlier` runs from the nearest speaker back. Its span, clause, hedging and
    origin stay the speaker's own."""
    name = speaker.name
    candidates = (e for e in earlier if not needs_earlier(e))
    if PRONOUN.match(name):
        if name.lower() in ("i", "we"):
            return speaker
        match = _antecedent(name.lower() in ("he", "she"), earlier)
    elif _DEFINITE.match(name):
        head = name.split()[-1].lower()
        nouns = _SAME_KIND.get(head, (head,))
        # a body of that kind, not a person of it ("a military source")
        match = next(
            (
                e
                for e in candidates
                if any(re.search(rf"\b{n}\b", e.name.lower()) for n in nouns)
                and (_PERSON_OF.search(head) or not _PERSON_OF.search(e.name))
            ),
            None,
        )
    else:
        match = None
    if match is not None:  # "the ministry" stands as named: "ministry"
        return replace(speaker, name=_LEADING_THE.sub("", match.name), person=match.person)
    return replace(speaker, name=_LEADING_THE.sub("", name))


def _antecedent(person: bool, earlier: Iterable[Speaker]) -> Speaker | None:
    """Whom "he"/"she" (`person`) or "it"/"they" stands for, of the `earlier` speakers
    from the nearest back: the nearest of that kind ("the ministry" too: "It said"; for
    "he", a person's surname told alone too: "Koang said"),
    else for "he" the nearest name that is no body's ("Nur said ... he told Reuters"),
    else the nearest person of a body ("a security source told AFP ... he said")."""
    named = [e for e in earlier if not PRONOUN.match(e.name)]
    # a person's surname alone ("Koang said") is that person (trial 70: "He also denied"
    # went past "Koang said" to the commissioner named before)
    surnames = {
        e.name
        for e in named
        if person and " " not in e.name and any(e.name in o.name.split() for o in named if o.person)
    }
    match = next((e for e in named if e.person == person or e.name in surnames), None)
    if match is None and person:
        match = next((e for e in named if _name(e.name) and not _body(e.name)), None)
    if match is None and person:  # "a security source told AFP ... 'A fight broke out,' he said"
        match = next((e for e in named if _PERSON_OF.search(e.name)), None)
    return match


def _name(phrase: str) -> bool:
    """Whether a phrase is a proper name: one to four words, each capitalised."""
    words = phrase.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _body(name: str) -> bool:
    """Whether a speaker's name is a body's ("the ministry", "UNHCR", "Hamas Media
    Office"), not a person's."""
    return bool(_BODY.search(name) or ORGANISATION.search(name))


# A body's own act that "It said" or "They said" in the next sentence goes on from: "The
# Ministry of Defence on Monday issued a statement. It said 12 soldiers died."
_BODY_ACT = re.compile(
    r"\s(?:issued|released|published|put\s+out|denied|rejected|dismissed|confirmed|"
    r"announced|accused|blamed|condemned|said|says)(?=\s)"
)
_IT_THEY = frozenset(("it", "they"))


def unresolved_body(speaker: Speaker) -> bool:
    """Whether a speaker is still "it" or "they" once resolved: no voice named before
    it stands for (trial 60's "It said 12 soldiers died" counted "It" as a voice)."""
    return speaker.name.lower() in _IT_THEY


def body_before(text: str, start: int, end: int) -> str | None:
    """The body whose act opens the sentence `text[start:end]` ("The Ministry of Defence
    on Monday issued a statement": "Ministry of Defence"), past its dateline; None
    where the sentence opens with no act of a body."""
    start = dateline_end(text, start, end)
    act = _BODY_ACT.search(text, start, end)
    if act is None:
        return None
    subject = subject_before(text, start, act.start(), False)
    if subject is None or PRONOUN.match(subject.name) or not _body(subject.name):
        return None
    return _LEADING_THE.sub("", subject.name)
