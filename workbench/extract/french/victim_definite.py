"""One person told by an article and a noun right before a passive fate: "Le conducteur
de la voiture a été légèrement blessé" (french-n study: no claim), as the English
reader counts "The driver was killed"; "Un corps a été retrouvé sans vie" (french-n
study: no claim, as "Deux corps ont été retrouvés" had one). Only before "a été",
"avait été" or "aurait été", or a death told intransitively ("Le propriétaire des
zébus est mort sur le coup", "a succombé": french-o study): "le soldat" elsewhere
points back to one counted before, "un corps" may be an army's."""

from __future__ import annotations

import re

# The nouns for one person such a sentence names: roles on a road or in a fight.
_PERSON = (
    r"conducteur|conductrice|chauffeur|passager|passagère|motocycliste|cycliste|piéton|"
    r"piétonne|soldat|militaire|policier|policière|gendarme|agent|civil|homme|femme|garçon|"
    r"fillette|adolescent|adolescente|enfant|bébé|victime|blessé|commerçant|commerçante|"
    r"paysan|paysanne|berger|pêcheur|élève|étudiant|étudiante|journaliste|chauffeur-livreur|"
    r"propriétaire|gardien|vigile|motard|automobiliste|passant|passante|enseignant|"
    r"enseignante|instituteur|institutrice|professeur|directeur|directrice|caïd|"
    r"éclaireur|citoyen|citoyenne"
)
# A nickname in quotes after the noun, and the words that say it is one: "le caïd
# « Nouyòk Nouyòk » ainsi connu a été mortellement blessé" (french-p study: no claim).
_NICKNAME = r"(?:\s*[«“\"][^«»“”\"]{1,40}[»”\"](?:\s+(?:ainsi\s+)?(?:connu|surnommé|appelé)e?)?)?"
# One body found: "un corps a été retrouvé (sans vie)", "un corps sans vie a été découvert".
_BODY_FOUND = (
    r"|(?<![\w’'])un(?=\s+corps(?:\s+sans\s+vie)?\s+(?:a|avait|aurait)\s+"
    r"(?:[\w’'-]+ment\s+)?été\s+"
    r"(?:[\w’'-]+ment\s+)?(?:retrouvé|découvert|repêché|exhumé|ramassé)(?![\w]))"
)
ONE_DEFINITE = re.compile(
    r"(?<![\w’'])(?:le|la|l[’'])(?=\s*(?:jeune\s+)?(?:" + _PERSON + r")(?![\w])"
    # what names which one: "de la voiture", "du camion", "de 45 ans" (no count)
    r"(?:\s+(?:de\s+la|du|de\s+l[’']|des|de)\s*[\w’'-]+(?:\s+[\w’'-]+)?)?"
    + _NICKNAME
    + r"\s+(?:(?:a|avait|aurait)\s+été\s"
    # a death told intransitively: "Le propriétaire des zébus est mort sur le coup"
    # (french-o study: no claim), "le conducteur a succombé à ses blessures"
    r"|(?:est|était|serait)\s+(?:mort|morte|décédé|décédée)(?![\w])(?!\s+de\s+(?:peur|rire))"
    r"|(?:a|avait|aurait)\s+(?:succombé|péri|perdu\s+la\s+vie|trouvé\s+la\s+mort)(?![\w])))"
    # the last of a list, its verb the list's: "Quatre élèves et le conducteur ont été
    # blessés" (french-o study: no claim at all)
    r"|(?<=\set\s)(?:le|la|l[’']|leur|son|sa)(?=\s*(?:jeune\s+)?(?:" + _PERSON + r")(?![\w])"
    r"\s+(?:ont|avaient|auraient)\s+été\s)"
    # or its first: "Le chauffeur et deux soldats ont été tués"
    r"|(?<![\w’'])(?:le|la|l[’'])(?=\s*(?:jeune\s+)?(?:" + _PERSON + r")(?![\w])\s+et\s+"
    r"(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d)[^.;]{0,60}?"
    r"\s(?:ont|avaient|auraient)\s+été\s)" + _BODY_FOUND
)
