"""Bodies found after a toll was told: more dead, added to that toll, no toll of their own.

"Witnesses put the toll at more than 60, and 14 more bodies were found on Thursday",
"Ce jeudi, 14 corps supplémentaires ont été retrouvés dans des galeries": the 14 are
found on top of the dead counted before, not the whole toll. Read as a toll, the
figure gave an event a conservative toll of 14 beside the government's 27 and the
witnesses' 60 (trial 75b), and matching called it a contradiction of the 60.

Such a claim is marked `part` (as a site's share is, later_parts.py): events leave it
out of their figures, and matching relates it to the toll it adds to, never disputes
it (`match.parts.counts_part`). A claim is such an addition when:
- it counts the dead, and its words or the words right after them, in its clause, call
  the bodies more and found: "14 more bodies were found", "another 9 bodies were
  recovered", "five additional corpses were pulled from the river", "14 corps
  supplémentaires ont été retrouvés", "sept autres corps ont été découverts",
  "12 cadavres de plus ont été repêchés";
- a toll of the dead told before it in its report, within `WINDOW` claims, at a place
  that agrees (`earlier_figures.same_place`), counts the incident (`counts_incident`);
- another voice, named, tells that toll: a miner's "more than 60 bodies", then a
  notable's "14 bodies more". One voice telling both ("Initially about 4 deaths were
  reported; later 2 more bodies were found") gives its toll in two, which events read
  as its figures (ACLED's coders code the sum: acled-r, -l and -hoa study notes).

Not: bodies found with no toll told before ("14 more bodies were found" opening a
report stays its toll), the dead told as more without a finding ("three more people
were killed in a second attack": a toll of its own), a toll of another place.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator

from workbench.extract.earlier_figures import same_place
from workbench.extract.later_totals import counts_incident
from workbench.models import Category, Claim

WINDOW = 24  # claims: how far back the toll the bodies add to is looked for

_BODIES = r"(?:bodies|corpses|remains)"
_CORPS = r"(?:corps|cadavres|dépouilles)"
_FOUND = (
    r"(?:found|recovered|discovered|retrieved|pulled|unearthed|exhumed|dug\s+up|washed\s+up|"
    r"retrouvé(?:e)?s|découvert(?:e)?s|repêché(?:e)?s|exhumé(?:e)?s|récupéré(?:e)?s|"
    r"ramassé(?:e)?s|dégagé(?:e)?s)"
)
# The figure's words and what follows them in its clause (no stop, colon or semicolon).
_ADDED_BODIES = re.compile(
    # "14 more bodies were found", "another 9 bodies were recovered", "five additional
    # corpses", "14 further bodies"
    rf"(?:\b(?:more|additional|further|other)\s+(?:[a-z-]+\s+)?{_BODIES}\b"
    rf"|\banother\s+\S+\s+(?:[a-z-]+\s+)?{_BODIES}\b"
    # "14 corps supplémentaires", "sept autres corps", "12 cadavres de plus"
    rf"|\b{_CORPS}\s+(?:supplémentaires|de\s+plus)\b|\bautres\s+{_CORPS}\b)"
    rf"[^.;:]{{0,40}}?\b{_FOUND}\b",
    re.IGNORECASE,
)
_BEFORE = 12  # characters before the claim's words where "another" may stand


def with_added_bodies(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims in their order, each that counts bodies found on top of a toll told
    before it (module docstring) marked `part`."""
    tolls: deque[Claim] = deque(maxlen=WINDOW)
    for claim in claims:
        if _bodies_added(claim) and any(_adds_to(toll, claim) for toll in tolls):
            claim = claim.model_copy(update={"part": True})
        tolls.append(claim)
        yield claim


def _bodies_added(claim: Claim) -> bool:
    """Whether a claim of the dead is told as more bodies found (`_ADDED_BODIES`)."""
    if claim.category is not Category.KILLED or not counts_incident(claim):
        return False
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    end = at + len(claim.text)
    found = _ADDED_BODIES.search(claim.sentence, max(0, at - _BEFORE), end + 60)
    return found is not None and found.start() < end  # its own words, not a later figure's


def _adds_to(toll: Claim, added: Claim) -> bool:
    """Whether `toll`, told before `added`, is a toll of the dead the bodies add to."""
    return (
        toll.category is Category.KILLED
        and counts_incident(toll)
        and toll.text != added.text
        and same_place(toll, added)
        and _other_voice(toll, added)
    )


def _other_voice(toll: Claim, added: Claim) -> bool:
    """Whether two named voices tell the toll and the bodies: one voice's "about 4
    deaths, however, later 2 more bodies were found" is its toll of 6 told in two (an
    ACLED coder's: acled-r, -l and -hoa study notes coded the sum)."""
    told, found = (" ".join((c.attribution or "").casefold().split()) for c in (toll, added))
    return bool(told and found) and told != found
