"""Which of a set of voices speak for one body (`bodies.body`), the set read as a
whole: the initials one voice gives are the full name another gives ("MoI" and
"Ministry of Interior", "ISPR" and "Inter-Services Public Relations": `acronyms`),
and a name that gives a place but no country ("Gaza's health ministry") is of the
country its claims are in. Events count such voices as one (`events.figures`), and
`workbench voice suggest` offers them to the analyst (`store.voice_names`).

Initials tie a full name only where they spell it and no other body's among the
voices, where the countries the two give (by name, else by their claims) are one,
and, for initials of two letters ("AU", "MS"), where the two speak in one document
or a sentence gives the name with the initials in brackets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.geo.geonames import fold
from workbench.match.acronyms import SHORT, acronym, spells
from workbench.match.bodies import Body, body, qualifier

_INITIALS = "initials:"


@dataclass(frozen=True)
class Spoken:
    """A voice as the bodies read it: its id, name, the countries its claims are in
    (lower-case) and the documents it speaks in."""

    id: int
    name: str
    countries: frozenset[str] = frozenset()
    documents: frozenset[int] = frozenset()


def bodies(
    voices: Sequence[Spoken], defined: Iterable[tuple[str, str]] = ()
) -> dict[int, tuple[str, str | None]]:
    """Each voice's body and country (None where neither its name nor its claims say
    one), by voice id, for the voices that speak for a body: `body`'s, with a
    place's country read from the claims, and initials read as the body of the
    one full name among `voices` they spell (the full name then a body too).
    `defined`: (initials, name) pairs a text gives ("Palestine Red Crescent Society
    (PRCS)"), which tie initials of two letters anywhere."""
    read = {v.id: _state(body(v.name)) for v in voices}
    found: dict[int, tuple[str, str | None]] = {}
    for v in voices:
        b = read[v.id]
        if b is not None and not b.key.startswith(_INITIALS):
            found[v.id] = (b.key, _country(b, v))
    _countries_beside(voices, found)
    told = {(initials, _core(name)) for initials, name in defined}
    for v in voices:
        b = read[v.id]
        if b is None or not b.key.startswith(_INITIALS):
            continue
        initials = b.key[len(_INITIALS) :]
        country = _country(b, v)
        keys: dict[str, list[Spoken]] = {}
        for other in voices:
            if other.id == v.id or acronym(other.name) is not None:
                continue
            core = _core(other.name)
            said = (initials, core) in told  # a sentence writes it so
            if not said and not any(spells(initials, name) for name in _forms(other.name)):
                continue
            theirs = found.get(other.id)
            if not _one_country(v, other, found, country):
                continue
            short = len(initials) <= SHORT  # "MoI" is three: its "o" is an "of"
            if short and not (v.documents & other.documents) and not said:
                continue
            keys.setdefault(theirs[0] if theirs else f"name:{core}", []).append(other)
        if len(keys) != 1:
            continue  # none, or the initials of two bodies' names: no telling which
        key, spelled = next(iter(keys.items()))
        found[v.id] = (key, country)
        for other in spelled:
            found.setdefault(other.id, (key, _country(read[other.id], other)))
    return found


# names of one state's word: a country's "authorities" speak as its government (trial
# 79: "authorities (Guinea)" and "government (Guinea)", one acknowledged toll, were two
# independent voices). A ministry is a body of its own (`bodies.body`: its own count,
# the health ministry's from the hospitals), suggested with its government, never
# folded into it
_STATE = {"authorities": "government"}


def _state(b: Body | None) -> Body | None:
    """A body with a state's word read as its government (`_STATE`)."""
    return b._replace(key=_STATE[b.key]) if b is not None and b.key in _STATE else b


# bodies that are no part of a state: a Red Cross, a Red Crescent
_NOT_STATE = frozenset({"red cross", "red crescent", "UN"})


def state_body(name: str) -> bool:
    """Whether a voice's name is a state's body (an army, a police, a government, a
    ministry, a civil defence: `bodies.body`), a part of the country that speaks as
    "Guinea"; a group named after the country ("Guinea rights group") is none (trial
    79's `voice suggest` offered it as a part of "Guinea")."""
    found = body(name)
    return found is not None and found.key not in _NOT_STATE and not found.key.startswith(_INITIALS)


def _countries_beside(voices: Sequence[Spoken], found: dict[int, tuple[str, str | None]]) -> None:
    """Give a body of no country (its name's or its claims') the one country the same
    body has by name in the documents it speaks in: "police spokesman Brima Kamara"
    quoted after "Sierra Leone police said" is Sierra Leone's police (trial 79
    suggested him as "Police (Guinea)"'s, his claims placed in Guinea by mistake)."""
    named = dict(found)
    for v in voices:
        key, country = named.get(v.id, ("", None))
        if not key or country is not None:
            continue
        beside = {
            named[o.id][1]
            for o in voices
            if o.id in named and named[o.id][0] == key and o.documents & v.documents
        } - {None}
        if len(beside) == 1:
            found[v.id] = (key, next(iter(beside)))


def _country(b: Body | None, voice: Spoken) -> str | None:
    """A body's country: its name's, else, where its name gives a place of no country
    ("Gaza"), the one country its claims are in."""
    if b is None:
        return None
    if b.country is not None:
        return b.country
    if b.place is not None and len(voice.countries) == 1:
        return next(iter(voice.countries))
    return None


def _one_country(
    a: Spoken, b: Spoken, keys: dict[int, tuple[str, str | None]], mine: str | None = None
) -> bool:
    """Whether two voices may speak for one body: no two countries known apart, by
    their names (`mine`: the first's, where `keys` has none yet), else by the
    countries their claims are in, where they speak in no one document (a report of
    a strike in Afghanistan quotes "ISPR" there and "Inter-Services Public Relations"
    in Pakistan)."""
    one = (keys[a.id][1] if a.id in keys else None) or mine
    other = keys[b.id][1] if b.id in keys else None
    if one and other:
        return one == other
    if a.documents & b.documents:
        return True
    ours = {one} if one else set(a.countries)
    theirs = {other} if other else set(b.countries)
    return not (ours and theirs and ours.isdisjoint(theirs))


def _qualified(word: str) -> bool:
    """Whether a word before a name says whose it is: a possessive, a country's name."""
    return word.endswith(("'s", "’s")) or qualifier(word)[0] is not None


def _core(name: str) -> str:
    """A full name folded, without its brackets or a person it names."""
    return fold(re.sub(r"\([^()]*\)", " ", name.split(",")[0]))


def _forms(name: str) -> list[str]:
    """The ways a voice's full name may be written out for its initials: as it is
    (brackets and a person aside), and without a place before or after it ("Gaza
    Ministry of Health", "Ministry of Health in Gaza": "Ministry of Health")."""
    text = re.sub(r"\([^()]*\)", " ", name.split(",")[0])
    text = re.sub(r"^(?i:the|le|la|les)\s+", "", text.strip())
    forms = [text]
    words = text.split()
    rest = " ".join(words[1:])
    if len(words) > 2 and words[0][:1].isupper() and (_qualified(words[0]) or body(rest)):
        forms.append(rest)  # "Gaza Ministry of Health", "Gaza's Ministry of Health"
    trimmed = re.sub(r"\s+(?:in|of|du|de)\s+[A-Z][\w'’-]*$", "", text)
    if trimmed != text:
        forms.append(trimmed)
    return forms


def body_pairs(voices: Sequence[Spoken]) -> list[tuple[int, int, str]]:
    """The pairs of voices (ids) that may speak for one body, with the reason, for the
    analyst (`workbench voice suggest`): named for one body otherwise ("army
    (Nigeria)", "l'armée nigériane"; "Taliban-run interior ministry", "Ministry of
    Interior"), or by its initials ("ISPR", "Inter-Services Public Relations"); never
    two whose countries are known apart (their names', else their claims'): Gaza's
    health ministry is not Lebanon's. The UN's voices are one body in every country."""
    keys = bodies(voices)
    by_key: dict[str, list[Spoken]] = {}
    for v in voices:
        if v.id in keys:
            by_key.setdefault(keys[v.id][0], []).append(v)
    pairs: list[tuple[int, int, str]] = []
    for key, members in by_key.items():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if key != "UN" and not _one_country(a, b, keys):
                    continue
                pairs.append((a.id, b.id, _reason(key, a, b)))
    return pairs


def countries_apart(a: Spoken, b: Spoken) -> bool:
    """Whether two voices' bodies are of two countries, as their names (`body`) or
    else their claims say: "Gaza health ministry" (claims in Palestine) and "le
    ministère libanais de la Santé"."""
    return not _one_country(a, b, bodies([a, b]))


def _reason(key: str, a: Spoken, b: Spoken) -> str:
    """Why two voices may be one body: its initials, or one body named otherwise."""
    for short, long in ((a, b), (b, a)):
        initials = acronym(short.name)
        if (
            initials is not None
            and acronym(long.name) is None
            and any(spells(initials, name) for name in _forms(long.name))
        ):
            return f"'{initials}' may be the initials of '{_core_written(long.name)}'"
    label = key.removeprefix("name:")
    if label.startswith("ministry:"):
        label = f"{label.removeprefix('ministry:')} ministry"
    return f"one institution ({label}) named otherwise?"


def _core_written(name: str) -> str:
    """A full name as written, without its brackets or a person it names."""
    return " ".join(re.sub(r"\([^()]*\)", " ", name.split(",")[0]).split())
