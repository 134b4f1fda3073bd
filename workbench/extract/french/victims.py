"""What a French figure counts: "vingt-quatre soldats ont été tués", "faisant 12
morts et 30 blessés", "tuant trois civils", "une dizaine de terroristes
neutralisés", "17 blessés du côté des forces".

`read_sentence(text, start, end)` gives `claims.Reading` values, the English
reader's shape, with the same language-neutral category and subject family
(`lexicon.NounClass`), so a French claim meets an English one in matching. Only
figures the sentence ties to an event are read; "les 3 pays de l'AES", "la 5e
région" and a figure with no cue give nothing. Patterns run over lower-cased text
(`casefold.fold`).
"""

from __future__ import annotations

import re

from workbench.extract.casefold import fold
from workbench.extract.claims import Reading
from workbench.extract.found_again import found_again
from workbench.extract.french.accidents import accidental
from workbench.extract.french.counted_things import (
    each_lost_one,
    is_thing,
    part_of_things,
    vague_of_things,
)
from workbench.extract.french.numbers import ASIDE_BOUND, ASIDE_STARTS, find_quantities
from workbench.extract.french.open_fates import open_fate
from workbench.extract.french.victim_definite import ONE_DEFINITE
from workbench.extract.french.victim_fates import fate_after, main_fate
from workbench.extract.french.victim_lists import (
    before_age,
    counted_words,
    family_of,
    joined,
    listed,
    one_force,
    others,
    own_groups,
    restated,
    shared,
    some_unnamed,
)
from workbench.extract.french.victim_named import CUE, named_victims
from workbench.extract.french.victim_refuge import one_status, where_fled
from workbench.extract.french.victim_singles import ONE, ONE_OF_KIN
from workbench.extract.french.victim_totals import toll_grown
from workbench.extract.french.victim_words import (
    AMONG_AFTER,
    ANY_PLURAL,
    CASUALTY_NOUNS,
    COUNTED,
    INVERTED_PASSIVE,
    NOUN_AFTER,
    ONLY_ARMED,
    ONLY_FORCE,
    ONLY_PEOPLE,
    POST,
    PRE,
    TOLL_COPULA,
    TOLL_NOUNS,
    WOUNDED_DIED,
)
from workbench.extract.french.voice_phrases import SAY
from workbench.extract.french.zero_tolls import zero_readings_fr
from workbench.extract.lexicon import NounClass
from workbench.extract.numbers import Quantity
from workbench.extract.spans import SpanSet
from workbench.models import Category

# A figure opening a breakdown of the claim before it: "dont", "dont les", "parmi lesquels",
# "à savoir" ("onze personnes tuées, à savoir cinq soldats et six civils").
_BREAKDOWN = re.compile(
    r"(?<![\w])(?:dont|parmi\s+lesquel(?:le)?s|à\s+savoir)(?:\s+(?:les|des))?\s*$"
)
# An armed group named after the people counted makes them its men: "96 éléments de
# Boko Haram", "membres de l'État islamique", "combattants du M23", "éléments de la
# milice" (not "éléments de l'armée", "membres de la famille").
_ARMED_OF = re.compile(
    r"\s+(?:(?:de|du|des|d[’'])\s*(?:l[’']|la\s+|le\s+)?)?"
    r"(?:(?:secte|groupe|nébuleuse|mouvement|rébellion|ex-rébellion|milice|coalition|"
    r"organisation|faction)(?:\s+[a-zà-ÿ-]+){0,3}?\s+)?"
    r"(?:boko\s+haram|iswap|eigs|jnim|gsim|[ée]tat\s+islamique|ei|daech|adf|m23|codeco|"
    r"(?:ex-)?s[ée]l[ée]ka|anti-balaka|3r|fact|shebab|shabab|al-shabaab|aqmi|ansarul|ansar\s+dine|"
    r"houthis?|talibans?|"
    r"mujao|hts|hamas|hezbollah|rsf|fsr|forces\s+de\s+soutien\s+rapide|jihadistes|djihadistes|"
    r"terroristes|rebelles|assaillants|insurgés|groupes?\s+armés?|groupe\s+terroriste|"
    # the army's word for its foe: "tuant 63 éléments de la milice" (trial 67)
    r"milices?|rébellion)(?![\w])"
)
# Nouns that name what those counted were before what befell them, which a verb before
# the figure tells: "exécuté 20 otages", "tué 5 déplacés", "enlevé 10 réfugiés".
_STATUSES = frozenset({Category.KIDNAPPED, Category.DISPLACED, Category.REFUGEES})
_HARMS = ("KILLED", "WOUNDED", "MISSING", "KIDNAPPED", "ARRESTED")  # befalling the counted
# The words one of which a `TOLL_COPULA` match holds.
_COPULA_HINTS = ("sont", "étaient", "seraient", "élève", "chiffre", "compt")
# Families whose men an armed group named after them makes its own.
_MEN_OF = (NounClass.MILITARY, NounClass.PERSON)
# Some of a group told before: "plusieurs des blessés", "quelques-uns d'entre eux".
_PARTITIVE = re.compile(r"\s+(?:des|d[’']entre)(?![\w])")
# A figure of a part before the figure of its whole: "trois des quatre", "24 des 25".
_OF_WHOLE = re.compile(r"\s+des\s+")
_PRE_REACH = 80  # characters before a figure searched for its verb
# A verb of saying and its "que" between the people counted and a fate: the fate is in
# what they said ("L'un des médecins a indiqué que douze personnes avaient été tuées"),
# when, to whom or how told between the verb and its "que" too: "Un officier a confié
# mardi à l'AFP sous couvert d'anonymat que neuf soldats avaient été tués".
_SAID_THAT = re.compile(
    rf"(?<![\w])(?:(?:a|ont|avait|avaient|aurait)\s+(?:[a-zà-ÿ]+ment\s+)?(?:{SAY})[a-zà-ÿ]*"
    rf"|(?:{SAY})(?:e|ent|ait|aient))(?:[ ,][^.;:!?«»“”\"]{{0,60}}?)?\s+qu(?:e\s|[’'])"
)
# Whose fate is unknown, told after "le sort de N": "reste inconnu", "est incertain".
_UNKNOWN = re.compile(r"(?<![\w])(?:inconnu|incertain|ignoré)e?s?(?![\w])")
_SCALES = ("dizaines", "centaines", "milliers", "millions")  # a vague figure's scale
_YEAR = re.compile(r"(?<![\w])\d{4}(?![\w])")


