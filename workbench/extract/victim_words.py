"""The words of casualty predicates, for `victims.py`: what a verb, participle,
nominal or result looks like, and the words around one that make it no death
(a counterfactual, an open fate); the words that make a death another event's or a
reason are in `victim_reasons.py`. Patterns run over lower-cased text
(`casefold.fold`). Every list is data: extend it where real text demands.
"""

from __future__ import annotations

import re

from workbench.extract.wordindex import WordClass
from workbench.models import Category

K, W, A = Category.KILLED, Category.WOUNDED, Category.KIDNAPPED
# A hurt told as mortal is a death: "fatally shot a man", "were fatally assaulted".
FATALLY = (
    r"fatally\s+(?:shot|shoot(?:s|ing)?|wound(?:s|ed|ing)|injur(?:e|es|ed|ing)|stabb(?:ed|ing)|"
    r"assault(?:s|ed|ing)|beat(?:en|ing)?|attack(?:s|ed|ing)|struck|hit|burn(?:ed|t))"
)
# More ways to beat, cut or choke someone "to death" than the lists below spell out:
# "clobbered to death by a mob", "was kicked to death", "starved to death".
MORE_TO_DEATH = (
    r"clobbered|bashed|kicked|pummell?ed|hammered|flogged|whipped|lashed|thrashed|knifed|"
    r"mauled|choked|smothered|suffocated|bayonett?ed|starved"
)
# Verbs whose object is the victim: "killed two soldiers". Run over lower-cased text.
ACTIVE: dict[Category, str] = {
    # nominals first: at "killing" the pattern is tried from there, not from "the"
    K: r"(?:the\s+)?(?:deaths?|killings?|slayings?|murders?|assassinations?|lynchings?|executions?|"
    r"beheadings?|massacre|bod(?:y|ies)|remains|corpses?)\s+of|"
    r"kill(?:s|ed|ing)?|kil(?:ed|ing)|shot\s+(?:and\s+killed|dead)|gun(?:s|ned|ning)?\s+down|"
    rf"{FATALLY}|"
    r"(?:hacked|stabbed|beaten|beat|burned|burnt|bludgeoned|stoned|clubbed|shot|axed|"
    rf"strangled|tortured|chopped|crushed|battered|trampled|slashed|macheted|speared|{MORE_TO_DEATH})"
    r"\s+to\s+death|"
    r"burn(?:ed|t)\s+alive|slit(?:s|ting)?\s+the\s+throats?\s+of|"
    r"shoot(?:s|ing)?\s+dead|"
    r"assassinat(?:e|es|ed|ing)|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?|"
    r"massacr(?:e|es|ed|ing)|slaughter(?:s|ed|ing)?|lynch(?:es|ed|ing)?|murder(?:s|ed|ing)?|"
    r"sl(?:ew|ay|ays|aying)|neutrali[sz](?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|"
    r"(?:claim(?:s|ed|ing)?|took|tak(?:e|es|ing))\s+the\s+li(?:ves|fe)\s+of|"
    # the attacker's own death: "before turning the gun on himself"
    r"turn(?:s|ed|ing)?\s+(?:the|his|her)\s+(?:gun|weapon|rifle|pistol)\s+on(?=\s+(?:him|her)self)|"
    r"(?:the\s+)?(?:dead|fatalities|killed)\s+includ(?:ed|e|es|ing)|"
    r"among\s+(?:the\s+)?(?:dead|killed|fatalities)\s+(?:were|was|are|is)",
    W: r"wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|maim(?:s|ed|ing)?|hurt(?:s|ing)?|"
    r"(?:the\s+)?injur(?:y|ies)\s+(?:of|to)",
    A: r"(?:the\s+)?(?:kidnapping|abduction)s?\s+of|kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing)?|"
    r"seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)",
}
# Participles and predicates said after the victims: "two soldiers were killed".
PASSIVE: dict[Category, str] = {
    # with a coder's slips: "kiled", "killid", "killied"
    K: r"ki+l+(?:e|i|ie)d|shot\s+(?:dead|and\s+killed)|assassinated|executed|beheaded|massacred|"
    rf"{FATALLY}|"
    r"slaughtered|lynched|murdered|martyred|gunned\s+down|neutrali[sz]ed|"
    r"(?:burn(?:ed|t)|shot|hacked|stabbed|beaten|bludgeoned|stoned|axed|strangled|clubbed|"
    rf"tortured|chopped|crushed|battered|trampled|slashed|macheted|speared|{MORE_TO_DEATH})\s+"
    r"to\s+death|"
    r"found\s+(?:shot|stabbed|hacked|beaten|burn(?:ed|t)|strangled|murdered|killed)\s+"
    r"(?:dead|to\s+death)|found\s+(?:murdered|slain|beheaded|executed|strangled)|burn(?:ed|t)\s+alive|found\s+dead|dead|deceased|died|die|dies|perished|"
    r"lost\s+(?:their|his|her)\s+li(?:ves|fe)|succ?umm?(?:bed|ed|bing|bs)|drowned",
    W: r"wounded|injured|injuried|hurt|maimed|(?:sustained|suffered)\s+(?:\w+\s+)?"
    r"(?:injuries|wounds)|stabbed|shot\s+(?:in|at)\s+the\s+(?:leg|arm|head|chest|back|"
    r"stomach|shoulder|hand|foot|neck)|hospitali[sz]ed|(?:rushed|taken|admitted)\s+to\s+"
    r"(?:the\s+|a\s+)?hospital|"
    # "eleven people were left in intensive care", "two remain in critical condition"
    r"(?:left|remain(?:s|ed|ing)?|admitted|placed|kept)\s+in\s+(?:an?\s+)?(?:intensive\s+care"
    r"|(?:critical|serious|grave)\s+condition)|"
    # "are now in a critical condition": the copula and "in a" are auxiliaries (AUX)
    r"(?:critical|serious|grave)\s+condition",
    A: r"kidnapped|abducted|taken\s+(?:hostage|captive)|held\s+(?:hostage|captive)",
}
# "leaving three fighters dead and one wounded"
# Verbs whose victims come between them and the result: "leaving three fighters
# dead", "took four tourists hostage", "beat a suspect to death".
RESULTATIVES: list[tuple[re.Pattern[str], dict[str, Category]]] = [
    (
        re.compile(r"(?<![a-z])(?:left|leaving|leave|leaves)\s+"),
        {"dead": K, "killed": K, "injured": W, "wounded": W, "hurt": W},
    ),
    (
        re.compile(r"(?<![a-z])(?:took|taking|take|takes|held|holding|hold|holds)\s+"),
        {"hostage": A, "captive": A},
    ),
    (
        re.compile(r"(?<![a-z])(?:forced|forcing|forces|force|compelled|driven|drove)\s+"),
        {"to flee": Category.DISPLACED, "from their homes": Category.DISPLACED},
    ),
    (
        re.compile(
            r"(?<![a-z])(?:beat|beating|beats|stabbed|stabbing|hacked|hacking|shot|shooting|"
            r"stoned|stoning|clubbed|bludgeoned|axed|strangled|burned|burnt|burning|tortured|"
            rf"chopped|crushed|battered|trampled|slashed|slashing|macheted|speared|{MORE_TO_DEATH})"
            r"(?:\s+up)?\s+"
        ),
        {"to death": K, "alive": K},
    ),
]
AUX = (
    r"(?:(?:were|was|are|is|be|been|being|have|has|had|got|get|reportedly|allegedly|all|also|"
    r"later|subsequently|both|each|then|now|left|either|"
    r"(?:believed|said|known|thought|reported|understood|feared|suspected)\s+to\s+have|"
    # "5 said killed": a headline's passive of report, no speech
    r"feared|presumed|believed|thought|confirmed|reported|said|suspected|found|seriously|critically|"
    r"fatally|badly|in(?:\s+an?)?|"  # "are now in a critical condition"
    r"slightly|mortally|severely|[a-z]{3,}ly|"
    # a time between auxiliary and participle: "were Friday afternoon shot dead",
    # "was on the evening of 22/06 shot dead", "were in the evening hours killed"
    r"(?:(?:on|in|during)\s+)?(?:the\s+)?(?:early\s+|late\s+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|morning|evening|night|afternoon)"
    r"(?:\s+(?:morning|evening|night|afternoon|hours))?(?:\s+of\s+[\d/]+)?)\s+)*"
)


