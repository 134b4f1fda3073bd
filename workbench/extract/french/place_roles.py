"""What a French place phrase is not: a capitalised name after a relation word that
names a person, a medium or an armed group ("à Mme Traoré", "sur Telegram",
"attribué à Boko Haram", `NOT_PLACE`); and what the words before a place make of it:
where someone came from ("des renforts venus de la province de Ngozi"), where a voice
spoke from ("le porte-parole, basé à Maiduguri,"), or part of a person's title ("le
gouverneur de la province de Kayanza"), or the backdrop of the story ("sur fond de
guerre à Gaza"), or a landmark named by its distance from the place before it ("à
Boyo, à 400 km de Bangui"): none of them where it happened (`places.py` reads the
place)."""

from __future__ import annotations

import re
from typing import Literal

from workbench.extract.french.place_words import DISTANCE, NEAR
from workbench.extract.french.trip_places import going_to

# Armed groups, which an act is put down to: "un attentat attribué à Boko Haram".
_ARMED_GROUPS = (
    r"Boko|Al[- ]Qa[ïi]da|Al[- ]Shabaa?b|Daech|JNIM|GSIM|EIGS|ISWAP|ADF|M23|CODECO|Codeco|"
    r"Séléka|Seleka|Anti-?[Bb]alaka|Wagner|Hamas|Hezbollah|Ansar\w*|"
    # Sudan's paramilitaries and Central African and Congolese armed groups by their
    # initials or names: "faisant référence aux FSR", "attribuée à l'UPC"
    r"FSR|RSF|CPC|UPC|FPRC|MPC|FDLR|Wazalendo|Ma[iï]-Ma[iï]|Twirwaneho|"
    # national armies by their initials: "les combats livrés aux FACA", "aux FARDC à Beni"
    r"FACA|FARDC|FAMa|FAMA|FDS|VDP|"
    # peacekeeping and foreign forces: "la base de la Monusco à Minembwe" is at Minembwe
    r"Monusco|MONUSCO|Minusca|MINUSCA|Monuc|MONUC|Amisom|AMISOM|Atmis|ATMIS|Finul|FINUL|"
    r"Unmiss|UNMISS|Misca|MISCA|Sangaris|Barkhane|Eufor|EUFOR|"
    # the Islamic State by its name or initials, and its provinces': "liés à l'EI", "l'ISCAP"
    r"[ÉE]tat\s+islamique|EI|EIIL|EIAC|ISCAP|PEAO|PEIAC"
)
# What follows "à", "en" or "sur" capitalised and is no place: "à Mme Traoré",
# "en Janvier", "sur Telegram".
NOT_PLACE = re.compile(
    r"^(?:M\.|Mme|Monsieur|Madame|Dieu|Allah|Selon|"
    # an article, unless it opens a place's name: "La Plaine du Cul-de-Sac", "Le Caire"
    r"(?:Le|La|Les)(?!\s+(?:Haye|Mecque|Paz|Havane|Caire|Cap|Plaine|Saline|Gonâve)(?![\w’'-]))|"
    r"Un|Une|Il|Elle|Ils|Elles|"
    r"(?:l[’'])?(?:Telegram|Twitter|Facebook|X|YouTube|WhatsApp|TikTok|Instagram|RFI|France\s+24|"
    r"Radio|Télé|TV5|Africa|BBC|CNN|Reuters|AFP|Xinhua|Anadolu|APA|AIP|ANP|AMAP|ABP|APS|MAP|"
    r"Associated|Agence|Jeune\s+Afrique|Sputnik|RT|TRT|Al\s+Jazeera|ORTM|RTB|RTI|ORTN|"
    r"ONU|Onu|HCR|OCHA|Unicef|UNICEF|HRW|Amnesty|Monde|Figaro|Parisien|Point|Croix|Journal|"
    r"Républicain|Observateur|Soleil|Matin|Sahel\s+Intelligence|Gouvernement|Président|"
    r"Premier|Conseil|Parlement|Assemblée|Comité|Ministère|Ministre|Cour|Tribunal|"
    # an armed force's or a movement's name: "aux Forces démocratiques alliées", "à l'Armée
    # de résistance du seigneur"
    r"Forces|Armée|Front|Mouvement|Coalition|Milice|Alliance|Union|Parti|"
    # a body named by a common noun capitalised: "à l'Organisation mondiale de la santé",
    # "à l'Église catholique"; "l'État" is the state, or the Islamic State, unless its name
    # follows ("l'État de Borno", "l'État Rivers")
    r"Organisation|Agence|Office|Institut|Fondation|Programme|Bureau|Commission|Église|"
    r"Eglise|Nations|Croix-Rouge|Caritas|Fédération|Association|"
    r"[ÉE]tat(?!\s+(?:de|du|des)\s|\s+d[’']|\s+[A-ZÀ-Ý])|"
    rf"{_ARMED_GROUPS}))(?![\w’'-])"
)
ARMED_GROUP = re.compile(rf"(?:{_ARMED_GROUPS})(?![\w’'-])")
# What stands before a colon and is no place: "Bilan : 7 morts", "Urgent : ...".
NOT_HEADED = re.compile(
    rf"{NOT_PLACE.pattern}|^(?i:Bilan|Urgent|Exclusif|Vidéo|Photos?|Communiqué|Insécurité|"
    r"Sécurité|Terrorisme|Attaques?|Flash|Direct|Alerte|Tribune|Analyse|Éditorial|Dernière|"
    r"Info|Breaking|Lire|Voir|Source|Sources|Crédit|Légende|Note|Mise\s+à\s+jour|"
    # a list's label, what the line counts or tells: "- Victimes : Au moins quatre
    # personnes ...", "Blessés : 5", "Réactions : ..."
    r"Victimes?|Morts|Tués|Blessés|Décès|Disparus|Déplacés|Réfugiés|Otages|Pertes|Dégâts|"
    r"Dommages|Chiffres|Conséquences|Réactions?|Contexte|Rappel|Témoignages?|Lieu|Date|"
    r"Auteurs?|Suspects?|Assaillants|Cibles?|Situation|Impact|Résumé|Détails|Précisions|"
    r"Enquête|Arrestations?|Renforts|Secours)(?![\w’'-])"
    # a headline's topic, an abstract noun: "Criminalité :", "Banditisme :", "Prévention :"
    r"|^[A-ZÀ-Ý][a-zà-ÿ]+(?:ité|isme|tion|sion)$"
)
# What makes the name after "aux" one side of a clash, no place: "les affrontements ont
# opposé les Mouro aux Birgut à Tilegaye" (Tilegaye is where).
_OPPOSED = re.compile(
    r"(?<![\w])oppos(?:é|ée|és|ées|ant|aient|ait|ent)\s+(?:les|des|la|le|l[’'])\s*"
    r"[\w’'-]+(?:\s+(?!(?:aux|à|et)\s)[\w’'-]+){0,2}\s+$",
    re.IGNORECASE,
)
_SIDE_RELATION = re.compile(r"(?i:aux|à)\s")
# Where attackers withdrew or fled to, not where it happened: "les insurgés ont replié,
# manifestement en direction de la localité de Wulgo", "se sont repliés vers le Nigeria";
# so too where people fled to: "un déplacement massif de la population vers le secteur
# d'Itombwe", "les habitants ont fui vers Bunia" (the toll told next is not there).
_RETREAT = re.compile(
    r"(?<![\w])(?:repli|enfui|retiré|retraite|débandade|fuite|déplacement|fui|fuy)[a-zé]*[\s,]+"
    r"(?:[^.;:«»\"]{0,40}?\s+)?$",
    re.IGNORECASE,
)
_TOWARDS = re.compile(r"(?i:vers|en\s+direction)\s")
_RETREAT_HINTS = ("repli", "enfui", "retiré", "retraite", "débandade", "fuite", "déplacement",
                  "fui", "fuy")  # fmt: skip
