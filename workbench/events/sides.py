"""A category's own row where its claims name two sides or more: the sum of its side
rows, so that the row over every claim never contradicts the rows by side below it.

UCDP splits an event's deaths by side (deaths_a, deaths_b, deaths_civilians,
deaths_unknown) and its best estimate is their sum. Pooling the claims of every side
into one set of per-voice figures did not: the army's 21 soldiers and 48 militants
gave a "killed" high of 21 above an armed group's row of 48. Pure code over the side
rows `events.summary` works out.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.models import CategoryFigures, Number

PEACEKEEPERS = "peacekeepers"  # a UN force's, a party apart from the army beside it
NAMED_SIDES = ("military", PEACEKEEPERS, "armed_group", "civilian")
UNSTATED = "unstated"
ARMED_GROUP = "armed_group"
# the rules that give the fewest deaths the reports allow
_AT_LEAST = ("conservative", "low")
# the rules that give the likeliest toll, and the most deaths the reports allow
_LIKELY = ("best", "high")


def over_sides(
    pooled: CategoryFigures, sides: Sequence[CategoryFigures], linked: bool
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
      unstated 11 villagers added to the 11 civilians they were);
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

    So every figure of this row is at least each side's (and the named
    sides' sum) and `low` <= `best` <= `high` holds as it does in each side row. A side whose
    claims the analyst all marked false adds nothing. `claims`, `voices`,
    `left_out` and `disputed` stay `pooled`'s: every claim of the category counted
    once, a voice that speaks of two sides once."""
    counted = [s for s in sides if s.claims]
    named = [s for s in counted if s.side != UNSTATED]
    unstated = next((s for s in counted if s.side == UNSTATED), None)
    update: dict[str, object] = {}
    for rule in _AT_LEAST:
        update[rule] = _larger(_sum(named, rule), _figure(unstated, rule))
    attackers = [s for s in named if s.side == ARMED_GROUP]
    victims = [s for s in named if s.side != ARMED_GROUP]
    for rule in _LIKELY:
        most_victims = _larger(_sum(victims, rule), _figure(unstated, rule))
        update[rule] = _plus(_sum(attackers, rule), most_victims)
    majority, backers = _majority(named, unstated)
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


def _majority(
    named: Sequence[CategoryFigures], unstated: CategoryFigures | None
) -> tuple[Number | None, int]:
    """The named sides' majorities summed (None unless each has one), or the unstated
    claims' where larger; and the fewest backers of the parts taken."""
    parts = [s.majority for s in named]
    total: Number | None = None
    if named and all(p is not None for p in parts):
        total = sum(p for p in parts if p is not None)
    backers = min((s.majority_voices for s in named), default=0)
    alone = unstated.majority if unstated is not None else None
    if unstated is not None and alone is not None and (total is None or alone > total):
        return alone, unstated.majority_voices
    return total, backers


def _figure(row: CategoryFigures | None, rule: str) -> Number | None:
    if row is None:
        return None
    value: Number | None = getattr(row, rule)
    return value


def _sum(rows: Sequence[CategoryFigures], rule: str) -> Number | None:
    """The rule's figures of these rows added up; None where no row has one."""
    known = [value for row in rows if (value := _figure(row, rule)) is not None]
    return sum(known) if known else None


def _plus(a: Number | None, b: Number | None) -> Number | None:
    if a is None or b is None:
        return b if a is None else a
    return a + b


def _larger(a: Number | None, b: Number | None) -> Number | None:
    if a is None or b is None:
        return b if a is None else a
    return max(a, b)
