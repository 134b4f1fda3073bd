"""Who says so, in French: "selon l'armée tchadienne", "d'après des sources
locales", "de source sécuritaire", "l'état-major a annoncé", "a déclaré le
porte-parole", "a-t-il indiqué"; and the doubt a French report marks, the
conditional of an unconfirmed figure ("auraient été tués", "aurait fait").

`find_speakers(text, start, end)` gives `speaker_phrase.Speaker` values, the
English reader's shape, each with the clause it speaks for, so the pipeline's
`attribution.speaker_for` picks a figure's voice the same way in both languages.
"""

from __future__ import annotations

import re

from workbench.extract.casefold import fold
from workbench.extract.french import quoted_voices, relative_voices, toll_voices
from workbench.extract.french.calendar_words import DAYS
from workbench.extract.french.confirming_voices import unchecked_source
from workbench.extract.french.dateline import dateline_end
from workbench.extract.french.document_voices import document_author, without_participle
from workbench.extract.french.inverted_voices import (
    INVERTED,
    INVERTED_AGAIN,
    INVERTED_CLOSING,
    INVERTED_PRESENT,
    NO_TELLER,
    ORGANISATION,
    READ_ON,
    TELLER,
    WHAT_SAYS,
)
from workbench.extract.french.named_speakers import (
    COMPOUND_SAYS,
    NAMED_SAYS,
    NAMED_SAYS_NOW,
    PRESENT_SAYS,
    SAID_NEXT,
)
from workbench.extract.french.nested_voices import WHERE_OTHERS_SAY
from workbench.extract.french.quoted_testimony import doubts
from workbench.extract.french.relative_speakers import pronoun_subject
from workbench.extract.french.voice_names import (
    AFTER_AUXILIARY,
    ANONYMOUS,
    CITING,
    CLAUSE_IN_NAME,
    CLITIC,
    EVENT,
    FEW,
    FOR_VOICE,
    INFORMANTS,
    LATELY,
    LEADER,
    LEADING_ADVERB,
    PERSON,
    PLACED,
    PLACED_REACH,
    REFLEXIVE_NOW,
    STATE_THEN,
    TIME_WORDS,
    TOLL_ADJECTIVE,
    TOLL_OBJECT,
    apposed_end,
    time_end,
)
from workbench.extract.french.voice_persons import IMPERSONAL
from workbench.extract.french.voice_phrases import (
    ACCORDING,
    END,
    GIVES_THIS,
    LEARNED,
    MADE_PUBLIC,
    MADE_PUBLIC_APPOSED,
    NAME,
    PRONOUN_SAYS,
    QUOTED_ORGANISATION_SAYS,
    SAID,
    SAY,
    SAY_STEM,
    SAYS_NOW,
)
from workbench.extract.speaker_phrase import Speaker
from workbench.extract.voice_trim import OWN_TURN

