"""Whoever puts a toll at its figure is its voice: "Un chef de secteur, Jean Dupont, a
chiffré le bilan à dix morts", "le maire a établi le bilan à 12 morts", "un habitant,
Paul Kasereka, fait état de sept morts". Its subject may carry a name or a title set
off by commas, which `voices.py` reads only for verbs of saying. `find(text, folded,
start, end)` gives `speaker_phrase.Speaker` values.
"""

from __future__ import annotations

import re

from workbench.extract.french.voice_names import PERSON
from workbench.extract.speaker_phrase import Speaker

# The verb putting a toll at its figure, or telling it: "a chiffré le bilan à",
# "établit le bilan à", "a fait état de", "font état d'".
_PUTS = (
    r"(?:(?:a|ont|avait|avaient)\s+)?(?:(?:chiffr|établ|évalu|estim|port|fix)"
    r"(?:é|e|ent|i|it|issent|ait|aient)\s+(?:le|ce|son|leur|un)\s+(?:nouveau\s+)?bilan"
    r"(?:\s+(?:provisoire|officiel|humain))?\s+à|(?:fait|font)\s+état\s+d[e’']"
    # a toll held to or given again: "L'armée maintient son bilan de 18 morts" (trial 61:
    # credited to the voice of the sentence before)
    r"|(?:(?:a|ont|avait|avaient)\s+)?(?:maint(?:ient|iennent|enu|enait|enaient)|"
    r"réit[éè]r(?:é|e|ent|ait|aient))"
    # an aside between: "Les autorités maintiennent de leur côté un bilan de neuf morts"
    # (trial 63: credited to the committee of the sentence before)
    r"(?:\s+(?:de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|toujours|encore))?"
    r"\s+(?:son|leur|sa|ses|leurs|ce|le|un)\s+"
    r"(?:(?:premier|dernier|propre)\s+)?(?:bilan|décompte|chiffre)\s+d[e’'])"
)
# The subject: a noun phrase on an article or a capitalised name, then maybe a name or
# a title set off by commas; opening the sentence (after a short opener: "À Beni,") or
# after a colon, a semicolon, a quotation mark.
_SUBJECT = re.compile(
    r"\s*(?:[\w’'-]+(?:\s+[\w’'-]+){0,2}\s*,\s*)??"
    r"(?P<name>(?:(?:[Ll][’']|[Ll]es?\s|[Ll]a\s|[Uu]ne?\s|[Dd]es\s)[^,.;:«»“”\"()]{2,60}?"
    r"|[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,3})"
    r"(?:\s*,\s*[^,.;:«»“”\"()]{2,60}?\s*,)?)"
    rf"\s+{_PUTS}",
)
# (a dateline's dash too: "MAROUA, 2 juillet (Fil) - Le gouvernement maintient son bilan")
_OPENING = re.compile(r"[;:!?«»“”\"]\s*|\s[-–—]\s+")
_HINTS = ("bilan", "état", "chiffre", "décompte")
# A toll standing as the subject, whose voice is told elsewhere: "Le bilan provisoire fait
# état de 14 morts".
_A_TOLL = re.compile(
    r"(?:le|ce|un|l[’']|leur|son)\s*(?:(?:dernier|nouveau|premier)\s+)?"
    r"(?:bilan|décompte|chiffre|nombre|total)(?![\w])"
)

# An event or a death standing as the subject: what brought the toll to its figure, no
# one who gives it ("L'attaque porte le bilan à 30 morts", "Le décès de deux blessés
# porte le bilan à 25": a Haitian trial's voice "Le décès de deux blessés"); nor a voice
# of a verb of saying ("Les dernières attaques ont fait état de 13 morts", `voices`).
AN_EVENT = re.compile(
    r"(?:les?|la|l[’']|une?|ce|cette|ces|cet)\s*"
    r"(?:(?:nouvel(?:le)?s?|nouveaux|derni(?:er|ère)s?|récente?s?|premi(?:er|ère)s?)\s+)?"
    r"(?:attaques?|attentats?|explosions?|décès|morts?|frappes?|bombardements?|incendies?|"
    r"affrontements?|combats?|naufrages?|drames?|tueries?|massacres?|violences?|accidents?|"
    r"embuscades?|raids?|assauts?|séismes?|inondations?|épidémies?|disparitions?|tirs?|"
    r"heurts?|fusillades?)(?![\w])"
)


def find(text: str, folded: str, start: int, end: int) -> list[Speaker]:
    """The voices of `text[start:end]` that put a toll at its figure; `folded` is the
    lower-cased text, offsets kept."""
    words = folded[start:end]
    if not any(h in words for h in _HINTS):
        return []
    found = []
    openings = [start, *(m.end() for m in _OPENING.finditer(text, start, end))]
    for match in filter(None, (_SUBJECT.match(text, at, end) for at in openings)):
        s, e = match.span("name")
        if _A_TOLL.match(folded, s) or AN_EVENT.match(folded, s):
            continue
        name = " ".join(text[s:e].split()).rstrip(",").rstrip()
        e = s + len(text[s:e].rstrip().rstrip(","))
        person = bool(PERSON.search(name.lower()) or re.search(r",\s*[A-ZÀ-Ý]", name))
        found.append(Speaker(start=s, end=e, name=name, person=person, leads=True))
    return found