# ... and a place set off by a comma after it, which says where that one lies: "en
# direction de la localité de Wulgo, Etat du Borno"; or the area it lies in, after
# "dans": "vers le secteur d'Itombwe dans le territoire de Mwenga".
_RETREAT_APPOSED = re.compile(
    r"(?<![\w])(?:repli|enfui|retiré|retraite|débandade|fuite|déplacement|fui|fuy)[a-zé]*[\s,]+"
    r"(?:[^.;:«»\"]{0,30}?\s+)?(?:vers|en\s+direction)\s[^.;:«»\"]{1,60}?(?P<comma>,)?\s*$",
    re.IGNORECASE,
)
# A second destination joined to the first, and the area it lies in: "un déplacement
# massif vers le secteur d'Itombwe dans le territoire de Mwenga et vers le secteur de
# Mutambala, dans le territoire de Fizi".
_RETREAT_CHAIN = re.compile(
    r"(?<![\w])(?:repli|enfui|retiré|retraite|débandade|fuite|déplacement|fui|fuy)[a-zé]*[\s,]+"
    r"(?:[^.;:«»\"]{0,30}?\s+)?(?:vers|en\s+direction)\s[^.;:«»\"]{1,120}?,?\s+et\s+"
    r"(?:(?P<second>(?:vers|en\s+direction)\s)[^.;:«»\"]{1,60}?,\s*)?$",
    re.IGNORECASE,
)
_CHAIN_REACH = 200  # characters before a place `_RETREAT_CHAIN` reads
# What makes the place after it where someone came from, not where it happened: "des
# renforts venus de Kayanza et de la province voisine de Ngozi", "en provenance du
# Nigeria", "des déplacés originaires de la région de Mopti".
_ORIGIN = re.compile(
    r"(?:venue?s?|revenue?s?|parti(?:e|s|es)?|arrivée?s?|rentrée?s?|dépêchée?s?|envoyée?s?|"
    r"évacuée?s?|transférée?s?|acheminée?s?|originaires?|en\s+provenance|ressortissants?)"
    r"\s+(?:(?:de|du|des|d[’'])\s*[^,.;:]{0,40}?\s+et\s+)?$",
    re.IGNORECASE,
)
# What makes the place after it where the wounded or the dead were taken, not where it
# happened: "évacués vers l'hôpital de Bakouma", "évacués vers un hôpital à N'Djamena",
# "transférés à Maroua", "acheminés vers la ville de Bunia"; not past a word that opens
# what they were taken after: "évacués vers Maroua après l'attaque de Kolofata".
_DESTINATION = re.compile(
    r"(?<![\w])(?:évacu|transfér|transfert|achemin|transport|conduit|emmené|ramené|référé|"
    # where the hurt are treated and the dead laid (trial 63: "19 blessés soignés à Ndosho",
    # "les corps déposés à la morgue de l'hôpital général de Goma" were tolls' places)
    # and where the wounded died: "Deux blessés graves ont succombé à l'hôpital de Bol"
    # (trial 64: the hospital carried to the page's tolls as their place)
    # and where they are cared for (trial 77: "évacués et pris en charge au Centre
    # hospitalier régional de Dapaong" was the communiqué's place)
    r"rapatri|soign|hospitalis|admis|interné|dépos|succomb|pris\s+en\s+charge|reçu)[a-zé]*"
    # how, between: "évacués par hélicoptère vers des centres de soins à Natitingou"
    r"\s+(?:par\s+(?:la\s+|le\s+|l[’']|voie\s+)?[\w’'-]+\s+)?"
    r"(?:(?:vers|à|au|aux|dans|jusqu[’']à)\s+"
    r"(?:(?!(?:après|lors|suite|pendant|durant|au\s+cours)\s)[^,.;:«»\"]){0,40}?)?$",
    re.IGNORECASE,
)
# ... and the area it lies in, set off after it: "rapatriés au site de Rhoo, toujours dans
# le territoire de Djugu".
_DESTINATION_WITHIN = re.compile(
    r"(?<![\w])(?:évacu|transfér|achemin|transport|rapatri)[a-zé]*\s+(?:vers|à|au|aux|dans)\s+"
    r"[^.;:«»\"]{1,60}?,\s*(?:toujours\s+|également\s+)?$",
    re.IGNORECASE,
)
# ... and the end of a trip: "le minibus transportant 20 personnes de Palma à Pemba",
# "des commerçants qui se rendaient de Beni à Butembo" (neither end is where it happened).
_TRIP_END = re.compile(
    r"(?<![\w])(?:transportant|allant|se\s+rendai(?:en)?t|se\s+rendant|voyageant|en\s+route)"
    r"[^.;:«»\"]{0,40}?\s(?:de|depuis)\s+[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)?\s+$"
)
_DESTINATION_HINTS = (
    "évacu", "transfér", "transfert", "achemin", "transport", "conduit", "emmené", "ramené",
    "référé", "rapatri", "soign", "hospitalis", "admis", "interné", "dépos", "succomb",
    "charge", "reçu",
)  # fmt: skip
# The same for the area a place of origin lies in: "Partis de Bria dans la Haute-Kotto".
_ORIGIN_WITHIN = re.compile(
    r"(?:venue?s?|revenue?s?|parti(?:e|s|es)?|arrivée?s?|originaires?|en\s+provenance)"
    r"\s+(?:de|du|des|d[’'])\s*(?:la\s+|le\s+|l[’'])?"
    r"(?-i:[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,3})\s+$",
    re.IGNORECASE,
)
_WITHIN_RELATION = re.compile(r"(?i:dans|en|au)\s")
# The unit people counted belong to, then the town it is in: "deux militaires du camp
# 2/RM2 à Manakara", "trois soldats du bataillon 12 basé à Diffa" (their home, not where
# they were killed: the scene is named elsewhere).
_UNIT_OF = re.compile(
    r"(?<![\w])(?:militaires|soldats|gendarmes|policiers|éléments|agents|hommes|membres|"
    r"casques\s+bleus|militaire|soldat|gendarme|policier|agent)\s+"
    r"(?:du|de\s+la|de\s+l[’']|des)\s*(?:camp|bataillon|régiment|brigade|compagnie|escadron|"
    r"garnison|détachement|unité|base|caserne|commissariat|groupement|peloton|escadrille)s?"
    # the unit's own name or number: "du camp 2/RM2", "du bataillon Alpha", "militaire"
    r"(?:\s+(?:militaires?|de|du|d[’'](?-i:[A-ZÀ-Ý])|(?-i:[A-ZÀ-Ý0-9])[^\s,.;:]*)){0,3}\s+$",
    re.IGNORECASE,
)
_UNIT_HINTS = (
    "camp", "bataillon", "régiment", "brigade", "compagnie", "escadron", "garnison",
    "détachement", "unité", "base", "caserne", "commissariat", "groupement", "peloton",
    "escadrille",
)  # fmt: skip
# Where a shot or a missile was fired from, not where it struck: "une roquette tirée par
# des terroristes depuis la bande de Gaza", "des missiles lancés depuis le Yémen".
_FIRED_FROM = re.compile(
    r"(?<![\w])(?:tiré|lancé|parti)(?:e|s|es)?\s+(?:[^,.;:«»\"]{0,40}?\s+)?depuis\s+$",
    re.IGNORECASE,
)
# What makes the place after it part of a person's title, not where it happened: "le
# gouverneur de la province de Kayanza", "le président de la société civile de la
# localité de Mamove", "le maire de la commune de Boni".
_TITLE = re.compile(
    r"(?<![\w])(?:gouverneur|(?:sous-)?préfet|maire|bourgmestre|administrateur|administratrice|"
    r"président|présidente|député|députée|élu|élue|porte-parole|commandant|coordonnateur|"
    r"coordonnatrice|coordinateur|directeur|directrice|délégué|déléguée|procureur|évêque|"
    r"curé|imam|chef\s+de\s+canton|chef\s+de\s+village|notables?|responsable|"
    # one resident speaking of their place (not "les habitants de Boni ont fui")
    r"habitant|habitante|résident|résidente|"
    # an organisation of the area it speaks for: "la Défense civile de la bande de Gaza",
    # "la société civile de Rutshuru", "la Croix-Rouge du Nord-Kivu"
    r"(?:défense|protection|société)\s+civile|croix-rouge)"
    # no "que" between: "Le maire affirme que l'attaque du camp de Bulengo ..." tells what
    # happened there (trial 63: not carried to the toll of the next paragraph)
    r"\s+(?:(?:(?!(?<![\w])qu(?:e|[’']))[^,.;:«»\"]){0,40}?\s+)?$",
    re.IGNORECASE,
)
# A title after the words of someone's home names where it happened: "au domicile d'un
# notable de Gatara", "chez le chef de village de Kpéré", "la maison du maire de Mora".
HOME_OF = re.compile(
    r"(?<![\w])(?:domicile|maison|résidence|concession|demeure|chez)\s+"
    r"(?:(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*)?(?:(?:un|une|le|la|l[’'])\s*)?$",
    re.IGNORECASE,
)
# Who reached a voice, or how: "par téléphone", "au téléphone", "par l'AFP", "par Radio
# Ndeke Luka" (a medium's name, its words capitalised).
_BY_WHOM = (
    r"(?:(?:téléphone|telephone|whatsapp|e-mail|courriel)(?![\w])"
    r"|(?:l[’']|la\s+|le\s+)?(?-i:[A-ZÀ-Ý][\w’'&.-]*(?:\s+[A-ZÀ-Ý][\w’'&.-]*){0,3}))"
)
# What makes the place after it where a voice speaks from, not where it happened: "le
# porte-parole de l'armée, basé à Maiduguri,", "joint par téléphone à Goma", "a
# déclaré depuis Kinshasa".
_WHERE_TOLD = re.compile(
    r"(?<![\w])(?:basée?s?|"
    # reached, asked or met there, and by whom or how: "joint par téléphone à Goma",
    # "joint par RFI à Faya", "interrogé par l'AFP à Bangui", "joint à nouveau par
    # Radio Ndeke Luka à Bossangoa" (trial 75b: a miner's count of the dead put where he
    # had fled to)
    r"(?:joint|interrogé|contacté|rencontré|sollicité|approché)(?:e|s|es)?"
    r"(?:\s+(?:à\s+nouveau|de\s+nouveau|également|aussi))?"
    rf"(?:\s+(?:par|au)\s+{_BY_WHOM})*"
    # "joint par téléphone depuis son village, à six kilomètres au nord de Maiduguri"
    r"(?:\s+depuis\s+(?:son|sa|leur)\s+(?:village|localité|ville|domicile)\s*,)?|"
    r"en\s+poste|installée?s?|"
    r"de\s+passage|s[’']exprimant|"
    r"(?:déclaré|indiqué|annoncé|affirmé|confié|expliqué|précisé|ajouté|dit|renseigné|"
    r"témoigné|raconté|souligné|signifié)"
    r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|mardi|jeudi))?"
    # where a statement was made: "lors d'une conférence de presse à Kiev"
    r"|(?:conférence|point|briefing|rencontre)\s+(?:de\s+presse|avec\s+(?:la|les)\s+"
    r"(?:presse|journalistes))(?:\s+(?:tenue?|organisée?|donnée?))?)\s+$",
    re.IGNORECASE,
)
# What makes the name after it who did it, not where: "une attaque attribuée aux
# Wazalendo", "imputée à la Séléka".
_ACTOR = re.compile(
    r"(?<![\w])(?:attribu|imput)(?:é|ée|és|ées)\s+(?:(?:à|aux)\s+(?:la\s+|l[’'])?)?$", re.IGNORECASE
)
# What makes the name after it a group someone belongs or swore allegiance to, not where:
# "des rebelles affiliés à l'État islamique", "liés au M23", "qui a prêté allégeance à
# l'EI", "fidèles à", "ralliés aux", "appartenant à".
_ALLEGIANCE = re.compile(
    r"(?<![\w])(?:(?:affili|li|ralli|inféod|associ)(?:é|ée|és|ées)|allégeance|appartenant|"
    # loyal, of fighters only: not "des fidèles à Beni" (worshippers, where they were)
    r"(?:combattants|rebelles|miliciens|éléments|hommes|troupes|forces|groupes?|factions?|"
    r"jihadistes|djihadistes|insurgés)(?:\s+[a-zà-ÿ-]+)?\s+(?:fidèles?|loya(?:l|le|ux|les))|"
    r"affiliation|liens?)\s+(?:à\s+(?:la\s+|l[’'])?|au\s+|aux\s+|"
    r"avec\s+(?:la\s+|le\s+|les\s+|l[’'])?)?$",
    re.IGNORECASE,
)
_ALLEGIANCE_HINTS = ("affili", "lié", "lie", "ralli", "inféod", "associ", "allégeance", "fidèle",
                     "loya", "appartenant", "lien")  # fmt: skip