_SUBJECT = (  # "l'armée a annoncé", "les autorités locales ont indiqué", "les rebelles affirment"
    r"(?:^|[,.;:]\s*|(?<=\s)|(?<=qu[’']))(?P<name>(?:l[’']|le\s+|la\s+|les\s+|un\s+|une\s+|des\s+"
    # a subject counted vaguely: "certains médias parlent de", "plusieurs organisations évoquent"
    r"|certaine?s\s+|plusieurs\s+|de\s+nombreu(?:x|ses)\s+|d[’']autres\s+|diverse?s\s+"
    # tellers counted: "deux témoins parlent de", "trois sources sécuritaires évoquent"
    rf"|(?:\d+|{FEW})\s+(?={INFORMANTS}(?![\w])))"
    r"[^,.;:«»“”<>\"()]{2,60}?)"
)
# "une source policière qui fait état de": the voice without its "qui"; "un habitant
# nous a précisé que", "une source vient de nous confirmer que" (AFTER_AUXILIARY,
# CLITIC, LATELY: voice_names)
_SUBJECT_SAYS = re.compile(
    rf"{_SUBJECT}(?:\s+qui)?\s+(?:{CLITIC}\s*)?(?:(?:a|ont|avait|avaient){AFTER_AUXILIARY}{SAID}"
    rf"|{SAYS_NOW}|{LATELY}(?:{SAY})er|{REFLEXIVE_NOW})(?![\w])"
)
# Who issued the statement that gives the figures: "L'état-major a publié dans la matinée
# un communiqué faisant état de 7 militaires tués" (trial 64: no voice).
_ISSUED = re.compile(
    rf"{_SUBJECT}\s+(?:(?:a|ont|avait|avaient){AFTER_AUXILIARY}(?:publié|diffusé|rendu\s+public|"
    r"émis|transmis|adressé)|(?:publie|publient|diffuse|diffusent))"
    r"(?:\s+[^,.;:«»]{0,30}?)?\s+(?:un|une|son|sa|leur|le|la)\s+(?:nouveau\s+|nouvelle\s+)?"
    r"(?:communiqué|bilan|rapport|note|déclaration|message|compte\s+rendu)(?![\w])"
)
# An armed forces' statement: "dans un communiqué, l'état-major des armées ..."
# So too a toll published: 'Dans un « bilan provisoire » diffusé sur Facebook, le Centre
# de médecine d'urgence, en charge des secours, a fait état de 27 morts'.
_STATEMENT = re.compile(
    r"(?:dans|par)\s+(?:un|le)\s+(?:communiqué|[«“\"]?\s*bilan(?:\s+provisoire)?\s*[»”\"]?"
    r"(?!\s*d[e’']\s))(?:\s+(?:publié|diffusé|rendu\s+public))?"
    r"(?:\s+[^,]{0,40})?,\s*(?P<name>[^,.;:]{2,80}?)(?:\s*,[^,.;:«»]{2,60})?\s*,?\s+"
    rf"(?:(?:a|ont)\s|(?:{SAYS_NOW})(?![\w]))"  # "l'état-major ... indique que"
)
# What follows "un bilan de" and is the toll itself, not who gave it: "un bilan de 12
# morts", "d'au moins trente morts", "d'une dizaine de victimes".
_TOLL = (
    r"(?:\d|(?:au\s+moins|plus|près|environ|quelque|pas\s+moins|une?\s+(?:dizaine|douzaine|"
    r"quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)s?|"
    r"deux|trois|quatre|cinq|"
    r"six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|"
    r"cinquante|soixante|cent|mille|plusieurs|quelques|des\s+(?:dizaines|centaines|milliers))"
    r"(?![\w]))"
)
_FIGURES_BY = re.compile(
    # a toll noted by its teller: "le triste constat relevé par les sapeurs-pompiers"
    rf"(?<![\w])(?:chiffres?|bilan|données|statistiques|estimations|informations|décompte|"
    r"constat(?=\s+(?:relevé|dressé|établi|fait)\s+(?:[^,.;:]{0,20}?\s)?par\s))"
    r"(?:\s+(?:préliminaires?|provisoires?|officiels?|officielles|officieu(?:x|se|ses)|"
    r"actualisée?s?|récente?s?))?"
    r"(?:\s+[«\"“]\s*[\w-]+\s*[»\"”])?"  # a word quoted: 'un nouveau bilan "stabilisé"'
    r"\s+(?:(?:fourni|publié|communiqué|établi|donné|diffusé|compilé|recueilli|rapporté|"
    r"dressé|officiel|annoncé|avancé|rendu\s+public|relevé|constaté|enregistré)(?:e|s|es)?"
    # when it was given, before whom: "annoncé mercredi par le gouvernement"
    rf"(?:\s+(?:(?:ce|cette|le)\s+)?(?:{DAYS}|hier|aujourd[’']hui)(?:\s+(?:matin|soir))?)?"
    r"(?=\s+(?:par|de|du|des)\s|\s+d[’']))?\s*"
    # a side's toll is no one's word: "le bilan du côté de la secte s'élève à 64"
    rf"(?:(?:par|de|du|des)\s+|d[’']\s*)(?!{EVENT})(?!{_TOLL})(?!côtés?(?![\w]))"
    # its owner's own deeds, not a voice: "le bilan de ses actions pour la période ..."
    # (french-p study: the period read as the voice)
    r"(?!(?:ses|son|sa|leurs?)\s)"
    rf"(?!{TOLL_ADJECTIVE}(?![\w])){NAME}"
    # its verb after it: "le bilan des autorités fait état de"
    rf"(?:{END}|(?=\s+(?:{SAYS_NOW})(?![\w])))"
)
# A toll standing where a voice would: "le bilan provisoire fait état de 14 morts"
# (whose toll it is, "le bilan de l'ONU", is a voice).
_A_TOLL = re.compile(
    r"(?:le|ce|un|l[’']|du)\s*(?:(?:dernier|nouveau|premier|précédent|ancien)\s+)?"
    r"(?:bilan|décompte|chiffre)"
    r"(?:\s+(?:provisoire|(?:non\s+)?officiel|officieux|définitif|macabre|humain|actualisé|"
    r"le\s+plus\s+récent|non\s+confirmé|indépendant|précédent|antérieur|initial|"
    # an earlier toll given: "un précédent bilan communiqué (mardi)"
    r"(?:communiqué|publié|annoncé|donné|diffusé|avancé)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|la\s+veille))?))*"
    # "selon un bilan non officiel"
    # "selon le bilan de la dernière attaque", "... d'un attentat survenu vendredi à Kolofata"
    rf"(?:\s+(?:de|du|des|d[’'])\s*{EVENT}(?:\s+[^,.;:«»“”<>\"()]*)?)?"
    r"(?:\s+(?:de|d[’']))?"  # the toll's own "de" before a quoted figure: "un bilan de « 43 »"
)
_TOLL_GIVEN = re.compile(TOLL_OBJECT)
# A figure after an inverted verb: what is said, no voice ("qui avait d'abord annoncé
# 38 morts, avance désormais 57 morts": trial 67's voice "57 morts"; not "3R")
_FIGURE_GIVEN = re.compile(
    r"(?:(?:au\s+moins|plus\s+de|près\s+de|environ|quelque)\s+)?\d[\d\s.,]*\s+[a-zà-ÿ]"
)


