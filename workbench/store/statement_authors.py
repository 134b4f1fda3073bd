"""The body whose own statement a document is, where no outlet is given: its letterhead
("GHANA POLICE SERVICE" over "PRESS RELEASE", "MINISTÈRE DE LA SÉCURITÉ" over
"COMMUNIQUÉ") or its title ("Communiqué du gouvernement relatif à ...", "Statement by
the Ministry of Health on ..."). Such a document's voice is "author of <title>"
(`voice_names.UNNAMED_OUTLET`), and the body that wrote it is often quoted by others
under its name: trial 77's Ghana police press release was a third voice of the police
beside "Police (Ghana)" and "Ghana Police Service". `workbench voice suggest` offers
the pair (`voice_names.suggestions`); a headline that names a body as the subject of
its news ("JNIM claims deadly attack") is no statement of that body's, and offers
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Set

from workbench.match.bodies import body

# the line that says a document is a statement, under or over its author's name
_STATEMENT_LINE = re.compile(
    r"^(?:official\s+)?(?:press\s+release|press\s+statement|news\s+release|statement|"
    r"communiqu[ée](?:\s+(?:de\s+presse|officiel|conjoint))?|d[ée]claration|"
    r"communiqu[ée]\s+du\s+gouvernement)\s*:?$",
    re.IGNORECASE,
)
# a title that names the statement's author: "Communiqué du gouvernement relatif à ...",
# "Press release by the Ghana Police Service", "Statement of the Ministry of Health on"
_TITLED = re.compile(
    r"^(?:official\s+)?(?:communiqu[ée](?:\s+de\s+presse)?|d[ée]claration|press\s+release|"
    r"press\s+statement|statement)\s+(?:du|de\s+la|de\s+l['’]|des|de|by|from|of)\s+"
    r"(?:the\s+)?(?P<author>[^,:;()]+?)"
    r"(?:\s+(?:relatif|relative|sur|on|concernant|regarding|about|au\s+sujet|suite|following|"
    r"après|after)\b.*|\s*[,:;(].*)?$",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(r"^[^\d,;:!?«»\"“”]{3,80}$")
_LINES = 4  # a letterhead's lines at the top of a document


def statement_author(title: str | None, lead: str) -> str | None:
    """The body a document's letterhead (its first lines, `lead`) or its `title` names
    as the author of the statement it is ("GHANA POLICE SERVICE" / "PRESS RELEASE":
    "GHANA POLICE SERVICE"; "Communiqué du gouvernement relatif à l'attaque":
    "gouvernement"), else None ("JNIM claims deadly attack on Togolese army post")."""
    lines = [line.strip() for line in lead.splitlines() if line.strip()][:_LINES]
    for at, line in enumerate(lines):
        if not _STATEMENT_LINE.match(line):
            continue
        for near in (at - 1, at + 1):
            if 0 <= near < len(lines) and _NAME_LINE.match(lines[near]):
                named = lines[near]
                if not _STATEMENT_LINE.match(named) and body(named) is not None:
                    return named
    titled = _TITLED.match(" ".join((title or "").split()))
    return titled.group("author") if titled else None


def authored_by(author: str, countries: Set[str], other: str, other_countries: Set[str]) -> bool:
    """Whether a statement's author (`statement_author`, its claims in `countries`) and
    a voice named `other` (its claims in `other_countries`) are one body
    (`match.bodies.body`): one institution, of no two countries known apart ("GHANA
    POLICE SERVICE" and "Police (Ghana)"; not "Police (Togo)")."""
    mine, theirs = body(author), body(other)
    if mine is None or theirs is None or mine.key != theirs.key:
        return False
    one = {mine.country} if mine.country else set(countries)
    two = {theirs.country} if theirs.country else set(other_countries)
    return not (one and two and one.isdisjoint(two))
