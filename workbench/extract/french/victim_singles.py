"""One person counted in French casualty claims, for `victims.py`: "un soldat", "une
personne", "l'un d'eux", a nationality as a noun ("un Libanais"), one of kin ("sa
fille") or one office-holder ("le maire de la commune"); and `TRIGGER`, the words that
make a French sentence worth reading. Patterns run over lower-cased text, as
`victim_words`'s do; every list is data: extend it where real text demands.
"""

from __future__ import annotations

import re

from workbench.extract.french.victim_definite import ONE_DEFINITE
from workbench.extract.french.victim_nouns import NOUN
from workbench.extract.french_demonyms import FRENCH_DEMONYMS

# A nationality as a noun, lower-cased as the text these run over is: "un Libanais",
# "deux Syriens" (`french_demonyms`); its singular forms after "un", "une".
_FORMS = sorted({k.lower() for k in FRENCH_DEMONYMS}, key=len, reverse=True)
NATIONALS = "|".join(re.escape(f) for f in _FORMS)
_ONE_NATIONAL = "|".join(re.escape(f) for f in _FORMS if not f.endswith("s") or f.endswith("ais"))
# One person: "un soldat a été tué", "une personne", "un mort et huit blessés", "un (01)
# mort", "un porté disparu", "un troisième a été blessé", "un de ses combattants", "l'une
# des otages".
ONE = re.compile(
    r"(?<![\w])(?:un|une)(?=(?:\s*\(\s*0?1\s*\))?\s+[«“\"]?\s*"
    r"(?:(?:d[e’']\s*(?:nos|ses|leurs|vos|ces)|des)\s+(?=[a-zà-ÿ]))?"
    # one of a side, in a list of tolls: "34 morts parmi les rebelles et un parmi les
    # soldats", "et une du côté des forces" (`SIDE`)
    r"(?:(?:parmi|chez)\s+(?:les|leurs)\s|(?:du\s+)?côté\s|dans\s+les\s+rangs\s|"
    r"(?:autre|troisième|quatrième|cinquième|"
    r"second|seconde|dernier|dernière)(?![\w])"
    # not another strike or attack: "une autre frappe sur Maaysara a fait trois morts"
    r"(?!\s+(?:frappe|attaque|attentat|explosion|bombe|roquette|embuscade|raid|incursion|"
    r"offensive|assaut|obus|drone|missile|fois|source|localité|ville|village|partie)s?(?![\w]))"
    # "un nouveau soldat a été blessé", "un deuxième civil": its people named after it
    # and by its rank in a count: "Un 4e décès à Beaumont a été rapporté" (french-l study)
    rf"|(?:nouveau|nouvelle|nouvel|deuxième|\d{{1,2}}(?:e|ème))\s+(?:{NOUN}|décès)(?![\w])"
    rf"|(?:autre\s+)?(?:{NOUN}|mort|blessée?|otage|"
    r"(?:portée?\s+)?disparue?)(?![\w])"
    # one of a nationality, the demonym as a noun: "Un Libanais et deux Syriens"
    rf"|(?:{_ONE_NATIONAL})(?![\w])))"
    # one of those told before, before a verb of its own: "L'un d'eux a été blessé par
    # balles", "l'une d'entre elles a succombé" (french-p study: no claim)
    r"|(?<=l[’'])(?:un|une)\s+d[’']\s*(?:entre\s+)?(?:eux|elles)"
    r"(?=\s+(?:a|avait|aurait|est|était|serait)\s)"
)
# What an office-holder does when he tells a toll rather than falls in it.
_TELLS = (
    r"évoqu(?:e|ait|ent)|parl(?:e|ait)|fai(?:t|sait)\s+état|a\s+fait\s+état|"
    r"dénombr(?:e|ait)|recens(?:e|ait)|avan(?:ce|çait)|annon(?:ce|çait)|a\s+annoncé|"
    r"affirm(?:e|ait)|a\s+affirmé|déclar(?:e|ait)|a\s+déclaré|rapport(?:e|ait)|"
    r"signal(?:e|ait)|a\s+signalé|fai(?:t|sait)\s+part|indiqu(?:e|ait)|a\s+indiqué|"
    r"fai(?:t|sait)\s+mention|dresse|a\s+dressé|donne|a\s+donné|chiffr(?:e|ait)"
)
# One person told by a possessive before a word of kin, or by an ordinal: "ils ont tué
# son épouse", "sa fille a été enlevée", "le premier civil israélien a été tué" (one
# victim, as "un civil"); not "son armée", "le premier ministre" (no people counted),
# nor a witness's own ("mon épouse a été abattue" retells a toll told), nor kin lost
# ("elle a perdu sa mère": no cause told).
ONE_OF_KIN = re.compile(
    r"(?<![\w])(?<!perdu\s)(?:son|sa|leur)(?=\s+(?:propre\s+)?(?:épouse|femme|mari|fils|fille|"
    r"frère|sœur|soeur|père|mère|enfant|oncle|tante|cousine?|neveu|nièce|grand-père|"
    r"grand-mère|apprentie?|convoyeur|garde\s+du\s+corps|chauffeur)(?![\w]))"
    r"|(?<![\w])(?:le\s+premier|la\s+première)(?=\s+(?:civil|soldat|militaire|casque\s+bleu|"
    r"policier|gendarme|journaliste|humanitaire|otage|victime|mort)(?![\w]))"
    # one office-holder, his office named by what he heads: "Bendji, le chef du quartier
    # Belekou a été abattu", "le deuxième chef de la bande est mort", "le maire de la
    # commune a été enlevé" (a fate must follow, as for any count); not one of a toll
    # told before ("Deux personnes sont tuées, dont le chef du village", "parmi lesquels,
    # le Commandant de Brigade")
    r"|(?<![\w])(?<!dont\s)(?<!lesquels\s)(?<!lesquelles\s)(?<!lesquels,\s)(?<!lesquelles,\s)"
    r"(?<!notamment\s)(?<!compris\s)(?<!eux\s)(?<!elles\s)le(?=\s+(?:(?:premier|deuxième|second|numéro\s+deux)\s+)?(?:chef|maire|préfet|"
    r"sous-préfet|imam|pasteur|curé|prêtre|directeur|commandant)\s+(?:du|des|de|d[’'])\s"
    # not the office-holder telling a toll: "le chef du village évoque quatre morts", "le
    # préfet de la région parle de sept morts" (trial 78: read as the chief killed)
    rf"(?![^.,;:!?]{{0,60}}?(?<![\w])(?:{_TELLS})(?![\w])))"
    # one named before, pointed back to, before a passive fate: "Ce dernier avait été
    # enlevé", "cette dernière a été blessée par balle"
    r"|(?<![\w])(?:ce\s+dernier|cette\s+dernière)(?=\s+(?:a|avait|aurait)\s+été\s)"
)


