"""The words of French casualty claims, for `victims.py`: the people counted
and their families, the nouns that say what befell them ("morts", "blessés"),
the participles after them ("ont été tués") and the verbs and nominals before
them ("tuant", "la mort de"). Patterns run over lower-cased text; every list is
data: extend it where real text demands.
"""

from __future__ import annotations

import re

from workbench.extract.french.displaced_words import DRIVEN
from workbench.extract.french.victim_nouns import NOUN
from workbench.extract.french.victim_singles import NATIONALS
from workbench.models import Category

K, W, M, A, D, R, T, P = (
    Category.KILLED,
    Category.WOUNDED,
    Category.MISSING,
    Category.KIDNAPPED,
    Category.DISPLACED,
    Category.REFUGEES,
    Category.TROOPS,
    Category.ARRESTED,
)
# The casualty nouns that say what befell those counted: "24 morts", "11 blessés".
CASUALTY_NOUNS: dict[str, Category] = {
    "morts": K, "mort": K, "corps": K, "tué": K, "décès": K, "décédés": K, "victimes": K,
    # a side's dead by its words: "cinq martyrs", "3 pertes dans ses rangs"
    "martyrs": K, "pertes": K, "cadavres": K,
    "blessés": W, "blessé": W, "blessées": W, "disparus": M, "disparu": M,
    # the outlet's slip on an accented page: "plus de 70 blesses" (french-k study)
    "blesses": W,
    "otages": A, "otage": A, "déplacés": D, "déplacées": D, "réfugiés": R, "réfugiées": R,
    "pdi": D, "sans-abri": D,
    # arrests counted by their noun: "88 arrestations", "une quinzaine d'interpellations"
    "arrestations": P, "interpellations": P,
    # kidnappings counted by their noun: "plus de 800 enlèvements contre rançon"
    "enlèvements": A, "kidnappings": A, "rapts": A,
    "attaques": Category.ATTACKS, "attentats": Category.ATTACKS, "frappes": Category.ATTACKS,
    "raids": Category.ATTACKS, "embuscades": Category.ATTACKS,
}  # fmt: skip
# Leaving home: "quitter leurs domiciles", "abandonné leurs villages", "fui leurs foyers",
# "ont quitté le camp".
_LEAVE_HOME = (
    r"(?:(?:dû|pu)\s+)?(?:quitter|quitté|abandonner|abandonné|fuir|fui|déserter|déserté)\s+(?:leurs?|les|ses|son)\s+"
    r"(?:domiciles?|foyers?|maisons?|villages?|localités?|habitations?|terres?|communes?|"
    r"quartiers?|zones?|champs?|toits?|logements?|demeures?)|(?:quitté|fui|déserté|abandonné)\s+(?:la|le|les|cette|ce)\s+"
    # a camp left after an attack on it: "6 000 personnes ont quitté le camp" (trial 63)
    r"(?:ville|village|localité|zone|région|commune|secteur|quartier|cercle|département|camp)s?"
    r"|(?:quitté|quitter)\s+(?:le|leur)\s+pays(?![\w’'-])"  # abroad: `victim_refuge.where_fled`
)
# Who takes people away as captives: "emmenés par les ravisseurs", "par des hommes armés".
_TAKERS = (
    r"(?:les|des|leurs|ces|ses)\s+(?:ravisseurs|kidnappeurs|assaillants|hommes\s+armés|"
    r"individus\s+armés|jihadistes|djihadistes|terroristes|rebelles|insurgés|bandits|"
    r"miliciens|combattants|islamistes|gangs?|membres\s+(?:du|de\s+la|des|d[’'])\s*[\w’'-]+)"
)
# What a force did, which counts its men: "une centaine d'hommes armés ont attaqué".
_ATTACKED = (
    r"attaqué|envahi|assailli|investi|encerclé|pris\s+d[’']assaut|fait\s+irruption|"
    r"fait\s+une\s+incursion|lancé\s+(?:une|l[’'])\s*(?:attaque|assaut|offensive)|"
    r"mené\s+(?:une|l[’'])\s*(?:attaque|assaut|offensive|incursion)|pénétré|déferlé|"
    r"(?:attaqu|envah|assaill|encercl|investiss)(?:ent|ait|aient|issent|issaient)"
)
# A participle told before the killing it led to, joined by "et"/"puis" ("attaqués et
# tués"), and the killings so joined; the last participle gives the category.
_BEFORE_KILLED = (
    r"attaqué|enlevé|kidnappé|capturé|torturé|ligoté|séquestré|violé|battu|pourchassé|"
    r"poursuivi|pris\s+en\s+embuscade|pris\s+en\s+otage|arrêté|interpellé|dépouillé"
)
_KILLED_TOO = (
    r"(?:(?:froidement|sauvagement|sommairement|lâchement)\s+)?"
    r"(?:tué|abattu|exécuté|égorgé|décapité|assassiné|achevé|massacré|fusillé)(?:e|s|es)?"
)
# After the counted people: "ont été tués", "ont perdu la vie", "sont portés disparus".
_AFTER: list[tuple[Category, str]] = [
    # what befell them before they were killed: "attaqués et tués", "enlevés puis exécutés"
    (K, rf"(?:{_BEFORE_KILLED})(?:e|s|es)?\s+(?:et|puis|avant\s+d[’']être)\s+(?:{_KILLED_TOO})|"
        r"mortellement\s+(?:blessé|touché|atteint|poignardé)(?:e|s|es)?|"
        r"(?:blessé|touché|atteint)(?:e|s|es)?\s+mortellement|"
        # the wounded who died: "deux soldats blessés ont succombé"
        r"blessé(?:e|s|es)?\s+(?:ont|a|sont|est)\s+(?:succombé|décédée?s?|morte?s?)|"
        r"tué(?:e|s|es)?|mort(?:e|s|es)?|criblé(?:e|s|es)?\s+de\s+balles|lynché(?:e|s|es)?|"
        r"fauché(?:e|s|es)?\s+par\s+(?:les\s+balles|des\s+tirs|une\s+rafale)|"
        r"décédé(?:e|s|es)?|péris?|périss(?:ent|ait|aient)|"
        # the outlet's agreement slip too: "ont perdue la vie" (french-l study)
        r"(?:perdu(?:e|s|es)?|laissé)\s+la\s+vie|"
        r"abattu(?:e|s|es)?|"
        # fallen, not into an ambush: "sont tombés au champ d'honneur", "tombés sur place"
        r"exécuté(?:e|s|es)?|tombé(?:e|s|es)?(?!\s+(?:dans|en\s+panne|aux\s+mains|"
        r"sur(?!\s+(?:place|le\s+coup|le\s+champ|le\s+front)(?![\w]))))|"
        r"massacré(?:e|s|es)?|assassiné(?:e|s|es)?|décimé(?:e|s|es)?|"
        r"égorgé(?:e|s|es)?|trouvé\s+la\s+mort|succombé|calciné(?:e|s|es)?|décapité(?:e|s|es)?|"
        r"brûlé(?:e|s|es)?\s+vi(?:f|fs|ve|ves)|fusillé(?:e|s|es)?|"
        r"neutralisé(?:e|s|es)?|mis\s+hors\s+(?:d[’']état\s+de\s+nuire|de\s+combat)|"
        r"(?:figurent|figuraient|figure|figurait|sont|est|comptent|compte)\s+parmi\s+les\s+"
        r"(?:victimes|morts|tués)|"
        # stabbed to death; stabbed alone is a wound (below)
        r"poignardé(?:e|s|es)?\s+à\s+mort|"
        # a total the figure brings a count to: "portant à vingt le nombre d'assaillants mis
        # hors d'état de nuire" (trial 77: not read; only the "huit autres" before it)
        r"le\s+nombre\s+(?:total\s+)?d(?:e|es|’|')\s*(?:[a-zà-ÿ’'-]+\s+){0,2}?(?:(?:tué|neutralisé|"
        r"abattu|éliminé)(?:e|s|es)?|mis\s+hors\s+(?:d[’']état\s+de\s+nuire|de\s+combat))|"
        # laid in the ground (trial 77: « Nous avons enterré neuf soldats » was read wounded)
        r"(?:enterré|inhumé)(?:e|s|es)(?!\s+(?:sous|vivante?s?))"),
    # a light wound too: "un enfant a été écorché à la jambe", "contusionnés"
    # poisoned by smoke or gas, as civil defence counts them: "14 personnes incommodées
    # par le monoxyde de carbone", "intoxiquées" (french-l study)
    (W, r"blessé(?:e|s|es)?|hospitalisé(?:e|s|es)?|(?:écorch|égratign|contusionn)é(?:e|s|es)?|"
        r"(?:incommod|intoxiqu)é(?:e|s|es)?|"
        r"(?:figurent|figuraient|figure|figurait|sont|est|comptent|compte)"
        r"\s+parmi\s+les\s+blessés|"
        r"(?:touché|atteint)(?:e|s|es)?\s+(?:par\s+(?:balles?|des\s+balles|une\s+balle|"
        r"des\s+éclats|des\s+tirs)|d[e’']\s*une\s+balle)|"
        # "un automobiliste a été poignardé" (french-o study: no claim)
        r"poignardé(?:e|s|es)?(?!\s+à\s+mort)|"
        # told by a medical state (accident and fire reporting, french-k study): "sont en
        # urgence absolue", "se trouvent dans un état critique", "grièvement brûlées"
        r"(?:se\s+trouv(?:ent|aient|e|ait)\s+)?(?:en\s+(?:état\s+d[’']\s*)?urgence\s+absolue|"
        r"dans\s+un\s+état\s+(?:critique|grave|sérieux|préoccupant)|"
        # between life and death, no death: "sont entre la vie et la mort", "luttent pour
        # leur vie", "luttait contre la mort" (french-w study: read as killed from "vie")
        r"entre\s+la\s+vie\s+et\s+la\s+mort)|"
        r"lutt(?:ent|e|aient|ait)\s+(?:(?:toujours|encore)\s+)?(?:pour\s+(?:leur|sa)\s+"
        r"(?:vie|survie)|contre\s+la\s+mort)|"
        r"(?:grièvement|gravement|sérieusement)\s+brûlé(?:e|s|es)?|"
        # the treated: "soigné 17 personnes pour des blessures par balle" (trial 77)
        r"(?:pour|avec)\s+des\s+blessures(?:\s+graves)?\s+(?:par\s+balles?|par\s+armes?\s+"
        r"(?:à\s+feu|blanches?)|à\s+l[’']arme\s+blanche|par\s+machettes?|par\s+éclats)"),
    (M, r"(?:porté(?:e|s|es)?\s+)?disparu(?:e|s|es)?|(?:restent\s+|demeurent\s+)?introuvables|"
        # still under the rubble: "sept personnes se trouveraient encore sous les décombres"
        r"(?:se\s+trouv(?:ent|aient|eraient)\s+)?(?:encore\s+|toujours\s+)?"
        r"(?:coincée?s?\s+)?sous\s+les\s+décombres|"
        r"manqu(?:ent|aient|e|ait)\s+(?:encore\s+|toujours\s+)?à\s+l[’']appel|"
        # "sept pêcheurs dont le sort reste inconnu"
        r"dont\s+le\s+sort\s+(?:reste|est|demeure)\s+(?:encore\s+|toujours\s+)?"
        r"(?:inconnu|incertain)"),
    (A, r"enlevé(?:e|s|es)?|kidnappé(?:e|s|es)?|pris\s+en\s+otage|pris(?:es)?\s+en\s+otages?|"
        # held: "sont toujours aux mains de leurs ravisseurs", "restent en captivité"
        r"(?:aux|entre\s+les)\s+mains\s+(?:de\s+(?:leurs|ses|ces)|des)\s+(?:ravisseurs|kidnappeurs)|"
        r"en\s+captivité|captif|captive|captifs|captives|"  # "sont toujours captives"
        # "emmenés dans la brousse", "emmenées vers une destination inconnue"
        r"emmené(?:e|s|es)?\s+(?:en|dans\s+la|vers\s+(?:la|une))\s+"
        r"(?:brousse|forêt|destination\s+inconnue)|"
        # taken by force, or by their captors: "emmenés de force", "emmenées en otages",
        # "emmenés par les ravisseurs" (`_TAKERS`), not "emmenés à l'hôpital"
        rf"(?:emmené|emporté)(?:e|s|es)?\s+(?:de\s+force|en\s+otages?|par\s+{_TAKERS})|"
        r"séquestré(?:e|s|es)?|retenu(?:e|s|es)?\s+(?:en\s+otages?|en\s+captivité|captifs?)"),
    (P, r"arrêté(?:e|s|es)?|interpellé(?:e|s|es)?|appréhendé(?:e|s|es)?|capturé(?:e|s|es)?|"
        r"mis(?:es)?\s+aux\s+arrêts|placé(?:e|s|es)?\s+en\s+garde\s+à\s+vue|"
        # held for trial: "placés en détention", "placés sous mandat de dépôt"
        r"(?:placé|mis)(?:e|s|es)?\s+(?:en\s+détention|sous\s+mandat\s+de\s+dépôt)|"
        r"écroué(?:e|s|es)?|faits?\s+prisonniers?|"
        # still held, an auxiliary before it: "trente militants sont toujours détenus",
        # "restent en détention" (trial 79: no claim); not "les détenus libérés"
        r"(?:(?:sont|restent|demeurent|étaient|restaient|seraient)\s+(?:(?:toujours|encore)\s+)?)"
        r"(?:détenu(?:e|s|es)?|en\s+détention)"),
    (D, r"déplacé(?:e|s|es)?|fui|fuient|fuyaient|fuyant|contraint(?:e|s|es)?\s+de\s+fuir|à\s+fuir|"
        r"pris\s+la\s+fuite|évacué(?:e|s|es)?|jeté(?:e|s|es)?\s+sur\s+les\s+routes|"
        r"(?:dû\s+)?se\s+déplacer|(?:se\s+sont\s+|s[’']est\s+)?enfui(?:e|s|es)?|"
        r"(?:se\s+retrouvent\s+|se\s+retrouvaient\s+|laissé(?:e|s|es)?\s+)?sans[- ]abris?|"
        r"forcé(?:e|s|es)?\s+de\s+fuir|déraciné(?:e|s|es)?|"
        # flight after a need or a choice: "ont dû fuir", "ont décidé de fuir"
        r"(?:dû|décidé\s+de|choisi\s+de|préféré)\s+fuir|"
        # driven out, scattered, into exile: `displaced_words.DRIVEN`
        rf"{DRIVEN}|"
        rf"(?:(?:contraint|forcé|obligé|poussé)(?:e|s|es)?\s+(?:de\s+|à\s+|d[’']))?{_LEAVE_HOME}"),
    (R, r"(?:se\s+(?:sont|seraient|étaient)\s+|s[’']est\s+)?réfugié(?:e|s|es)?|trouvé\s+refuge|"
        # "sont venues chercher refuge à l'évêché"
        r"venu(?:e|s|es)?\s+chercher\s+refuge|"
        # crossed into another country: "ont déjà traversé la frontière"
        r"(?:traversé|franchi)\s+la\s+frontière"),
    (T, r"déployé(?:e|s|es)?|envoyé(?:e|s|es)?|mobilisé(?:e|s|es)?|stationné(?:e|s|es)?|"
        rf"{_ATTACKED}"),
]  # fmt: skip
_AUX = (
    r"(?:(?:qui\s+)?(?:ont|a|sont|est|auraient|aurait|seraient|serait|avaient|avait|étaient|"
    # the subjunctive a denial takes: "dément que 30 soldats aient été tués"
    r"était|aient|soient|y\s+ont|ont\s+également|ont\s+aussi|auraient\s+également)\s+)?"
    r"(?:(?:été|également|aussi|déjà|tous|toutes|ainsi|toujours|encore|donc|par\s+ailleurs|"
    r"(?!mortellement)[a-zà-ÿ]+ment)"
    r"\s+){0,3}"
)
# A harm done, not suffered: "deux hommes armés ont tué 48 soldats" (its auxiliary in it
# or right before it).
_DONE = (
    r"(?<!\bont)(?<!\bont\s)(?<!\ba)(?<!\ba\s)(?<!\bavaient)(?<!\bavaient\s)(?<!\bavait)"
    r"(?!\s*(?:qui\s+)?(?:ont|a|auraient|aurait|avaient|avait)(?:\s+(?:également|aussi|déjà))?"
    r"\s+(?:tué|blessé|enlevé|kidnappé|exécuté|abattu|massacré|égorgé|assassiné|arrêté|capturé)"
    r"(?![\w]))"
)
POST = re.compile(
    rf"{_DONE}\s*,?\s*[«“\"]?\s*{_AUX}(?:"  # a quote may open it: 'militaires « sont tombés'
    + "|".join(f"(?P<{c.name}>{p})" for c, p in _AFTER)
    + r")(?![\w])"
)
# A count that reaches a figure: "le nombre de déplacés internes a atteint 2 millions".
_NUMBER_OF = r"(?:le\s+)?nombre\s+(?:total\s+)?d(?:e|es|’|')\s*"
_REACHES = (
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:a\s+atteint|atteint|s[’']élève(?:\s+désormais|\s+maintenant)?\s+à|"
    r"s[’']établit\s+à|dépasse|a\s+dépassé|est\s+passé\s+à|est\s+de|avoisine|frôle)"
    r"(?:\s+(?:désormais|maintenant|déjà|actuellement))?"  # "dépasse désormais 2 millions"
    r"(?:\s+(?:les|la\s+barre\s+des|le\s+cap\s+des))?"  # "a dépassé les 500 000"
)
# A count that lies in a range, its figures after "entre" (the range's own word): "le
# nombre de morts pourrait varier entre 54 et 65", "se situerait entre", "oscille entre".
_BETWEEN = r"(?:vari|oscill|(?:se\s+)?situ)(?:e|ent|er|ait|aient|erait|eraient)"
# A count put at its figure by whoever estimates it: "estime le nombre de déplacés à
# 20 000" (the verb before the count, the figure after "à").
_PUT_AT = r"(?:\s+[\w’'-]+){0,2}?\s+à"
# A list of the dead or wounded: "parmi les victimes figurent", "on dénombre parmi les morts".
_AMONG = r"(?:parmi|au\s+nombre\s+des)\s+(?:les\s+|ces\s+)?"
_COUNT_VERB = (
    r"\s*,?\s*(?:figurent|figuraient|se\s+trouvent|se\s+trouvaient|on\s+(?:compte|dénombre|"
    r"recense|trouve)|il\s+y\s+a(?:vait)?|l[’']on\s+(?:compte|dénombre)|comptent|sont)"
)
# A passive told before its subject, as communiqués do: "ont été neutralisés au cours
# de l'opération 12 terroristes" (a few words between, none of them a join).
INVERTED_PASSIVE = re.compile(
    r"(?<![\w])(?:ont|a|avaient|auraient|sont)\s+été\s+(?:"
    + "|".join(f"(?P<{c.name}>{p})" for c, p in _AFTER)
    + r")(?:\s+(?!(?:et|ou|dont|mais|puis)(?![\w]))[a-zà-ÿ’'-]+){0,6}\s*[,:]?\s*$"
)
# What may stand between a nominal of harm and "de" before its figure: an adjective, a
# time: "l'enlèvement massif de 25 élèves", "l'enlèvement en 2014 de près de 300
# écolières", "l'assassinat lundi de trois civils".
# How a death came, between its noun and its victims: "la mort sur place de 8
# personnes", "la mort sur le champ de huit (8) passagers", "le décès brutal de".
_MANNER = (
    r"(?:\s+(?:sur\s+(?:place|le\s+coup|le\s+champ)|instantanée|immédiate|brutale?|"
    r"tragique|subite?))?"
)
_NOMINAL_GAP = (
    r"(?:\s+(?:massif|massive|collectif|collective|brutal|brutale|sommaire|spectaculaire|"
    r"présumée?|récente?|nouvel|nouveau|violente?|tragique|sanglante?))?"
    r"(?:\s+(?:en\s+\d{4}|(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:\s+(?:dernier|matin|soir))?|(?:le\s+)?\d{1,2}(?:er)?\s+[a-zéû]+(?:\s+\d{4})?|hier))?"
)
# Before the figure: "tuant trois civils", "a fait 12 morts", "coûté la vie à 5".
# A participle agreed by mistake after "avoir": "avoir neutralisée 21 miliciens", "ont
# tués 5" (not "ont été blessés, au moins, 12", a passive's own figure).
_HAVE = r"(?<![\w])(?:ont|a|avait|avaient|aurait|auraient|avoir)\s+(?:[a-zà-ÿ]+ment\s+)?"
_BEFORE: list[tuple[Category, str]] = [
    (K, rf"{_HAVE}(?:tu|neutralis|exécut|massacr|assassin)(?:ées?|és)|"
        # the present of a headline too: "des membres d'un gang massacrent 20 civils"
        r"tu(?:ant|é|er|e|ent|èrent|ait|aient)|abattu|abattant|abattre|abattent|"
        r"exécut(?:é|ant|er|ent)|"
        r"massacr(?:é|ant|er|e|ent)|co[ûu]tée?s?\s+la\s+(?:vie|mort)\s+(?:à|de)|neutralis(?:é|ant|er)|"
        r"ôt(?:é|ant|er)\s+la\s+vie\s+(?:à|de)|"
        r"assassin(?:é|ant|er|ent)|décimé|achevé|égorg(?:é|eant|er|e|ent)|décapit(?:é|ant|er|e|ent)|"
        r"fusill(?:é|ant|er|ent)|lynch(?:é|ant|er|ent)|poignard(?:é|ant|er|ent)|"
        # a toll grown: "le bilan de l'attaque contre le convoi s'est alourdi à 80 personnes"
        # or a number of people a death word qualifies: "le nombre de soldats tués lors
        # de l'attaque est passé à 23"
        r"(?:bilan|nombre\s+de\s+(?:[\w’'-]+\s+){0,2}?(?:morts|victimes|tué(?:e?s)?|décès))"
        r"[^.;:]{0,60}?\s+(?:s[’']est\s+alourdi|"
        r"est\s+passé|a\s+grimpé|est\s+monté|s[’']élève(?:\s+désormais)?|"
        # "Le bilan des morts a évolué ce matin et s'établit à 21 personnes" (french-o)
        r"s[’']établi(?:t|rait|ssait)(?:\s+désormais|\s+maintenant)?)"
        r"(?:\s+de\s+[\w\s]{1,20}?)?\s+à|"  # "est passé de 12 à 37": the new figure
        # a manner between: "la mort sur place de 8 personnes" (french-m study)
        rf"(?:la\s+)?mort{_MANNER}\s+d[e’']|décès{_MANNER}\s+d[e’']|(?:la\s+)?pertes?\s+d[e’']|perdu|"
        r"pertes\s+(?:ennemies|humaines|adverses|enregistrées)\s+(?:s[’']élèvent\s+à|sont\s+de)|"
        # the dead laid in the ground: "Nous avons enterré neuf soldats" (trial 77)
        r"(?:avons|avez|ont|a|avait|avaient|aurait|auraient|avoir)\s+(?:[a-zà-ÿ]+ment\s+)?"
        r"(?:enterr|inhum)é(?:e?s)?|(?:enterr|inhum)(?:ant|ons|aient)|"
        r"(?:l[’']|l[’']odieux\s+|le\s+|les\s+)?(?:assassinats?|massacres?|exécutions?|meurtres?|"
        rf"tueries?|décapitations?|égorgements?|neutralisation){_NOMINAL_GAP}\s+d[e’']|"
        r"(?:les\s+)?(?:corps|dépouilles|cadavres)(?:\s+sans\s+vie)?(?:\s+calcinés)?\s+d[e’']|"
        r"(?:bilan(?:\s+des?\s+(?:morts|victimes|tués|décès))?|nombre\s+des?\s+(?:morts|victimes|"
        # an aside between commas, and "fait état de": "Le bilan du cyclone Bingiza, qui a
        # touché Madagascar, fait état d'au moins 34 personnes" (french-l study)
        r"tués|décès))(?:\s+[\w’']+){0,3}?(?:\s*,[^,.;]{1,80},)?\s+(?:à|de|s[’']élève\s+à|"
        r"atteint|(?:fait|faisait)\s+état\s+d[e’']|"
        r"(?:approche|avoisine|frôle|dépasse)(?:\s+les)?|"  # "le bilan approche les 130 000"
        rf"{_BETWEEN})|"  # "le nombre de morts pourrait varier entre 54 et 65"
        rf"{_AMONG}(?:morts|victimes|tués|personnes\s+tuées|défunts){_COUNT_VERB}"),
    (W, rf"{_HAVE}bless(?:ées?|és)|bless(?:ant|é|er|e|ent)|"
        rf"{_AMONG}(?:blessés|personnes\s+blessées){_COUNT_VERB}|"
        rf"{_NUMBER_OF}(?:[\w’'-]+\s+){{0,2}}?(?:blessés|blessées)(?:{_REACHES}|{_PUT_AT}|"
        rf"(?:\s+[\w’'-]+){{0,2}}?\s+{_BETWEEN})|"
        r"(?:la\s+)?blessures?(?:\s+graves?)?\s+d[e’']"),
    # whose fate is unknown: "le sort d'environ sept habitants reste inconnu" (the
    # sentence must say so after the figure: `victims.UNKNOWN_FATE`)
    (M, r"sans\s+nouvelles\s+d[e’']|(?:la\s+)?disparition\s+d[e’']|(?:le\s+)?sort\s+d[e’']"),
    (A, rf"{_HAVE}(?:enl[eè]v|kidnapp)(?:ées?|és)|"
        r"enl[eè]v(?:ant|é|er|e|ent|aient)|kidnapp(?:ant|é|er)|pris\s+en\s+otage|"
        r"retenu\s+en\s+otage|"
        # a list of the captives: "parmi les personnes enlevées figurent 12 enfants"
        rf"{_AMONG}(?:otages|captifs|enlevés|kidnappés|personnes\s+(?:enlevées|kidnappées)){_COUNT_VERB}|"
        rf"(?:l[’'])?(?:enlèvement|rapt|kidnapping|prise\s+en\s+otage){_NOMINAL_GAP}\s+d[e’']|"
        # "les assaillants ont emmené une quinzaine de femmes"; not the wounded taken to care
        r"emm[eè]n(?:ant|é|er|ent|aient)(?![^.;]{0,60}(?:hôpital|centre\s+de\s+santé|morgue|soins))"),
    (P, rf"{_HAVE}(?:arrêt|interpell|captur)(?:ées?|és)|"
        r"arrêt(?:ant|é|er)|interpell(?:ant|é|er)|appréhend(?:ant|é|er)|"
        r"captur(?:ant|é|er)|"
        r"(?:l[’'])?(?:arrestation|interpellation|capture)\s+d[e’']|"
        # the idioms: "a mis la main au collet de trois bandits", "mis le grappin sur"
        r"(?:mis(?:e|es)?|mett(?:re|ant|ent|ait|aient))\s+(?:la\s+main\s+au\s+collet\s+d[e’']|"
        r"le\s+grappin\s+sur)"),
    (D, rf"{_NUMBER_OF}(?:déplacés|personnes\s+déplacées)(?:{_REACHES}|{_PUT_AT})|"
        r"(?:la\s+)?fuite\s+d[e’']|(?:l[’'])?(?:exode|évacuation)\s+d[e’']|"
        r"déplacé|poussé\s+à\s+la\s+fuite|contraint\s+à\s+la\s+fuite|"
        r"(?:poussé|chassé|jeté|forcé|contraint)\s+(?:(?:hors\s+)?de\s+chez\s+eux|sur\s+les\s+routes|"
        r"de\s+leurs?\s+(?:domiciles?|foyers?|maisons?|villages?|terres?))|"
        r"(?:le\s+)?déplacement\s+d[e’']|forcé|forçant|contraint|poussé|déracin(?:é|ant|er|ait)"),
    (R, rf"{_NUMBER_OF}(?:réfugiés|personnes\s+réfugiées)(?:{_REACHES}|{_PUT_AT})"),
    (T, r"dépl(?:oy|oi)(?:ant|é|er|e|ent)|envoy(?:ant|é|er)|dépêché|mobilisé|compte|comptait|"
        r"contingent\s+d[e’']|effectif\s+d[e’']|renfort\s+d[e’']"),
]  # fmt: skip
PRE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(f"(?P<{c.name}>{p})" for c, p in _BEFORE)
    # an adverb between: "exécuté sommairement 9 hommes", "qui ont tué ici 24 personnes"
    # an adverb quoted too: 'avaient tué « involontairement » 892 civils'
    + r")(?:\s+(?:[«“\"]\s*[a-zà-ÿ]{3,}ment\s*[»”\"]|[a-zà-ÿ]{3,}ment|ici|là|hier|déjà|encore|"
    # whom they took with them: "ont emmené avec eux une dizaine de passagers"
    r"aussi|ainsi|sur\s+le\s+coup|au\s+total|en\s+tout|avec\s+(?:eux|elles|lui)|"
    # when, between the verb and its figure: "a tué samedi 12", "hier", ", ce dimanche,"
    r"(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|dernier))?|"
    # "ont tué la semaine dernière une personne", "ont enlevé le week-end dernier 12 élèves"
    # ("weekend" unhyphenated too), "ont tué la nuit dernière deux gardiens"
    r"la\s+semaine\s+dernière|le\s+week-?end\s+dernier|ce\s+week-?end|cette\s+semaine|la\s+veille|"
    r"la\s+nuit\s+dernière|cette\s+nuit|le\s+mois\s+dernier)"
    r"|\s*,\s*(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
    r"(?:\s+(?:matin|soir|dernier))?\s*,){0,2}"
    # how: "blessé par balles cinq personnes", "tué à la machette 12 civils"
    r"(?:\s+(?:par\s+balles?|à\s+la\s+machette|à\s+l[’']arme\s+blanche|à\s+bout\s+portant|"
    # by mistake: "a tué par erreur environ 40 miliciens" (french-o study: no claim)
    r"par\s+(?:erreur|méprise|accident)))?"
    # a day and its month: "ont tué samedi 12 août sept Casques blancs" (french-n study)
    r"(?:\s+(?:le\s+)?\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre)(?:\s+\d{4})?)?"
    r"\s*[\"»”]?(?:\s+(?:au\s+moins|environ|près\s+de|plus\s+de|quelque|ainsi))?"
    r"(?:\s+(?:ses|leurs|les|ces))?\s*[\"«“]?\s*$"  # "tuant ses cinq occupants"
)
# One's rank in a count, after "un": "un nouveau décès", "un 4e décès", "un 3e soldat".
_RANK = r"(?:nouveau|nouvelle|nouvel|\d{1,2}(?:e|ème))\s+"
# A toll or a result with a casualty noun after the figure: "faisant 12 morts",
# "un bilan de 24 morts", "24 morts": the noun gives the category.
NOUN_AFTER = re.compile(
    rf"\s+(?:d[e’']\s*)?[«“\"]?\s*(?:nouveaux\s+|nouvelles\s+|autres\s+|{_RANK})?"  # 'un “blessé”'
    r"(?P<noun>" + "|".join(map(re.escape, CASUALTY_NOUNS)) + r")(?![\w])"
)
# Whose side a toll counts, told after its casualty noun: "4 morts parmi les soldats",
# "dans les rangs des gendarmes", "côté terroristes" (the family of the noun).
AMONG_AFTER = re.compile(
    r"\s+(?:parmi\s+(?:les|leurs|ces)|dans\s+les\s+rangs\s+(?:des|de\s+l[’']|de\s+la|du)|"
    r"(?:du\s+)?côté\s+(?:des\s+|de\s+l[’']|de\s+la\s+|du\s+)?|chez\s+les)\s*"
    rf"(?P<noun>{NOUN})(?![\w])"
)
# A plural noun the families do not list: "huit fermiers ont été enlevés" counts
# people where a fate follows, unless it is one of THINGS.
ANY_PLURAL = re.compile(
    r"\s+(?:d[e’']\s*)?(?!(?:des|les|ces|mes|tes|ses|nos|vos|leurs|aux|tous|plus)(?![\w]))"
    r"(?P<noun>[a-zà-ÿ-]{2,}[sx])(?![\w])"  # not a determiner: "plusieurs des blessés"
)
# The wounded who died, told after their noun: "Quatre blessés ont ensuite succombé".
WOUNDED_DIED = re.compile(
    # how badly, or where they lay: "Deux blessés graves ont succombé" (trial 64: two
    # wounded)
    r"(?:\s+(?:graves?|grièvement\s+atteints?|hospitalisée?s?|évacuée?s?))?"
    r"\s+(?:ont|a|sont|est)\s+(?:(?:ensuite|finalement|depuis|plus\s+tard|par\s+la\s+suite|"
    r"malheureusement|également|aussi)\s+)?(?:succombé|décédée?s?|morte?s?)(?![\w])"
)
# "huit soldats", "huit de nos éléments", "deux de ses fils", "trois de ces otages", "deux
# des assaillants".
# Two nouns joined count together: "39 miliciens et terroristes ont été capturés".
COUNTED = re.compile(
    rf"\s+(?:d[e’']\s*(?:(?:nos|ses|leurs|vos|mes|ces)\s+)?|des\s+)?"
    # "un nouveau soldat de la Force ... a été blessé": the noun after its adjective
    rf"(?:(?:nouveau|nouvelle|nouvel)\s+|{_RANK})?"
    rf"(?P<noun>{NOUN}|{NATIONALS})(?![\w])"
    # a compound of it, hyphenated: "Deux bébés-noirs ont été tués", "trois enfants-soldats"
    # (french-p study: no claim)
    r"(?:-(?!(?:là|ci)(?![\w]))[a-zà-ÿ]{2,})?"
    # their nationality after them: "4 policiers afghans" (a trial's Afghan policemen
    # were linked to French soldiers as one count of security forces)
    rf"(?:\s+(?:{NATIONALS})(?![\w]))?"
    rf"(?:\s+(?:et|ou)\s+(?:{NOUN})(?![\w]))?"
)
# The nouns of a toll told by a copula (`TOLL_COPULA`), and their categories.
TOLL_NOUNS: dict[str, Category] = {
    "morts": K, "tués": K, "décès": K, "victimes": K, "blessés": W, "déplacés": D,
    "disparus": M, "otages": A, "enlèvements": A,
}  # fmt: skip
# A toll told with a copula, the noun first: "les blessés sont au nombre de 28".
# "Les enlèvements d'élèves, se comptant en dizaines": whom in a word or two, a comma.
TOLL_COPULA = re.compile(
    rf"(?<![\w])(?P<noun>{'|'.join(TOLL_NOUNS)})"
    r"(?:\s+d[e’']\s*[a-zà-ÿ]+)?\s*,?\s+"
    r"(?:sont|étaient|seraient|s[’']élève(?:nt|raient)\s+à|se\s+chiffre(?:nt|raient)\s+à|"
    r"se\s+compt(?:ent|aient|ant|eraient))"  # the conditional of an unconfirmed toll
    # estimated: "ces déplacés sont évalués à 5 000", "les morts seraient estimés à 300"
    r"(?:\s+(?:aujourd[’']hui\s+|désormais\s+|déjà\s+)?(?:estimé|évalué|chiffré)s?(?=\s+à))?"
    r"(?:\s+au\s+nombre)?(?:\s+(?:de|d[’']|à))?\s*$"
)
# Only an armed group is "neutralisé" (killed): "neutralisé deux engins" is not.
ONLY_ARMED = re.compile(r"neutralis|mis\s+hors")
# Only people are "perdus" (lost, killed): "a perdu 29 soldats", not "perdu 3 matchs".
ONLY_PEOPLE = re.compile(r"perdu$")
# Only armed men are counted by an attack they make: "200 habitants ont envahi" is no force.
ONLY_FORCE = re.compile(rf"(?:{_ATTACKED})$")  # the whole fate: not "attaqués et tués"
