"""One voice's one figure read as two sides' counts: counted once.

Trial 79's events summed a figure one source gave once over two side rows: the
army's communiqué "four soldiers killed", its "'Quatre de nos hommes sont tombés'"
read as civilians, made "killed · security forces 4" and "killed · civilians 4", a
best of 8 no report gave; the FDC's seven protesters, told once as "sept militants",
made 14. UCDP sums deaths by side only where the sources tell the groups apart.

Where one independent voice, or one document, gives the same figure in two named
side rows, and nothing tells two groups, the claims are one count: the side row with
fewer of them gives them to the other (`one_figure_once`), and the category's row
says so. Two groups are told where one sentence gives both figures ("the army said 4
soldiers and 4 civilians were killed": 8) or a sentence adds one group to the other
("also", "as well", "aussi", "également": `_ADDED`). Pure code over the matcher's
view of claims.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from workbench.match.features import MatchInput

UNSTATED = "unstated"
# words that add one group's dead to another's: two groups told
_ADDED = re.compile(
    r"\b(?:also|too|as\s+well|in\s+addition|another|other|others|besides|both|"
    r"aussi|[ée]galement|en\s+outre|de\s+plus|autres?|par\s+ailleurs)\b",
    re.IGNORECASE,
)


def one_figure_once(by_side: dict[str, list[MatchInput]], origins: Mapping[int, int]) -> int:
    """Move into one side row the claims of another named side row that state one
    figure of one voice (`origins`, `independent_voices`) or one document, where no
    sentence tells two groups; return how many claims moved. The row keeping them is
    the one with more claims of that figure (the first side in `by_side`'s order where
    as many)."""
    moved = 0
    named = [side for side in by_side if side != UNSTATED]
    for i, first in enumerate(named):
        for second in named[i + 1 :]:
            if first not in by_side or second not in by_side:
                continue
            moved += _merge(by_side, first, second, origins)
    return moved


def _merge(
    by_side: dict[str, list[MatchInput]],
    first: str,
    second: str,
    origins: Mapping[int, int],
) -> int:
    """Move one side's claims of a figure the other side's claims share a voice or a
    document with (`_one_count`) into the side with more such claims."""
    moved = 0
    for a in list(by_side[first]):
        if a not in by_side[first]:
            continue  # moved already
        same = [b for b in by_side[second] if _one_count(a, b, origins)]
        if not same:
            continue
        ours = [c for c in by_side[first] if any(_one_count(c, b, origins) for b in same)]
        keep, give, giving = (first, second, same)
        if len(ours) < len(same):
            keep, give, giving = (second, first, ours)
        for c in giving:
            by_side[give].remove(c)
            by_side[keep].append(c)
        moved += len(giving)
        if not by_side[first] or not by_side[second]:
            break
    for side in (first, second):
        if not by_side[side]:
            del by_side[side]
    return moved


def _one_count(a: MatchInput, b: MatchInput, origins: Mapping[int, int]) -> bool:
    """Whether two claims of two sides are one count: one figure, of one voice or one
    document, told in two sentences neither of which adds a group to another."""
    if (a.low, a.high) != (b.low, b.high) or a.low is None:
        return False
    if origins.get(a.id, a.id) != origins.get(b.id, b.id) and a.document_id != b.document_id:
        return False
    if " ".join(a.sentence.split()) == " ".join(b.sentence.split()):
        return False  # "4 soldiers and 4 civilians were killed": two groups
    return not (_ADDED.search(a.sentence) or _ADDED.search(b.sentence))
