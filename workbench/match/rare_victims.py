"""Two claims whose exact figure and uncommon victims tie them where their place
does not: "17 missionaries who were kidnapped ... in Haiti in October" and "abducted
a group of 17 missionaries ... in Haiti on Saturday" are one kidnapping, though a
country ties them only weakly (`ties.one_day_of`). A country sees many incidents of
"17 people" or "12 soldiers" a month; one of seventeen missionaries, pilgrims or
miners taken the same month is seldom two."""

from __future__ import annotations

from workbench.match.features import Features
from workbench.match.figure_agreement import same_figure
from workbench.match.victim_words import singular

# Victims every conflict counts daily: their noun ties no two reports.
_COMMON = frozenset(
    singular(word)
    for word in """
    people persons civilians soldiers troops militants fighters insurgents rebels police
    policemen officers others residents villagers members men women children boys girls
    bodies victims casualties fatalities deaths dead gunmen attackers assailants bandits
    terrorists jihadists combatants personnel forces guards security individuals
    """.split()
)
# The least figure such victims tie: two or three of a kind are too common to tie.
RARE_FLOOR = 5


def rare_victims_alike(a: Features, b: Features) -> bool:
    """Whether two claims give one exact figure of at least `RARE_FLOOR` for victims
    named by one uncommon noun (`_COMMON` lists the common ones): "17 missionaries"
    and "a group of 17 missionaries"."""
    if a.claim.qualifier != "exact" or b.claim.qualifier != "exact":
        return False
    if not same_figure(a, b) or min(a.low, b.low) < RARE_FLOOR:
        return False
    heads = [_head(f.claim.subject) for f in (a, b)]
    return heads[0] is not None and heads[0] == heads[1] and heads[0] not in _COMMON


def _head(subject: str | None) -> str | None:
    """The singular of a subject's last word, lower-cased: "American missionaries" is
    "missionary"; None where there is no subject."""
    words = (subject or "").lower().split()
    return singular(words[-1]) if words else None