# What makes the place after it the backdrop of the story, not where it happened: "sur
# fond de guerre menée par Israël à Gaza", "sur fond de tensions au Soudan".
_BACKDROP = re.compile(
    r"(?<![\w])sur\s+fond\s+(?:de|du|des|d[’'])[^,.;:«»\"]{0,60}$"
    # a place a cause claims, no scene: "militent pour l'indépendance des régions
    # anglophones du Nord-Ouest", "réclament la partition du pays"
    r"|(?<![\w])(?:indépendance|autonomie|sécession|partition|annexion)\s+"
    r"(?:(?:des|du|de\s+la|de\s+l[’']|d[’'])\s*[^,.;:«»\"]{0,40})?$",
    re.IGNORECASE,
)
_BACKDROP_HINTS = ("fond", "indépendance", "autonomie", "sécession", "partition", "annexion")
# A spread feared, no scene: "craint que ce cycle d'affrontements embrase tout le
# territoire de Fizi", "risque de s'étendre à la région de Mopti".
_FEARED = re.compile(
    r"(?<![\w])(?:crai(?:nt|gn)|redout|risqu|menac)[a-z]*\s+(?:que\s|qu[’']|de\s|d[’'])"
    r"[^.;:«»\"]{0,90}?(?:embras|gagn|étend|propag|débord|contamin)[a-zé]*\s+"
    r"(?:(?:à|sur|vers)\s+)?(?:tout(?:e|es)?\s+|l[’']ensemble\s+(?:de\s+la|du|des|de\s+l[’'])\s*)?$",
    re.IGNORECASE,
)
_FEARED_HINTS = ("crai", "redout", "risqu", "menac")
_FEARED_REACH = 140
# A cause an armed group is named by, the country after it no scene: "les Forces
# démocratiques de libération du Rwanda", "l'Union pour la paix en Centrafrique", "le
# Front populaire pour la renaissance de la Centrafrique" (not "la paix à Bangui").
_CAUSE = re.compile(
    r"(?<![\w])(?:libération|renaissance|restauration|paix|réconciliation)\s+"
    r"(?:(?:de\s+la|de\s+l[’'])\s*)?$",
    re.IGNORECASE,
)
# An area someone is in charge of, no scene: "le Centre de médecine d'urgence en charge
# des secours dans l'ouest de la Libye a fait état de 27 morts".
_IN_CHARGE = re.compile(
    r"(?<![\w])(?:en\s+charge|chargée?s?)\s+(?:de|des|du|d[’'])\s*[^,.;:«»\"]{2,40}?\s+$",
    re.IGNORECASE,
)
_AREA_RELATION = re.compile(r"(?i:dans|en|au|aux)\s")
_CAUSE_RELATION = re.compile(r"(?i:en|au|aux|du|des|de|d[’'])(?![\w])")
_OF = re.compile(r"(?i:de|du|des)\s|(?i:d)[’']")
_ORIGIN_REACH = 60  # characters before a place searched for a word of origin or a title
_DESTINATION_REACH = 100  # the same for a word of taking the wounded somewhere
# The words one of which a match of each of the three patterns above holds, looked for
# first in the lower-cased characters before a place (most places follow none).
_ORIGIN_HINTS = (
    "venu", "parti", "arriv", "rentr", "dépêch", "envoy", "évacu", "transf", "achemin",
    "originaire", "provenance", "ressortissant",
)  # fmt: skip
_TITLE_HINTS = (
    "gouverneur", "préfet", "maire", "bourgmestre", "administrat", "présid", "député", "élu",
    "porte-parole", "commandant", "coordin", "coordonn", "direct", "délégu", "procureur",
    "évêque", "curé", "imam", "chef", "notable", "habitant", "résident", "responsable",
    "civile", "croix-rouge",
)  # fmt: skip
_WHERE_HINTS = (
    "basé", "joint", "poste", "installé", "passage", "interrogé", "contacté", "rencontré",
    "sollicité", "approché",
    "exprimant", "déclaré", "indiqué", "annoncé", "affirmé", "confié", "expliqué", "précisé",
    "ajouté", "dit", "presse", "journalistes", "renseigné", "témoigné", "raconté", "souligné",
    "signifié",
)  # fmt: skip