def read_sentence(text: str, start: int, end: int, folded: str | None = None) -> list[Reading]:
    """The claims of the French sentence `text[start:end]`, in order; `folded` is
    `casefold.fold(text)` where the caller has it."""
    folded = fold(text) if folded is None else folded
    readings: list[Reading] = []
    unread: list[Quantity] = []  # figures read by none, since the last one read
    figures = _figures(text, folded, start, end)
    main_ends: dict[int, int] = {}  # a partitive's whole by index: where its part's fate ends
    for index, quantity in enumerate(figures):
        reading = _reading(text, folded, quantity, start, end)
        whole = figures[index + 1] if index + 1 < len(figures) else None
        if whole is not None and _OF_WHOLE.fullmatch(folded, quantity.end, whole.start):
            reading, fate_end = _part(text, folded, quantity, whole, reading, (start, end))
            main_ends[index + 1] = fate_end
        elif reading is not None and main_ends.get(index) == reading.end:
            continue  # "deux des cinq soldats ont été tués": the five are not all dead
        if reading is None and readings:
            reading = (
                listed(text, folded, quantity, readings[-1], end)
                or restated(folded, quantity, readings[-1], start)
                or others(folded, quantity, readings[-1], end)
                or shared(folded, quantity, readings[-1], end)  # «dont 1 350 arrivées»
            )
        if reading is None:
            unread.append(quantity)
            continue
        # "trois soldats et deux civils ont été tués", "deux gendarmes, deux policiers et
        # un civil ont péri": each group; not "11 morts, dont les deux kamikazes et une
        # trentaine de blessés" (the two are of the dead)
        # a part told after "dont" joins nothing ("Les 12 soldats, dont deux officiers,
        # et trois civils ont été tués": the 12 and the three)
        groups = [u for u in unread if not _BREAKDOWN.search(folded, start, u.start)]
        if groups:
            readings += joined(text, folded, groups, reading, end)
        readings.append(reading)
        unread = []
    # one person befallen, told by no figure: "l'arrestation de Pierre Antony", "le
    # meurtre d'un citoyen" where no figure's reading holds it (`victim_named`)
    if CUE.search(folded, start, end):
        held = [(r.start, r.end) for r in readings]
        named = named_victims(text, folded, start, end)
        fresh = [n for n in named if not any(s < n.end and n.start < e for s, e in held)]
        readings = sorted(readings + fresh, key=lambda r: r.quantity.start)
    # a force of one is no figure of a force ("un kamikaze a attaqué"), nor "certains"
    # alone, nor "plusieurs" of things ("plusieurs organisations", "plusieurs dégâts")
    readings = [before_age(folded, r) for r in own_groups(text, folded, readings, end)]
    readings = found_again(folded, readings)  # "les deux disparus ont été retrouvés"
    zeros = zero_readings_fr(folded, start, end)  # "aucun civil n'a été tué": 0
    if zeros:  # few sentences tell none
        read = SpanSet((r.start, r.end) for r in readings)
        readings += [z for z in zeros if not read.overlaps(z.start, z.end)]
    return [
        r
        for r in readings
        if not one_force(r)
        and not accidental(folded, r, end)  # "morts dans un accident de la circulation"
        and not open_fate(folded, r)  # «800 morts ou blessés»: which befell whom, unsaid
        and not one_status(folded, r)  # "l'agresseur, un homme réfugié de 32 ans"
        and not some_unnamed(folded, r, end)
        and not vague_of_things(text, folded, r.quantity.end, r.quantity.qualifier, end)
    ]


