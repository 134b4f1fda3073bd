"""Documents that name no speaker (issue 13, kinds37): "according to preliminary data",
"according to official figures", "according to estimates". Data, figures and
statistics are what someone says, not someone: where no author is named with them
("data from the health ministry" is the ministry's, `relay.document_author`), the
figure has no voice of its own and speaks in the outlet's. A report, a statement or an
account stays a voice ("initial reports said"): the text tells a report as a source.
"""

from __future__ import annotations

import re

# A document's noun, with only words that name no author before it.
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
