"""The words by which a French sentence belongs to the report of the sentences
around it (`reader.FrenchReader`): it goes on with it ("aussi", "huit autres",
"parmi eux", "ce bilan"), it names who told it ("C'est ce que rapporte X"), or it
opens on the toll told before it ("Le nouveau bilan a été publié par ...")."""

from __future__ import annotations

import re

# A sentence that only names who told the paragraph before it: "C'est ce que rapporte
# Sudan Tribune, citant des médecins et des témoins."
TOLD_BY = re.compile(r"\s*(?:c[’']est|ce\s+sont)\s+ce\s+qu")
# A sentence opening on a toll told before it: "Le nouveau bilan a été publié ...".
TOLL_OPENING = re.compile(
    r"(?:le|ce|cet|ces|les)\s+(?:(?:nouveau|nouvel|dernier|premier|précédent|lourd)\s+)?"
    r"(?:bilan|chiffres?|décompte)(?![\w])"
)
# Words of a sentence that goes on with the report before it.
CONTINUES = re.compile(
    r"(?<![\w])(?:aussi|également|en\s+outre|de\s+plus|en\s+plus|autres|parmi\s+(?:eux|elles|"
    r"les|ces)|dont|(?:ce|le\s+même|ledit)\s+(?:bilan|chiffre)|ces\s+chiffres|"
    # the people counted before, named by what befell them: "Les disparus sont ..."
    r"(?:les|ces)\s+(?:victimes|morts|tués|blessés|disparus|otages|défunts)|"
    r"toujours|encore|d[’']ailleurs)(?![\w])"
)
