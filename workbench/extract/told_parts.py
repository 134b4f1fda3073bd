"""A first toll's figures go together, and parts told beside a toll are parts (trial 77).

- **Earlier, both figures**: in "the government said on Monday that four soldiers had
  been killed and seven wounded, and on Tuesday raised the toll to six dead and nine
  wounded", or « Le premier bilan faisait état de quatre morts et de sept blessés », the
  first count's killed was marked `earlier_figure` and its wounded not (the revision's
  words stood by the dead only; « neuf autres ont été blessés » was taken for "nine
  more"). A killed and a wounded figure joined by "and", « et (de) » or a comma in one
  sentence are one toll: where one is earlier, so is the other.
- **Parts**: a figure told as a share of a toll beside it adds nothing to it, and gets
  `part` (events leave it out of their figures, `benchmarks/incident_toll.py` too):
  - after "including", "among them", « dont », « parmi lesquels », « y compris » a
    toll told before in its sentence: « quatorze blessés, dont cinq femmes et trois
    enfants »;
  - a count that a later figure of its sentence brings to a total: « Deux patients sont
    décédés après leur admission, ce qui porte à neuf le nombre de morts », « huit autres
    terroristes, portant à vingt le nombre d'assaillants », "five more militants,
    bringing to 17 the number of attackers killed";
Not the wounded who died ("N of the wounded later died", « Deux des blessés ont
succombé »): told after a toll of the dead, they are more often more dead than among
them (ACLED's notes: "killing at least 13 persons. Eight other persons were injured.
Two of the injured later died" is 15), so they stay a toll; but where their sentence
tells a toll risen by them, they are its part: «Le bilan ... est passé de quatre à cinq
morts, un blessé ayant succombé jeudi soir», «Deux blessés ayant succombé, le bilan
s'élève désormais à sept morts» (trial 79: the one dead was summed beside the five).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.models import Category, Claim, Scope

_TOLLS = (Category.KILLED, Category.WOUNDED)
# Between two figures of one toll: "four killed and seven wounded", « quatre morts et de
# sept blessés », "six dead, nine wounded".
_JOINED = re.compile(r"^\s*(?:,\s*)?(?:and|et)?\s*(?:de\s+|d['’]\s*)?$|^\s*,\s*$", re.IGNORECASE)
# A part's lead between a toll and its part.
_PART_LEAD = re.compile(
    r"(?<![\w])(?:including|among\s+(?:them|whom)|amongst\s+them|dont|parmi\s+(?:eux|elles|"
    r"lesquels|lesquelles|lesquel(?:le)?s)|y\s+compris)(?![\w])",
    re.IGNORECASE,
)
# ... ending the words between a toll and its part.
_LEAD_ENDS = re.compile(rf"(?:{_PART_LEAD.pattern})[\s(:]*$", re.IGNORECASE)
# A part told by its share of the whole: "1,350 of whom", "300 of them children".
_PARTITIVE = re.compile(r"\S+\s+of\s+(?:whom|them)(?![\w])", re.IGNORECASE)
# A total a figure is brought to, after the count that brings it there.
_BRINGS = re.compile(
    r"(?<![\w])(?:port(?:e|ent|ant|ait|aient)\s+(?:ainsi\s+)?(?:à|a)|"
    r"bringing\s+(?:the\s+(?:death\s+|overall\s+)?(?:toll|total|number)(?:\s+of\s+[\w\s]{1,30}?)?"
    r"\s+)?to|which\s+brings\s+(?:the\s+(?:death\s+)?(?:toll|total)\s+)?to)(?![\w])",
    re.IGNORECASE,
)
_WINDOW = 12  # claims back a toll is looked for


def with_told_parts(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims, in their order, with this module's earlier figures and parts marked.
    A claim is handed on once `_WINDOW` more have been read."""
    window: list[Claim] = []
    for claim in claims:
        if window:
            claim = _marked(window, claim)
        window.append(claim)
        if len(window) > _WINDOW:
            yield window.pop(0)
    yield from window


def _marked(window: list[Claim], new: Claim) -> Claim:
    """`new` marked against the claims before it; those marked in place."""
    last = window[-1]
    if _one_toll(last, new) and last.earlier_figure != new.earlier_figure:
        if last.earlier_figure:
            new = new.model_copy(update={"earlier_figure": True})
        else:
            window[-1] = last.model_copy(update={"earlier_figure": True})
    if new.part:
        return new
    # the count just before it: "4,200 refugees ..., 1,350 of whom"; not past another
    # ("killed 2 herders and wounded 4 others, one of whom died": one of the four)
    wholes = [c for c in window if c.sentence == new.sentence and _shares(c)]
    if _shares(new) and wholes and _breaks_down(wholes[-1], new, partitive=True):
        return new.model_copy(update={"part": True})
    if not _counts(new):
        return new
    same = [c for c in window if c.sentence == new.sentence and _counts(c)]
    if any(_breaks_down(c, new) for c in same) or (same and _listed_after(same[-1], new)):
        return new.model_copy(update={"part": True})
    for index, old in enumerate(window):
        if old.sentence == new.sentence and (_brought_to(old, new) or _rose_by(new, old)):
            window[index] = old.model_copy(update={"part": True})
    if any(_rose_by(c, new) for c in same):
        return new.model_copy(update={"part": True})
    return new