# A sentence worth reading holds a digit, a French number word, or "un"/"une" where it
# may count ("une dizaine", "un million", "un soldat": `victims.ONE`), not the article
# alone ("une attaque").
TRIGGER = re.compile(
    r"\d|(?<![\w])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|quelques|"
    r"plusieurs|certaine?s|(?:des|par|en|aux|ces|de|autres)\s+(?:dizaines|centaines|milliers|millions)|"
    r"(?:un|une)\s+(?:[«“\"]\s*)?(?:dizaine|douzaine|quinzaine|"
    r"vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier|million|"
    r"milliard)s?)(?![\w])"
    rf"|{ONE.pattern}|{ONE_OF_KIN.pattern}|{ONE_DEFINITE.pattern}"
    # a toll of none: "aucun civil n'a été tué", "pas de victime" (zero_tolls.py)
    r"|(?<![\w])(?:aucune?|personne\s+n|pas\s+(?:eu\s+)?de\s+(?:victime|mort|bless|perte)"
    r"|sans\s+(?:faire\s+(?:de|aucune)\s+)?(?:victime|perte))"
    # one person befallen by a nominal or an idiom of arrest (`victim_named`)
    r"|(?<![\w])(?:meurtre|assassinat|lynchage|arrestation|interpellation)\s+d"
    r"|main\s+au\s+collet|le\s+grappin\s+sur"
)
