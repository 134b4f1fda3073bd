"""A witness's own words are no claim hedged (trial 77: « "Nous avons enterré neuf
soldats hier soir", a affirmé à l'AFP un notable » was hedged by « affirmer », the
French reader's verb of a contested claim, `voice_phrases.HEDGING`). A verb of claiming
set after a closing quote reports what was said word for word: the quote is testimony.
(Since trial 79 «affirme» doubts only such a deed, `voice_phrases.OWN_DEED`.) Not a
fighter's boast quoted: « "Nous avons tué 15 soldats", affirme le groupe » stays
hedged (the speaker claims its own deed)."""

from __future__ import annotations

import re

from workbench.extract.french.voice_phrases import AFFIRMS, HEDGING, OWN_DEED

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
    quote = _quote_before(text, at)
    return quote is not None and not _OWN_DEED.search(quote)


def quoted_deed(text: str, at: int) -> bool:
    """Whether the verb of saying at `at` follows a closing quote whose words tell a deed
    of the speaker's own side: « "Nous avons tué 15 soldats", affirme le groupe »."""
    quote = _quote_before(text, at)
    return quote is not None and _OWN_DEED.search(quote) is not None


def _quote_before(text: str, at: int) -> str | None:
    """The words of the quote that closes right before `at` (a comma and spaces between),
    None where none does."""
    before = text[max(0, at - _QUOTE_REACH) : at].rstrip(" ,\u00a0\u202f")
    if not before.endswith(_CLOSING):
        return None
    opening = max(before.rfind("«"), before.rfind("“"), before[:-1].rfind('"'))
    return before[max(opening, 0) :]


def doubts(said: str, text: str, start: int, end: int) -> bool:
    """Whether a voice's words `said` (`text[start:end]`) doubt what it reports: a verb
    of doubt (`HEDGING`) unless after a witness's quote (`quoted_testimony`), or
    «affirme» before a side's own deed of war (`OWN_DEED`: «affirme avoir tué vingt
    soldats»; or quoted before it: « "Nous avons tué 15 soldats", affirme le groupe »)."""
    if HEDGING.search(said):
        return not quoted_testimony(text, start)
    if AFFIRMS.search(said) is None:
        return False
    return OWN_DEED.match(text, end) is not None or quoted_deed(text, start)