# What follows a verb of saying and is what was said: "a annoncé la mort de 20 civils",
# "a avancé un nouveau bilan de 43 morts".
_SAID_OBJECT = re.compile(
    rf"(?:la\s+mort|le\s+décès|la\s+perte|l[’']enlèvement|l[’']arrestation|la\s+disparition|"
    rf"{TOLL_OBJECT}|{EVENT}|{_TOLL})"
)
# Where one voice's clause ends and another's may begin (`voice_clauses`).
_VOICE_BREAK = re.compile(
    r";|,?\s+(?:tandis|alors)\s+qu(?:e\s|[’'])|(?:,\s*|\s+)mais\s|,\s+bien\s+qu(?:e\s|[’'])"
    rf"|{WHERE_OTHERS_SAY}"  # "..., où les rebelles houthis font état de 15 morts"
)
_VOICE_BREAK_HINTS = (";", "tandis", "alors", "mais", "bien qu", "où")
# The verb a `_SUBJECT_ASIDE_SAYS` voice needs after the aside's comma, found first.
_ASIDE_VERB = re.compile(
    rf",\s+(?:(?:a|ont|avait|avaient){AFTER_AUXILIARY}{SAID}|(?:{SAYS_NOW})(?![\w]))"
)
# The same with an aside between the voice and its verb: "un porte-parole de l'armée,
# sans donner de précisions, parlait d'une dizaine de morts"; "a dit" only before
# what is said ("que", "avoir", "de 30 morts", "la mort de"), as ", a annoncé X" after an
# aside is X's voice; so too the present ("..., rapporte le ministère" names its own).
_SAID_AFTER = (
    rf"(?=\s+(?:[^,.;«»“”<>]{{0,30}}?\s)?(?:que[\s,]|qu[’']|avoir\s)"
    # "..., Alex Josue, a déclaré : « ... »": a colon opens what is said
    rf"|\s+(?:d[e’']\s*)?(?:{_SAID_OBJECT.pattern})|\s*:)"
)
_SUBJECT_ASIDE_SAYS = re.compile(
    # a relative clause before the aside: "Un témoin, qui n'a donné que son prénom,
    # Abayomi, a déclaré"
    rf"{_SUBJECT}(?:\s*,\s*qui\s[^,.;:«»“”<>\"()]{{2,60}}?)?\s*,\s*[^,.;:«»“”<>\"()]{{2,60}}?"
    rf"\s*,\s+(?:(?:a|ont|avait|avaient){AFTER_AUXILIARY}"
    # two verbs of one subject: ", Volker Türk, a confirmé et a dénoncé le massacre"
    rf"{SAID}(?:\s+et\s+(?:a\s+|ont\s+)?{SAID})?{_SAID_AFTER}"
    rf"|(?:{SAYS_NOW})(?![\w])(?:{_SAID_AFTER}|(?=\s+{SAID_NEXT}|\s+à\s|\s*[:«“\"])))"
)
# A voice opening its sentence (after a short opener), then an aside up to a comma.
_OPENING_SUBJECT = re.compile(
    r"\s*(?:[\w’'-]+(?:\s+[\w’'-]+){0,2}\s*,\s*)?"
    r"(?P<name>(?:l[’']|le\s+|la\s+|les\s+|un\s+|une\s+)[^,.;:«»“”<>\"()]{2,80}?)"
    r"\s*,[^.;:«»“”<>]{2,100}?"
)
# A voice putting a toll at a figure: "l'ONU estimait mi-avril à plus de 150 le nombre
# de personnes tuées", "la Croix-Rouge chiffre à 485 le nombre de morts", "OCHA évalue
# à 20 000 le nombre de déplacés" (a figure, then what it counts), "un groupe a estimé
# le chiffre à 20" (what it counts, then the figure).
_PUTS_AT = re.compile(
    # the toll a pronoun: "une organisation l'estime à 191 victimes", "l'a porté à 42"
    rf"{_SUBJECT}\s+(?:l[’']\s*(?:(?:a|ont|avait|avaient)\s+)?(?:estim|chiffr|évalu|port)[a-zé]*"
    r"\s+à\s|(?:y\s+)?(?:(?:a|ont|avait|avaient)\s+)?(?:estim|chiffr|évalu)"
    r"(?:e|ent|ait|aient|é)(?:(?:\s+(?!à\s)[\w’'-]+){0,3}?\s+à\s+[^.;:]{1,40}?\s+"
    r"(?:le\s+nombre|le\s+bilan|le\s+total)(?![\w])"
    # the toll first, then its figure: "un groupe a estimé le chiffre à 20 ou plus"
    r"|\s+(?:le|ce|leur|son|l[’'])\s*(?:chiffre|nombre|total|bilan)(?:\s+[^.;:]{1,40}?)?\s+à\s))"
)