def _part(
    text: str,
    folded: str,
    q: Quantity,
    whole: Quantity,
    reading: Reading | None,
    span: tuple[int, int],
) -> tuple[Reading | None, int]:
    """The reading of a part `q` of a figure `whole` ("N des M") in the sentence `span`,
    and where a reading of the whole ends that is the part's, not the whole's (-1 if
    none). A verb before the part counts it ("tué 24 des 25", "a été tué avec trois des
    cinq membres"); else the main verb after the whole and its participle does ("trois
    des quatre casques bleus portés disparus ... ont été retrouvés morts": three
    killed, the four missing), and none where no main verb tells a fate ("sept des dix
    soldats blessés ont été évacués": the seven are of the ten wounded)."""
    start, end = span
    counted = COUNTED.match(folded, whole.end, end) or ANY_PLURAL.match(folded, whole.end, end)
    after = counted.end() if counted else whole.end
    fate = main_fate(folded, after, end)
    fate_end = fate.end() if fate is not None else -1
    if reading is not None and reading.start < q.start:
        return reading, fate_end
    of_whole = _reading(text, folded, whole, start, end)
    if of_whole is not None and of_whole.start < q.start:  # its cue stands before the part
        r = of_whole
        return Reading(q, r.category, r.start, r.end, r.subject, r.noun, r.actor), r.end
    if counted is not None and is_thing(folded, counted.start("noun")):
        return None, fate_end
    family = family_of(" ".join(counted.group("noun").split())) if counted else None
    if fate is None or not _fits(fate, family):
        return None, fate_end
    whom = counted_words(text, counted.start("noun"), after) if counted else None
    return Reading(q, where_fled(text, fate, end), q.start, after, whom, family, None), fate_end


def _figures(text: str, folded: str, start: int, end: int) -> list[Quantity]:
    """The sentence's figures, and "un"/"une" before a word for people ("un soldat",
    "un mort"), which counts one, as "le"/"la" does before a passive fate ("Le
    conducteur a été blessé": `victim_definite`)."""
    found = find_quantities(text, start, end, folded)
    taken = [(q.start, q.end) for q in found]
    for pattern in (ONE, ONE_OF_KIN, ONE_DEFINITE):
        for one in pattern.finditer(folded, start, end):
            if not any(s <= one.start() < e for s, e in taken):  # "sa femme": once
                found.append(Quantity(one.start(), one.end(), 1, 1, 1, "exact", words=True))
                taken.append((one.start(), one.end()))
    return sorted(found, key=lambda q: q.start)


# A toll's own word before a figure, which names no fate: "le bilan", "le nombre de".
_A_TOLL = re.compile(r"(?:bilan|nombre)(?![\w])")


