"""A revised toll whose revising words stand before its figure, set off by a colon or a
dash (trial 78): "Dans la soirée, le gouverneur a revu le bilan à la hausse : six
morts", "The ministry later revised its toll downwards: nine dead", "le préfet a
corrigé le bilan – quatre morts". The claim's own words are only "six morts", so
`earlier_figures.REVISES` (run over a claim's text) missed the revision, and the
governor's first five stayed a standing figure beside his six.
"""

from __future__ import annotations

import re

# Lower-cased or not: the revising verb, the toll, a direction, then the mark that sets
# the figure off, right before the claim's text.
_REVISED = re.compile(
    r"(?:revu|révisé|revisé|corrigé|relevé|rehaussé|actualisé|mis\s+à\s+jour|ramené|"
    r"revised|raised|lowered|updated|corrected|amended|adjusted)\s+"
    r"(?:(?:le|son|leur|ce|its|the|their|his|her|that)\s+)?(?:(?:death|casualty)\s+)?"
    r"(?:bilan|toll|figure|count|tally)(?:\s+(?:provisoire|officiel|humain))?"
    r"(?:\s+(?:à\s+la\s+(?:hausse|baisse)|upwards?|downwards?|up|down))?"
    r"\s*[:–—-]\s*(?:(?:au\s+moins|at\s+least|plus\s+de|more\s+than)\s+)?$",
    re.IGNORECASE,
)


def revised_before(sentence: str, text: str) -> bool:
    """Whether the claim `text` stands in `sentence` right after words that revise a
    toll and a colon or dash ("a revu le bilan à la hausse : six morts")."""
    at = sentence.find(text)
    return at > 0 and _REVISED.search(sentence, max(0, at - 120), at) is not None


# Who revises, right before the revising verb: "le gouverneur a revu", "the ministry
# later revised", "Il a ensuite revu" (a pronoun names no one: None).
_REVISER = re.compile(
    r"(?P<who>(?:(?:le|la|les|l[’']|the)\s*)[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+"
    r"(?:(?:a|avait|has|had)\s+)?(?:(?:ensuite|finalement|later|then|subsequently)\s+)?"
    r"(?:revu|révisé|revisé|corrigé|relevé|rehaussé|actualisé|mis\s+à\s+jour|ramené|"
    r"revised|raised|lowered|updated|corrected|amended|adjusted)\s",
    re.IGNORECASE,
)
_SMALL = frozenset("le la les l' l’ the de du des of d' d’ région region".split())


def same_reviser(sentence: str, text: str, attribution: str | None) -> bool:
    """Whether the one who revises the toll before the claim `text` ("le gouverneur a
    revu le bilan : six morts") is the voice `attribution` of an earlier count ("le
    gouverneur de la région de Ziguinchor"): the reviser's head word stands in it."""
    at = sentence.find(text)
    if at <= 0 or attribution is None:
        return False
    found = list(_REVISER.finditer(sentence, max(0, at - 160), at))
    if not found:
        return False
    who = found[-1].group("who").casefold().replace("’", "'")
    words = [w for w in who.split() if w not in _SMALL]
    head = words[0].removeprefix("l'") if words else ""
    return len(head) > 2 and head in attribution.casefold()
