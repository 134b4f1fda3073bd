"""The words by which a French sentence belongs to the report of the sentences
around it (`reader.FrenchReader`): it goes on with it ("aussi", "huit autres",
"parmi eux", "ce bilan"), it names who told it ("C'est ce que rapporte X"), or it
opens on the toll told before it ("Le nouveau bilan a été publié par ...")."""

from __future__ import annotations

import re

# A sentence that only names who told the paragraph before it: "C'est ce que rapporte
# Sudan Tribune, citant des médecins et des témoins."
# Or the toll itself, whose teller it names: "C'est le bilan officiel communiqué par la
# police, qui avait d'abord évoqué ...", "C'est le chiffre donné par les autorités".
TOLD_BY = re.compile(
    r"\s*(?:c[’']est|ce\s+sont)\s+(?:ce\s+qu|(?:le|les|ce|ces)\s+(?:bilans?|chiffres?)(?![\w]))"
)
# A bulletin a voice publishes, named with it: "Selon un bilan partiel publié par la
# DPC", "La Protection civile, dans son dernier bilan, rapporte", "un communiqué de".
BULLETIN = re.compile(
    r"(?<![\w])(?:bilan|communiqué|rapport|point\s+de\s+situation|bulletin)s?(?![\w])"
    # the same source again: a bulletin's voice going on ("Selon la même source, les
    # unités de la Protection civile sont intervenues ...", then its paragraphs of dead:
    # french-m study)
    r"|(?<![\w])mêmes?\s+sources?(?![\w])"
)
# A sentence opening on a toll told before it: "Le nouveau bilan a été publié ...".
TOLL_OPENING = re.compile(
    r"(?:le|ce|cet|ces|les)\s+(?:(?:nouveau|nouvel|dernier|premier|précédent|lourd)\s+)?"
    r"(?:bilan|chiffres?|décompte)(?![\w])"
)
# Words of a sentence that goes on with the report before it.
# A sentence opening on another account: another incident the same day or elsewhere, whose
# voice is not the sentence before's ("L'attaque a été revendiquée par le JNIM, selon SITE.
# Le même jour, 2 policiers ont été tués à Matéri").
SHIFTS = re.compile(
    r"\W*(?:le\s+même\s+jour|la\s+même\s+nuit|le\s+jour\s+même|par\s+ailleurs|ailleurs|"
    r"dans\s+une?\s+autre|au\s+même\s+moment|entre-temps|non\s+loin\s+de\s+là|plus\s+tôt)"
    r"(?![\w])"
)
CONTINUES = re.compile(
    r"(?<![\w])(?:aussi|également|en\s+outre|de\s+plus|en\s+plus|autres|parmi\s+(?:eux|elles|"
    r"les|ces)|dont|(?:ce|le\s+même|ledit)\s+(?:bilan|chiffre)|ces\s+chiffres|"
    # the people counted before, named by what befell them: "Les disparus sont ..."
    r"(?:les|ces)\s+(?:victimes|morts|tués|blessés|disparus|otages|défunts)|"
    r"toujours|encore|d[’']ailleurs)(?![\w])"
)
# A toll that replaces the one told before it, whose voice it does not share: "Le bilan
# s'élève désormais à 62 morts", "Selon un nouveau bilan, ...", "le bilan s'est alourdi";
# and a figure its own sentence calls superseded: "L'ONU avait initialement fait état de
# 40 morts" (its voice speaks for no later toll).
REVISES = re.compile(
    r"(?<![\w])(?:désormais|nouveau\s+bilan|nouvel\s+bilan|dernier\s+bilan|bilan\s+actualisé|"
    r"s[’']est\s+alourdi|s[’']alourdit|revu\s+à\s+la\s+(?:hausse|baisse)|est\s+passé\s+à)(?![\w])"
)
EARLIER = re.compile(
    r"(?<![\w])(?:initialement|dans\s+un\s+premier\s+temps|premier\s+bilan|précédent\s+bilan|"
    r"bilan\s+initial)(?![\w])"
)
