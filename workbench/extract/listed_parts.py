"""A toll broken down after a comma, with no lead word: its parts (trial 77k, kx77).

"Laos says 31 people were killed on its side, 19 civilians and 12 soldiers", "Officials
said 18 Malaysians died, 11 of them police officers and seven civilians", "14 Kenyans
had been killed since the raids began, nine of them women": the 19 and the 12, the 11
and the seven, the nine are among the dead just counted. Read number by number they
came out as `other` ("19 civilians", "nine of them women") or `troops` ("12
soldiers"): a count of people with no fate of its own. Each is a claim of the toll's
category, marked `part` (no figure of its own to add to the toll), with the toll's date,
scope, period and place (they are the same people, counted once more by kind).

The breakdowns `breakdowns.py` reads are those a lead word opens ("including 5
children", "among them"); this module reads the bare ones, on claims (it sets
`part`, which a reading cannot hold). A part must be people (`person_words.is_person`),
the parts must run to the end of the sentence (or to its teller: ", officials said"),
nothing but "and" or a comma between them, and together no more than the toll.
Not a breakdown: "killed 12 people, and 40 soldiers were sent" (a clause of its own),
"killed four people, 30 cattle and two goats" (no people), "killed 5, 20 soldiers"
(more than the toll).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.extract.person_words import is_person
from workbench.models import Category, Claim

_BARE = frozenset({Category.OTHER, Category.TROOPS})
# Between the toll's words and its first part: no figure, no stop; a comma (or a
# dash) right before the part: "were killed on its side, ", "died since Monday – ".
_GAP = re.compile(r"[^.;:!?()\d\"“”]{0,70}?\s*[,–—]\s*")
# Between two parts: "15 civilians and six soldiers", "9 women, 4 men and 2 children".
_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# After the last part: the sentence's end, or its teller ("..., the ministry said.").
_TAIL = re.compile(
    r"(?:\s*,\s*(?:[^\d.;:!?,]{0,50}\s)?(?:said|says|say|reported|reports|told\s+\w+|"
    r"added|according\s+to\s+[^\d.;:!?]{0,50}))?\s*[.!?\"”’']*\s*$",
    re.IGNORECASE,
)
_PARTITIVE = re.compile(r"[\w-]+\s+of\s+(?:them|whom)\s", re.IGNORECASE)
_PLURAL_ENDS = (("children", "child"), ("people", "person"), ("men", "man"), ("ies", "y"))


def with_listed_parts(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims, in their order, each bare part of a toll told right before it in its
    sentence ("21 people were killed, 15 civilians and six soldiers") read as a part of
    that toll: its category, `part` True, and the toll's date, scope and place. Claims
    are held back one sentence at a time."""
    held: list[Claim] = []
    for claim in claims:
        if held and (claim.sentence != held[-1].sentence or claim.source != held[-1].source):
            yield from _read(held)
            held = []
        held.append(claim)
    yield from _read(held)


def _read(claims: list[Claim]) -> list[Claim]:
    """One sentence's claims, its bare parts read as parts of the toll before them."""
    if len(claims) < 2 or all(c.category not in _BARE for c in claims):
        return claims
    out = list(claims)
    for index, whole in enumerate(claims):
        if whole.category not in CASUALTY_CATEGORIES or whole.value is None or whole.part:
            continue
        parts = _parts(claims, index)
        for at in parts:
            out[at] = _as_part(claims[at], whole)
    return out


def _parts(claims: list[Claim], index: int) -> list[int]:
    """The indexes of the claims after `claims[index]` (a toll) that break it down, or
    none."""
    whole = claims[index]
    sentence = whole.sentence
    at = sentence.find(whole.text)
    if at < 0:
        return []
    base = whole.start - at  # where the sentence starts, in the document

    def span(claim: Claim) -> tuple[int, int]:
        return claim.start - base, claim.end - base

    found: list[int] = []
    end = at + len(whole.text)
    total = 0.0
    for later in range(index + 1, len(claims)):
        claim = claims[later]
        begin, stop = span(claim)
        if begin < end or sentence[begin:stop] != claim.text:
            return []
        joint = _BETWEEN if found else _GAP
        partitive = _PARTITIVE.match(claim.text) is not None
        if not joint.fullmatch(sentence, end, begin) or claim.value is None:
            break
        if not (claim.category in _BARE or (partitive and claim.category is whole.category)):
            break
        if not _people(claim.subject):
            return []
        found.append(later)
        total += float(claim.value)
        end = stop
    if not found or not _TAIL.match(sentence, end):
        return []
    if total > float(whole.high if whole.high is not None else whole.value or 0):
        return []  # "killed 5, 20 soldiers": no part of five
    if len(found) == 1 and not _PARTITIVE.match(claims[found[0]].text):
        return []  # "killed 12 people, 40 soldiers": one bare count may be a list's item
    return found


def _people(subject: str | None) -> bool:
    """Whether a part's subject names people ("civilians", "police officers", "Thai
    soldiers"), read by its last word."""
    if not subject:
        return False
    word = subject.split()[-1].lower()
    if is_person(word):
        return True
    for plural, single in _PLURAL_ENDS:
        if word.endswith(plural) and is_person(word[: -len(plural)] + single):
            return True
    return any(is_person(word[:-cut]) for cut in (1, 2) if word.endswith("s"))


def _as_part(claim: Claim, whole: Claim) -> Claim:
    """`claim` as a part of the toll `whole`."""
    return claim.model_copy(
        update={
            "category": whole.category,
            "unit": whole.unit,
            "part": True,
            "date": whole.date,
            "date_text": whole.date_text,
            "scope": whole.scope,
            "period": whole.period,
            "location": whole.location,
            "place": whole.place,
            "country": whole.country,
        }
    )
