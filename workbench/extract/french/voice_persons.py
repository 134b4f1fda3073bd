"""Whom a pronoun voice stands for when no voice was named before it: the person the
text named last, in its sentence or the few before ("Jean Dupont, maire de la
commune, était sur place. ... dont un infirmier selon lui": "Jean Dupont"), as the
English reader resolves "he" to the name before it. A pronoun standing for no one
named is no voice (`person_before` None): "il", "lui" name nobody by themselves.
"""

from __future__ import annotations

import re

# The pronouns that stand for a person: "il", "elle", "lui", "ce dernier".
_PERSONAL = frozenset(
    {"il", "elle", "lui", "ce dernier", "cette dernière", "l'intéressé", "l’intéressé",
     "l'intéressée", "l’intéressée"}
)  # fmt: skip
# An impersonal subject, never a voice: "l'on dénombre au moins 5 morts".
IMPERSONAL = frozenset({"on", "l'on", "l’on"})
# A person's name: two to four capitalised words, not after a word of place ("à Port
# Gentil", "de Saint Louis") or an article, not opening on an article or a word opening
# sentences.
_NAME = re.compile(
    r"(?<![\w’'-])(?<!à\s)(?<!de\s)(?<!en\s)(?<!au\s)(?<!du\s)(?<!vers\s)"
    # a body named after its article, no person: "les Casques Bleus", "des Nations Unies"
    r"(?<![Ll]es\s)(?<![Ll]e\s)(?<![Ll]a\s)(?<!des\s)(?<![’'])"
    r"(?!(?:Le|La|Les|Un|Une|Des|Ce|Cette|Selon|Dans|Au|Aux|En|Depuis|Pour|Après|Avant|Lors)\s)"
    r"[A-ZÀ-Ý][a-zà-ÿ’'-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ’'-]+){1,3}(?![\w])"
)

# A person named as a victim, whom a pronoun voice after does not stand for: "Jean
# Dupont a été tué. ..., a-t-il indiqué".
_VICTIM = re.compile(
    r"\s*,?\s+(?:a\s+été|ont\s+été|est\s+(?:mort|décédé|tombé)|a\s+péri|a\s+succombé|"
    r"(?:tué|blessé|enlevé|abattu|assassiné)e?s?(?![\w]))"
)


def personal(name: str) -> bool:
    """Whether the voice `name` is a pronoun standing for one person."""
    return name.lower() in _PERSONAL


def person_before(text: str, low: int, pos: int) -> str | None:
    """The last person's name in `text[low:pos]`, else None."""
    names = [n for n in _NAME.finditer(text, low, pos) if not _VICTIM.match(text, n.end())]
    return " ".join(names[-1].group().split()) if names else None