def role_before(
    text: str, folded: str, at: int, relation: str
) -> Literal["origin", "told", "title", "backdrop", "actor", "destination"] | None:
    """What the words before the place phrase at `at` make of it, its relation words
    `relation` ("de", "à", "dans la localité de"; `folded` is `text` lower-cased, the
    same offsets): "origin" after a word of coming from and "de", "told" after a word
    of where a voice spoke and another relation, "title" after a person's title and
    "de", "backdrop" after "sur fond de" ("sur fond de guerre menée par Israël à
    Gaza") or a cause's aim ("pour l'indépendance des régions du Nord-Ouest"),
    "actor" after "attribuée à" ("une attaque attribuée aux Wazalendo") or one side of
    a clash ("ont opposé les Mouro aux Birgut"),
    "destination" after a word of taking the wounded somewhere ("évacués vers
    l'hôpital de Bakouma") or of attackers withdrawing ("ont replié en direction de
    Wulgo"); None for none of them."""
    reach = max(0, at - _ORIGIN_REACH)
    before = folded[reach:at]
    if _hinted(before, _BACKDROP_HINTS) and _BACKDROP.search(text, reach, at):
        return "backdrop"
    feared = max(0, at - _FEARED_REACH)
    if _hinted(folded[feared:at], _FEARED_HINTS) and _FEARED.search(text, feared, at):
        return "backdrop"  # "craint que ... embrase tout le territoire de Fizi"
    if "charg" in before and _AREA_RELATION.match(relation) and _IN_CHARGE.search(text, reach, at):
        return "backdrop"  # "en charge des secours dans l'ouest de la Libye"
    if _CAUSE_RELATION.match(relation) and _CAUSE.search(text, reach, at):
        return "backdrop"  # "l'Union pour la paix en Centrafrique": a group's name
    if ("attribu" in before or "imput" in before) and _ACTOR.search(text, reach, at):
        return "actor"
    if _hinted(before, _ALLEGIANCE_HINTS) and _ALLEGIANCE.search(text, reach, at):
        return "actor"  # "des rebelles affiliés à l'État islamique"
    if "oppos" in before and _SIDE_RELATION.match(relation) and _OPPOSED.search(text, reach, at):
        return "actor"  # "ont opposé les Mouro aux Birgut": a community, one side
    wide = max(0, at - _DESTINATION_REACH)  # "évacués ... à Natitingou et à Cotonou"
    if (
        _TOWARDS.match(relation)
        and _hinted(before, _RETREAT_HINTS)
        and _RETREAT.search(text, reach, at)
    ):
        return "destination"  # "les insurgés ont replié en direction de Wulgo"
    towards = bool(_TOWARDS.match(relation)) and folded.endswith("et ", 0, at)
    set_off = bool(_WITHIN_RELATION.match(relation)) and folded.endswith(", ", 0, at)
    chain = (
        _RETREAT_CHAIN.search(text, max(0, at - _CHAIN_REACH), at) if towards or set_off else None
    )
    if chain is not None and towards != bool(chain["second"]):
        return "destination"  # "... vers le secteur d'Itombwe ... et vers le secteur de X"
    retreat = _hinted(folded[wide:at], _RETREAT_HINTS)
    apposed = _RETREAT_APPOSED.search(text, wide, at) if retreat else None
    if apposed and (apposed["comma"] or _WITHIN_RELATION.match(relation)):
        return "destination"  # "... en direction de Wulgo, Etat du Borno"
    if _hinted(folded[wide:at], _DESTINATION_HINTS) and (
        _DESTINATION.search(text, wide, at)
        or (_WITHIN_RELATION.match(relation) and _DESTINATION_WITHIN.search(text, wide, at))
    ):
        return "destination"
    if relation.lower().startswith("à") and _TRIP_END.search(text, reach, at):
        return "destination"  # "transportant 20 personnes de Palma à Pemba"
    if going_to(text, before, reach, at):
        return "destination"  # "des commerçants qui se rendaient au marché de Mandouri"
    if "depuis" in before and _FIRED_FROM.search(text, reach, at):
        return "origin"
    of = _OF.match(relation) is not None  # "de", "du", "des": whose place it is, not "dans"
    if of and before.endswith(("gang ", "gangs ")):
        return "actor"  # a gang named by its quarter: "le gang du quartier de Boston"
    if of and _hinted(before, _ORIGIN_HINTS) and _ORIGIN.search(text, reach, at):
        return "origin"
    if (
        _WITHIN_RELATION.match(relation)
        and _hinted(before, _ORIGIN_HINTS)
        and _ORIGIN_WITHIN.search(text, reach, at)
    ):
        return "origin"
    if (
        relation.lower().startswith("à")
        and _hinted(before, _UNIT_HINTS)
        and _UNIT_OF.search(text, reach, at)
    ):
        return "origin"  # "deux militaires du camp 2/RM2 à Manakara"
    if not of and _hinted(before, _WHERE_HINTS) and _WHERE_TOLD.search(text, reach, at):
        return "told"
    if of and _hinted(before, _TITLE_HINTS):
        title = _TITLE.search(text, reach, at)
        if title is not None and not HOME_OF.search(text, reach, title.start()):
            return "title"  # not "au domicile d'un notable de Gatara": where it happened
    return None


def _hinted(words: str, hints: tuple[str, ...]) -> bool:
    """Whether the lower-cased `words` hold one of `hints`."""
    return any(hint in words for hint in hints)


# How far from or how near a place, right after another place: the place after it is a
# landmark that says where the one before lies ("à Boyo, à quelque 400 kilomètres à
# l'est de la capitale Bangui", "à Komanda, non loin de Bunia", "village du Nord-Ouest
# situé près de la ville de Wum").
_REFERENCE = re.compile(rf"\s*,?\s*(?:situé(?:e|s|es)?\s+)?(?:{DISTANCE}|{NEAR})", re.IGNORECASE)


def landmark_after(text: str, before_end: int, start: int, end: int) -> bool:
    """Whether the place phrase `text[start:end]` is named by its distance or nearness
    to the place ending at `before_end`, right after it: a landmark, not a second
    place where it happened."""
    reference = _REFERENCE.match(text, before_end)
    return reference is not None and start <= reference.end() <= end