def _counts(claim: Claim) -> bool:
    return (
        claim.category in _TOLLS
        and claim.scope is Scope.INCIDENT
        and not claim.denies
        and claim.value != 0
    )


def _shares(claim: Claim) -> bool:
    """Whether `claim` counts people a part of whom a lead or "of whom" may tell, whatever
    its fate and scope: "Some 4,200 people have fled to The Gambia, 1,350 of whom
    arrived since January", « 9 000 déplacés, dont 300 enfants »."""
    return (
        claim.category in CASUALTY_CATEGORIES
        and not claim.denies
        and claim.value is not None
        and claim.value != 0
    )


def _gap(sentence: str, first: Claim, second: Claim) -> str | None:
    """The words of `sentence` between the two claims' texts, or None where either is
    not found in it or they overlap."""
    a = sentence.find(first.text)
    b = sentence.find(second.text, a + 1) if a >= 0 else -1
    if a < 0 or b < a + len(first.text):
        return None
    return sentence[a + len(first.text) : b]


def _one_toll(first: Claim, second: Claim) -> bool:
    """Whether a killed and a wounded figure are told together as one toll."""
    if first.sentence != second.sentence or {first.category, second.category} != set(_TOLLS):
        return False
    gap = _gap(first.sentence, first, second)
    return gap is not None and _JOINED.match(gap) is not None


def _breaks_down(whole: Claim, part: Claim, partitive: bool = False) -> bool:
    """Whether `part` follows `whole` right after a part's lead ("16 wounded, including
    six women"), of the same fate, fewer; not past another clause ("18 soldiers were
    killed (including several officers) and 7 militiamen were killed"). With
    `partitive`, a part told "N of whom" too (the caller's `whole` is the count just
    before it)."""
    if whole.category is not part.category or whole is part:
        return False
    gap = _gap(part.sentence, whole, part)
    # "près de 9 000" is below 9,000
    below = whole.low or whole.value or whole.high or 0
    if gap is None or below <= (part.high or part.value or 0) or len(gap) > 80:
        return False
    return (
        _PART_LEAD.match(part.text) is not None
        or _LEAD_ENDS.search(gap) is not None
        or (partitive and _PARTITIVE.match(part.text) is not None)
    )


def _listed_after(item: Claim, new: Claim) -> bool:
    """Whether `new` is the next item of a breakdown whose item `item` is: « dont cinq
    femmes et trois enfants »."""
    if not item.part or item.category is not new.category:
        return False
    gap = _gap(new.sentence, item, new)
    return gap is not None and _JOINED.match(gap) is not None


def _brought_to(count: Claim, total: Claim) -> bool:
    """Whether `total` is a figure `count` (told before it in its sentence) brings a
    toll to: « ..., ce qui porte à neuf le nombre de morts »."""
    if count.category is not total.category or count is total:
        return False
    gap = _gap(total.sentence, count, total)
    if gap is None or _BRINGS.search(gap + " " + total.text[:30]) is None:
        return False
    return (total.low or 0) > (count.high or count.value or 0)


# A toll told as risen: «est passé de quatre à cinq morts», «s'est alourdi à»,
# «s'élève désormais à», "has risen to", "climbed to".
_RISEN = re.compile(
    r"(?<![\w])(?:pass[ée]e?\s+(?:de\s+[\w-]+\s+)?(?:à|a)|alourdie?|s['’][ée]l[eè]ve\s+"
    r"d[ée]sormais|(?:rose|risen|climbed|jumped)\s+to)(?![\w])",
    re.IGNORECASE,
)
# The subject of a count of the wounded who died (`wounded_died`): «blessé», "injured".
_WOUNDED_NOUN = re.compile(r"bless|wounded|injured", re.IGNORECASE)


def _rose_by(toll: Claim, death: Claim) -> bool:
    """Whether `death`, a count of the wounded who died, is what its sentence tells
    `toll` (more dead, of the same sentence) rose by."""
    return (
        toll is not death
        and toll.category is Category.KILLED is death.category
        and toll.sentence == death.sentence
        and _WOUNDED_NOUN.search(death.subject or "") is not None
        and (toll.low or 0) > (death.high or death.value or 0)
        and _RISEN.search(toll.sentence) is not None
    )
