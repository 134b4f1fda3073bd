"""A French voice that is an office alone ("le gouverneur", "le maire", "le
porte-parole"), where its document named before the one person holding an office of
that word: "Le gouverneur de l'Ituri, le général Johnny Luboya, s'est rendu à Djugu.
... Selon le gouverneur, 14 personnes ont été tuées" is Johnny Luboya's, as "le préfet
de Tône" is its holder's (`office_holders.holder_named_before`, which needs the office's
place said again). Left as written where the document named no holder, or two ("le
porte-parole de l'armée, X" and "le porte-parole de la police, Y"), or only a holder of
another office ("le vice-gouverneur" is not "le gouverneur", nor "le sous-préfet" "le
préfet").
"""

from __future__ import annotations

import re

from workbench.extract.office_holders import sole_name

# offices one person holds (lower case), the word a later sentence names them by
_OFFICES = (
    r"préfet|sous-préfet|gouverneur|vice-gouverneur|maire|ministre|commissaire|administrateur|"
    r"bourgmestre|député|porte-parole|procureur|commandant|président|présidente|directeur|"
    r"directrice|délégué|déléguée|chef\s+de\s+village|chef\s+de\s+canton|chef\s+coutumier|"
    r"secrétaire\s+général"
)
_ALONE = re.compile(rf"^(?:le|la|l[’'])\s*(?P<office>{_OFFICES})$", re.IGNORECASE)
_RANK = (
    r"(?:(?:le|la)\s+)?(?:(?:colonel|lieutenant-colonel|général|capitaine|commandant|major|"
    r"lieutenant|docteur|professeur|commissaire|M|Mme|Dr|Pr|Col|Lt|Gén|Cdt)[.\u2024]?\s+)?"
)
_NAME = r"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:\s+(?:[A-ZÀ-Ý][\w’'-]+|de|da|du|van|bin|ibn)){1,3})"
_STOPS = r"(?=\s*[,.;:)]|\s+(?:a\s|a-t-il|indique|précise|affirme|déclare|s[’']est))"
_OF = r"(?:\s+(?:de|du|des|d[’'])\s*[^,;:()«»]{2,60}?)?"
_REACH = 6000  # characters before the voice searched for its holder


def holder_of_office(text: str, voice: str, before: int) -> str | None:
    """The person `text[:before]` names as holding the office `voice` names alone ("le
    gouverneur": "Johnny Luboya", from "Le gouverneur de l'Ituri, le général Johnny
    Luboya,"; "Joseph Mbala, préfet du Mbam" for "le préfet"), where it names exactly
    one; else None."""
    found = _ALONE.match(" ".join(voice.split()))
    if found is None:
        return None
    office = r"\s+".join(re.escape(w) for w in found.group("office").lower().split())
    head = text[max(0, before - _REACH) : before]
    word = rf"(?<![\w-])(?i:{office})(?![\w-])"
    after = rf"{word}{_OF}\s*,\s+{_RANK}{_NAME}{_STOPS}"
    apposed = rf"{_NAME}\s*,\s+(?i:(?:le\s+|la\s+|l[’'])?){word}"
    return sole_name((after, apposed), head)
