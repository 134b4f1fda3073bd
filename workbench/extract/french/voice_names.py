"""Pieces of French voices that `voices.py` builds its patterns from: where a voice
spoke ("dans un tweet", "dans une interview accordée à la presse"), reflexive verbs
of speech ("s'est inquiété mercredi l'ONU") and a name set beside a voice's title
("ce responsable, Sadick Khatir"), and the stops of titles' abbreviations a voice's
name runs on past ("M. Traoré", `mask_abbreviations`); what stands where a voice
would and is none (a time, a place after "dans"), and the words of a person's title.
Patterns run over lower-cased text except `APPOSED_NAME`, which reads capitals on the
text as written.
"""

from __future__ import annotations

import re

from workbench.extract.speaker_phrase import Speaker

# What a voice spoke in, after "dans"/"par"/"lors de": a statement, a briefing, an
# interview, a post ("a indiqué dans un tweet l'opposant", "a expliqué X dans une
# interview accordée à la presse").
MEDIUM = (
    r"communiqué|déclaration|message|point\s+de\s+presse|conférence\s+de\s+presse|entretien|"
    r"interview|tweet|publication|post|vidéo|note|lettre"
)
# A toll as what a voice gave, after its verb: "a avancé un nouveau bilan de", "a donné
# le chiffre de", "a communiqué un bilan provisoire" (what was said, not who said it).
TOLL_ADJECTIVE = r"(?:provisoire|préliminaire|officiel|officielle|définitif|actualisé|lourd)s?"
TOLL_OBJECT = (
    r"(?:un|le|ce|son|leur|l[’'])\s*(?:(?:nouveau|nouvel|premier|dernier|lourd)\s+)?"
    rf"(?:bilan|décompte|chiffre)(?:\s+{TOLL_ADJECTIVE})?(?![\w])"
)
# A reflexive verb of speech, which the inverted voice follows: "s'est inquiété
# mercredi l'ONU", "se sont félicités les habitants", "s'est dit préoccupé le HCR".
REFLEXIVE_SAID = (
    r"(?:s[’']est|se\s+sont)\s+(?:dite?s?\s+)?"
    r"(?:inquiét|alarm|félicit|indign|réjoui|ému|émue|préoccup|insurg)[a-zé]*"
)
# A voice saying how it feels before what it says: "le HCR s'est dit préoccupé", "l'ONU
# s'inquiète", "les ONG se disent alarmées" (the subject before the reflexive pronoun).
REFLEXIVE_NOW = (
    rf"{REFLEXIVE_SAID}|(?:s[’']est|se\s+sont)\s+dite?s?|se\s+(?:dit|disent)"
    r"|s[’'](?:inquièt|alarm|indign)[a-zé]*|se\s+(?:félicit|réjou|préoccup)[a-zé]*"
)
# The stems of `REFLEXIVE_SAID`, for the check that a sentence may hold a voice.
REFLEXIVE_STEMS = r"inquiét|alarm|félicit|indign|réjoui|préoccup|insurg"
# A person's name set beside a voice named by its title, on the text as written:
# "ce responsable, Sadick Khatir," (two to four capitalised words, then a stop or comma).
APPOSED_NAME = re.compile(
    r"\s*,\s*(?P<name>"
    # a rank before the name: "le porte-parole de l'armée, le colonel Gaspard Baratuza"
    r"(?:(?:le|la)\s+(?:colonel|lieutenant-colonel|général(?:\s+de\s+(?:brigade|division))?|"
    r"capitaine|commandant|major|lieutenant|sergent|adjudant|docteur|professeur|"
    r"(?:Lt-col|Col|Cne|Cdt|Gal|Gén|Dr|Pr)\u2024?)\s+)?"
    # a civil title: "le maire de Bassar, M. X Y" (its stop masked: `mask_abbreviations`)
    r"(?:(?:M|Mme|Mlle|Me|Mgr|Dr|Pr)\u2024\s+|(?:Mme|Mlle|Monsieur|Madame)\s+)?"
    r"[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,3})(?=\s*(?:[,.;:]|$))"
)
# A voice named by its title alone, which a name beside it may complete: "ce
# responsable", "le porte-parole", "cette source", "un responsable" (at most three words).
TITLE_ONLY = re.compile(r"(?:ce|cet|cette|le|la|l[’']|un|une)\s*[\w’'-]+(?:\s+[\w’'-]+){0,2}")