def _reading(text: str, folded: str, q: Quantity, start: int, end: int) -> Reading | None:
    """What `q` counts: a casualty noun after it ("12 morts"); else the verb right
    before it ("tuant trois civils", "la mort de 30 personnes"); else the fate told
    after the people counted ("soldats tchadiens ont été tués") or after the figure
    alone ("une cinquantaine enlevés")."""
    if q.unit is not None:  # "4,2 milliards d'euros": a sum of money (french/money.py)
        return Reading(q, Category.MONEY, q.start, q.end, None, None, None)
    noun = NOUN_AFTER.match(folded, q.end, end)
    if noun is not None:
        category = CASUALTY_NOUNS[noun.group("noun")]
        died = WOUNDED_DIED.match(folded, noun.end(), end) if category is Category.WOUNDED else None
        if died is not None:  # "Quatre blessés ont ensuite succombé"
            return Reading(
                q,
                Category.KILLED,
                q.start,
                died.end(),
                text[noun.start("noun") : noun.end()],
                None,
                None,
            )
        subject = text[noun.start("noun") : noun.end()]
        if noun.group("noun") == "victimes":  # "deux victimes en urgence absolue": hurt
            hurt = fate_after(folded, noun.end(), end)
            wounded = hurt is not None and hurt.lastgroup == Category.WOUNDED.name
            category = Category.WOUNDED if wounded else category
        if category in _STATUSES:  # "exécuté une vingtaine d'otages": what befell them now
            pre = _verb_before(folded, q, start, end)
            if pre is not None and _A_TOLL.match(pre.group(pre.lastgroup or 0)):
                pre = None  # "le bilan s'élève à 350 déplacés": a toll, which tells no fate
            # "douze déplacés ont été tués": what befell them after their status
            now = fate_after(folded, noun.end(), end) if pre is None else None
            if pre is not None and pre.lastgroup != Category.TROOPS.name:
                category = Category[pre.lastgroup or ""]
            elif now is not None and now.lastgroup in _HARMS:
                category = Category[now.lastgroup or ""]
        among = AMONG_AFTER.match(folded, noun.end(), end)  # "4 morts parmi les soldats"
        family = family_of(" ".join(among.group("noun").split())) if among else None
        return Reading(q, category, q.start, noun.end(), subject, family, None)
    toll = _toll_copula(folded, max(start, q.start - _PRE_REACH), q.start)
    if toll is not None:  # "les blessés sont au nombre de 28"
        category = TOLL_NOUNS[toll.group("noun")]
        return Reading(q, category, toll.start(), q.end, toll.group("noun"), None, None)
    fate = POST.match(folded, q.end, end)
    if fate is not None and not ONLY_FORCE.match(fate.group(fate.lastgroup or 0)):
        # "une cinquantaine enlevés", "24 ont été tués"; not "sept missiles ..., dont
        # deux ont été abattus"
        if part_of_things(folded, start, q.start):
            return None
        category = where_fled(text, fate, end)
        return Reading(q, category, q.start, fate.end(), None, None, None)
    counted = COUNTED.match(folded, q.end, end) or ANY_PLURAL.match(folded, q.end, end)
    if counted is not None and is_thing(folded, counted.start("noun")):
        return None
    # "plusieurs des blessés": some counted before, no figure ("des milliers d'entre eux" is)
    vague = q.qualifier.startswith("vague") and not q.qualifier.endswith(_SCALES)
    if counted is None and vague and _PARTITIVE.match(folded, q.end, end):
        return None
    family = family_of(" ".join(counted.group("noun").split())) if counted else None
    if family in _MEN_OF and counted is not None and _ARMED_OF.match(folded, counted.end(), end):
        family = NounClass.ARMED_GROUP  # "96 éléments de Boko Haram ont été neutralisés"
    after = counted.end() if counted else q.end
    pre = _verb_before(folded, q, start, end)
    # people counted, or none named: not "est passé à 3 résolutions"
    people = counted is None or family is not None
    grown = toll_grown(folded, start, q.start) if pre is None and people else None
    if grown is not None:  # "le bilan des morts de ... s'est alourdi à 36 personnes"
        whom = counted_words(text, counted.start("noun"), after) if counted else None
        return Reading(q, grown[0], grown[1], after, whom, family, None)
    troops = pre is not None and pre.lastgroup == Category.TROOPS.name
    fate = fate_after(folded, after, end) if troops else None
    if pre is not None and _fits(pre, family) and not _no_force(pre, fate, counted, family):
        if q.value == 1 and each_lost_one(folded, start, q.start, q.end):
            return None  # "ils ont perdu un membre de leur famille"
        whom = counted_words(text, counted.start("noun"), after) if counted else None
        # a year between the verb and its figure is no part of the claim: "l'enlèvement
        # en 2014 de près de 300 écolières" is told from "près de 300"
        at = q.start if _YEAR.search(folded, pre.start(), q.start) else pre.start()
        category = _captive(Category[pre.lastgroup or ""], pre.group(), family)
        told = (
            fate_after(folded, after, end) if _A_TOLL.match(pre.group(pre.lastgroup or 0)) else None
        )
        if told is not None and (fate_name := told.lastgroup) in Category.__members__:
            category = Category[fate_name or ""]  # "le bilan fait état de 12 personnes blessées"
        return Reading(q, category, at, after, whom, family, None)
    fate = fate or fate_after(folded, after, end, one=q.high == 1)
    # "ont été tués lors de l'attaque 12 soldats": people of a family the lists name, not
    # "ont été massacrés dans la zone des trois frontières"
    if fate is None and counted is not None and family is not None:
        inverted = INVERTED_PASSIVE.search(folded, max(start, q.start - _PRE_REACH), q.start)
        if inverted is not None and _fits(inverted, family):
            whom = counted_words(text, counted.start("noun"), after)
            category = Category[inverted.lastgroup or ""]
            return Reading(q, category, inverted.start(), after, whom, family, None)
    if fate is None or not _fits(fate, family):
        return None
    if _SAID_THAT.search(folded, after, fate.start()):  # "Un des médecins a précisé que
        return None  # douze personnes avaient été tuées": the fate is of those it tells of
    whom = counted_words(text, counted.start("noun"), fate.start()) if counted else None
    category = _captive(where_fled(text, fate, end), fate.group(), family)
    return Reading(q, category, q.start, fate.end(), whom, family, None)