# The patterns of a voice opening its clause (`Speaker.leads`).
_LEADING = (
    _SUBJECT_SAYS,
    PRONOUN_SAYS,
    _SUBJECT_ASIDE_SAYS,
    _STATEMENT,
    _PUTS_AT,
    QUOTED_ORGANISATION_SAYS,
)
# Patterns needing no verb of saying, each with words one of which it needs (a cheaper test).
_HINTED = (
    (_FIGURES_BY, ("chiffre", "bilan", "données", "statistiques", "estimations", "information",
                   "décompte", "constat")),
    (ACCORDING, ("selon", "d’après", "d'après", "avis", "croire", "source", "via", "voix")),
    (LEARNED, ("appris",)),
    (_STATEMENT, ("communiqué", "bilan")),
    (_ISSUED, ("publi", "diffus", "rendu public", "émis", "transmis", "adressé")),
    (MADE_PUBLIC, ("publié", "annonce", "communiqué", "rapporté", "fourni", "confirmé", "donné",
                    "diffusé", "établi", "dressé", "rendu", "dévoilé", "avancé", "actualisé",
                    "révisé", "mis à jour")),
    (MADE_PUBLIC_APPOSED, ("publié", "annoncé", "communiqué", "rapporté", "fourni", "confirmé",
                            "donné", "diffusé", "établi", "dressé", "rendu", "avancé",
                            "actualisé", "révisé", "mis à jour")),
    (_PUTS_AT, ("estim", "chiffr", "évalu", "l'a porté", "l’a porté")),
    (FOR_VOICE, ("pour l", "pour le", "pour la")),
)  # fmt: skip


