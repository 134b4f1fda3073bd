"""A category's own row where its claims name two sides or more: the sum of its side
rows, so that the row over every claim never contradicts the rows by side below it.

UCDP splits an event's deaths by side (deaths_a, deaths_b, deaths_civilians,
deaths_unknown) and its best estimate is their sum. Pooling the claims of every side
into one set of per-voice figures did not: the army's 21 soldiers and 48 militants
gave a "killed" high of 21 above an armed group's row of 48. Pure code over the side
rows `events.summary` works out.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from workbench.models import CategoryFigures, Number

PEACEKEEPERS = "peacekeepers"  # a UN force's, a party apart from the army beside it
# A fight between sides, whose toll of no side counts the dead of each: "27 people were
# killed in the fighting", "clashes left 12 dead", "les affrontements ont fait 9 morts".
CLASH = re.compile(
    r"\b(?:fighting|clash(?:es|ed)?|battles?|firefights?|gunfights?|gun\s+battles?|"
    r"exchanges?\s+of\s+fire|skirmish(?:es)?|combats?|affrontements?|accrochages?)\b",
    re.IGNORECASE,
)
NAMED_SIDES = ("military", PEACEKEEPERS, "armed_group", "civilian")
UNSTATED = "unstated"
ARMED_GROUP = "armed_group"
# the rules that give the fewest deaths the reports allow
_AT_LEAST = ("conservative", "low")
# the rules that give the likeliest toll, and the most deaths the reports allow
_LIKELY = ("best", "high")


def over_sides(
    pooled: CategoryFigures,
    sides: Sequence[CategoryFigures],
    linked: bool,
    rivals: Collection[frozenset[str]] = (),
    clash: bool = False,
) -> CategoryFigures:
    """The category's row over its side rows (`sides`, each with its `side` set), by
    each rule:

    - `conservative`, `low`: the sum of the named sides' figures
      (security forces, armed group, civilians), or the figure of the claims that
      name no side (`unstated`, "30 people were killed") where it is larger. A toll
      of people of no side may be the whole toll, or deaths of no known side: these
      rules take the reading that counts no one twice;
    - `best`, `high`: the armed group's figure, plus the victims' (security
      forces and civilians) or the unstated claims' where larger. A toll of "people"
      is the toll of those attacked: reports count them, the medics "41 people" at a
      shelled market, the mayor "52 people" after a massacre, while the attackers'
      dead are counted apart, by the side that killed them ("60 militiamen
      killed"). Two trials' events so had a best without the medics' 41 (the sides'
      75 stood for it) and a high of 36 above any toll a report allowed (25, the
      unstated 11 villagers added to the 11 civilians they were). An unstated
      figure that every named side's adds up to is the whole toll, that figure
      (trial 69: the governor's "13 bodies" after a clash, the army's 7 soldiers and
      the ELN's 6 fighters, made a best of 19); so is one told of a fight between
      the sides (`clash`: "27 people were killed in the fighting"), the larger of it
      and the named sides' sum (trial 70: Nasir's toll of 52 people plus the army's
      40 militiamen made a high of 92 no report gave);
    - `minimum`, `maximum`: None, and `by_side` set: Airwars' range is of the
      numbers reports state of one toll, which each side row gives. A sum of side
      rows is no number a report stated (a trial's event showed sums there as if
      stated), and the smallest and largest numbers over the sides are no range of
      the whole (another trial's "conservative 82, maximum 64": the 64 militants
      beside the 18 victims of other reports);
    - `majority`: the sum of the named sides' majority figures where each named
      side has one (else none), or the unstated claims' majority where larger;
      `majority_voices`: the fewest voices backing any of those parts. None unless
      those are more than half the category's voices (`pooled.voices`): a trial's
      "17 (1 of 6)" was a sum no report stated and one voice of six backed;
    - `contested`: a side row contested, or a contradicts link between two of the
      category's claims (`linked`); two voices that speak of different sides
      never contest each other's figures.

    Sides whose claims contradict each other (`rivals`, each a set of side names:
    a party's "12 militants neutralised" against another voice's 45 civilians of
    one strike, `match.rivals`, or a contradicts link the analyst drew between two
    sides' claims) are rival accounts of one toll, never added up (trial 67: the
    RSF's 70 fighters and the army's 112 civilians made a high of 182 no report
    stated, and a conservative 75 above every civilian toll): `conservative` and
    `low` take the smallest of their figures, `high` the largest, `best` and
    `majority` the account more independent voices give; a rival group holding
    the armed group's row counts among the victims.

    So every figure of this row is at least each side's (and the named sides' sum,
    rival accounts taken once) and `low` <= `best` <= `high` holds as it does in
    each side row. A side whose claims the analyst all marked false adds nothing.
    `claims`, `voices`, `left_out` and `disputed` stay `pooled`'s: every claim of
    the category counted once, a voice that speaks of two sides once."""
    counted = [s for s in sides if s.claims]
    named = [s for s in counted if s.side != UNSTATED]
    unstated = next((s for s in counted if s.side == UNSTATED), None)
    groups = _accounts(named, rivals)
    update: dict[str, object] = {}
    for rule in _AT_LEAST:
        update[rule] = _larger(_sum_groups(groups, rule), _figure(unstated, rule))
    attackers = [g for g in groups if [s.side for s in g] == [ARMED_GROUP]]
    victims = [g for g in groups if [s.side for s in g] != [ARMED_GROUP]]
    for rule in _LIKELY:
        whole, named_sum = _figure(unstated, rule), _sum_groups(groups, rule)
        if clash or (whole is not None and whole == named_sum):
            # "13 bodies" after a clash: the army's 7 and the ELN's 6 in it
            update[rule] = _larger(named_sum, whole)
            continue
        most_victims = _larger(_sum_groups(victims, rule), whole)
        update[rule] = _plus(_sum_groups(attackers, rule), most_victims)
    majority, backers = _majority(groups, unstated)
    if backers * 2 <= pooled.voices:
        majority = None  # "17 (1 of 6)": a sum the fewest of the voices back is none
    update |= {
        "majority": majority,
        "majority_voices": backers,
        "contested": linked or any(s.contested for s in sides),
        "minimum": None,
        "maximum": None,
        "by_side": True,
    }
    return pooled.model_copy(update=update)


def _accounts(
    named: Sequence[CategoryFigures], rivals: Collection[frozenset[str]]
) -> list[list[CategoryFigures]]:
    """The named side rows in groups: rows rival to each other (`rivals`), directly or
    through a third, together; every other row a group of its own."""
    groups: list[list[CategoryFigures]] = []
    for row in named:
        apart: list[list[CategoryFigures]] = []
        joined = [row]
        for group in groups:
            if any(_rival(other, row, rivals) for other in group):
                joined = [*group, *joined]
            else:
                apart.append(group)
        groups = [*apart, joined]
    return groups


def _rival(a: CategoryFigures, b: CategoryFigures, rivals: Collection[frozenset[str]]) -> bool:
    return any({a.side, b.side} <= group for group in rivals)


def _sum_groups(groups: Sequence[Sequence[CategoryFigures]], rule: str) -> Number | None:
    """The rule's figure of each group (`_account`) added up; None where no row has one."""
    return _sum_of([_account(group, rule) for group in groups])


