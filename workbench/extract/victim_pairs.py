"""Two people told as one: "both" ("both gunmen", "both the men", "killing both"), a
couple ("a couple was shot dead", "twin brothers", "husband and wife"). Read by
`victim_lists.py` where an item opens; and a relative named after a comma, another person
(`KIN_ITEM`)."""

from __future__ import annotations

import re

# Two people named as one: "a couple was shot dead", "an elderly couple" (not "a couple
# of", a vague count).
COUPLE = re.compile(
    r"(?:a|an|the)\s+(?:(?:young|elderly|old|married|newlywed)\s+)?(couple)(?!\s+of)(?![\w-])"
    r"|(?:a\s+pair\s+of\s+|the\s+)?(twins|twin\s+(?:brothers|sisters|boys|girls))(?![\w-])"
    # "kills husband and wife", "a man and his wife" are counted item by item
    r"|(?:a\s+|the\s+)?(husband\s+and\s+wife|wife\s+and\s+husband)(?![\w-])",
    re.IGNORECASE,
)
# "both the men", "both of the attackers": two, where one plural noun follows (not
# "both the driver and a passenger", a list of two `BOTH` reads item by item)
_BOTH_THE = (
    r"\s+(?:of\s+)?(?:the|these|those|his|her|their)"
    r"(?=\s+(?:[a-z-]+\s+)?(?:[a-z-]+s|[a-z]*men|people|children|police)\b(?!\s+(?:and|or)\s))"
)
BOTH_PLURAL = re.compile(
    rf"(both(?:{_BOTH_THE})?)\s+(?=[a-z]+\b)(?!of\b|and\b|sides\b)", re.IGNORECASE
)
BOTH_ALONE = re.compile(r"(both)(?=\s*(?:[,.;:)]|and\b|$))", re.IGNORECASE)
BOTH = re.compile(rf"(?:both(?!{_BOTH_THE})|all)\s+(?=(?:the|a|an|his|her|their)\s)", re.IGNORECASE)
# A relative of the one before, by a possessive: "the village head, his son" is two people
# (acled-nigeria-e and -f study: "killed the village head, his son, and abducted his wife"
# read as one), as "the village head and his son" is; never an appositive of the one named.
KIN_ITEM = re.compile(
    r"(?:his|her|their)\s+(?:(?:elder|younger|eldest|youngest|only|first|second|step|[a-z]+-in-law)\s+)?"
    r"(?:wife|husband|son|daughter|child|brother|sister|father|mother|nephew|niece|cousin|uncle|"
    r"aunt|grandson|granddaughter|grandfather|grandmother|grandchild|fiancee?|spouse)",
    re.IGNORECASE,
)
