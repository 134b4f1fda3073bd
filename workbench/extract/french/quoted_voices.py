"""A voice named after its quotation, its verb inverted: "« Nous avons retrouvé 13
corps », fait savoir Paul Kasereka, maire de la commune", "», poursuit le maire", "»,
rappelle un habitant", "», a lâché le préfet". `voices.py` reads the common verbs of
saying anywhere; after a closing quotation mark any verb of this list names the one
who spoke, as it may stand nowhere else ("poursuit ses opérations", "observe une
trêve"). `find(text, folded, start, end)` gives `speaker_phrase.Speaker` values.
"""

from __future__ import annotations

import re

from workbench.extract.french.voice_names import PERSON
from workbench.extract.french.voice_phrases import NAME
from workbench.extract.speaker_phrase import Speaker

# The verbs a quotation's speaker follows, in the present or the compound past; the
# stems of the present ("précis-e", "rappell-e"), then whole forms.
_STEMS = (
    r"expliqu|précis|soulign|ajout|confi|racont|témoign|affirm|déclar|indiqu|rapport|assur|"
    r"regrett|déplor|rappel|rappell|confirm|not|insist|martel|martèl|observ|relat|lâch|"
    r"souffl|comment|résum|tranch|détaill|admett|reconn|avou|estim|constat|lanc|glissé|"
    r"prévien|conclu|poursui|renchéri|s[’']indign|s[’']inquièt|s[’']insurg|s[’']alarm|"
    # telling, informing, answering: "», a renseigné X", "», rétorque le maire"
    r"renseign|signifi|rétorqu|répliqu|attest|certifi|narr|clam|s[’']exclam|murmur|concéd|"
    r"dévoil|divulgu|expos|décri|répond|"
    # feeling, blaming, warning: "», se désole une habitante", "», reconnaît un officier"
    r"se\s+désol|se\s+lament|s[’']interrog|s[’']étonn|s[’']emport|reconnaî|fustig|dénonc|"
    r"accus|interpell|alert|avert"
)
_VERB = (
    rf"(?:(?:{_STEMS})(?:e|ent|é|ée|t|vi|vent|it|issent|u)"
    r"|(?:fait|font|a\s+fait|ont\s+fait)\s+(?:savoir|remarquer|observer|valoir)|dit|disent|répond)"
)
_AFTER_QUOTE = re.compile(
    rf"[»”\"]\s*,?\s*(?:(?:a|ont)(?:\s+(?:également|aussi|encore))?\s+)?{_VERB}"
    # the speaker a pronoun: "», poursuit-il", "», ajoute-t-elle"
    r"(?:(?:-t)?-(?P<pronoun>il|elle|ils|elles)(?![\w])"
    r"|(?:\s*,?\s*(?:de\s+son\s+côté|pour\s+sa\s+part|également|aussi|encore|"
    r"(?:ce|cette\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|soir))"
    r"(?:\s*,(?=\s))?)*"
    rf"\s+(?!(?:que|qu[’']|de|d[’']|à|au|aux|en|le\s+bilan|ses|son|sa|leurs?)(?![\w]))"
    # the name closing its clause: not "», observe une trêve après la mort de ..."
    rf"{NAME}(?=\s*(?:[,.;:!?(]|$)))"
)
# A quotation, not a name quoted: its words before the closing mark ('"Zaïko", poursuit
# ses attaques' quotes no one).
_QUOTED = re.compile(r"[«“\"]\s*\S+\s+\S+\s+\S+[^«“\"]*$")
# A term quoted within a noun phrase, its article before the opening mark: 'des «
# terroristes encore non identifiés » ont lancé des grenades' quotes no one.
_TERM_QUOTED = re.compile(r"(?<![\w])(?:des|les|le|la|du|un|une|ces|l[’'])\s*$")
_QUOTE_REACH = 300
_ARTICLE_REACH = 8  # characters before an opening mark searched for an article
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w’'-]+\s+[A-ZÀ-Ý][\w’'-]+")


def find(text: str, folded: str, start: int, end: int) -> list[Speaker]:
    """The voices of `text[start:end]` named after a quotation they spoke; `folded` is
    the lower-cased text, offsets kept."""
    words = folded[start:end]
    if "»" not in words and "”" not in words and '"' not in words:
        return []  # most sentences quote no one
    found = []
    for match in _AFTER_QUOTE.finditer(folded, start, end):
        quoted = _QUOTED.search(folded, max(start, match.start() - _QUOTE_REACH), match.start())
        if quoted is None:
            continue
        if _TERM_QUOTED.search(folded, max(0, quoted.start() - _ARTICLE_REACH), quoted.start()):
            continue  # a term quoted: 'des « terroristes »'
        s, e = match.span("name" if match.group("name") else "pronoun")
        name = " ".join(text[s:e].split())
        if len(name) < 2:
            continue
        person = bool(PERSON.search(name.lower()) or _CAPITALISED.match(name))
        found.append(Speaker(start=s, end=e, name=name, person=person))
    return found
