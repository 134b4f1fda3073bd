"""The people a French casualty claim counts, by family, for `victim_words` and the
modules that read whom a figure counts: "soldats" are military, "civils" civilian,
"assaillants" an armed group, "personnes" persons. Every list is data: extend it where
real text demands.
"""

from __future__ import annotations

from workbench.extract.lexicon import NounClass

# Nouns counted, by family, as patterns: singular and plural ("un soldat", "24 soldats").
FAMILIES: dict[NounClass, list[str]] = {
    NounClass.CIVILIAN: (
        "civils? habitants? villageois enfants? femmes? dames? hommes? élèves? étudiants? fidèles? "
        "commerçants? agriculteurs? éleveurs? passagers? travailleurs? humanitaires? "
        "journalistes? enseignants? orpailleurs? pêcheurs? chauffeurs? ressortissants? "
        "ménages familles fermiers? paysans? cultivateurs? personnels? patients? réfugiés "
        "déplacés mineurs? adolescents? garçons? fillettes? filles? jeunes? "
        "bergers? pasteurs? nomades? vieillards? veuves? écoliers? écolières? imams? adultes? "
        "chefs? notables? conseillers? maires? fonctionnaires? employés? ouvriers? "
        "talibés? chasseurs? dozos? passants? clients? voyageurs? occupants? "
        # feminine forms the masculine ones above leave out: "une enseignante"
        "enseignantes? habitantes? étudiantes? commerçantes? paysannes? passagères? "
        "ouvrières? employées? infirmières? infirmiers? médecins? prêtres? religieuses? "
        # who come to help, and who gather: "un secouriste a été tué", "deux pèlerins"
        "secouristes? sauveteurs? pompiers? ambulanciers? soignants? touristes? pèlerins? "
        "manifestants? vendeurs? vendeuses? "
        # who work a vehicle, and a mother by her child's word: "un chauffeur et son
        # apprenti", "blessé une maman" (french-k study)
        "apprenti(?:e|s|es)? convoyeurs? conducteurs? conductrices? mamans? papas? "
        # the law's people, the road's, the old by their decade and other single victims
        # french-l's study half named with an article ("Un juge de paix et un greffier
        # tués", "une adolescente de 15 ans", "un piéton")
        "juges? greffiers? greffières? magistrats? magistrates? avocats? avocates? "
        "adolescentes? lycéens? lycéennes? collégiens? collégiennes? retraités? retraitées? "
        "piétons? piétonnes? cyclistes? motocyclistes? automobilistes? motards? "
        "résidents? résidentes? riverains? riveraines? ménagères? bénévoles? "
        "instituteurs? institutrices? professeurs? professeures? gardiens? gardiennes? "
        "vigiles? bébés? nourrissons? quadragénaires? quinquagénaires? sexagénaires? "
        "septuagénaires? octogénaires? nonagénaires? "
        # who walk ahead of a force, and a country's people by their bond: "un éclaireur
        # civil ... a perdu la vie", "le meurtre d'un citoyen" (french-p study)
        "éclaireurs? citoyens? citoyennes?"
    ).split(),
    NounClass.MILITARY: [
        *"soldats? militaires? gendarmes? policiers? agents? gardes? éléments? fds vdp fama faca "
        "fardc "
        "légionnaires? parachutistes? commandos? officiers? sous-officiers? douaniers? "
        "déserteurs? "
        # park and forest guards: "cinq rangers et sept soldats ont été tués"
        "rangers? écogardes? éco-gardes? "
        # ranks: "un général de brigade et cinq combattants ont été tués"
        "généraux général colonels? lieutenants? capitaines? commandants? sergents? caporal "
        "caporaux adjudants?".split(),
        r"casques?\s+bleus?",
        r"(?:membres\s+des\s+)?forces\s+de\s+(?:défense\s+et\s+de\s+)?sécurité",
        r"volontaires\s+pour\s+la\s+défense\s+de\s+la\s+patrie",
        r"(?:frères|compagnons)\s+d[’']armes",
        "camarades",
    ],
    NounClass.ARMED_GROUP: [
        *"terroristes? jihadistes? djihadistes? assaillants? combattants? rebelles? islamistes? "
        "bandits? insurgés? miliciens? kamikazes? ravisseurs? séparatistes? sécessionnistes? "
        "extrémistes? mercenaires? gangsters? pirates? braqueurs? malfrats? criminels? "
        "narcotrafiquants? ennemis? guérilleros? "
        # South Asia's armies' foes: "sept naxalites neutralisés" (trial 74b: no claim)
        "naxalites? maoïstes? khawarij cadres? "
        # a gang's boss by the word of Haitian reporting: "le caïd « X » a été mortellement
        # blessé" (french-p study)
        "caïds?".split(),
        r"coupeurs\s+de\s+route",
        r"preneurs?\s+d[’']otages?",
        r"hommes\s+armés",
        r"individus\s+armés",
    ],
    NounClass.PERSON: (
        "personnes? individus? victimes? membres? autres suspects? présumés? détenus? prisonniers? "
        "hommes fils frères proches épouses? collègues parents "
        # kin, counted one by a possessive (`ONE_OF_KIN`): "ils ont tué son mari"
        "maris? pères? mères? sœurs? soeurs? oncles? tantes? cousins? cousines? neveux? neveu "
        "nièces? grand-père grand-mère"
    ).split(),
}
NOUN = "|".join(sorted((p for ps in FAMILIES.values() for p in ps), key=len, reverse=True))
