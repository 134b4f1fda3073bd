"""A report's doubt about tolls it told elsewhere than in their sentence (trial 79):
"Reuters could not independently verify either toll." in a paragraph after the
opposition's and the government's tolls, and a list's note "Key incidents this week
(figures as reported; not independently verified):" over its lines. A hedge in a
toll's own paragraph covered it (`PageContext.story_hedged`); these, a paragraph of
their own, covered nothing, and the tolls they doubt stood as confirmed.

- **Tolls named back**: a sentence saying the writer could not verify or confirm
  "either toll", "the tolls", "these figures", "both accounts" ("Neither toll could be
  independently verified", "The figures could not be verified") hedges the claims told
  before it within `_REACH` characters: of the dead, the hurt and the missing where it
  names a toll or a count (not the arrested), any where it names figures, numbers or
  claims.
- **A list's note**: a paragraph with no figure of its own that says its figures are
  unverified ("not independently verified", "unconfirmed", "as reported; not
  verified") and ends the lead of a list hedges every claim of the list's lines after it
  (its bullet blocks, up to the first block that is none).

Not a doubt about something else: "could not verify the video", "could not confirm
the identity of the dead" (`hedge_words._NOT_OF_STORY`) name no toll.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.models import BlockKind, Category, Claim, SourceDocument

_REFERENT = (
    r"(?:either|neither|both|the|these|those|all|any\s+of\s+the|all\s+of\s+the)\s+"
    r"(?:(?:death|casualty|two|rival|official|conflicting|different)\s+)?"
    r"(?P<{}>tolls?|figures?|counts?|tall(?:y|ies)|numbers?|claims?|accounts?)(?![a-z])"
)
# The writer's doubt about tolls told before (lower-cased text): "could not
# independently verify either toll", "neither toll could be independently verified".
_NAMED_BACK = re.compile(
    r"(?:(?:could|can|was|were)\s*(?:not|n[’']t)\s+(?:(?:immediately|independently|yet)\s+)*"
    r"(?:able\s+to\s+)?|(?:unable|impossible)\s+to\s+(?:independently\s+)?)(?:verify|confirm)\s+"
    + _REFERENT.format("noun")
    + r"(?!\s+of\b)|"
    + _REFERENT.format("named")
    + r"\s+(?:could|can|have|has)\s*(?:not|n[’']t)"
    r"\s+(?:yet\s+)?(?:be|been)\s+(?:independently\s+)?(?:verified|confirmed)|"
    # "Neither toll could be independently verified"
    r"(?<![a-z])neither\s+(?P<neither>toll|figure|count|tally|number|claim|account)\s+"
    r"(?:could|can|has|have)\s+(?:yet\s+)?(?:be|been)\s+(?:independently\s+)?(?:verified|confirmed)"
)
# A list's note: its figures unverified.
_UNVERIFIED = re.compile(
    r"(?<![a-z])(?:(?:not|n[’']t)\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)|"
    r"unverified|unconfirmed)(?![a-z])"
)
_DIGIT = re.compile(r"\d")
_REACH = 1500  # characters before a doubt named back that it covers
_TOLLS = frozenset({"toll", "tolls", "count", "counts", "tally", "tallies"})
_TOLL_KINDS = frozenset({Category.KILLED, Category.WOUNDED, Category.MISSING})


Covered = list[tuple[int, int, frozenset[Category] | None]]


def toll_doubts(doc: SourceDocument) -> Covered:
    """The spans of `doc`'s text a doubt told elsewhere covers, each with the categories
    it covers (None: all); read once a document."""
    folded = doc.text.lower()
    if "verif" not in folded and "confirm" not in folded:
        return []  # most reports doubt nothing they told
    return _covered(doc, folded)


def with_toll_hedges(claims: Iterable[Claim], covered: Covered) -> Iterator[Claim]:
    """The claims, each one a doubt told elsewhere covers (`toll_doubts`) hedged."""
    for claim in claims:
        if (
            covered
            and not claim.hedged
            and any(
                lo <= claim.start < hi and (kinds is None or claim.category in kinds)
                for lo, hi, kinds in covered
            )
        ):
            claim = claim.model_copy(update={"hedged": True})
        yield claim


def _covered(doc: SourceDocument, folded: str) -> Covered:
    spans: Covered = []
    for doubt in _NAMED_BACK.finditer(folded):
        noun = doubt.group("noun") or doubt.group("named") or doubt.group("neither")
        kinds = _TOLL_KINDS if noun in _TOLLS else None
        spans.append((max(0, doubt.start() - _REACH), doubt.start(), kinds))
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        note = folded[block.start : block.end]
        if (
            block.kind is BlockKind.BULLET
            or not _UNVERIFIED.search(note)
            or _DIGIT.search(note)
            or not note.rstrip().endswith(":")
        ):
            continue
        end = block.end
        for after in blocks[index + 1 :]:
            if after.kind is not BlockKind.BULLET:
                break
            end = after.end
        spans.append((block.start, end, None))
    return spans
