"""A French page typed without accents, read with them: "sept civils ont ete tues"
is read as "ont été tués".

Pages written on keyboards without French accents (some outlets, wires passed on by
text message, social posts) give "tues", "blesses", "ete", which none of the
reader's patterns match: such a page gave no claim at all. Where a page's letters
hold almost no accent (`accentless`), the lower-cased text the reader's patterns
run over (`PageContext.folded`) gets back the accents of the words the reader knows
(`accent_words.txt`, the accented words of its own patterns, with the feminine and
plural of each participle in é). Each letter keeps its place ("e" and "é" are one
character each), so every offset, and every quote taken from the page's own text,
stays as the page has it: only the patterns see the accents.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

# Below one accented letter in this many, a French page was typed without accents:
# French prose has about one in thirty (é alone is some 2% of letters).
ACCENTLESS_LETTERS = 400
_SHORTEST = 100  # letters: a title or a line says too little to tell
_WORD = re.compile(r"[a-z]+")
_ACCENTED = re.compile(r"[à-ÿœ]")
_LETTER = re.compile(r"[a-zà-ÿœ]")


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@cache
def _accented() -> dict[str, str]:
    """Each known word without its accents -> with them; a bare form two words share
    ("cote": côte, côté) is left out, as is a word whose bare form is a French word of
    its own that the reader also reads bare."""
    lines = resources.files(__package__).joinpath("accent_words.txt").read_text("utf-8")
    words = {w for w in lines.split() if not w.startswith("#")}
    words |= {w + end for w in words if w.endswith("é") for end in ("e", "s", "es")}
    forms: dict[str, set[str]] = {}
    for word in words:
        forms.setdefault(_bare(word), set()).add(word)
    return {bare: next(iter(found)) for bare, found in forms.items() if len(found) == 1}


def accentless(folded: str) -> bool:
    """Whether a lower-cased page has almost no accented letter: fewer than one in
    ACCENTLESS_LETTERS, over _SHORTEST letters at least."""
    letters = len(_LETTER.findall(folded))
    return letters >= _SHORTEST and len(_ACCENTED.findall(folded)) * ACCENTLESS_LETTERS < letters


def with_accents(folded: str) -> str:
    """`folded` (lower case) with each known word's accents back, offsets kept."""
    known = _accented()
    return _WORD.sub(lambda m: known.get(m.group(0), m.group(0)), folded)
