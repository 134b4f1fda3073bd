"""A voice named by an office and its place ("le préfet de Tône", "the mayor of
Karimama") that its document named before with the person holding it ("Selon le
préfet de Tône, le colonel Yao Akakpo,", "The mayor of Karimama, Issa Bako, said"):
that person's voice, in English and in French. Trial 77 stored one prefect as "le
préfet de Tône, le colonel Yao Akakpo" and, two paragraphs on, "le préfet de Tône (à
la radio locale)": two voices, whose one figure events then counted as confirmed by
an independent voice. Where the document names two holders of the office before (two
mayors of one town, a year apart), or none, the voice stays as it was.
"""

from __future__ import annotations

import re

# offices one person holds in one place, in English and French (lower case)
_OFFICES = (
    r"préfet|sous-préfet|gouverneur|maire|ministre|commissaire|administrateur|bourgmestre|"
    r"député|prefect|sub-prefect|governor|mayor|minister|commissioner|administrator|"
    r"district\s+commissioner|chairman|chairperson|président|présidente|president"
)
# a voice that is an office and its place or domain, nothing more: "le préfet de Tône",
# "the governor of Borno State", "Mayor of Karimama"
_OFFICE_OF = re.compile(
    rf"^(?:the\s+|le\s+|la\s+|l[’'])?(?P<office>(?:{_OFFICES})\s+(?:of|de|du|des|de\s+la|"
    r"de\s+l[’']|d[’'])\s*(?:the\s+)?[^,;:()]{2,60})$",
    re.IGNORECASE,
)
_RANK = (
    r"(?:(?:the|le|la)\s+)?(?:(?:colonel|lieutenant-colonel|général|general|capitaine|captain|"
    r"commandant|major|lieutenant|docteur|doctor|professeur|professor|Col|Lt|Gen|Capt|Maj|Dr|"
    r"Pr|Prof|M|Mme|Mr|Mrs|Ms|Hon|Alhaji|Chief)\.?\s+)?"
)
_NAME = r"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:\s+(?:[A-ZÀ-Ý][\w’'-]+|de|da|du|van|von|bin|ibn)){1,3})"
_STOPS = r"(?=\s*[,.;:)]|\s+(?:said|says|told|a\s|a-t-il|indique|précise|affirme))"


def holder_named_before(text: str, voice: str, before: int) -> str | None:
    """The person `text[:before]` names as holding the office `voice` names ("le préfet
    de Tône": "Yao Akakpo", from "le préfet de Tône, le colonel Yao Akakpo"; "Issa
    Bako, the mayor of Karimama" too), where it names one person only; else None (a
    voice that is no office with its place, an office named with no holder or with
    two)."""
    found = _OFFICE_OF.match(" ".join(voice.split()))
    if found is None:
        return None
    office = r"\s+".join(re.escape(word) for word in found.group("office").split())
    head = text[:before]
    after = rf"(?i:(?<![\w]){office}(?:\s+[\w’'-]+){{0,2}}?\s*,\s+{_RANK}){_NAME}{_STOPS}"
    apposed = rf"{_NAME}\s*,\s+(?i:(?:the\s+|le\s+|la\s+|l[’'])?{office})(?![\w])"
    return sole_name((after, apposed), head)


def sole_name(patterns: tuple[str, ...], head: str) -> str | None:
    """The one name (each pattern's group "name", its spaces made one) the `patterns`
    find in `head`, however often; None where they find none, or two names (no telling
    which holds the office)."""
    names = {
        " ".join(m.group("name").split())
        for pattern in patterns
        for m in re.finditer(pattern, head)
    }
    return names.pop() if len({n.lower() for n in names}) == 1 else None
