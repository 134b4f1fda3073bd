"""The words of French voices, for `voices.py`: the verbs of saying ("a déclaré",
"indique", "fait état de"), the shape of a voice's name and where it ends, and the
voices named with no verb of saying before them: "selon X", "d'après X", "de source
sécuritaire", a toll made public by a voice ("ce bilan a été publié par X", "Le bilan,
communiqué par la police, ..."), what a writer learned from one ("a appris l'AFP
mercredi auprès de X")."""

from __future__ import annotations

import re

from workbench.extract.french.calendar_words import DAYS
from workbench.extract.french.first_letters import by_first_letter
from workbench.extract.french.voice_names import (
    ADVERB,
    AFTER_AUXILIARY,
    CLITIC,
    MEDIUM,
    REFLEXIVE_STEMS,
)

SAY = by_first_letter(  # the same words, tried a letter first
    r"déclar|indiqu|affirm|annonc|précis|rapport|confirm|expliqu|assur|soulign|ajout|estim|"
    r"dénonc|revendiqu|signal|fait\s+savoir|fait\s+état|évoqu|avanc|fourni|communiqu|"
    r"prétend|alléqu|allègu|reconn|démenti|dément|nié|insist|parl|avert|alert|dénombr|recens|"
    r"confi|racont|témoign|accus|not|déplor|martel|relev|inform|"
    # a count kept: "le HCR a enregistré 11 000 arrivées", "l'armée a enregistré 3 pertes"
    r"enregistr|comptabilis|"
    # a count documented or drawn up: "Le BINUH a documenté au moins 38 morts", "le
    # Ministre a dressé un bilan de 26 morts" (trial 62, french-p study: no voice, or the
    # witness of the sentence before)
    r"document|dress(?=(?:é|e|ent|ait|aient)\s+(?:un|le|son|leur|ce)\s+(?:[\w-]+\s+)?bilan)|"
    r"rappel|détaill|révél|écrit|constat|relat|mentionn|renchéri|"
    # telling, informing, answering: "a renseigné X", "a signifié", "a rétorqué", "a attesté"
    r"renseign|signifi|rétorqu|répliqu|attest|certifi|narr|"
    r"fait\s+(?:remarquer|observer|valoir)|"
    # a guess, hedged: "X, chef de secteur, suppose qu'il s'agirait de représailles"
    r"suppos|"
    # a count held to: "Le maire maintient que 15 soldats ont été tués" (re-trial 60b:
    # the voice of the sentence before), "soutient que"
    r"maint(?:ient|iennent|enu|enait)\s+qu|sout(?:ient|iennent|enu|enait)\s+qu|"
    # "a laissé entendre le gouvernement dans un communiqué"
    r"laiss(?:é|e|ent|ait|aient)\s+entendre"
)
# Verbs of speech only, for the imperfect ("parlait de", "indiquait"): "assuraient la
# garde" or "signalait sa présence" say nothing.
SPOKE = by_first_letter(
    # the imperfect of a verb in -cer takes a cedilla: "annonçait", "avançait"
    r"parl|déclar|indiqu|affirm|annonc|annonç|avanç|dénonç|précis|expliqu|évoqu|fais|confirm|"
    r"dénombr"
)
# Whether a sentence may hold a verb of saying, looked for before the patterns that
# need one: a stem at a word's start.
SAY_STEM = re.compile(
    rf"(?<![\w])(?:{SAY}|{REFLEXIVE_STEMS}|annonç|avanç|dénonç|inquièt|font\s|faisai|dit|disent|disai"
    r"|fait-|font-|dresse\s|nie\s|nient\s"
    r"|fait\s+(?:aussi|également|encore)\s+état)"
)
# A verb of saying in the present or the imperfect: "affirme", "parlait", "font état".
SAYS_NOW = (
    rf"(?:{SAY})(?:e|ent)|(?:{SPOKE})(?:ait|aient)"
    r"|(?:fait|font|faisait|faisaient)(?:\s+(?:toutefois|cependant|pourtant|pour\s+sa\s+part|"
    r"aussi|également|encore|"
    r"de\s+son\s+côté|quant\s+à\s+elle|quant\s+à\s+lui))?\s+(?:état|savoir)"
    r"|dit|disent|disait|disaient"
    # a denial in the present: "L'armée dément que 30 soldats aient été tués", "nie que"
    r"|dément|nie|nient"
)
SAID = rf"(?:(?:{SAY})(?:é|ée|és|ées|e|ent|ait|aient|i|u)?|dit)"
# Verbs that doubt what they report: the voice asserts it, the writer does not.
HEDGING = re.compile(r"prétend|allégu|allègu|revendiqu|accus|suppos")
# "Affirme" asserts: a ministry's, a party's or a witness's «affirme que» is English
# "said" (trial 79: three such figures read as hedged); it doubts a side's claim of its
# own deed of war only, as English "claimed it killed" does: «affirme avoir tué vingt
# soldats», «affirment qu'ils ont abattu un drone».
AFFIRMS = re.compile(r"affirm")
OWN_DEED = re.compile(
    r"\s*,?\s*(?:avoir|qu[’'](?:il|elle|ils|elles)\s+(?:a|ont|avait|avaient))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:tué|abattu|neutralisé|éliminé|détruit|capturé|exécuté|décimé|"
    r"repoussé|mis\s+en\s+déroute|pris\s+le\s+contrôle)(?![\w])",
    re.IGNORECASE,
)
# A voice as a noun phrase: up to the next comma, stop, quote or clause word.
NAME = r"(?P<name>[^,.;:«»“”<>\"()]{2,80}?)"
# An outlet a voice spoke to (`END`), its case as written or lower-cased.
_OUTLET = (
    r"(?:(?:(?i:(?:la\s+|l[’'])?(?:radio|télévision|télé|chaîne|agence|journal|quotidien|"
    r"hebdomadaire|site\s+(?:d[’']information|web|internet)|magazine|média|presse|confrères?)"
    r"(?![\w])"
    r"|(?:la\s+|l[’'])?(?:bbc|voa|rfi|afp|apa|aps|acp|atp|ap|dw|cnn|efe|ansa|xinhua|sputnik|"
    r"reuters|anadolu|africanews|al\s+jazeera|france\s*24|tv5(?:\s*monde)?|rtnc|crtv|ortb|ortm|"
    r"rts|rtb|rti|rtg|jeune\s+afrique|le\s+monde|le\s+figaro|libération)(?![\w])))"
    # a news site by its address: "à Actualite.cd", "à Mediacongo.net"
    r"|[A-ZÀ-Ýa-zà-ÿ][\w-]*\.(?:cd|com|net|info|org|fr|bi|cm|ci|sn|tg|bj|td|cf|ga|ht|ma|dz|tn|africa)"
    r"(?![\w]))"
)
# Where a voice's name ends: also where an aside in brackets was masked (four spaces or
# more), as "la Matrice de suivi des déplacements (DTM) de l'OIM" reads masked.
END = (
    r"(?=\s{4,}|\s*(?:[,.;:«»“”<>\"()]|$|\s+(?:qui|que|dont|lors|alors|après|avant|et\s+(?:a|ont))\b"
    # a participle of saying that opens what is said: "indique ce document précisant que"
    r"|\s+(?:précisant|ajoutant|soulignant|indiquant|affirmant|expliquant|notant)\s+qu"
    # the one an outlet cites, with no comma: "rapporte l'AFP citant une source" (CITING)
    r"|\s+citant\s"
    rf"|\s+(?:dans|par)\s+(?:un|une|le|la|son|leur|sa)\s+(?:{MEDIUM}|bilan|rapport)"
    r"|\s+(?:sur|via)\s+(?:telegram|twitter|x|facebook|sa\s+page|son\s+compte|les\s+réseaux|"
    r"les\s+ondes|l[’']antenne|la\s+télévision|la\s+radio)"
    # the medium a voice spoke on, after its name: "a déclaré le préfet de X à la radio
    # locale", "au micro de RFI", "à la télévision nationale" (trial 77: the voice "le
    # préfet ... à la radio locale" was a second voice of the prefect)
    r"|\s+(?:à\s+la\s+(?:radio|télévision|télé)|à\s+l[’']antenne|au\s+micro|"
    r"à\s+radio\s|à\s+notre\s+(?:correspondant|correspondante|rédaction|micro)|"
    r"(?:au|par)\s+téléphone)(?![\w])"
    r"|\s+sous\s+(?:couvert|le\s+couvert)|\s+(?:joint|contacté|cité|interrogé|consulté)e?s?\s+par"
    # a participle, unless its "par" names the voice: "de l'AFP établi à partir de sources"
    r"|\s+(?:établi|réalisé|compilé|dressé|recueilli)e?s?\s(?![^,.;:]{0,40}?par\s)"
    r"|\s+à\s+l[’'](?:afp|ap|agence\s+france[- ]presse)\b"
    r"|\s+à\s+(?:reuters|xinhua|anadolu|rfi|la\s+presse)"
    # the outlet it was told to, in its own case: "ont rapporté des témoins à Radio Okapi",
    # "a déclaré un officier à la BBC", "a confié un infirmier à l'agence Anadolu", "au
    # quotidien Le Pays", "à Actualite.cd" (a place stays: "a déclaré le maire à Goma")
    rf"|\s+(?:à|au)\s+{_OUTLET}))"
)
# After "selon" a voice's name may run longer, set off by its comma: "selon un rapport
# rendu public par le Bureau de coordination des affaires humanitaires de l'ONU (OCHA),".
LONG_NAME = NAME.replace("80", "110")
# With no comma after the voice, what it says opens on a count and tells a fate or a
# verb: "Selon un communiqué du ministère neuf militaires sont morts".
_COUNT_CLAUSE = (
    r"(?=\s+(?:(?:au\s+moins|plus\s+de|près\s+de|environ|quelque)\s+)?"
    r"(?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    r"quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|des\s+dizaines|"
    r"plusieurs)(?![\w-]))[^,.;:]{0,60}?(?<![\w])(?:morts?|tué|décéd|péri|blessé|enlevé|"
    r"disparu|déplacé|ont|a|sont|est|avaient|auraient|aurait)(?![\w]))"
)
# With no comma after the voice, the verb of the toll it stands before: "Le bilan,
# non exhaustif, selon le RNDDH fait état d'au moins 111 morts", "selon l'ONU s'élève à".
_TOLL_VERB = (
    r"(?=\s+(?:fait|font|faisait|faisaient)\s+état\s|\s+s[’'](?:élève|élevait|établit|établissait)\s"
    r"|\s+(?:est|était)\s+(?:passé|monté)\s+à\s)"
)
ACCORDING = re.compile(
    rf"(?<![\w])(?:selon|d[’']après(?!-)|de\s+l[’']avis\s+d[e’']|[àa]\s+en\s+croire"
    # one's spokesman: "ils ont revendiqué 12 morts via leur porte-parole X" (trial 58)
    rf"|via(?=\s+(?:son|sa|leur)\s+porte-parole)|par\s+la\s+voix\s+d[e’'])\s*"
    # a relative pronoun is no voice: "un rapport selon lequel 2 000 personnes ont fui"
    r"(?!\s*(?:lequel|laquelle|lesquels|lesquelles|qui|quoi)(?![\w]))"
    # what a voice relayed, the voice after it: "selon les informations relayées par le
    # Journal ... Le Troubadour" (french-q study: the voice was "les informations ...")
    r"(?:(?:les|des)\s+(?:premières\s+)?(?:informations|chiffres|données)\s+(?:relayée|"
    r"rapportée|publiée|diffusée|fournie|communiquée|donnée)s?\s+par\s+"
    # whom a toll or report was had from: "selon un bilan provisoire obtenu auprès de
    # sources sécuritaires à Zemio" (trial 65: the voice was the whole phrase)
    r"|(?:un|une|le|la)\s+(?:bilan|rapport|décompte|recensement|relevé)(?:\s+(?:provisoire|"
    r"préliminaire|officiel|partiel|initial|définitif))?\s+(?:obtenu|recueilli)\s+"
    r"auprès\s+d(?:es\s+|e\s+|u\s+|[’']))?"
    rf"{LONG_NAME}"
    rf"(?:{END}|{_COUNT_CLAUSE}|{_TOLL_VERB})"
    # "de source sécuritaire", "de sources sécuritaire et locale", "d'une source militaire"
    rf"|(?<![\w])d(?:e\s+|[’'](?=une\s))(?P<source>(?:une\s+)?sources?\s+[a-zà-ÿ-]+"
    rf"(?:\s+(?:et\s+)?[a-zà-ÿ-]+)?"
    rf"|mêmes?\s+sources?){END}"
)
# A toll made public by a voice: "ce bilan a été publié par une organisation", "les
# chiffres ont été communiqués hier par la gendarmerie".
MADE_PUBLIC = re.compile(
    r"(?<![\w])(?:(?:a|ont|avait|avaient)\s+été\s+(?:publié|annoncé|communiqué|rapporté|fourni|"
    r"confirmé|donné|diffusé|établi|dressé|rendu\s+public|dévoilé|avancé|actualisé|révisé|"
    r"mis\s+à\s+jour)(?:e|s|es)?"
    # an announcement made: "L'annonce a été faite dimanche par les sources sécuritaires"
    r"|l[’']annonce\s+(?:a|avait)\s+été\s+faite)"
    # the one it was given to between, a dot within its name too: "donné à ACTUALITE.CD par"
    rf"(?:[^.;:]|\.(?=\w)){{0,40}}?\s+par\s+{NAME}{END}"
)
# The same told by a participle set off by commas after the toll: "Le bilan, communiqué
# par la police, fait état de 12 morts", "ces chiffres, fournis mardi par l'ONU, ...".
# A report named so: "Dans un rapport publié le 3 avril par OCHA sur les violences, ...".
MADE_PUBLIC_APPOSED = re.compile(
    # its date between: "Un rapport du 10 juin publié par l'OIM"
    r"(?:,|(?<![\w])(?:rapport|communiqué|bilan|document|décompte)(?:\s+[a-zà-ÿ]+)?"
    r"(?:\s+du\s+(?:1er|\d{1,2})\s+[a-zéû]+(?:\s+\d{4})?)?)\s*"
    r"(?:publié|annoncé|communiqué|rapporté|fourni|confirmé|donné|diffusé|établi|dressé|"
    # a toll brought up to date: "Ce bilan, actualisé mardi 22 juillet par l'OSDH, ..."
    r"rendu\s+public|avancé|actualisé|révisé|mis\s+à\s+jour)(?:e|s|es)?"
    r"(?:\s+[^,.;:]{0,30}?)?\s+par\s+"
    rf"{NAME}\s*(?=,|\s+sur\s)"
)
# Where a writer learnt it, a place's name of one to three words before "auprès":
# "à Kigali", "à Port-au-Prince", "à N'Djamena", "au Caire" (french-w study).
_WHERE_LEARNT = r"(?:à|au|en)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?\s+(?=auprès\s|de\s+sources?\s)"
# What a writer learned from a voice: "a appris Anadolu du commandant du secteur",
# "a-t-on appris auprès de la gendarmerie", an adverb between too: "a-t-on appris par
# ailleurs auprès de l'état-major", "a-t-on appris, en outre, auprès de".
LEARNED = re.compile(
    r"(?<![\w])a(?:-t-on|-t-il|-t-elle)?\s+appris(?:\s+(?:l[’'])?[A-ZÀ-Ý][\w-]*)?"
    rf"(?:\s*,\s*(?:{ADVERB}|en\s+outre)\s*,|\s+(?:{ADVERB}|en\s+outre))?\s+"
    # the day between: "a appris l'AFP mercredi auprès du porte-parole"; where it was
    # learnt too, before or after the day: "a appris APA jeudi à Kigali auprès de"
    rf"(?:(?:{DAYS}|hier)(?:\s+(?:matin|soir))?\s+)?"
    rf"(?:{_WHERE_LEARNT}(?:(?:{DAYS}|hier)(?:\s+(?:matin|soir))?\s+)?)?"
    rf"(?:auprès\s+)?(?:de\s+|du\s+|des\s+|d[’'])(?!sources?\s){NAME}{END}",
    re.IGNORECASE,
)
# An organisation named in quotation marks, its acronym after it in brackets (masked
# to spaces): "l'ONG locale « Groupe des voix des sans voix » (GVSV) souligne que",
# "l'association « Tournons la page » a dénoncé".
QUOTED_ORGANISATION_SAYS = re.compile(
    r"(?P<name>(?:l[’']|le\s+|la\s+|une?\s+)\s*(?:ong|association|organisation|collectif|"
    r"mouvement|plateforme|coalition|fondation)(?:\s+[a-zà-ÿ-]+)?\s*«[^«»]{2,60}»)"
    rf"\s*(?:(?:a|ont){AFTER_AUXILIARY}{SAID}|{SAYS_NOW})(?![\w])"
)
# A voice said to give the toll told before: "Des sources policières et des témoins qui
# livrent ce bilan provisoire, jeudi, indiquent que ..." (lower-cased text); the voice's
# name ends before it.
GIVES_THIS = re.compile(
    r"\s+qui\s+(?:livr|donn|avanc|fourni|communiqu|confirm|dress)[a-zé]*\s+"
    r"(?:ce|cet|ces|le)\s+(?:bilans?|chiffres?|décompte)(?![\w])"
)


# A pronoun opening its clause before a verb of saying: "Il a ajouté que", "Elle a
# également précisé qu'", "Ce dernier affirme que"; `resolved_speakers` names the voice
# told before it (not "il y a", "il a été tué": no verb of saying).
PRONOUN_SAYS = re.compile(
    r"(?:\A|(?<=\n)|(?<=[.;:,!?»”\"])\s*|(?<=[.;:,!?»”\"]\s)|(?<=\set\s)|(?<=\smais\s))"
    r"(?P<pronoun>il|elle|ils|elles|ce\s+dernier|cette\s+dernière|ces\s+derniers)"
    rf"\s+(?:{CLITIC}\s*)?(?:(?:a|ont|avait|avaient){AFTER_AUXILIARY}{SAID}|{SAYS_NOW})(?![\w])"
)
