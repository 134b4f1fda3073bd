"""A toll named by the day of its incident dates the toll's figure, not the later day of
its last death (`date_context.pick_date` asks first): "the death toll from the December
20 attack ... has climbed to six, as a woman succumbed on January 6" (December 20); in
French, «Le bilan des affrontements survenus mercredi à N'Zérékoré est passé de quatre
à cinq morts, un blessé ayant succombé jeudi soir» (trial 79: every claim was dated
Thursday, and the clashes' event split from its first report's). The death's own claim
keeps its day. Split from date_context.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

# "the death toll from the December 20 attack", "the toll of Sunday's bombing"
_TOLL_OF_BEFORE = re.compile(r"\btoll\s+(?:from|of|in)\s+(?:the\s+|last\s+|this\s+)?$", re.I)
_TOLL_OF_REACH = 40  # characters before a date read for the toll's words
_TOLL_CLAIM = re.compile(
    r"\b(?:toll|rose|risen|rises|climbed|climbs|jumped|increased|reached|stands|stood)\b", re.I
)
# French: the toll of an incident named by its day, one to four words between ("le
# bilan des affrontements survenus mercredi", "le bilan de l'attaque de lundi", "le
# bilan officiel des violences du 16 novembre"); "le bilan de mercredi" is a count's day.
_BILAN_OF_BEFORE = re.compile(
    r"\bbilan\s+(?:[\w-]+\s+){0,2}?d(?:e\s+la\s+|e\s+l['’]\s*|es\s+|u\s+|['’]\s*)"
    r"(?:[\w'’-]+\s+){1,4}?(?:(?:de|du)\s+|d['’]\s*)?$",
    re.I,
)
_BILAN_REACH = 90  # characters before a date read for the French toll's words
# The toll's verb, the claim its complement: "est passé (de quatre) à cinq morts",
# "s'est alourdi à six morts", "atteint désormais onze morts", "s'élève à", "est de"
_BILAN_RISE = re.compile(
    r"\b(?:pass[ée]e?|alourdie?|[ée]lev[ée]e?|[ée]l[èe]ve|atteint|atteignait|grimp[ée]|"
    r"mont[ée]e?|port[ée]e?|revue?|est|[ée]tait)\b",
    re.I,
)
# What may stand between the verb and its figure: "(désormais) (de quatre) à (au moins)"
_TO_FIGURE = re.compile(
    r"\s+(?:(?:désormais|maintenant|officiellement|donc)\s+)?"
    r"(?:(?:de\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:à|a)\s+|de\s+)?"
    r"(?:(?:au\s+moins|plus\s+de|près\s+de|environ|quelque)\s+)?",
    re.I,
)


def toll_day(
    spans: Sequence[tuple[int, int]],
    text: str,
    sentence_start: int,
    claim_start: int,
    claim_end: int,
) -> int | None:
    """The index in `spans` (a sentence's dates, in text order) of the date a toll is
    named by, where the claim `text[claim_start:claim_end]` is the toll's figure, after
    it: in English its words say so (`_TOLL_CLAIM`), in French it is the complement of
    the toll's verb (`_BILAN_RISE`: "est passé de quatre à cinq morts", not the ", un
    blessé" after nor "après le décès de deux blessés"). None where no date names the
    toll."""
    english = _TOLL_CLAIM.search(text, claim_start, claim_end) is not None
    for index, (start, end) in enumerate(spans):
        if start >= claim_start:
            return None
        if english:
            before = text[max(sentence_start, start - _TOLL_OF_REACH) : start]
            if _TOLL_OF_BEFORE.search(before):
                return index
        before = text[max(sentence_start, start - _BILAN_REACH) : start]
        if _BILAN_OF_BEFORE.search(before) and _complement(text[end:claim_start]):
            return index
    return None


def _complement(between: str) -> bool:
    """Whether a claim after `between` (the words from the toll's date to it) is the
    complement of the toll's verb: the verb is there, and only `_TO_FIGURE` after it."""
    rises = list(_BILAN_RISE.finditer(between))
    return bool(rises) and _TO_FIGURE.fullmatch(between, rises[-1].end()) is not None


# The day a wounded person died later, right after the verb: "un blessé ayant succombé
# jeudi soir", "décédé des suites de ses blessures vendredi", "who succumbed to his
# wounds on Thursday", "died of her injuries on Friday".
_LATER_DEATH_BEFORE = re.compile(
    r"\b(?:succomb\w*|d[ée]c[ée]d[ée]e?s?|succumbed|died\s+of\s+(?:his|her|their)\s+"
    r"(?:wounds|injuries))(?:\s+(?:à|a|des\s+suites\s+de|to)\s+(?:ses|leurs|his|her|their)"
    r"\s+(?:blessures|wounds|injuries))?\s+(?:on\s+|le\s+)?$",
    re.I,
)
_LATER_DEATH_REACH = 60  # characters before a date read for the verb


def later_death_day(text: str, sentence_start: int, date_start: int) -> bool:
    """Whether the date at `date_start` is the day a wounded person died after the
    incident (`_LATER_DEATH_BEFORE`): the story's scene was not that day (trial 79:
    «un blessé ayant succombé jeudi soir» dated the Wednesday clashes' figures told
    after it)."""
    before = text[max(sentence_start, date_start - _LATER_DEATH_REACH) : date_start]
    return _LATER_DEATH_BEFORE.search(before) is not None