def _alternatives(table: dict[Category, str]) -> str:
    return "|".join(f"(?P<{c.name}>{p})" for c, p in table.items())


ACTIVE_RE = re.compile(rf"(?<![a-z])(?:{_alternatives(ACTIVE)})(?![a-z])\s+")
PASSIVE_RE = re.compile(rf"(?<![a-z])(?:{_alternatives(PASSIVE)})(?![a-z])")
AUX_BEFORE = re.compile(rf"(?<![a-z]){AUX}[\"“]?$")
BE_BEFORE = re.compile(r"(?:were|was|been|being|are|is|be)\s+$")
# "leaving three fighters dead", "took four tourists hostage", "chopped X, 35, to death"
RESULT_RE = re.compile(
    r"(?:\s*,\s*\d{1,2}\s*(?=,))?\s*,?\s*(dead|killed|injured|wounded|hurt|hostage|captive|to\s+death|alive|to\s+flee|"
    r"from\s+their\s+homes)(?![a-z])"
)
# A cheap first test on lower-cased sentences (pipeline.py's trigger).
EVENT_WORDS = (
    r"kill\w*|shot|shoot\w*|dead|died|die|dies|death\w*|assassinat\w*|execut\w*|behead\w*|"
    r"massacr\w*|slaughter\w*|lynch\w*|murder\w*|slew|slay\w*|neutrali\w*|eliminat\w*|kil+ed|"
    r"perished|succumbed|lives|life|wound\w*|injur\w*|maim\w*|hurt|kidnap\w*|abduct\w*|"
    r"taken|held|burn\w*|stabbed|hacked|beaten|missing|arrested|detained|gun\w*|martyred|"
    r"bod(?:y|ies)|remains|corpses?|slashed|macheted|speared|deceased|slit\w*|fatally"
)
# Every predicate above begins with one of these: a clause with none is skipped.
ANY_PREDICATE = re.compile(
    rf"(?<![a-z])(?:{EVENT_WORDS}|left|leav\w*|took|tak\w*|hold\w*|beat\w*|stab\w*|hack\w*|"
    r"ston\w*|club\w*|bludgeon\w*|ax\w*|strangl\w*|tortur\w*|chop\w*|crush\w*|"
    r"batter\w*|trampl\w*|slash\w*|machet\w*|spear\w*|sustained|suffered|hospitali\w*|rushed|"
    r"admitted|critical|serious|grave|remain\w*|placed|kept|seiz\w*|captur\w*|among|fatalit\w*|deaths?|dead|killed|injur\w*|"
    r"wounded|succ?um\w*|found|discovered|recovered|exhumed|buried|dumped|retrieved|"
    r"claim\w*|lynch\w*|drown\w*|forc\w*|compelled|driven|drove|lost|"
    rf"toll|figure|number|count|total|tally|later|fatally|turn\w*|{MORE_TO_DEATH})(?![a-z])"
)
PREDICATE_WORDS = WordClass(ANY_PREDICATE)  # the words ANY_PREDICATE matches whole
# "was killed along with his driver", "were killed, as well as two fighters"
ALONG = re.compile(
    r"\s+(?:\w+\s+){0,4}?(?:along|together)\s+with\s+"
    r"|(?:\s+(?!and\b|were\b|was\b|are\b|is\b|injured|wounded|hurt)[a-z’'-]+){0,6}?"
    r"\s*,?\s+as\s+well\s+as\s+"
    r"|\s*,?\s+plus\s+"  # "four were killed, plus the bomber"
    # kin or staff after "with", past the agent: "was killed by gunmen with his wife"
    r"|(?:\s+by(?:\s+[\w’'-]+){1,4}?)?\s+with\s+(?=(?:his|her|their)\s+(?:[a-z-]+\s+)?"
    r"(?:wife|wives|husband|sons?|daughters?|child|children|family|brothers?|sisters?|"
    r"father|mother|parents|nephews?|nieces?|grand\w+|relatives?|drivers?|bodyguards?|"
    r"guards?|aides?|escorts?|companions?|colleagues?)\b)"
)
# After a passive of hurt, the victims' death: "was injured in the blast and later
# died in hospital" is one killed, not one wounded.
LATER_DIED = (
    r"(?:(?:later|subsequently|eventually|also|then|soon)\s+)?"
    r"(?:died|succumbed|passed\s+away|(?:was|were)\s+(?:later\s+)?(?:pronounced|declared)\s+dead)"
)
AND_LATER_DIED = rf"[^.;]{{0,80}}?\s+and\s+{LATER_DIED}"  # after the hurt, its clause
THEN_DIED = re.compile(rf"{AND_LATER_DIED}(?![a-z])")
# A relative clause between a passive's subject and its verb: "Five soldiers, two of
# whom were officers, were killed".
RELATIVE_BEFORE_VERB = re.compile(
    r",\s+(?:[\w-]+\s+of\s+(?:whom|which)|who|whom|whose|which)(?![\w-])[^,;]{1,100},\s*$"
)
# Any other phrase set off by commas there: "three workers at the sugar project,
# Amhara, were killed", "two guards, employees of a mining firm, were killed".
APPOSITIVE_BEFORE_VERB = re.compile(r",\s+[^,;]{1,80},\s*$")
# A subject's appositive closed by a comma before its verb: "..., were killed".
CLOSED_BEFORE_VERB = re.compile(r"\s*,\s+(?:were|was|are|is|have|has|had)\b")
# A clause that opens with ", and": a list of victims may have begun before it
# ("Tomas Ferrant, a teacher, and his son were abducted").
AND_BEFORE = re.compile(r",\s+and\s+$")
# A clause that ends where a list of victims goes on: "killed a farmer, a trader, and "
LIST_GOES_ON = re.compile(r"\s*,\s+and\s+")
# A partitive of the noun before it as a passive's whole subject: "40 fighters, 12 of
# whom were killed" (12, not 40).
PARTITIVE_SUBJECT = re.compile(r"(?<![\w-])[\w-]+\s+of\s+(?:whom|them|those|these)\s+$")
SHARED_SUBJECT = re.compile(
    r"(?<![a-z])(?:were|was|are|is|been)\s+(?:[a-z’'-]+,?\s+){1,10}?(?:and|or|then|before)\s+$"
)
CONJUNCTION = re.compile(r"(?<![a-z])(?:and|or)(?![a-z])")
PLACE_PHRASE = re.compile(
    r"\s+(?:in|at|near|on|outside|around)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    r"(?:\s+(?:village|town|city|district|area|county|state|region|province|camp|market))?"
)
# The agent a predicate said once shares with a gapped count: "two people were killed by
# soldiers, and another two by police".
AGENT_PHRASE = re.compile(
    r"\s+by\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s*,?\s*(?:and|,)\s)"
)
# Before and after a gapped count: "and another two in Gao", "and two more by police".
GAP_LEAD = re.compile(r"(?:another|a\s+further|an\s+additional)\s+")
GAP_NOUN = re.compile(r"\s+(?:more|others|people|persons)(?![\w-])")
GAP_TAIL = re.compile(
    rf"(?:{GAP_NOUN.pattern})?(?:\s+by\s|\s+(?:in|at|near|on|outside|around)\s+[A-Z])"
)
OWN_PREDICATE = re.compile(
    r"\s*(?:were|was|are|is|have|has|had|died|killed|wounded|injured|dead|missing)\b", re.I
)
DETERMINER_BEFORE = re.compile(r"(?<![a-z])(?:the|of)\s+$")
# A coder's field: "Fatalities: 10 people.", "Injuries = 3".
CODED = re.compile(
    r"(?<![a-z])(?:(?P<KILLED>fatalities|deaths|dead|killed|death\s+toll)|"
    r"(?P<WOUNDED>injuries|injured|wounded))\s*[:=]\s*"
)
# ACLED's coder states the figure coded: "Unknown fatalities coded as 10.", "10
# killed (coded as 8 here and 2 for ...)", '"many" (coded as 10) people'.
CODED_AS = re.compile(
    r"(?P<KILLED>(?<![a-z])(?:fat(?:alities|aities|ilities|alites)|deaths|unknown|estimate)"
    r"(?:\s+and\s+injuries)?\s+(?:(?:is|are|were|was)\s+)?|\(\s*)coded\s+as\s+"
    r"(?=\d+(?:\s+here\b|\s*\)|\s*\(|\.|\s*$)|\d+\s+(?!\w))"
)
POSSESSED_BODY = re.compile(r"(?:his|her)\s+(?:\w+\s+)?body\b", re.IGNORECASE)
BODIES = frozenset("body bodies corpse corpses remains".split())
BODY = re.compile(r"(?:the\s+)?(?:bod(?:y|ies)|remains|corpses?)\s")
# Words that tell a body was found, a death of this report: "the body of a man was
# found", "recovered the bodies of two soldiers".
FINDING = re.compile(
    r"(?<![a-z])(?:found|recover\w*|discover\w*|retriev\w*|dump\w*|exhum\w*|lying|dug|pulled|"
    r"fished|wash\w*|surfaced|identif\w*|buried|unearthed|located)(?![a-z])"
)
FOUND_RE = re.compile(r"(?:found|discovered|recovered|exhumed|buried|dumped|retrieved)(?![a-z])")
FOUND_AUX = re.compile(r"(?<![a-z])(?:was|were|is|are|been|being|later|also)\s+$")
OR_OTHER_FATE = re.compile(
    r"(?:,\s*[a-z]+)*,?\s+or\s+(?:kidnapped|abducted|injured|wounded|captured|missing|"
    r"arrested|killed|dead)(?![a-z])"
)
OR_BEFORE = re.compile(
    r"(?:killed|dead|injured|wounded|kidnapped|abducted|captured|arrested|missing),?\s+or\s+$"
)
EUPHEMISM = re.compile(r"neutrali|eliminat")
UNCLEAR = re.compile(
    r"(?<![a-z])(?:unclear|not\s+clear|unknown|not\s+known|uncertain|unconfirmed|no\s+word)\s+"
    r"(?:if|whether)\b[^.;]*$"
)
# "was nearly lynched", "were almost killed": among the auxiliaries, no death
NEARLY = re.compile(r"(?<![a-z])(?:nearly|almost)\s")
# An object after a bare participle makes it an active verb: "the Force neutralized a
# bomb" (not "two soldiers killed a day earlier").
OBJECT_AFTER = re.compile(
    r"\s+(?:a|an|his|her|their|its)\s+(?!(?:day|night|week|month|year|time|few|hour|minute|moment|while)(?![a-z]))[a-z]"
)
# Auxiliaries of an active perfect: "an officer has shot dead his boss".
PERFECT = re.compile(r"(?:has|have|had)\s+(?:[a-z]+ly\s+)?")
# An infinitive passive states no new death: "the second journalist to be killed this
# week", "fears to be killed" (not "is believed to have been killed", a hedged one).
TO_BE = re.compile(r"(?<![a-z])to\s+(?=be\s)")
# "would have been killed" did not happen; "may have died" is a hedged claim
WOULD = re.compile(r"(?<![a-z])would\s+(?:not\s+)?(?:have\s+)?(?:been\s+)?$")


