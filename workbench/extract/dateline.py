"""A story's dateline: the place (and date, and agency) an article opens with.

"GAO, Mali —", "KABUL (Reuters) -", "Maiduguri, Nigeria, June 3 (AFP) -",
"TINSUKIA, April 27 --", a rights group's "(Nairobi, November 28, 2026) -", a South
Asian paper's "KATHMANDU, Jan 29:" (a day before its colon: "UPDATE:" is none). It says
where the story was filed and who filed it, so it is never who did a thing nor who
says so; what follows it is the sentence.
"""

from __future__ import annotations

import re

from workbench.extract.sentences import opens_line

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|"
    # a French page's dateline: "MORA, Cameroun, 15 mars 2026 -" (trial 60's claims took
    # its day over the "vendredi" they told)
    r"janv\.?|janvier|f[ée]vr?\.?|f[ée]vrier|mars|avr\.?|avril|mai|juin|juil\.?|juillet|"
    r"ao[uû]t|sept\.?|septembre|octobre|nov\.?|novembre|d[ée]c\.?|d[ée]cembre"
)
_DATE = rf"(?:le\s+)?(?:(?:{_MONTH})\s+\d{{1,2}}|(?:\d{{1,2}}|1er)\s+(?:{_MONTH}))(?:,?\s+\d{{4}})?"
_CAPS = r"[A-Z][A-Z’'.-]+(?:[ -][A-Z][A-Z’'.-]+){0,3}"  # GAO, NEW DELHI, PORT-AU-PRINCE
_TITLE = r"[A-Z][a-z’'.-]+(?:[ -][A-Z][a-z’'.-]+){0,2}"  # Maiduguri, Cape Town
# a country's or a region's name, with its small words: "Democratic Republic of Congo"
_TITLE_OF = r"[A-Z][a-z’'.-]+(?:(?:\s+(?:of|of\s+the|and|the|de|du|des))?[ -][A-Z][a-z’'.-]+){0,4}"
_REGION = rf"(?:{_CAPS}|{_TITLE_OF})"
# An agency in brackets, or the blanks mask_brackets left where one stood.
_AGENCY = r"\s*(?:\([A-Za-z][\w .&/-]{0,30}\)|(?<=\s)\s{3,})"
_DASH = r"\s*(?:—|–|-{1,2})\s+"
_DATELINE = re.compile(
    rf"""\s*(?:
        {_CAPS}(?:,\s*{_REGION}){{0,2}}(?:,?\s*{_DATE})?(?:{_AGENCY})?   # GAO, Mali (AFP)
      | {_TITLE}(?:,\s*{_REGION}){{1,2}}(?:,?\s*{_DATE})?(?:{_AGENCY})?  # Gao, Mali
      | {_TITLE}(?:,\s*{_REGION}){{0,2}}(?:,?\s*{_DATE})?{_AGENCY}       # Gao (AFP)
      | {_TITLE}(?:,\s*{_REGION}){{0,2}},?\s*{_DATE}(?:{_AGENCY})?       # Gao, June 3
      | \(\s*{_TITLE}(?:,\s*{_REGION}){{0,2}},?\s*{_DATE}\s*\)          # (Nairobi, May 3, 2026)
    ){_DASH}(?=[A-Z0-9"“‘'])
    | \s*{_CAPS}(?:,\s*{_REGION}){{0,2}},?\s*{_DATE}(?:{_AGENCY})?\s*:\s+(?=[A-Z0-9"“‘'])
    """,
    re.VERBOSE,
)
_MIN_CAPS = 3  # "UN - " is not a place; "GAO - " is


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the sentence `text[start:end]` begins once past a dateline: `start` when
    it opens with none. A dateline opens a line and is followed by a capital: in
    "KABUL (Reuters) - A bomb killed 9." the offset of "A"."""
    if not opens_line(text, start):
        return start
    match = _DATELINE.match(text, start, end)
    if match is None:
        return start
    words = text[start : match.end()].split()
    lone_caps = len(words) == 2 and len(words[0].strip(".-")) < _MIN_CAPS
    return start if lone_caps else match.end()