def _captive(category: Category, cue: str, family: NounClass | None) -> Category:
    """Soldiers or police captured are taken captive, not arrested: "les rebelles ont
    capturé 21 soldats" (an armed group's men captured by an army are arrested)."""
    if category is Category.ARRESTED and family is NounClass.MILITARY and "captur" in cue:
        return Category.KIDNAPPED
    return category


def _verb_before(folded: str, q: Quantity, start: int, end: int) -> re.Match[str] | None:
    """The verb or nominal before figure `q` that says what befell those it counts
    (`PRE`); "le sort de 12 otages" only where the sentence says it is unknown."""
    pre = PRE.search(folded, max(start, q.start - _PRE_REACH), verb_end(folded, q))
    if pre is not None and "sort" in pre.group() and not _UNKNOWN.search(folded, q.end, end):
        return None
    return pre


def verb_end(folded: str, q: Quantity) -> int:
    """Where the words before figure `q` end that may hold its verb: at its start, or
    before the comma of a bound set off by commas ("ont kidnappé, au moins, une
    soixantaine": after "kidnappé")."""
    if folded.startswith(ASIDE_STARTS, q.start) and ASIDE_BOUND.match(folded, q.start, q.end):
        comma = folded.rfind(",", 0, q.start)
        return comma if comma >= 0 and not folded[comma + 1 : q.start].strip() else q.start
    return q.start


def _toll_copula(folded: str, start: int, end: int) -> re.Match[str] | None:
    """`TOLL_COPULA` ending at `end`, looked for only where its verb stands before the
    figure ("sont", "s'élèvent", "se comptent", "étaient")."""
    before = folded[start:end]
    if not any(verb in before for verb in _COPULA_HINTS):
        return None
    return TOLL_COPULA.search(folded, start, end)


def _no_force(
    pre: re.Match[str],
    fate: re.Match[str] | None,
    counted: re.Match[str] | None,
    family: NounClass | None,
) -> bool:
    """Whether a verb that counts a force ("compte", "envoyé") counts none here: what
    befell those counted follows ("compte 12 soldats tués", "envoyé 12 soldats qui ont
    été tués"), or they are civilians ("on comptait 40 civils")."""
    if pre.lastgroup != Category.TROOPS.name:
        return False
    if fate is not None and fate.lastgroup != Category.TROOPS.name:
        return True
    noun: str = counted.group("noun").strip() if counted is not None else ""
    return family is NounClass.CIVILIAN and noun != "hommes"


def _fits(cue: re.Match[str], family: NounClass | None) -> bool:
    """Whether the cue may apply to the people counted: "neutralisés" only to an
    armed group, as armies' communiqués use it of the enemy; an attack made ("ont
    attaqué") counts a force only of an armed group or soldiers, and only in the
    active; "a perdu" counts the dead only of people ("a perdu 29 soldats"); no
    force is displaced."""
    word = cue.group(cue.lastgroup or 0)
    forces = (NounClass.ARMED_GROUP, NounClass.MILITARY)
    if ONLY_PEOPLE.match(word):
        return family is not None
    if ONLY_FORCE.match(word):  # "ont attaqué", not "ont été attaqués"
        return family in forces and not re.search(r"été\s", cue.group(0))
    if cue.lastgroup == Category.DISPLACED.name and family in forces:
        return False  # soldiers "déployés ailleurs" or leaving a town are no displaced
    return not ONLY_ARMED.match(word) or family is NounClass.ARMED_GROUP
