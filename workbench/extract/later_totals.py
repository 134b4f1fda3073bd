"""A later sentence's total of the dead that holds the count told before it.

"Six are killed initially and six others injured. In the following days a total of 45
people succumbed to their injuries", "A local chief and his wife are killed ... It was
later revealed eight were killed in the attack", "kill 20 police officers ... Thirty
other victims succumbed ... The casualty number grew to 72 deaths" (acled-nigeria-d
study, each coded 45, 8 and 72, read as 51, 10 and 122): the later figure is the whole
toll and the count before it a part of it. `summed_parts.summed_shares` marks the shares
of a sum where two or more add up below it; a later total of one count, or of counts
the report grew rather than summed, is read here.

A claim is such a later total of the counts before it (each then marked `part`) when:
- the words before its figure, in its sentence, call it a total or a later finding:
  "a total of", "in total", "in all", "(it was) later revealed / learned / confirmed /
  determined / established (that)" (a finding in no one's voice: "a later report
  indicated 20 dead" is another voice's figure), "the number / toll / total ... grew /
  rose / climbed / increased to";
- the counts are told in earlier sentences of its report, within `REACH` characters,
  of the same fate, each below it and together no more than it, of victims that
  agree (`earlier_figures.same_victims`), on a day and at a place that agree;
- none of those counts nor the total adds itself ("another", "more", "also": `ADDED`).
A total of other victims ("killed four fighters ... It was later learned that five
civilians died") holds none of them; nor does one of the same sentence (a list's
items add up: `summed_parts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.extract.earlier_figures import same_place, same_victims
from workbench.models import Claim, Scope

REACH = 600  # characters before a later total where the counts it holds are looked for
# Words before a figure, up to it in its sentence, that call it the whole toll found
# later or its sum.
_LATER_TOTAL = re.compile(
    r"(?<![\w])(?:a\s+total\s+of|in\s+total|in\s+all|"
    # a finding told in no one's voice: "it was later revealed", "later confirmed that";
    # not a later report's ("a later report indicated 20 dead": another voice)
    r"(?:it\s+(?:was|has\s+been|had\s+been)\s+)?later\s+(?:revealed|learned|learnt|confirmed|"
    r"determined|established|found)(?:\s+that)?|(?:number|toll|"
    r"total|figure|count|tally)\b[^.;:]{0,30}?\b(?:grew|rose|climbed|increased|jumped)\s+to)"
    r"[^.;:!?]{0,30}$",
    re.IGNORECASE,
)
# A count's words that add it to the toll rather than hold it.
ADDED = re.compile(
    r"\b(?:another|also|additional|further|separately|besides|more(?!\s+than\b))\b",
    re.IGNORECASE,
)


def later_total(window: Sequence[Claim], total: Claim) -> list[int]:
    """The indexes in `window` (the claims told before `total`, in order) of the counts
    `total` holds as a later total (module docstring); [] where it holds none."""
    if total.low is None or ADDED.search(total.text):
        return []
    at = total.sentence.find(total.text)
    if at < 0:
        return []
    head = total.sentence[:at] + _before_figure(total.text)
    said = _LATER_TOTAL.search(head)
    if said is None:
        return []
    counts = [
        i
        for i, claim in enumerate(window)
        if counts_incident(claim)
        and claim.category is total.category
        and claim.source == total.source
        and claim.sentence != total.sentence
        and 0 <= total.start - claim.end <= REACH
    ]
    if not counts:
        return []
    held = [window[i] for i in counts]
    if any(
        c.high is None
        or c.high >= total.low
        or ADDED.search(c.text)
        or not same_victims(c, total)
        or not same_place(c, total)
        or not (c.date is None or total.date is None or c.date == total.date)
        for c in held
    ):
        return []
    if sum(c.low or 0 for c in held) > (total.high or total.low):
        return []
    return counts


def _before_figure(text: str) -> str:
    """A claim's own words before its figure ("a total of 45 people succumbed": "a
    total of "); "" where its figure opens it."""
    figure = _FIGURE.search(text)
    return text[: figure.start()] if figure else ""


_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|scores?)\b",
    re.IGNORECASE,
)


def counts_incident(claim: Claim) -> bool:
    """Whether a claim counts people of one incident, as a toll or a share of one: a
    casualty, no running total, not denied, not already a part, not a toll of none (no
    share of a toll, nor one a share could be of)."""
    return (
        claim.value != 0
        and claim.category in CASUALTY_CATEGORIES
        and claim.scope is Scope.INCIDENT
        and not claim.denies
        and claim.part is None
    )
