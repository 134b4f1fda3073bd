"""Documents that name no speaker (issue 13, kinds37): "according to preliminary data",
"according to official figures", "according to estimates". Data, figures and
statistics are what someone says, not someone: where no author is named with them
("data from the health ministry" is the ministry's, `relay.document_author`), the
figure has no voice of its own and speaks in the outlet's. A name before them is
their author (`named_author`: "UN data", "OCHA figures", "Health Ministry
statistics" are the UN's, OCHA's, the Health Ministry's). A report, a statement or an
account stays a voice ("initial reports said"): the text tells a report as a source.
"""

from __future__ import annotations

import re

# A document's noun, with only words that name no author before it.
_GENERIC = (
    r"(?:preliminary|initial|provisional|official|unofficial|latest|available|early|earlier|"
    r"first|new|recent|updated|final|partial|current|unconfirmed|incomplete|rough|conservative|"
    r"tentative|independent|separate|different|various|several|most|many|local)"
)
_DOCUMENTS = (
    r"(?:data|figures|statistics|stats|numbers|estimates?|tall(?:y|ies)|counts?|records|"
    r"information|results|findings|details|calculations|projections|assessments?)"
)
# "UN data", "the OCHA figures", "Health Ministry's latest statistics": the name first.
_NAMED_AUTHOR = re.compile(
    r"^(?:the\s+)?(?P<author>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}?)(?:[’']s?)?\s+"
    rf"(?:{_GENERIC}\s+)*{_DOCUMENTS}$"
)
_NOT_AUTHORS = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Preliminary|Initial|"
    r"Official|Latest|New|Recent|Early|First|Final|Local|"
    # a determiner opening the sentence: "A provisional count reports" names no author
    r"A|An|The|This|That|These|Those|Some|Its|Their|Our)\b"
)
_AUTHORLESS = re.compile(
    r"^(?:(?:the|a|an|some|such|these|those|this|that|our|its|their|other|further|more|all|"
    r"preliminary|initial|provisional|official|unofficial|latest|available|early|earlier|"
    r"first|new|recent|updated|final|partial|current|unconfirmed|incomplete|rough|conservative|"
    r"tentative|independent|separate|different|various|several|most|many|local)\s+)*"
    r"(?:data|figures|statistics|stats|numbers|estimates?|tall(?:y|ies)|counts?|records|"
    r"information|results|findings|details|calculations|projections|assessments?)$",
    re.IGNORECASE,
)


def names_no_author(phrase: str) -> bool:
    """Whether a speaker's phrase is a document whose words name no one who made it:
    "preliminary data", "official figures", "the latest estimates" (not "hospital
    records", "UN data", "initial reports")."""
    return _AUTHORLESS.match(" ".join(phrase.split())) is not None


def named_author(phrase: str) -> str | None:
    """The author a name before a document's noun gives ("UN data": "UN"; "OCHA
    figures": "OCHA"), or None ("preliminary data", "Monday's figures")."""
    match = _NAMED_AUTHOR.match(" ".join(phrase.split()))
    if match is None or _NOT_AUTHORS.match(match.group("author")):
        return None
    return match.group("author")
