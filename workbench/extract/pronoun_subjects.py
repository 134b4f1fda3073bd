"""A victim told by a pronoun is the person told just before: "The gunmen seized a
local chief in Beni. He was shot dead hours later" kills the local chief, not a "He".

A claim of one victim whose subject is "he"/"she" ("He died in hospital", "until he
bleeds and chokes to death") takes the subject, and the family (`Claim.unit`), of
the nearest claim of one person before it on the page, within `_NEAR` characters:
matching compares victims by their words (match/features), and "he" agrees with no
report's "ambassador". Session 78: a Wikipedia line whose ambassador "bleeds and
chokes to death" stood apart from RAND's "assassinated the Yugoslav ambassador".

Nothing changes where no such claim stands near enough before (the pronoun's person
is not counted anywhere), or where the nearest is a pronoun too, a group or a count
of more than one ("Two soldiers were hurt. He said ..." leaves "he" alone).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.extract.person_sex import sex_of_word
from workbench.models import Claim

_PRONOUNS = frozenset(("he", "she", "him", "her"))
_NEAR = 400  # characters from the person's claim to the pronoun's: a sentence or two
_KEPT = 6  # claims looked back over


def with_pronoun_subjects(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims in their order, each of one victim told by a pronoun given the
    subject and family of the nearest claim of one named person before it (module
    docstring)."""
    before: list[Claim] = []
    for claim in claims:
        if _pronoun(claim):
            person = _antecedent(claim, before)
            if person is not None:
                update = {"subject": person.subject}
                if claim.unit in (None, "person") and person.unit is not None:
                    update["unit"] = person.unit
                claim = claim.model_copy(update=update)
        before = [*before[-(_KEPT - 1) :], claim]
        yield claim


def _pronoun(claim: Claim) -> bool:
    """Whether the claim counts one victim named only by a personal pronoun."""
    return (claim.subject or "").lower() in _PRONOUNS and _one(claim)


def _one(claim: Claim) -> bool:
    """Whether the claim counts one victim: killed, wounded, taken, held or missing."""
    return claim.low == 1 and claim.high == 1 and claim.category in CASUALTY_CATEGORIES


def _antecedent(claim: Claim, before: list[Claim]) -> Claim | None:
    """The nearest claim before `claim` on its page, ending within `_NEAR` characters,
    if it counts one person named by a noun; None where the nearest is none such."""
    for earlier in reversed(before):
        if earlier.source != claim.source or earlier.start >= claim.start:
            continue
        if claim.start - earlier.end > _NEAR:
            return None
        subject = (earlier.subject or "").strip()
        if not subject or not _one(earlier):
            return None  # the nearest is a group, a count or no one: the pronoun's unknown
        if subject.lower() in _PRONOUNS:
            continue  # "he" told twice: the person before both
        return earlier if _agrees(claim.subject or "", subject) else None
    return None


def _agrees(pronoun: str, subject: str) -> bool:
    """Whether `pronoun` may stand for the person `subject` names: not "she" for "a
    man", nor "he" for "a woman" (`person_sex`); a word of either sex ("soldier")
    takes both. "A woman was hurt. He died" is no woman's death."""
    sex = sex_of_word(subject.split()[-1])
    return sex != ("male" if pronoun.lower() in ("she", "her") else "female")
