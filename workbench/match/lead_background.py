"""An earlier incident a lead tells as its story's background: "A landmine killed at
least five civilians on Tuesday, days after an attack on an army patrol killed four
soldiers in the same region"; "Gunmen killed 12 villagers on Sunday, a week after a
raid on a nearby market left nine dead"; "deux jours après l'embuscade qui avait coûté
la vie à six policiers".

The figure after "days after" counts another incident than the lead's own, earlier
than it (trial 78: AP's four soldiers, undated, were taken for a count of the
landmine's dead, "related" to its 7 and "contradicting" its 5). Such a figure is
marked `background` (`with_lead_background`): it links to no figure of its own report
told outside the phrase, and, where the text gives it no day, it speaks of the days
before the lead's own dated figure, not of that day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from workbench.match.companions import TOLLS
from workbench.match.features import Features
from workbench.match.time_spans import REPORTING_LAG, TimeSpan

# "days after", "two days after", "a week after", "weeks after", "only days after",
# "jours après", "quelques jours après", "une semaine après", "au lendemain de"
_GAP = re.compile(
    r"(?i:\b(?:(?:a|one|two|three|four|five|six|several|a\s+few|few|just|only)\s+)?"
    r"(?:days?|weeks?)\s+after\b|\b(?:(?:quelques|deux|trois|quatre|cinq|six|une|un)\s+)?"
    r"(?:jours?|semaines?)\s+après\b|\bau\s+lendemain\s+d)"
)
_DAYS_BEFORE = {"day": 1, "week": 7, "jour": 1, "semaine": 7, "lendemain": 1}


def _gap_before(f: Features) -> re.Match[str] | None:
    """The gap phrase ("days after") of a claim's sentence standing before its words,
    with words of the sentence before it (the lead's own event); None where there is
    none."""
    sentence, text = f.claim.sentence, f.claim.text
    at = sentence.find(text)
    if at <= 0:
        return None
    found = None
    for match in _GAP.finditer(sentence, 0, at):
        found = match
    if found is None or found.start() < 20:  # the lead's own event first
        return None
    return found


def with_lead_background(found: Iterable[Features]) -> list[Features]:
    """The claims, each toll told after a lead's "days after" (`_GAP`) marked
    `background` where its sentence holds another toll of its report told before the
    phrase (the lead's own); where the text dates it not, its time is the week before
    that toll's day, less the gap ("days after" Tuesday: the week up to Sunday)."""
    claims = list(found)
    by_sentence: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, f in enumerate(claims):
        if f.category in TOLLS:
            by_sentence[(f.claim.document_id, f.claim.sentence)].append(i)
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        for i in members:
            f = claims[i]
            gap = _gap_before(f)
            if gap is None:
                continue
            leads = [
                claims[j]
                for j in members
                if j != i and 0 <= f.claim.sentence.find(claims[j].claim.text) < gap.start()
            ]
            if not leads:
                continue
            claims[i] = replace(f, background=True, time=_before(f.time, leads, gap))
    return claims


def _before(time: TimeSpan, leads: list[Features], gap: re.Match[str]) -> TimeSpan:
    """A background toll's time: its own where the text dates it, else the week before
    its lead's dated day, less the gap the phrase says ("a week after": seven days)."""
    if time.explicit:
        return time
    days = [lead.time.start for lead in leads if lead.time.explicit and lead.time.start]
    if not days:
        return time
    word = next((w for w in _DAYS_BEFORE if w in gap.group(0).lower()), "day")
    end = min(days) - _DAYS_BEFORE[word]
    return TimeSpan(end - REPORTING_LAG.days, end, explicit=False)