def find_speakers(text: str, start: int, end: int, folded: str | None = None) -> list[Speaker]:
    """The voices `text[start:end]` names for what it reports, in order; each speaks
    for the whole sentence (clause None) unless the pipeline narrows it. `folded`
    is `casefold.fold(text)` where the caller has it."""
    folded = fold(text) if folded is None else folded
    # a dateline is no voice's words: "Bunia, le 16 novembre 2026 – La société civile
    # du territoire de Djugu affirme" (trial 63: the voice began with the date)
    start = dateline_end(text, start, end) or start
    found: list[Speaker] = []
    words = folded[start:end]
    patterns = [p for p, hints in _HINTED if any(h in words for h in hints)]
    named: list[re.Match[str]] = []
    if SAY_STEM.search(folded, start, end):  # the patterns of a verb of saying need one
        patterns += [_SUBJECT_SAYS, PRONOUN_SAYS, INVERTED, INVERTED_PRESENT, INVERTED_CLOSING]
        if "«" in words:  # "l'ONG « X » (Y) souligne que"
            patterns.append(QUOTED_ORGANISATION_SAYS)
        if "ce qu" in words or "comme l" in words:  # "c'est ce que rapportent", "comme l'a dit"
            patterns.append(WHAT_SAYS)
        if words.count(",") > 1 and _ASIDE_VERB.search(folded, start, end):  # ", X, a déclaré"
            patterns.append(_SUBJECT_ASIDE_SAYS)
        if COMPOUND_SAYS.search(folded, start, end):  # "X a déclaré", "X, ..., a annoncé que"
            named = list(NAMED_SAYS.finditer(text, start, end))
        if PRESENT_SAYS.search(folded, start, end):  # "X, porte-parole, parle de"
            named += NAMED_SAYS_NOW.finditer(text, start, end)
    if "-on " in words:  # "lit-on sur Africanews" needs no verb of saying
        patterns.append(READ_ON)
    if "intéress" in words or "derni" in words:  # "précise l'intéressé :"
        patterns.append(INVERTED_AGAIN)
    matches = [m for p in patterns for m in p.finditer(folded, start, end)]
    matches = [
        _subject_of_object(folded, start, m) or m if m.re is INVERTED else m for m in matches
    ]
    for match in [*named, *matches]:
        speaker = _speaker(text, match)  # "la liste des morts qu'il (dit)": the subject
        speaker = pronoun_subject(text, start, speaker) if speaker is not None else None
        if speaker is not None and not any(_overlaps(speaker, s) for s in found):
            found.append(speaker)
    after = quoted_voices.find(text, folded, start, end)  # "», fait savoir X"
    after += toll_voices.find(text, folded, start, end)  # "X, Y, a chiffré le bilan à"
    for s in [*relative_voices.find(text, folded, start, end), *after]:
        found += [] if any(_overlaps(s, f) for f in found) else [s]
    return sorted(found, key=lambda s: s.start)


