"""A witness's own words are no claim hedged (trial 77: « "Nous avons enterré neuf
soldats hier soir", a affirmé à l'AFP un notable » was hedged by « affirmer », the
French reader's verb of a contested claim, `voice_phrases.HEDGING`). A verb of claiming
set after a closing quote reports what was said word for word: the quote is testimony.
Not a fighter's boast quoted: « "Nous avons tué 15 soldats", affirme le groupe » stays
hedged (the speaker claims its own deed)."""

from __future__ import annotations

import re

_CLOSING = ("»", "”", '"')
# A quote's speaker telling its own deed of war: "nous avons tué", "nos combattants ont
# abattu", "nous avons neutralisé".
_OWN_DEED = re.compile(
    r"(?<![\w])(?:nous\s+avons|nos\s+(?:combattants|hommes|moudjahidines?|forces)\s+ont)\s+"
    r"(?:[a-zà-ÿ]+ment\s+)?(?:tué|abattu|neutralisé|éliminé|exécuté|détruit|capturé|pris)",
    re.IGNORECASE,
)
_QUOTE_REACH = 400  # characters before the closing quote searched for its opening


def quoted_testimony(text: str, at: int) -> bool:
    """Whether the verb of saying at `at` follows a closing quote (a comma and spaces
    between) whose words tell no deed of the speaker's own side."""
    before = text[max(0, at - _QUOTE_REACH) : at].rstrip(" ,\u00a0\u202f")
    if not before.endswith(_CLOSING):
        return False
    opening = max(before.rfind("«"), before.rfind("“"), before[:-1].rfind('"'))
    return not _OWN_DEED.search(before, max(opening, 0))
