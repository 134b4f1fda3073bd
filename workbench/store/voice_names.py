"""When two voices' names are one source's (pure: no SQL). A trial counted "U.N.",
"United Nations", "U.N. human rights office" and "UN human rights office" as four
independent voices, "Mayor Medjeweh Boukar" and "Medjeweh Boukar, the mayor" as
two, and "Defence Ministry" and "ministère de la Défense" as two.

Two kinds of sameness:

- `identity` (voice_identity.py): what a speaker's name comes to once its spelling,
  a leading article, an organisation's long name for its acronym and a person's title
  are set aside ("U.N." and "UN", "Mayor Medjeweh Boukar" and "Medjeweh Boukar, the
  mayor"). Voices of one identity are one voice: the store merges a new one into the
  one it had (`add_voice`), as an analyst's `voice merge` would, and says so in the
  voice history.
- `suggestions`: pairs that may be one source but where that is the analyst's
  judgement: an office and its organisation ("UN human rights office" and "UN"),
  one family name ("Major Boukar" and "Medjeweh Boukar"), a name spelled nearly
  alike ("Kasereka Ise Mighambo", "Kaseraka Isse Miyambo"), one institution in two
  languages ("Defence Ministry", "ministère de la Défense"), or named with and
  without its country or by its spokesperson ("army (Nigeria)", "l'armée
  nigériane", "army spokesman Colonel X"), or by its initials ("MoI", "Ministry of
  Interior": `match.one_body`), never two countries' ones. `workbench voice
  suggest` lists them with their reason; nothing is merged until the analyst says.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.match.one_body import Spoken, body_pairs, countries_apart, state_body
from workbench.store.statement_authors import authored_by
from workbench.store.voice_groups import armed_group
from workbench.store.voice_identity import NAME_WORD, fold, identity, is_title, name_alone, person


@dataclass(frozen=True)
class Named:
    """A voice as the suggestions read it."""

    id: int
    name: str
    kind: str
    countries: frozenset[str] = frozenset()  # of its claims, lower-case
    documents: frozenset[int] = frozenset()  # that its claims are in
    # an outlet known by its headline: the body whose own statement its document is
    # (`statement_authors.statement_author`: its letterhead or title names it)
    author: str | None = None


@dataclass(frozen=True)
class Suggestion:
    """Two voices that may be one source, and why."""

    a: Named
    b: Named
    reason: str


# an institution's words in English and French, under one concept each
_CONCEPTS = {
    "ministry": "ministry",
    "ministere": "ministry",
    "defence": "defence",
    "defense": "defence",
    "interior": "interior",
    "interieur": "interior",
    "health": "health",
    "sante": "health",
    "justice": "justice",
    "foreign": "foreign affairs",
    "etrangeres": "foreign affairs",
    "army": "army",
    "armee": "army",
    "police": "police",
    "government": "government",
    "gouvernement": "government",
    "red": "red cross",
    "croix": "red cross",
    "office": "office",
    "bureau": "office",
    "human": "human rights",
    "droits": "human rights",
    "governor": "governor",
    "gouverneur": "governor",
    "mayor": "mayor",
    "maire": "mayor",
    "hospital": "hospital",
    "hopital": "hospital",
    "social": "social affairs",
    "sociales": "social affairs",
    "communication": "communication",
    "communications": "communication",
    "security": "security",
    "securite": "security",
    "civil": "civil protection",
    "civile": "civil protection",
}
_FRENCH = frozenset(
    "ministere armee gouvernement croix droits maire hopital sociales securite civile"
    " interieur etrangeres sante gouverneur de la du des le les".split()
)
UNNAMED_OUTLET = "author of "  # an outlet's voice named by its headline: it has no name
_COMMON = frozenset(
    "office ministry agency sources source officials official army police government"
    " spokesman spokesperson spokeswoman said reports statement local".split()
)


def suggestions(voices: Iterable[Named]) -> list[Suggestion]:
    """Pairs of speakers (and an outlet that is an institution: an army's communiqué)
    that may be one source, each with its reason, by the first
    one's name: an office of an organisation and the organisation, one family name,
    a name spelled nearly alike, one institution in English and in French or named
    otherwise or by its initials (`match.one_body.body_pairs`), one armed group under its names in
    either language (`voice_groups.armed_group`), never one country's army and
    another's (by the country a name gives, else its claims'). Voices of one `identity`
    are no suggestion: they are one voice already, nor is an outlet known by its
    headline (`UNNAMED_OUTLET`) as an institution or an armed group; an outlet and a
    speaker of one name are (`_outlet_as_speaker`)."""
    every = list(voices)
    speakers = [v for v in every if v.kind == "speaker"]
    # an unnamed outlet's headline names what it reports, not who speaks: two
    # headlines that name Boko Haram are no armed group's two names
    named = [v for v in every if not v.name.startswith(UNNAMED_OUTLET)]
    keys = {v.id: identity(v.name) for v in every}
    found: dict[frozenset[int], tuple[Named, Named, str]] = {}

    def offer(a: Named, b: Named, reason: str) -> None:
        pair = frozenset((a.id, b.id))
        countries = {_country(a.name), _country(b.name)} - {None}
        if keys[a.id] != keys[b.id] and pair not in found and len(countries) < 2:
            found[pair] = (a, b, reason)

    by_first: dict[str, list[Named]] = defaultdict(list)
    by_last: dict[str, list[Named]] = defaultdict(list)
    by_concepts: dict[frozenset[str], list[Named]] = defaultdict(list)
    for v in speakers:
        words = keys[v.id].split()
        if words:
            by_first[words[0]].append(v)
        if _personal(v.name) and words and len(words[-1]) >= 4:
            by_last[words[-1][:2]].append(v)
        concepts = frozenset(_CONCEPTS[w] for w in fold(v.name).split() if w in _CONCEPTS)
        if len(concepts) >= 2:
            by_concepts[concepts].append(v)
    _surnames_alone(speakers, keys, by_last)
    # "UN" and "UN human rights office": an office of the UN, or the UN itself?
    for group in by_first.values():
        for short in group:
            short_words = keys[short.id].split()
            if len(short_words) == 1 and (short_words[0] in _COMMON or len(short_words[0]) < 2):
                continue
            for long in group:
                if keys[long.id].split()[: len(short_words)] == short_words and (
                    not _country_alone(short.name) or state_body(long.name)
                ):
                    offer(short, long, "the other may be a part of it, or speak as it")
    # "UN rights chief" and "UN rights chief Volker Turk": a title, and its holder named
    by_title: dict[str, list[Named]] = defaultdict(list)
    for v in speakers:
        if (words := fold(v.name).split()) and words[0] not in ("the", "a", "an"):
            by_title[words[0]].append(v)
    for group in by_title.values():
        for short in group:
            title = fold(short.name)
            for long in group:
                if fold(long.name).startswith(title + " ") and person(long.name) is not None:
                    offer(short, long, "a title and the person it names: one voice?")
    # "Major Boukar" and "Medjeweh Boukar"; "Kasereka Ise Mighambo" and "Kaseraka Isse Miyambo"
    for group in by_last.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                ka, kb = keys[a.id].split(), keys[b.id].split()
                if ka[-1] == kb[-1]:
                    offer(a, b, f"one family name ({ka[-1].title()}): one person or two?")
                elif SequenceMatcher(None, keys[a.id], keys[b.id]).ratio() >= 0.8 or (
                    SequenceMatcher(None, ka[-1], kb[-1]).ratio() >= 0.8
                    and (len(ka) == 1 or len(kb) == 1 or ka[0] == kb[0])
                ):
                    offer(a, b, "names spelled nearly alike: one person?")
    # "Defence Ministry" and "ministère de la Défense"
    for concepts, group in by_concepts.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                apart = countries_apart(spoken_of(a), spoken_of(b))  # Gaza's, Lebanon's
                if _french(a.name) != _french(b.name) and not apart:
                    said = ", ".join(sorted(concepts))
                    offer(a, b, f"one institution in English and French? ({said})")
    # "army (Nigeria)", "l'armée nigériane", "army spokesman Colonel X"; "MoI" and
    # "Ministry of Interior": one body named otherwise, of no two countries
    by_id = {v.id: v for v in named}
    for a_id, b_id, reason in body_pairs([spoken_of(v) for v in named]):
        offer(by_id[a_id], by_id[b_id], reason)
    # "Al-Shabaab" and "les islamistes shebab"; "RSF" and "Rapid Support Forces"
    by_group: dict[str, list[Named]] = defaultdict(list)
    for v in named:
        if (armed := armed_group(fold(v.name))) is not None:
            by_group[armed].append(v)
    for armed, named_as in by_group.items():
        for i, first in enumerate(named_as):
            for second in named_as[i + 1 :]:
                offer(first, second, f"one armed group ({armed}) named otherwise?")
    found.update(_outlet_as_speaker(named, keys, found))
    # "author of UPDATE ON SECURITY SITUATION IN BAWKU", the police's own press release
    # (its letterhead), and "Police (Ghana)" quoted by others
    for own in (v for v in every if v.author):
        for other in (v for v in named if v.id != own.id):
            if identity(own.author or "") == keys[other.id] or authored_by(
                own.author or "", own.countries, other.name, other.countries
            ):
                found.setdefault(
                    frozenset((own.id, other.id)),
                    (own, other, f"its document is a statement of '{own.author}': one voice?"),
                )
    return sorted(
        (Suggestion(a, b, reason) for a, b, reason in found.values()),
        key=lambda s: (s.a.name.lower(), s.b.name.lower()),
    )


def spoken_of(v: Named) -> Spoken:
    """A voice as `match.one_body` reads it."""
    return Spoken(v.id, v.name, v.countries, v.documents)


def _outlet_as_speaker(
    named: list[Named], keys: dict[int, str], found: dict[frozenset[int], tuple[Named, Named, str]]
) -> dict[frozenset[int], tuple[Named, Named, str]]:
    """An outlet and a speaker of one name: an organisation's own statement and the
    organisation quoted by others ("CHDH" the outlet of its press release, "CHDH" a
    wire's source: trial 62 found them two voices, never suggested, and merging by the
    name refused as ambiguous). One voice in all likelihood; the analyst decides."""
    by_key: dict[str, list[Named]] = defaultdict(list)
    for v in named:
        by_key[keys[v.id]].append(v)
    offered: dict[frozenset[int], tuple[Named, Named, str]] = {}
    for group in by_key.values():
        for outlet in (v for v in group if v.kind == "outlet"):
            for speaker in (v for v in group if v.kind == "speaker"):
                pair = frozenset((outlet.id, speaker.id))
                if pair not in found:
                    offered[pair] = (outlet, speaker, "one name as an outlet and as a voice")
    return offered


def _surnames_alone(
    speakers: list[Named], keys: dict[int, str], by_last: dict[str, list[Named]]
) -> None:
    """Add to `by_last` each voice named by one capitalised word ("Mumbere", not "OCHA")
    that is the family name of a person's voice there ("Kambale Mumbere"): a report
    names a person in full once, then by the family name (trial 61)."""
    surnames = {keys[v.id].split()[-1] for group in by_last.values() for v in group}
    for v in speakers:
        words = v.name.split()
        alone = len(words) == 1 and words[0][:1].isupper() and not words[0].isupper()
        if alone and not _personal(v.name) and keys[v.id] in surnames:
            by_last[keys[v.id][:2]].append(v)


def _personal(name: str) -> bool:
    """Whether a voice's name names a person: a name with a title, or two to four
    capitalised words that are no organisation's; a family name after a rank."""
    if person(name):
        return True
    words = name.split()
    if name_alone(words):
        return True
    return len(words) == 2 and is_title(words[0]) and bool(NAME_WORD.match(words[1]))


_COUNTRY = re.compile(r"\(([^()]+)\)\s*$")


def _country(name: str) -> str | None:
    """The country a voice's name ends with in brackets ("army (Chad)", "a source (Chad,
    AFP)"), if any: not a channel's ("Gouvernement togolais (TVT)")."""
    found = _COUNTRY.search(name)
    first = found.group(1).split(",")[0].strip().lower() if found else ""
    return first if first and COUNTRY_BY_NAME.get(first) is not None else None


def _country_alone(name: str) -> bool:
    """Whether a voice's name is a country's alone ("Guinea says ...": its state)."""
    return any(COUNTRY_BY_NAME.get(n) is not None for n in (fold(name), name.lower()))


def _french(name: str) -> bool:
    return any(word in _FRENCH for word in fold(name).split())