# A person's longer title, its office's words after it: "le président du conseil de
# gouvernement local de Bokkos", "un porte-parole de la police" (a name beside it
# completes it too).
_PERSON_TITLE = re.compile(
    r"(?:ce|cet|cette|le|la|l[’']|un|une)\s*(?:porte-parole|ministre|président|présidente|"
    r"gouverneur|maire|préfet|directeur|directrice|commandant|coordonnateur|responsable|chef)"
    r"(?:\s+[\w’'-]+){1,8}"
)


def apposed_end(text: str, start: int, end: int) -> int:
    """The end of the voice `text[start:end]` with the name set beside it, where it is
    a title alone, or a person's title ("le président du conseil de Bokkos"), followed
    by ", Firstname Lastname": "ce responsable, Sadick Khatir" ends after "Khatir";
    else `end`."""
    title = text[start:end].lower()
    if not TITLE_ONLY.fullmatch(title) and not _PERSON_TITLE.fullmatch(title):
        return end
    apposed = APPOSED_NAME.match(text, end)
    return apposed.end("name") if apposed else end


# The stop of a title's abbreviation ("M. Traoré", "le Lt-col. Dembélé"), which
# `mask_abbreviations` makes a one-dot leader so that a voice's name runs on past it.
_TITLES = frozenset(
    "M Lt Lt-col Lt-Col Col Cne Cdt Cmdt Sgt Adj Cpl Gal Gén Dr Pr Me Mgr St Ste".split()
)
_STOP_BEFORE_NAME = re.compile(r"\.(?=\s+[A-ZÀ-Ý])")  # found first: a title's word is checked after
LEADER = "\u2024"


def mask_abbreviations(text: str) -> str:
    """`text` with the stop of each title's abbreviation a one-dot leader (U+2024),
    offsets kept: "M. Traoré a indiqué" is one voice, not a sentence's end."""
    stops = [m.start() for m in _STOP_BEFORE_NAME.finditer(text) if _titled(text, m.start())]
    if not stops:
        return text
    pieces, last = [], 0
    for stop in stops:
        pieces += [text[last:stop], LEADER]
        last = stop + 1
    return "".join([*pieces, text[last:]])


def _titled(text: str, stop: int) -> bool:
    """Whether the word before the stop at `stop` is a title's abbreviation ("M", "Lt-col")."""
    words = text[max(0, stop - 8) : stop].split()
    return bool(words) and words[-1].lstrip('("«“') in _TITLES


# What stands where a voice would and is a time: "a annoncé le même jour que".
TIME_WORDS = re.compile(
    r"^(?:le\s+même\s+jour|(?:ce|cette|cet)\s+(?:jour|matin|soir|week-end|mois|année|"
    r"semaine|nuit|après-midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|fois)|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"hier|aujourd|la\s+veille|le\s+lendemain|dans\s+|en\s+|que\b|"
    # a year or a period gone: "le bilan de l'an passé", "de l'année dernière", "de 2023"
    # (french-w study: "l'an passé" read as the voice of a running total)
    r"l[’']an\s+(?:passé|dernier)|l[’']année\s+(?:passée|dernière|précédente)|"
    r"(?:la|les)\s+(?:dernière|précédente)s?\s+(?:année|semaine|saison)s?$|\d{4}$|"
    # "selon les premières estimations": when; "selon les premières informations" is
    # a voice, as "selon des informations concordantes" is (the reports of the day)
    r"(?:les\s+|des\s+)?(?:premières|dernières|nouvelles)\s+estimations)"
)
# Words that make a voice a person: "le porte-parole", "le ministre", "M. Traoré".
PERSON = re.compile(
    r"porte-parole|ministre|président|général|colonel|maire|préfet|gouverneur|"
    r"chef|directeur|commandant|responsable|témoin|habitant|m\.\s|mme\s"
)