def voice_clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence `folded[start:end]` each voice speaks for: breaks at
    ";", "tandis que", "alors que", "mais", ", bien que" ("Un bilan officiel fait état
    de 19 soldats tués, tandis que des sources locales parlent de 40 morts": the 19 is
    not the local sources')."""
    words = folded[start:end]
    if not any(hint in words for hint in _VOICE_BREAK_HINTS):  # most sentences: one clause
        return [(start, end)]
    spans, last = [], start
    for cut in _VOICE_BREAK.finditer(folded, start, end):
        if cut.start() > last:
            spans.append((last, cut.start()))
            last = cut.end()
    spans.append((last, end))
    return spans


def _subject_of_object(folded: str, start: int, inverted: re.Match[str]) -> re.Match[str] | None:
    """For ", a annoncé la mort de 20 civils" (what follows the verb is what was said,
    not who said it), the voice opening the sentence before an aside: "Le
    gouvernement, dans un communiqué lu à la télévision, a annoncé la mort de ...".
    None where what follows the verb may be a voice."""
    name = inverted.group("name")
    if name is None or not _SAID_OBJECT.match(name):
        return None
    return _OPENING_SUBJECT.fullmatch(folded, start, inverted.start())


_NAME_GROUPS = ("name", "titled", "untitled", "source", "pronoun")


# The writer's own: "notre décompte", "nos unités sur le terrain", "mes sources".
# The outlet's own people named inside a voice's words (re-trial 61: the voice "un
# décompte réalisé par notre rédaction").
_OUR_NEWSROOM = re.compile(
    r"(?<![\w])(?:notre|nos)\s+(?:rédaction|équipes?|journalistes?|reporters?|"
    r"correspondante?s?|envoyée?s?\s+spéciale?s?)(?![\w])"
)
# "Notre Voie", a daily's name, is a voice of its own; so are the writer's sources,
# unnamed people as in English ("selon nos sources", "our sources").
_FIRST_PERSON = re.compile(r"(?i:notre|nos|mon|ma|mes)\s+(?![A-Z]|sources(?![\w]))")


def _speaker(text: str, match: re.Match[str]) -> Speaker | None:
    names = match.re.groupindex
    group = next((g for g in _NAME_GROUPS if g in names and match.group(g)), None)
    s, e = match.span(group) if group is not None else (0, 0)
    low_at = max(0, s - 100)  # "n'a pu être vérifié de source indépendante": no one
    if group is None or unchecked_source(text[low_at:e].lower(), s - low_at):
        return None
    adverb = LEADING_ADVERB.match(text, s, e)  # ", déplore désormais la Croix-Rouge"
    s = adverb.end() if adverb is not None and adverb.end() < e else s
    stated = STATE_THEN.search(text, s, e) if match.re is _SUBJECT_SAYS else None
    s = stated.end() if stated is not None else s  # "Le pays est en crise et l'ONU dit"
    gives = GIVES_THIS.search(text[s:e].lower())  # "des témoins qui livrent ce bilan"
    e = s + gives.start() if gives is not None and gives.start() > 0 else e
    unnamed = ANONYMOUS.search(text, s, e)  # "une source qui a requis l'anonymat"
    e = unnamed.start() if unnamed is not None and unnamed.start() > s else e
    turn = OWN_TURN.search(text, s, e)  # "Le CCMSR de son côté (affirme)": the CCMSR
    e = turn.start() if turn is not None and turn.start() > s else e
    e = time_end(text, s, apposed_end(text, s, e) if group == "name" else e)  # "X lundi"
    name = " ".join(text[s:e].split()).rstrip(",").replace(LEADER, ".")
    if group in ("titled", "untitled"):  # the title is the voice's too: its place is no claim's
        e = match.end()
    low = name.lower()
    if not name or low in IMPERSONAL or TIME_WORDS.match(low) or _A_TOLL.fullmatch(low):
        return None
    if OWN_TURN.fullmatch(f" {name}"):  # ", affirme pour sa part que": no one's name
        return None  # (trial 79's voice "pour sa part": the FDC before its aside spoke)
    if _FIRST_PERSON.match(name) or _OUR_NEWSROOM.search(low):  # "selon notre décompte",
        # "nos unités", "un décompte réalisé par notre rédaction": the writer's own
        return None  # word, its outlet's voice (trial 61's voice "notre décompte")
    if CLAUSE_IN_NAME.search(name) or toll_voices.AN_EVENT.fullmatch(low):
        return None  # "des droits humains a revu le bilan et (l'estime)", "Les attaques ont
        # fait état de treize morts": an event tells a toll, it does not speak
    if match.re in (INVERTED, INVERTED_PRESENT) and (
        _TOLL_GIVEN.match(name.lower()) or NO_TELLER.fullmatch(name) or _FIGURE_GIVEN.match(low)
    ):
        # ", a avancé un bilan de provisoire « 38 morts »", ", évoque un bilan provisoire de
        # 87 morts", "X, coordonnateur, confirme l'ampleur du carnage": what was said
        return None
    if "enregistr" in match.group(0) and not (
        TELLER.search(name.lower()) or ORGANISATION.match(name) or PERSON.search(name.lower())
    ):  # a count kept by a teller ("l'armée a enregistré"), not "une ville ... qui avait
        return None  # enregistré l'un des attentats les plus meurtriers"
    if match.re is INVERTED_CLOSING and (
        _SAID_OBJECT.match(name.lower())
        or not (TELLER.search(name.lower()) or ORGANISATION.match(name))
    ):  # "ont indiqué les positions ennemies", "a annoncé une attaque contre le poste de
        return None  # Boni": what was said or pointed at, no voice
    if match.re is not READ_ON and PLACED.search(text, max(0, s - PLACED_REACH), s):
        return None  # "dans le village voisin de Aveyi, un civil a été tué, précise X"
    name = document_author(name) or without_participle(name)  # "un communiqué du ministère X"
    said = match.group(0)
    relayed = CITING.match(text, e)  # ", informe le site X, citant le ministre": the origin
    return Speaker(
        start=s,
        end=e,
        name=name,
        origin=" ".join(relayed.group("origin").split()) if relayed is not None else None,
        person=group == "pronoun" or bool(PERSON.search(name.lower())),
        hedging=doubts(said, text, match.start(), match.end()),
        leads=match.re in _LEADING,
    )


def _overlaps(a: Speaker, b: Speaker) -> bool:
    return a.start < b.end and b.start < a.end
