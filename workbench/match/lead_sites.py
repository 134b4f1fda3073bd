"""A named site both reports' leads give: "Qarsa Primary School", "Grand Central
Station", "the Gold Mohur Hotel".

A city or a region sees many small tolls a day, so two reports that agree only on
such a place and a small toll are held apart unless more ties them (relate
`_coincidence`, `ties.one_dispute`). That both reports open on one site called by its
own name, not merely a kind of site ("a school", "the bus station"), ties them: two
incidents of one day seldom strike two sites of one name. The name is read in each
report's lead (`means.LEAD_LENGTH` characters), where a report says what happened,
since the sentence that counts ("Three teachers killed, one injured.") need not
repeat it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.match.features import Features
from workbench.match.place_names import fold_place
from workbench.match.site_words import SITE_NOUNS

# one to three capitalised words, then a kind of site: "Qarsa Primary School"
_NAMED_SITE = re.compile(
    # a kind's word may come between: "the Al-Nasr detention centre" (trial 74d)
    rf"\b((?:[A-Z][\w'’-]+\s+){{1,3}})((?:(?:detention|refugee|transit|health|medical|police"
    rf"|military|army|displacement|shopping|bus|train|market)\s+)?(?i:{SITE_NOUNS}))\b",
)
# capitalised words that name no site: a sentence's first word, an article, a title
_NOT_A_NAME = frozenset(
    "the a an in at on near outside inside by from to of and when while after as "
    "police army military government state national central north south east west "
    "northern southern eastern western main old new".split()
)


@lru_cache(maxsize=1 << 14)
def named_sites(lead: str) -> frozenset[str]:
    """The folded names of the sites a report's lead names by a name of their own
    ("qarsa primari school"), leaving out a kind of site named only by words any
    site has ("Police Station", "the Main Market")."""
    found = set()
    for match in _NAMED_SITE.finditer(lead):
        words = match.group(1).split()
        while words and words[0].lower() in _NOT_A_NAME:
            words = words[1:]
        if not words or all(w.lower() in _NOT_A_NAME for w in words):
            continue
        found.add(fold_place(" ".join([*words, match.group(2)])))
    return frozenset(found)


def one_named_site(a: Features, b: Features) -> str | None:
    """The named site both claims' reports lead with, none a name of either claim's
    own place (a town's name before a kind of site, "Maiduguri market", says only the
    town), or None; never within one report."""
    if a.claim.document_id == b.claim.document_id:
        return None
    shared = a.claim.lead.sites & b.claim.lead.sites
    own = {*a.places, *b.places}
    for site in sorted(shared):
        if not any(site.startswith(place + " ") for place in own):
            return site
    return None


def one_site_named(a: Features, b: Features) -> bool:
    """Whether two claims' sentences, in two reports, both name one site by a name of its
    own ("the Al-Nasr detention centre"): they speak of one place, whatever else they
    count."""
    if a.claim.document_id == b.claim.document_id:
        return False
    return bool(named_sites(a.claim.sentence) & named_sites(b.claim.sentence))