def _account(group: Sequence[CategoryFigures], rule: str) -> Number | None:
    """The rule's figure of a group of rival accounts of one toll: the smallest for
    the rules of the fewest deaths (the accounts may count the same dead), the
    largest for `high`, and for `best` the account more independent voices give
    (the larger where as many give each): a party's lone count of its enemy's
    dead is no likelier than a toll five voices give. A row of none ("No civilians
    were harmed", the party's own word beside its "12 militants") is no account's
    smallest toll where another row counts deaths."""
    known = [(row, v) for row in group if (v := _figure(row, rule)) is not None]
    if not known:
        return None
    if rule in _AT_LEAST:  # a row's 0 is a party's denial of that side's dead, its own
        return min((v for _, v in known if v), default=0)  # account's other side stands
    if rule == "best":
        return max(known, key=lambda rv: (rv[0].voices, rv[1]))[1]
    return max(v for _, v in known)


def _majority(
    groups: Sequence[Sequence[CategoryFigures]], unstated: CategoryFigures | None
) -> tuple[Number | None, int]:
    """The named sides' majorities summed, a rival group's largest once (None unless
    each group has one), or the unstated claims' where larger; and the fewest
    backers of the parts taken, with the unstated claims' where they give the sum (a
    whole toll backs each of its parts)."""
    taken = [max(g, key=lambda s: (s.voices, s.majority or 0)) for g in groups]
    parts = [s.majority for s in taken]
    total: Number | None = None
    if taken and all(p is not None for p in parts):
        total = sum(p for p in parts if p is not None)
    backers = min((s.majority_voices for s in taken), default=0)
    alone = unstated.majority if unstated is not None else None
    if unstated is not None and alone is not None and (total is None or alone > total):
        return alone, unstated.majority_voices
    if unstated is not None and alone is not None and alone == total:
        return total, backers + unstated.majority_voices  # the whole's voice backs each part
    return total, backers


def _figure(row: CategoryFigures | None, rule: str) -> Number | None:
    if row is None:
        return None
    value: Number | None = getattr(row, rule)
    return value


def _sum_of(values: Sequence[Number | None]) -> Number | None:
    """The known values added up; None where none is known."""
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _plus(a: Number | None, b: Number | None) -> Number | None:
    if a is None or b is None:
        return b if a is None else a
    return a + b


def _larger(a: Number | None, b: Number | None) -> Number | None:
    if a is None or b is None:
        return b if a is None else a
    return max(a, b)
