"""Tolls a report tells one by one and then sums, or sums and then tells one by one.
"15 civilians were locked in a house and executed, while 7 others were killed along
the road. This toll of 25 dead ...", "Selon lui, 15 civils ont été exécutés, tandis que
7 autres ont été tués ... Ce bilan de 25 morts ...": the 15 and the 7 are shares of
the 25, and each is marked `part`, so that an event's figures and matching read the 25
as the report's toll and the shares as parts of it, never as tolls that dispute it
(`match.parts.counts_part`).

A claim sums the shares before it (`summed_shares`) when the words up to its figure
call it a sum or the toll just told ("in all", "in total", "a total of", "this toll
of", "au total", "en tout", "soit", "ce bilan de"), and two or more claims told before
it in its report, within `REACH` characters, count the same fate of one incident, each
below it, together no more than it, on its day (where both are dated) and at a place
that agrees with its (`earlier_figures.same_place`). Shares told after a toll are its
parts where they add up to it exactly (`broken_down`: "killing 96 ... more than 79 in
Bokkos ... 17 in Barkin-Ladi", each at a place that agrees or that the toll's sentence
names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.extract.earlier_figures import REVISES, same_place
from workbench.extract.later_totals import counts_incident, later_total
from workbench.models import Claim

# Words that add a figure to the toll told before rather than break it down.
ADDS = re.compile(
    r"\b(?:also|more|additional|further|separate(?:ly)?|later|besides|elsewhere|meanwhile|"
    r"too|aussi|également|egalement|en\s+outre|de\s+plus|supplémentaires?|autres?\s+"
    r"(?:personnes|victimes))\b",
    re.IGNORECASE,
)
# A share's words that add it to a toll told before: "another 2 guards", "three more".
_ADDED = re.compile(
    r"\b(?:another|also|additional|further|separately|besides|aussi|également|de\s+plus|"
    r"supplémentaires?)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+more\b",
    re.IGNORECASE,
)
REACH = 600  # characters before a sum where the shares it sums are looked for
# characters after a toll where shares adding up to it exactly are looked for: a report's
# breakdown may come paragraphs after its lead
BREAKDOWN_REACH = 2500
# Words before a figure (in its sentence, up to it) that call it the sum of those told.
_SUM = re.compile(
    r"(?<![\w])(?:in\s+all|in\s+total|all\s+told|altogether|a\s+total\s+of|(?:this|that|the"
    r"\s+overall)\s+(?:death\s+)?toll\s+of|au\s+total|en\s+tout|soit(?:\s+un\s+total\s+de)?|"
    r"(?:ce|cet)\s+(?:bilan|décompte)\s+(?:de|d['’]|à)|(?:le\s+)?bilan\s+total\s+(?:de|à))"
    r"[^.;:!?]{0,30}$",
    re.IGNORECASE,
)


def summed_shares(window: Sequence[Claim], total: Claim) -> list[int]:
    """The indexes in `window` (the claims told before `total`, in order) of the shares
    `total` sums (module docstring); [] where it sums none. A later sentence's total of
    one count, or of counts it says grew, is `later_totals.later_total`'s."""
    if not counts_incident(total) or total.low is None:
        return []
    if not _called_sum(total):
        return later_total(window, total)
    shares = [
        i
        for i, claim in enumerate(window)
        if counts_incident(claim)
        and claim.category is total.category
        and claim.source == total.source
        and 0 <= total.start - claim.end <= REACH
        and claim.high is not None
        and claim.high < total.low
        and _within(total, claim)
    ]
    if len(shares) < 2 or sum(window[i].low or 0 for i in shares) > (total.high or total.low):
        return later_total(window, total)
    return shares


def broken_down(window: Sequence[Claim], last: Claim) -> list[int]:
    """The indexes in `window` (the claims told before `last`, in order) of the shares,
    told after a toll, that with `last` add up to that toll exactly: "killing 96 persons
    ... more than 79 persons killed in Bokkos ... 17 persons were killed in Barkin-Ladi"
    (the 79's index, the 17 being `last`); [] where none do. Where any are found,
    `last` is a share too."""
    if not counts_incident(last) or last.low is None:
        return []
    for t in range(len(window) - 1, -1, -1):
        total = window[t]
        if total.category is not last.category or total.source != last.source:
            continue
        if not counts_incident(total) or total.low is None:
            continue
        if last.start - total.end > BREAKDOWN_REACH or total.high != total.low:
            continue  # "3-6 members ...": a range sums to nothing exactly
        shares = [
            i
            for i in range(t + 1, len(window))
            if window[i].category is last.category and counts_incident(window[i])
        ]
        told = [window[i] for i in shares] + [last]
        if any(share.start < total.end for share in told) or _listed_on(total, told[0]):
            continue  # "killed two guards, three policemen, a driver": one list, no shares
        lows = [share.low or 0 for share in told]
        if (
            shares
            and sum(lows) == total.low
            and max(lows) < total.low
            and all(_within(total, share) or _named_with(total, share) for share in told)
            and all(_one_family(total, share) for share in told)
            and not any(_ADDED.search(share.text) for share in told)
            and not any(_revision(share) for share in told)
        ):
            return shares
    return []


# What joins the items of one list: "Four civilians, three police officers and one
# serviceman were killed" (acled-v study: the 3 and the 1 taken for shares of the 4)
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _listed_on(total: Claim, share: Claim) -> bool:
    """Whether a share's words go on the list the total's words open, in one sentence:
    the items of one list add up, none is a share of another."""
    if total.sentence != share.sentence:
        return False
    opened = total.sentence.find(total.text)
    end = opened + len(total.text)
    at = total.sentence.find(share.text, end)
    return opened >= 0 and at >= 0 and bool(_LIST_JOIN.fullmatch(total.sentence, end, at))


def _revision(claim: Claim) -> bool:
    """Whether a claim is a toll and its revision rather than a share: a first count
    its report replaced, or one told as raised ("The army, which had given a toll of
    nine dead, raised its toll to 14": no breakdown of the 23 told before, re-trial 62)."""
    return claim.earlier_figure or REVISES.search(claim.text) is not None


def _named_with(total: Claim, share: Claim) -> bool:
    """Whether the toll's sentence names the share's place among its own ("attacked
    communities in Bokkos and Barkin-Ladi, killing 96": Barkin-Ladi's 17), on its day."""
    named = bool(share.location) and (share.location or "") in (total.sentence or "")
    return named and _same_day(total, share)


FAMILIES = frozenset({"civilian", "military", "armed_group"})  # `Claim.unit`'s families


def _one_family(total: Claim, share: Claim) -> bool:
    """Whether a share counts people its total may hold: not soldiers in a toll of
    Maoists (trial 74b: a wire's "Seven Maoists ... were killed" in one state and the
    3 and 4 soldiers of an ambush in another were read as its shares)."""
    families = {total.unit, share.unit}
    return not families <= FAMILIES or len(families) == 1


def _within(total: Claim, share: Claim) -> bool:
    """Whether a share's day and place agree with its total's."""
    return _same_day(total, share) and same_place(total, share)


def _same_day(total: Claim, share: Claim) -> bool:
    """Whether two claims' dates agree: one gives none, or both give the same."""
    return share.date is None or total.date is None or share.date == total.date


def _called_sum(claim: Claim) -> bool:
    """Whether the words up to the claim's figure, in its sentence, call it a sum."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    head = claim.sentence[: at + len(claim.text)]
    figure = re.search(r"\d|\b(?:one|two|three|un|une|deux|trois)\b", claim.text)
    end = at + (figure.start() if figure else len(claim.text))
    return _SUM.search(head, 0, end) is not None
