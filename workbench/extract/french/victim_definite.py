"""One person told by "le" or "la" and a noun for a person, right before a passive fate:
"Le conducteur de la voiture a été légèrement blessé" (french-n study: no claim), as
the English reader counts "The driver was killed". Only before "a été", "avait été"
or "aurait été": "le soldat" elsewhere points back to one counted before."""

from __future__ import annotations

import re

# The nouns for one person such a sentence names: roles on a road or in a fight.
_PERSON = (
    r"conducteur|conductrice|chauffeur|passager|passagère|motocycliste|cycliste|piéton|"
    r"piétonne|soldat|militaire|policier|policière|gendarme|agent|civil|homme|femme|garçon|"
    r"fillette|adolescent|adolescente|enfant|bébé|victime|blessé|commerçant|commerçante|"
    r"paysan|paysanne|berger|pêcheur|élève|étudiant|étudiante|journaliste|chauffeur-livreur"
)
ONE_DEFINITE = re.compile(
    r"(?<![\w’'])(?:le|la|l[’'])(?=\s*(?:jeune\s+)?(?:" + _PERSON + r")(?![\w])"
    # what names which one: "de la voiture", "du camion", "de 45 ans" (no count)
    r"(?:\s+(?:de\s+la|du|de\s+l[’']|des|de)\s*[\w’'-]+(?:\s+[\w’'-]+)?)?"
    r"\s+(?:a|avait|aurait)\s+été\s)"
)