# A preposition of place before a noun makes it where something happened, not who
# says so: "dans le village voisin de Aveyi, un civil a été tué, précise la société
# civile" names the village as no voice.
PLACED = re.compile(r"(?<![\w’'])(?:dans|à|au|aux|en|sur|vers|chez|sous)\s+$", re.IGNORECASE)
PLACED_REACH = 8  # characters before a voice's name searched for `PLACED`


# People who tell a story: a number before them counts the tellers ("deux sources
# sécuritaires évoquent ...", "trois ONG parlent de"), not a figure of the story; a
# vague one opening a voice is no victim ("plusieurs médias évoquent un bilan de",
# "un habitant nous a précisé que"). Lower case: read in the folded text.
INFORMANTS = (
    r"(?:sources?|témoins?|habitants?|responsables?|officiels?|médecins?|élus?|notables?|"
    r"diplomates?|riverains?|informateurs?|interlocuteurs?|rescapés?|survivants?|médias|"
    r"journaux|organisations?|ong|associations?|agences?)"
)
FEW = r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|une\s+dizaine\s+d[e’']\s*)"
# An adverb between the auxiliary and the verb of saying, set off by commas or not: "a
# également indiqué", "a récemment signalé", "ont par ailleurs affirmé", "a toutefois
# déclaré", "a, pour sa part, déclaré", "a cependant, indiqué", "avait d'abord fait état",
# "avait auparavant fait état", "avait plus tôt annoncé", "avait alors affirmé".
_BETWEEN = (
    r"(?:également|aussi|encore|ensuite|enfin|déjà|par\s+ailleurs|de\s+son\s+côté|toutefois|"
    r"cependant|pourtant|néanmoins|en\s+revanche|pour\s+(?:sa|leur)\s+part|"
    r"quant\s+à\s+(?:lui|elle|eux)|d[’']abord|dans\s+un\s+premier\s+temps|auparavant|"
    r"plus\s+tôt|alors|aussitôt|depuis|hier|[a-zà-ÿ]+ment)"
)
AFTER_AUXILIARY = rf"(?:\s*,\s*{_BETWEEN}\s*,\s*|\s+(?:{_BETWEEN}\s*,?\s+)?)"
ADVERB = _BETWEEN  # the same words after a participle: "a-t-on appris par ailleurs auprès de"
# A pronoun told between a voice and its verb: "un habitant nous a précisé", "m'a confié".
# "en" and "y" too: "le HCR en a enregistré 11 000" (not a voice "le HCR en")
CLITIC = r"(?:nous|lui|leur|vous|m[’']|l[’']|en|y)"
# A voice that has just spoken, before its verb's infinitive: "vient de nous préciser".
LATELY = rf"(?:vient|viennent|venait|venaient)\s+d(?:e\s+|[’'])(?:{CLITIC}\s*)?"


# Whom a voice told, between its verb and its name: ", a indiqué à RFI le maire".
TOLD = (
    r"(?:\s+(?:à|au|aux)\s+(?:l[’']\s*)?(?:afp|ap|rfi|reuters|xinhua|anadolu|apa|aip|anp|amap|"
    r"bbc|voa|sputnik|dw|tv5monde|france\s+24|jeune\s+afrique|(?:la\s+)?presse|"
    r"(?:notre|la)\s+rédaction|nos\s+confrères|(?:des\s+)?journalistes|"
    # a station named: "à Radio Okapi le maire", "à la radio nationale le ministre"
    r"(?:la\s+)?radio(?:\s+(?:nationale|publique|locale|privée|communautaire)"
    r"|(?:\s+(?!(?:le|la|les|l|un|une|des|ce|cette|son|sa|ses)(?![\w]))[\w.-]+){1,2})?|"
    r"l[’']\s*agence\s+[\w-]+|"
    r"(?:la\s+)?télévision(?:\s+nationale|\s+publique|\s+d[’']état)?|téléphone|monde|"
    r"studio\s+tamani|sahelien\.com|actuniger|lefaso\.net|abamako)(?![\w])"
    # any one word: an outlet the list lacks ("a confié à Sahutiafrica X", "à Actualite.cd")
    # or where it was said ("a déclaré à Goma le gouverneur")
    r"|\s+à\s+(?!(?:la|le|les|l|un|une|des|son|sa|ses|leur|leurs|propos|nouveau|plusieurs|"
    r"ce|cet|cette|ces|tous|toutes|nos|notre|votre|vos|mes|ma|mon)(?![\w]))"
    # both, one after the other: "a indiqué à l'AFP à Garoua un responsable local"
    r"[a-zà-ÿ0-9][\w-]*(?:\.[a-z]{2,4})?(?![\w’'])"
    # how it was told: "a déclaré à l'AFP par téléphone un chef de canton" (trial 75b:
    # the voice "par téléphone un chef de canton de la zone")
    r"|\s+par\s+(?:téléphone|courriel|e-?mail|sms|whatsapp|écrit)(?![\w])){0,3}"
)


# An adverb before a voice's name, not the voice's: ", déplore désormais la Croix-Rouge".
LEADING_ADVERB = re.compile(r"(?:désormais|maintenant|actuellement|toujours|déjà)\s+")
# A voice's name ends before "qui a requis l'anonymat"; a name holding a verb of its own
# is a clause, not a voice ("des droits humains a revu le bilan et (l'estime)").
ANONYMOUS = re.compile(r"\s+qui\s+(?:a|ont|avait|avaient)\s+requis\s+l[’']anonymat$")
# A clause telling a state, then "et" and the voice's subject: "Le pays est au bord de
# l'implosion et l'ONU dénombre" (the voice is what follows "et").
STATE_THEN = re.compile(
    r"(?<=\s)(?:est|sont|était|étaient|reste|restent|demeure|demeurent)\s[^,;:]{2,60}?\s"
    r"et\s+(?=(?:l[’']|le\s|la\s|les\s|un\s|une\s|des\s))",
    re.IGNORECASE,
)
CLAUSE_IN_NAME = re.compile(
    r"(?<!\squi)\s(?:a|ont|avait|avaient)\s+[a-zà-ÿ]+\s"
    # a passive relative clause names who underwent it, not a voice: "les assaillants qui
    # ont été majoritairement touchés (précise l'intéressé)"
    r"|\squi\s+(?:a|ont|avait|avaient)\s+été\s+(?:(?:les\s+|le\s+|la\s+)?plus\s+|[a-zà-ÿ]+ment\s+)?"
    r"[a-zà-ÿ]+(?:é|ée|és|ées)(?![\w])"
    # a subject with a verb of its own, the verb of saying joined by "et": "Les dernières
    # attaques datent de moins de deux mois et (ont fait état de ...)"
    # or by "mais", "puis", "ou": "le colonel X a reconnu des pertes mais (a parlé de trois
    # soldats tués)" (re-trial 63: the voice "des pertes mais")
    r"|\s(?:et|mais|puis|ou)$"
)


# A voice's figures given by another's words: "suivant les chiffres fournis par le
# ministère", "selon un bilan établi par l'ONU".
EVENT = (
    r"(?:l[’']|la\s+|le\s+|les\s+|cette\s+|ces\s+|ce\s+|cet\s+|une?\s+(?:nouvel(?:le)?\s+)?|"
    r"d[’']autres\s+|de\s+nouv(?:eaux|elles)\s+)?"
    # the events counted: "le bilan des deux attaques", "des trois explosions"
    r"(?:(?:deux|trois|quatre|cinq|\d+)\s+)?"
    # an adjective before the event: "le bilan du double attentat", "de la dernière attaque"
    r"(?:(?:double|triple|dernière?|nouvel(?:le)?|récente?|violente?|sanglante?|meurtrière?|"
    r"précédente?)\s+)?(?:attaques?|attentats?|"
    # one clash too: "c'est le bilan d'un affrontement dans l'arrondissement de Logone Birni"
    # (french-q study: the clash was the toll's voice)
    r"explosions?|frappes?|violences?|affrontements?|combats?|heurts?|fusillades?|embuscades?|"
    r"incidents?|drames?|"
    r"tragédies?|naufrages?|massacres?|tueries?|raids?|bombardements?|assauts?|offensives?|"
    r"incursions?|accrochages?|opérations?|morts|victimes|tués|blessés|décès|journée|nuit|"
    r"semaine|week-end|mois|année|jours?|conflit|guerre|crise|catastrophe|effondrement|"
    r"inondations|accident|incendie|épidémie)(?![\w])"
)
# Whom a voice relays, right after its name: "informe le site Alwihda, citant le ministre
# des Communications" (the English reader's origin: the site is the voice, the minister
# whom it passes on).
CITING = re.compile(
    # a time of the saying between: "rapporte la presse ce mardi, citant"
    r"(?:\s+(?:ce|cette|le|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:\s+[\w’'-]+){0,2}?)?\s*,?\s*citant\s+"
    # the figures passed on, then who gave them: "des chiffres communiqués par X"
    r"(?:(?:des|les)\s+(?:chiffres|bilans?|données|informations)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:communiqu|fourni|publi|donn|transmis)\w*\s+par\s+)?"
    r"(?P<origin>[^,.;:«»“”<>\"()]{2,80}?)(?=\s*[,.;:»”\"]|\s*$)"
)
_ACCORDING_BEFORE = re.compile(r"(?:selon|d[’']après)\s+$")


def closes_all(text: str, folded: str, found: list[Speaker], end: int) -> bool:
    """Whether a sentence's one voice (`found`) is a "selon X" closing it at `end`, which
    speaks for all its clauses ("8 soldats tués en mai, tandis que 15 militants ...,
    selon le gouvernement"); `folded` is `text` lower-cased."""
    at = found[0].start if len(found) == 1 else 0
    before = _ACCORDING_BEFORE.search(folded, max(0, at - 12), at)
    return before is not None and not text[found[0].end : end].strip(' .»”"\n')


# A voice opening its sentence with "Pour", whose view the sentence gives: "Pour l'ONU,
# ce bilan ...", "Pour le gouverneur, douze civils ont été tués" (not "Pour la première
# fois", "Pour le moment", "Pour sa part": only a voice's noun after the article).
FOR_VOICE = re.compile(
    r"(?:(?<=^)|(?<=[.!?\n]\s)|(?<=\n)|(?<=[«“\"]\s)|(?<=[«“\"]))pour\s+"
    r"(?P<name>(?:l[’']|le\s+|la\s+|les\s+)(?:onu|nations\s+unies|armée|police|gendarmerie|"
    r"gouvernement|autorités|ministère|ministre|gouverneur|préfet|maire|porte-parole|hcr|"
    r"ocha|unicef|oms|croix-rouge|société\s+civile|ong|organisation|human\s+rights\s+watch|"
    r"amnesty|msf|minusca|monusco|état-major|procureur)(?![\w])[^,.;:«»“”]{0,50}?)\s*,"
)


# When a voice spoke, told after its name: "la presse publique ce mardi", "le maire lundi",
# "la police samedi soir".
_TIME_AFTER = re.compile(
    r"\s+(?:(?:ce|cette)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
    r"matin|soir|week-end)(?:\s+(?:matin|soir|après-midi|dernier))?$"
)


def time_end(text: str, start: int, end: int) -> int:
    """Where a voice's name `text[start:end]` ends before when it spoke ("le maire lundi":
    after "maire"), else `end`."""
    told = _TIME_AFTER.search(text, start, end)
    return told.start() if told is not None and told.start() > start else end
