"""Two versions of one source compared (issue 19): what changed in the text (a
unified diff) and which claims say the same thing with another figure (a toll
revised in silence is itself a finding). Pure code: the store hands it the text
and the claims of both versions."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred hundreds thousand thousands million millions dozen dozens "
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize vingt trente quarante cinquante soixante cent cents mille dizaine dizaines "
    "centaine centaines"
).split()
_FIGURE = re.compile(
    r"\d[\d,.\u00a0\u202f ]*\d|\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE
)
_ARTICLE_WORD = re.compile(r"[^\W\d_]{4,}")
SAME_ARTICLE = 0.6
"""The share of the shorter text's words (of four letters or more) the other must
hold for two texts from one page to be versions of one article: a toll revised,
paragraphs added, keep most of them; another article on the same war shares its
vocabulary, not most of its words."""
DIFF_LINES = 4000
"""Lines of a diff kept: a page rewritten whole is said, not stored twice over."""


@dataclass(frozen=True)
class Figure:
    """A stored claim as versions are compared: its id, category, sentence and words,
    and its figure (value, or low and high for a range; None when it has none)."""

    claim_id: int
    category: str
    sentence: str
    text: str
    value: float | None
    low: float | None
    high: float | None

    @property
    def figure(self) -> tuple[float | None, float | None, float | None]:
        return (self.value, self.low, self.high)


def same_article(old: str, new: str) -> bool:
    """Whether `new` can be a version of the article `old` (`SAME_ARTICLE`): a trial's
    sidecar, copied beside another article, named a page already loaded, and the
    other article was stored as its new version, its claims in the wrong event."""
    before = {w.lower() for w in _ARTICLE_WORD.findall(old)}
    after = {w.lower() for w in _ARTICLE_WORD.findall(new)}
    fewer = min(len(before), len(after))
    return fewer == 0 or len(before & after) >= SAME_ARTICLE * fewer


def text_diff(old: str, new: str, old_name: str, new_name: str) -> str:
    """A unified diff of two texts, line by line (three lines of context), at most
    DIFF_LINES lines; "" when they are the same."""
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), old_name, new_name, lineterm="", n=3
    )
    kept: list[str] = []
    for count, line in enumerate(lines):
        if count >= DIFF_LINES:
            kept.append(f"... (diff cut after {DIFF_LINES} lines)")
            break
        kept.append(line)
    return "\n".join(kept) + ("\n" if kept else "")


def changed_figures(old: Sequence[Figure], new: Sequence[Figure]) -> list[tuple[int, int]]:
    """(new claim id, old claim id) for each claim of the new version that says what
    a claim of the old one said (`paired_figures`) with another figure."""
    return [
        (later.claim_id, earlier.claim_id)
        for later, earlier in paired_figures(old, new)
        if earlier.figure != later.figure
    ]


def paired_figures(old: Sequence[Figure], new: Sequence[Figure]) -> list[tuple[Figure, Figure]]:
    """(new, old) for each claim of the new version that says what a claim of the
    old one said: the same category and the same sentence, or else the same words,
    once their figures are set aside. Each old claim is paired once, in reading
    order; claims found in only one version are not pairs."""
    pairs: list[tuple[Figure, Figure]] = []
    unpaired_old = list(old)
    unpaired_new = list(new)
    for key in (_sentence_key, _words_key):
        waiting: dict[tuple[str, str], list[Figure]] = defaultdict(list)
        for figure in unpaired_old:
            waiting[key(figure)].append(figure)
        still_new: list[Figure] = []
        for figure in unpaired_new:
            candidates = waiting.get(key(figure))
            if not candidates:
                still_new.append(figure)
                continue
            before = candidates.pop(0)
            unpaired_old.remove(before)
            pairs.append((figure, before))
        unpaired_new = still_new
    return pairs


def _sentence_key(figure: Figure) -> tuple[str, str]:
    return figure.category, _masked(figure.sentence)


def _words_key(figure: Figure) -> tuple[str, str]:
    return figure.category, _masked(figure.text)


# one figure written in several number words: "soixante-dix", "twenty-four", "one
# hundred and twenty", "vingt et un" (a trial's "Trente" revised to "Soixante-dix" was
# no revision: "#" against "#-#")
_ONE_FIGURE = re.compile(r"#(?:(?:[\s-]+(?:and|et)[\s-]+|[\s-]+)#)+")


# the words bounding a figure, which a revision changes with it: "More than 30" revised
# to "At least 34" (a trial's revised toll was not paired), "au moins 12" to "près de 20"
_BOUND = re.compile(
    r"\b(?:more\s+than|at\s+least|no\s+(?:fewer|less)\s+than|over|nearly|almost|about|"
    r"around|approximately|some|up\s+to|as\s+many\s+as|au\s+moins|plus\s+de|près\s+de|"
    r"pres\s+de|environ|quelque|jusqu['’]à)\s+#"
)


def _masked(text: str) -> str:
    """`text` lower-cased with each figure, in digits or words and with the words
    bounding it, as "#"."""
    masked = _ONE_FIGURE.sub("#", _FIGURE.sub("#", text.lower()))
    return " ".join(_BOUND.sub("#", masked).split())