# -- the words of a list of victims (victim_lists.py) ---------------------------

# The victims said again by a pronoun: "killing them", "executed all of them".
THEM = re.compile(r"(?:(?:all|both)\s+of\s+)?them(?![a-z])|(?:only\s+)?themselves(?![a-z])")
# A group counted by the number after it: "a family of three", "a group of 12 miners".
GROUP_OF = re.compile(r"(?:a|an|one|the)\s+(?:family|group|band|party)\s+of\s+", re.IGNORECASE)
# Two people named as one: "a couple was shot dead", "an elderly couple" (not "a couple
# of", a vague count).
COUPLE = re.compile(
    r"(?:a|an|the)\s+(?:(?:young|elderly|old|married|newlywed)\s+)?(couple)(?!\s+of)(?![\w-])",
    re.IGNORECASE,
)
# "The dead included": the article before a breakdown's cue.
THE_BEFORE = re.compile(r"the\s+$")
# Words that join two items of one list.
# An item's affiliation before the next item of its list: "an inspector with the
# police and a corporal with the wildlife service", "a delegate from the talks, an MP".
AFFILIATION = re.compile(
    r"\s+(?:with|from)\s+(?:the\s+|an?\s+)?[\w’'-]+(?:\s+(?!and\b)[\w’'-]+){0,3}?"
    r"(?=\s*,?\s*(?:and\s+|,\s*)(?:an?|the|one|his|her|\d+)\s)"
)
JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+|(?:along|together)\s+with\s+)?|and\s+|"
    r"as\s+well\s+as\s+|plus\s+|along\s+with\s+|together\s+with\s+|"
    # kin named after "with": "a mother with her four children"
    r"with\s+(?=(?:his|her|their)\s))"
)
SUBSET = re.compile(
    r",?\s*(?:including|among\s+(?:them|whom)|of\s+whom|mostly|mainly|most\s+of\s+them)\s+"
    r"|,\s*(?=[\w-]+\s+of\s+(?:them|whom|those)\b)"  # "killed 18, 11 of them children"
    # "killed three militants, two with ties to X", "four commanders, three who were named"
    r"|\s*,\s*(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:who|with|from|"
    r"belonging|linked|affiliated|identified)\b)",
    re.IGNORECASE,
)
NAME = re.compile(r"^[A-Z][a-z]|-[A-Z]")  # "Dulaimi", "al-Dulaimi"
NAME_WORD = r"(?:(?:al|el|ad|as|abu|bin|ibn|de|van|von|da|dos|del)[-\s])?[A-Z][a-z][\w’'-]*"
# "Nicolas Ramirez, a councilor", "Jawad Khalifeh, mayor of Sarafand"
NAME_THEN_TITLE = re.compile(
    rf"((?:{NAME_WORD}\s+){{1,3}}{NAME_WORD}),\s+(?:(?:a|an|the)\s|(?=[a-z][\w-]*\s+of\s))"
)
STATES = frozenset("wounded injured dead hostages captives abductees victims".split())
NO_BEFORE = re.compile(r"(?<![A-Za-z])[Nn]o\s+$")
LEAD = re.compile(
    r"(?:an?\s+(?:additional|further|total\s+of|estimated|reported|confirmed)|another|the\s+other|all|"
    r"a\s+number\s+of|at\s+least|more\s+than|over|up\s+to|nearly|almost|about|some|"
    r"around|approximately|roughly|as\s+many\s+as)\s+",
    re.IGNORECASE,
)
ANOTHER = re.compile(
    r"(another|one\s+other|the\s+other)(?=\s*(?:[,.;:)]|and\b|in\b|at\b|to\s+death|dead\b|"
    r"alive\b|$))",
    re.IGNORECASE,
)
# Capitalised words that open a phrase, not a name: "In Kuri, the chief, ..."
NOT_A_NAME = r"(?!(?:In|On|At|Near|From|By|During|After|Before|Since|Outside|Inside|Around)\s)"
NAME_COMMA = re.compile(
    rf"(?<![\w’'-]){NOT_A_NAME}((?:[A-Z][\w’'.-]*\s+){{1,3}}[A-Z][\w’'-]+),\s*$"
)
# "two brothers who worked with the army were found dead"
# "a man, who was hurt when the bus was set on fire, died": a relative clause between
# commas, told of the victim (one with its own death in it is another's victim)
# The comma that should close it is missing, a slip of quick notes: "Four villagers,
# who tried to escape were shot dead" (the clause tells no death of its own).
RELATIVE = re.compile(
    r"\s+(?:who|that)\s+(?![^,;]*?(?:kill|dead|died))[^,;]{1,100}?"
    r"|\s*,\s+who\s+(?![^;]*?(?:kill|dead|died))[^;]{1,160}?,\s*"
    r"|\s*,\s+(?:who|whose)\s+(?:(?!kill|dead|died|death|who\b|which\b|that\b)[^,;]){1,80}"
)
AND_KIN = re.compile(r",\s+and\s+((?:his|her|their)\s+(\w+)),?\s*$")
NAME_DESCRIBED = re.compile(
    r"(?<![\w’'-])(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|The|A|An)\s)"
    + NOT_A_NAME
    + r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+),\s+"
    r"(?:an?|the|(?!(?:which|who|whose|where|when|that)\s)[a-z][\w-]*)\s[^;:]{0,150}?,\s*$"
)
SPEAKER_NEXT = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|told|reported|added|stated|confirmed|announced|"
    r"claimed|tweeted|wrote)\b",
    re.IGNORECASE,
)
# A later item with a predicate of its own ends the list: "the deaths of 3 soldiers and 2
# others wounded", "the death of 4 people and 9 others being seriously injured",
# "killed 14 people, and thousands have fled".
SUBJECT_OF_NEXT = re.compile(
    r"\s+(?:(?:were|was|are|is|have|has|had|been|being|also|later|now|critically|seriously|"
    r"badly|severely|slightly|gravely|lightly)\s+)*(?:wounded|injured|killed|dead|died|"
    r"kidnapped|abducted|arrested|missing|captured|hurt|fled|displaced)(?![\w-])",
    re.IGNORECASE,
)
# "injuring ten, two critically": a breakdown, not more victims
BREAKDOWN = re.compile(r"\s+[a-z]+ly(?=\s*(?:[,.;)]|and\b|$))")
ORDINAL_ONE = re.compile(
    r"(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?=\s+(?:was|is|has|had|died|person|man|woman|victim|later)\b|\s*$)",
    re.IGNORECASE,
)
BOTH_PLURAL = re.compile(r"(both)\s+(?=[a-z]+\b)(?!of\b|and\b|sides\b)", re.IGNORECASE)
BOTH_ALONE = re.compile(r"(both)(?=\s*(?:[,.;:)]|and\b|$))", re.IGNORECASE)
BOTH = re.compile(r"(?:both|all)\s+(?=(?:the|a|an|his|her|their)\s)", re.IGNORECASE)
PLURAL_PEOPLE = frozenset(
    "policemen soldiers civilians men women people persons personnel police members".split()
)
ONE_PRONOUN = frozenset("him her himself herself".split())
SINGLE = frozenset("a an one another his her their its our my the this".split())
NOT_MODIFIERS = frozenset(
    "the a an in at on from to for with by of and or but nor were was are is have has had be "
    "been being will would could may might must can who that which as than when while after "
    "before during since into across over under near this these those its their his her our "
    "them they it he she we i you said says say told there here so if not no including "
    "among amongst along together respectively plus each both while whom whose where around also "
    "inside outside behind beside besides between toward towards through throughout amid "
    "amidst within without against about upon off out via per onto past despite near".split()
)
ANIMALS = frozenset(
    "goat goats cow cows ox oxen bull bulls camel camels dog dogs donkey donkeys horse horses "
    "sheep cattle livestock mule mules pig pigs chicken chickens elephant elephants lion lions "
    "animal animals calf calves hippo hippos rhino rhinos birds bird creature creatures mink "
    "foxes fox poultry".split()
)
MAX_MODIFIERS = 6
NEAR_VERB = 8  # tokens before a passive where a bare noun may start its subject
MAX_BACK = 24  # tokens searched back for the victims of a passive
BRACKET = re.compile(r"\s*\([^()]{1,60}\)")
OF = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?")
# ", 45," or ", a student leader," between the victims and their verb, perhaps with
# a participle phrase after it ("Two men, both Iraqi citizens, working for CNN")
# An apposition between the victims and their verb: ", brothers from Tinka," or set off
# by dashes, closed by a dash or (a slip) a comma: "A man - Ali of Kano, was".
_SET_OFF = r"\s*(?:,(?:[^,;]{1,60},)?|\s[-–—]\s(?:[^;–—]{1,60}?(?:,|\s[-–—]))?)"
APPOSITION = re.compile(rf"{_SET_OFF}(?:\s+[a-z]+(?:ing|ed)\b[^,;]{{0,60}}?)?\s*")
# The same before a bare participle, whose unclosed participle phrase names no one of
# its own: not "Hundreds blocked roads, demanding justice for a trader killed" (the
# trader is the participle's), where "X, a guard, switched off the light and was
# killed" shares its subject over the phrase.
APPOSITION_BARE = re.compile(
    rf"{_SET_OFF}(?:\s+[a-z]+(?:ing|ed)\b(?:(?!\s(?:a|an|the|one|his|her|their)\s)[^,;]){{0,60}}?)?\s*"
)
# An auxiliary after a passive's subject: its verb is no bare participle.
AUX_NEXT = re.compile(r"\s*(?:was|were|is|are|has|have|had|been)\b")
HYPHENATED = re.compile(r"\d+-[a-z]|\d+(?:st|nd|rd|th)$")  # "14-year-old", "a 9th class student"
# What may stand between the victims and a passive verb: no clause, no number.
GAP = re.compile(
    r"(?:\s+(?!(?:when|where|which|who|whom|that|while|after|before|because|as|and|but|or|said|"
    r"says|say|told|reported|claimed|were|was|are|is)\b)[\w’'-]+){1,12}\s*",
    re.IGNORECASE,
)
# A phrase after the victims' head, up to their verb: "belonging to the banned X",
# "of the Students Front (SF)", "from the division of Military Affairs".
_MODIFIER_WORD = (
    r"(?:(?!(?:when|where|which|who|whom|that|while|after|before|because|as|but|or|to|said|"
    r"says|told|reported|claimed|were|was|are|is|and(?!\s+[A-Z])|[a-z]+ing|\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|he|she|they|it)\b)(?:[\w][\w’'./-]*(?![\w’'./-])|"
    r"\([^()]{1,40}\))\s*)"
)
MODIFIER = re.compile(
    r"\s+(?:of(?!\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))|from|"
    r"(?:belonging|affiliated|loyal|linked|attached|assigned|posted|deployed)\s+to|"
    r"affiliated\s+with|with|for|in|at|on|near|"
    rf"under)\s+{_MODIFIER_WORD}{{1,10}}(?:,\s*{_MODIFIER_WORD}{{1,8}})?,?\s*"
)
# A preposition that opens a scene, not a victim: "In a separate encounter, three ..."
SCENE_BEFORE = re.compile(r"(?<![\w-])(?:in|during|amid)\s+$", re.IGNORECASE)
# A figure a rising toll reaches is the toll's, not the first of a passive's subjects:
# "Toll Rises to Seven, 70 Injured" (seven dead, 70 injured).
TOLL_REACHES = re.compile(
    r"(?<![\w-])(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|reached|reaches|"
    r"soared|soars|increased|increases)\s+(?:to|at)\s+$",
    re.IGNORECASE,
)
PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:of|from|to|with|for|in|at|on|by)\s+$", re.IGNORECASE)
# A list that opens here is the source a figure is credited to, not a passive's subject:
# "According to a police officer, three villagers were killed".
ACCORDING_TO = re.compile(
    r"(?<![\w-])according\s+to\s+(?:(?:the|an?|his|her|their|its)\s+)?$", re.IGNORECASE
)
AGE = re.compile(r"-?years?\b|-?yrs?\b", re.IGNORECASE)
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozen".split()
)
OPENING = {"(": ")", "[": "]"}
# "his accomplice", "her fiance": after a possessive, one person whatever the noun
POSSESSIVES = frozenset("his her their".split())
PARTICIPLE = re.compile(
    r"^(?:[a-z]+(?:ed|ing|en)|thought|said|known|found|caught|held|left|kept|sent|brought)$"
)
# Nouns in -ing, no gerunds: "a military wing commander", "a wedding guest".
NOT_GERUNDS = frozenset("ring king viking wing evening morning wedding sibling offspring".split())
LY_NOUNS = frozenset(
    "elderly family ally rally italy orderly bully assembly supply tally july sicily".split()
)
# Participles of damage to things, which end a noun phrase after its head: "over 20
# houses burnt, three people killed" counts no houses.
DAMAGED = frozenset(
    "burnt burned torched destroyed razed looted stolen damaged vandalised vandalized".split()
)
VERBS = frozenset(
    "killed dead died wounded injured hurt kidnapped abducted captured arrested detained seized "
    "missing executed murdered shot taken held fled escaped survived remain remained remains left "
    "alive "
    "kill kills wound wounds injure injures kidnap kidnaps abduct abducts arrest arrests "
    "were was are is".split()
)
