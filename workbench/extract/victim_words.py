"""The words of casualty predicates, for `victims.py`: what a result or an auxiliary
looks like, and the words around one that make it no death (a counterfactual, an open
fate); the verbs, participles and nominals themselves are in `victim_verbs.py`, the
words that make a death another event's or a reason in `victim_reasons.py`. Patterns
run over lower-cased text (`casefold.fold`). Every list is data: extend it where real
text demands.
"""

from __future__ import annotations

import re

from workbench.extract.victim_verbs import MORE_TO_DEATH
from workbench.extract.wordindex import WordClass
from workbench.models import Category

K, W, A = Category.KILLED, Category.WOUNDED, Category.KIDNAPPED
# "leaving three fighters dead and one wounded"
# Verbs whose victims come between them and the result: "leaving three fighters
# dead", "took four tourists hostage", "beat a suspect to death".
RESULTATIVES: list[tuple[re.Pattern[str], dict[str, Category]]] = [
    (
        re.compile(r"(?<![a-z])(?:left|leaving|leave|leaves)\s+"),
        # "leaving more than 30 others with serious injuries" (pairs-news-n study)
        {"dead": K, "killed": K, "injured": W, "wounded": W, "hurt": W, "with injuries": W},
    ),
    (
        re.compile(r"(?<![a-z])(?:took|taking|take|takes|held|holding|hold|holds)\s+"),
        {"hostage": A, "captive": A, "with them": A, "along with them": A},
    ),
    (
        re.compile(r"(?<![a-z])(?:forced|forcing|forces|force|compelled|driven|drove)\s+"),
        {"to flee": Category.DISPLACED, "from their homes": Category.DISPLACED},
    ),
    (
        re.compile(
            r"(?<![a-z])(?:beat|beating|beats|stabbed|stabbing|hacked|hacking|shot|shooting|"
            r"stoned|stoning|clubbed|bludgeoned|axed|strangled|burned|burnt|burning|tortured|"
            rf"chopped|crushed|battered|trampled|slashed|slashing|macheted|speared|{MORE_TO_DEATH}|"
            # the present of a headline or an old coder's note: "rebels burn 40 students to
            # death", "a man machetes seven to death"
            r"burns?|hacks?|stabs?|stones?|clubs?|strangles?|tortures?|chops?|macheted?s?)"
            r"(?:\s+up)?\s+"
        ),
        {"to death": K, "alive": K, "dead": K},  # "caught two men and shot them dead"
    ),
    (  # "a mob set two suspected thieves ablaze" (people only: `EUPHEMISM`)
        re.compile(r"(?<![a-z])(?:set|sets|setting)\s+"),
        {"ablaze": K, "alight": K, "on fire": K},
    ),
    (  # "troops sent five terrorists to their early graves"
        re.compile(r"(?<![a-z])(?:sent|sending|send|sends)\s+"),
        {
            **dict.fromkeys(
                ("to their early graves", "to their early grave", "to early graves"), K
            ),
            **dict.fromkeys(("to their graves", "to hell", "to their deaths", "to their death"), K),
        },
    ),
]
AUX = (
    # an object's relative clause: "one hostage whom they later killed"; a coder's
    # quote may open before any of them: 'a man is "feared dead"'
    r"(?:[\"“]?(?:whom\s+(?!(?:was|is|has)\s)(?:they|he|she|we|police|(?:the\s+)?[a-z]+(?:s|men))|"
    r"were|was|are|is|be|been|being|have|has|had|got|gets?|getting|reportedly|allegedly|all|also|already|"
    r"later|subsequently|both|each|then|now|left|either|lay|lie|lies|lying|fell|remain(?:s|ed)?|"
    r"(?:believed|said|known|thought|reported|understood|feared|suspected|alleged|presumed|"
    r"rumou?red|estimated|expected|likely|confirmed|verified)\s+to\s+(?:have|be(?=\s+(?:killed|dead)\b))|"
    # "5 said killed": a headline's passive of report, no speech
    # "has been reported as killed" (acled-n study: read as other)
    r"(?:reported|confirmed|listed|recorded)\s+as|"
    r"feared|presumed|believed|thought|confirmed|reported|said|suspected|found|seriously|critically|"
    r"fatally|badly|in(?:\s+an?)?|"  # "are now in a critical condition"
    # any adverb, not a noun in -ly: "members of one family were killed"
    r"slightly|mortally|severely|(?!(?:family|assembly|rally|ally|supply|july|italy|elderly|"
    r"orderly|anomaly|monopoly|bully|homily)\s)[a-z]{3,}ly|"
    # a time between auxiliary and participle: "were Friday afternoon shot dead",
    # "was on the evening of 22/06 shot dead", "were in the evening hours killed"
    r"(?:(?:on|in|during)\s+)?(?:the\s+)?(?:early\s+|late\s+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|morning|evening|night|afternoon)"
    r"(?:\s+(?:morning|evening|night|afternoon|hours))?(?:\s+of\s+[\d/]+)?|"
    # "was last weekend shot dead", "were on 12/03 killed", a coder's aside: "was *last
    # weekend* - exact date not known - shot dead"
    r"yesterday|today|overnight|(?:last|this)\s+(?:week(?:end)?|night|month)|on\s+[\d/]+|"
    # Nigerian papers' "was at the weekend shot dead", "were over the weekend killed"
    # (acled-nigeria-d study: no claim)
    r"(?:at|over)\s+the\s+weekend|"
    r"\*[^*;.]{1,30}\*|[-–—]\s[^-–—;.]{1,40}?\s[-–—]|"
    # a coder's quoted adverb: 'have been "recently" killed', 'were "allegedly" shot'
    # (acled-nigeria study: read as other)
    r"[\"“][a-z]{3,}ly[\"”]|"
    # a coder's quoted time: 'was "at the weekend" attacked and killed'
    r"[\"“](?:at|on|in|over|during|last|this|early|late)\s[^\"”;.]{1,25}[\"”]|"
    # an adverbial set off by commas after an auxiliary: "were, on Saturday, killed"
    r"(?:were|was|are|is|been|have|has|had),\s+[^,;.]{1,40}?,)\s+)*"
)
AUX_BEFORE = re.compile(rf"(?<![a-z]){AUX}[\"“]?$")
# A word of its own: not the end of "Fulanis", "Israelis", "tribe" before an active verb.
BE_BEFORE = re.compile(r"(?<![a-z’'-])(?:were|was|been|being|are|is|be)\s+$")
# "leaving three fighters dead", "took four tourists hostage", "chopped X, 35, to death"
RESULT_RE = re.compile(
    r"(?:\s*,\s*\d{1,2}\s*(?=,))?\s*,?\s*(dead|killed|injured|wounded|hurt|hostage|captive|to\s+death|alive|ablaze|alight|on\s+fire|to\s+flee|(?:along\s+)?with\s+them|"
    r"to\s+(?:their\s+)?(?:early\s+)?graves?|to\s+hell|to\s+their\s+deaths?|"
    r"from\s+their\s+homes|with\s+(?:[a-z-]+\s+){0,2}?(?:injuries|wounds)(?!\s+to\s))(?![a-z])"
)
# A result's words as RESULTATIVES names them: "with serious injuries" is "with injuries"
# (not "with injuries to his head": the hurt one is read from "injuries to his").
RESULT_WITH_HURT = re.compile(r"with\s+(?:[a-z-]+\s+){0,2}?(?:injuries|wounds)")
# People taken "with them" are abducted only by abductors: "the bandits abducted 26 but
# took 13 with them", "the gunmen took five with them" (not "troops took two guides
# with them").
ABDUCTORS = re.compile(
    r"(?<![a-z])(?:abduct\w*|kidnap\w*|hostages?|captors?|bandits?|gunm[ae]n|militants?|"
    r"insurgents?|jihadists?|rebels?|attackers?|assailants?|raiders?|terrorists?|pirates?)"
    r"(?![a-z])"
)
# A cheap first test on lower-cased sentences (pipeline.py's trigger).
EVENT_WORDS = (
    r"kill\w*|shot|shoot\w*|dead|died|die|dies|death\w*|assassinat\w*|execut\w*|behead\w*|decapitat\w*|"
    r"massacr\w*|slaughter\w*|butcher\w*|lynch\w*|murder\w*|slew|slay\w*|neutrali\w*|eliminat\w*|kil+ed|"
    r"perished|succumbed|passed\s+away|lives|life|wound\w*|injur\w*|maim\w*|hurt|kidnap\w*|abduct\w*|ablaze|alight|"
    r"taken|held|burn\w*|stabbed|hacked|beaten|missing|unaccounted|arrested|detained|gun\w*|martyr\w*|"
    r"whisked|mow\w*|mown|"
    r"bod(?:y|ies)|remains|corpses?|cadavers?|slashed|macheted|speared|deceased|slit\w*|fatally|blew|blown|"
    r"supreme|ultimate|waterloo|graves?|mortally|wiped|wip(?:e|es|ing)|roasted|survive|"
    r"detonated|exploded|triggered|explosions?|detonations?|demise|fell|fallen"
)
# Every predicate above begins with one of these: a clause with none is skipped.
ANY_PREDICATE = re.compile(
    rf"(?<![a-z])(?:{EVENT_WORDS}|left|leav\w*|took|tak\w*|hold\w*|beat\w*|stab\w*|hack\w*|"
    r"ston\w*|club\w*|bludgeon\w*|ax\w*|strangl\w*|tortur\w*|chop\w*|crush\w*|"
    r"batter\w*|trampl\w*|slash\w*|machet\w*|spear\w*|sustained|suffered|escap\w*|hospitali\w*|treated|rushed|"
    r"rec(?:ei|ie)v\w*|undergoing|"
    r"admitted|critical|serious|grave|remain\w*|placed|kept|seiz\w*|captur\w*|among|fatalit\w*|deaths?|dead|killed|injur\w*|"
    r"wounded|succ?um\w*|found|discovered|recovered|exhumed|buried|dumped|retrieved|"
    r"uncovered|unearthed|returned|handed|thrown|dug|"
    r"claim\w*|cost|costs|costing|demise|fell|fall|fallen|lynch\w*|drown\w*|forc\w*|compelled|driven|drove|lost|set|sets|setting|paid|made|met|sen[dt]s?|"
    r"embraced|attained|achieved|"  # "embraced shahadat", "attained martyrdom"
    r"sending|kia|wia|shut|"  # armies' shorthand: "3 CJTF KIA"; "shut dead" (shot dead)
    r"pronounced|declared|confirmed|passed|"  # "were pronounced dead", "passed away"
    rf"toll|figure|number|count|total|tally|later|raised|revised|fatally|turn\w*|{MORE_TO_DEATH})(?![a-z])"
)
PREDICATE_WORDS = WordClass(ANY_PREDICATE)  # the words ANY_PREDICATE matches whole
# "was killed along with his driver", "were killed, as well as two fighters"
ALONG = re.compile(
    # "was killed, along with three men", "alongside", "in addition to"
    # "died in the explosion, along with his son"
    r"\s*,?\s+(?:(?!and\b|injured|wounded|hurt)\w+(?:\s*,)?\s+){0,4}?"
    r"(?:(?:along|together)\s+with|alongside|in\s+addition\s+to)\s+"
    r"|(?:\s+(?!and\b|were\b|was\b|are\b|is\b|injured|wounded|hurt)[a-z’'-]+){0,6}?"
    r"\s*,?\s+as\s+well\s+as\s+"
    r"|\s*,?\s+plus\s+"  # "four were killed, plus the bomber"
    # "The driver was killed as were three police officers"
    r"|(?:\s+[\w’'-]+){0,4}?\s*,?\s+as\s+(?:were|was)\s+"
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
    # the present of Wikipedia's lists too: "until he bleeds and chokes to death"
    r"(?:died|dies|succumbed|succumbs|passed\s+away|(?:(?:bled|bleeds|choked|chokes)\s+and\s+)?(?:bled|bleeds|choked|chokes)\s+to\s+death|"
    r"(?:was|were)\s+(?:later\s+)?(?:pronounced|declared|"
    r"confirmed)\s+dead|did\s+not\s+survive)"
)
AND_LATER_DIED = rf"[^.;]{{0,80}}?\s+and\s+{LATER_DIED}"  # after the hurt, its clause
THEN_DIED = re.compile(rf"{AND_LATER_DIED}(?![a-z])")
# The death told right after its people: "(the wounded soldier) died", "(...) had died".
_DIED_NEXT = rf"\s+(?:(?:had|have|has)\s+)?{LATER_DIED}(?![a-z])"
DIED_NEXT = re.compile(_DIED_NEXT)
# The hurt said before their noun, who then died: "five wounded soldiers had died".
HURT_THEN_DIED = re.compile(rf"\s+[a-z-]+{_DIED_NEXT}")
# A relative clause between a passive's subject and its verb: "Five soldiers, two of
# whom were officers, were killed".
RELATIVE_BEFORE_VERB = re.compile(
    r",\s+(?:[\w-]+\s+of\s+(?:whom|which)|who|whom|whose|which)(?![\w-])[^,;]{1,100},\s*$"
)
# An auxiliary of the passive, among the words before its participle.
AUXILIARY = re.compile(r"(?<![a-z])(?:was|were|is|are|be|been|being|has|have|had)(?![a-z])")
# The parts of a counted subject set off before its verb: ", including a trader,
# rickshaw puller and mason" (its items need no article each), no verb among them; "At
# least seven people including a doctor and five non locals were killed" (pairs-news-o).
_PART_WORDS = (
    r"(?:(?!(?<![a-z])(?:[a-z]+ing|was|were|is|are|had|has|have|been|killed|wounded|injured|"
    r"died|dead|who|whom|whose|which|that)(?![a-z]))(?:[^,;:().!?\"“”]|\.(?=\w)))"
)
INCLUDING_BEFORE_VERB = re.compile(
    rf"(?:,\s*(?:including|among\s+them)|\s+including)\s{_PART_WORDS}{{1,60}}"
    rf"(?:,{_PART_WORDS}{{1,40}}){{0,4}},?\s*$"
)
# Any other phrase set off by commas there: "three workers at the sugar project,
# Amhara, were killed", "two guards, employees of a mining firm, were killed".
# Or by dashes: "28 people—mostly tourists—were killed", "six men -- all guards -- were".
APPOSITIVE_BEFORE_VERB = re.compile(
    r"(?:,\s+[^,;]{1,80},|\s*[–—]\s*[^–—,;]{1,80}?\s*[–—]|\s--?\s[^,;]{1,80}?\s--?)\s*$"
)
# A participle naming the subject before its verb: "A police commando identified as
# Ravi Singh from Malom died", "a trader named Musa Bello was killed".
IDENTIFIED_BEFORE_VERB = re.compile(
    r"\s+(?:identified|named)\s+(?:only\s+|simply\s+|just\s+)?as\s+[^,;()]{1,80}?\s*$"
)
# A subject's appositive closed by a comma before its verb: "..., were killed".
CLOSED_BEFORE_VERB = re.compile(r"\s*,\s+(?:were|was|are|is|have|has|had)\b")
# A clause that opens with ", and": a list of victims may have begun before it
# ("Tomas Ferrant, a teacher, and his son were abducted").
AND_BEFORE = re.compile(r",\s+and\s+$")
# A clause that ends where a list of victims goes on: "killed a farmer, a trader, and "
LIST_GOES_ON = re.compile(r"\s*,\s+and\s+")
# A partitive of the noun before it as a passive's whole subject: "40 fighters, 12 of
# whom were killed" (12, not 40).
# with its qualifier: "At least one of them was killed" (acled-v study: no claim)
PARTITIVE_SUBJECT = re.compile(
    r"(?<![\w-])(?:(?:at\s+least|at\s+most|only|about|nearly|almost|up\s+to)\s+)?"
    r"[\w-]+\s+of\s+(?:whom|them|those|these)\s+$"
)
SHARED_SUBJECT = re.compile(
    r"(?<![a-z])(?:were|was|are|is|been)\s+(?:[\"“]?[a-z0-9/*’'–—-]+[\"”]?,?\s+){1,12}?"
    r"(?:and|or|then|before)\s+$"
)
# A passive's first participle before "then": "was abducted then killed" ("then" is
# the second's auxiliary).
SHARED_BEFORE_THEN = re.compile(
    r"(?<![a-z])(?:were|was|are|is|been)\s+(?:[\"“]?[a-z0-9/*’'–—-]+[\"”]?,?\s+){1,12}?$"
)
CONJUNCTION = re.compile(r"(?<![a-z])(?:and|or)(?![a-z])")
DETERMINER_BEFORE = re.compile(r"(?<![a-z])(?:the|of)\s+$")
# A coder's field: "Fatalities: 10 people.", "Injuries = 3"; a brief's "arrested: 30
# (police)" (trial 79: read as no arrest).
CODED = re.compile(
    r"(?<![a-z])(?:(?P<KILLED>fatalities|deaths|dead|killed|death\s+toll)|"
    r"(?P<WOUNDED>injuries|injured|wounded)|(?P<ARRESTED>arrested|arrests|detained))\s*[:=]\s*"
)
# ACLED's coder states the figure coded: "Unknown fatalities coded as 10.", "10
# killed (coded as 8 here and 2 for ...)", '"many" (coded as 10) people'; with
# another verb ("Unknown fatalities estimated as 10"), or opening a sentence of its
# own after one that tells the figure unknown ("Recorded as 10 at each location").
# The coders of 2019-2020 drop the "as" or write "at" ("Fatalities coded 10", "Unknown
# fatalities coded at 3", "coded at a low estimate of 3") and code a vague word ("Scores
# coded as 10", "unknown number coded as 10"); in square brackets ("[fatalities coded as
# 3]": acled-t study).
CODED_AS = re.compile(
    r"(?P<KILLED>(?<![a-z])(?:fat(?:alities|aities|ilities|alites)|deaths|unknown|estimate|"
    r"scores|several|dozens|many|casualties|number)"
    r"(?:\s+and\s+injuries)?\s+(?:(?:is|are|were|was)\s+)?|\(\s*|(?<![a-z])and\s+|"
    r"(?<!\w\s)(?<![\w,]))"
    # a coder's slip "coded a 10", "codes as 3"; "coded to 4" (a share); a half coded
    # ("coded as half of 40, 20": the figure after it)
    # "coded at a low estimate of 3", "coded with low estimate of 3", the slip "code as 3"
    # a field's colon: "[Unspecified number fatalities, coded: 3]" (acled-nigeria-f study)
    r"(?:codes?\s+as|coded(?:\s+(?:at|with)\s+(?:a\s+)?low\s+estimate\s+of|\s+as|\s+at|\s+a(?=\s+\d)|\s+to(?=\s+\d)|\s*:)?"
    r"|recorded\s+as|estimated\s+as|disaggregated\s+to)\s+"
    r"(?:half\s+of\s+\d+\s*,\s*)?"
    # not "[claimed fatalities coded as 0]": the claim set at none, no toll of the note's
    # (acled-t); a note's own "Fatalities coded as 0" is its coded toll
    r"(?!(?:(?<=claimed\sfatalities\scoded\s)|(?<=claimed\sfatalities\scoded\sas\s))0(?![\d.,]))"
    # "(Coded as 46, subtracting", "[unspecified number of fatalities coded as 3]",
    # "Total fatalities coded as at least 20 (17 confirmed, 3 unspecified)"
    r"(?=(?:at\s+least\s+)?\d+(?:\s+here\b|\s+until\b|\s*[()\[\]]|\.|,|\s*$)|\d+\s+(?!\w)|"
    # the coder's reason after it: "coded as 7 with the recent report", "coded as 11 using
    # the most updated estimate", "coded as 32 in total"
    # "coded as 10 given circumstances"
    r"\d+\s+(?:with|using|based\s+on|according\s+to|following|in\s+total|in\s+all|given)\b|"
    r"\d+\s+(?:at|in|for)\s+(?:each|every)\s|"
    # a share of a toll split over days or places: "(coded as three fatalities per day)",
    # "(disaggregated to six fatalities per day)"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:fatalities\s+|deaths\s+)?(?:per|(?:for|at|in)\s+each)\s)"
)
# The words `CODED_AS` needs, looked for before it is tried (few texts hold one).
CODED_AS_WORDS = ("code", "recorded as", "estimated as", "disaggregated to")
# (not "his body-guard", "his body guard", a second person: acled-g study)
POSSESSED_BODY = re.compile(
    r"(?:his|her)\s+(?:\w+\s+)?body(?![\w-])(?!\s+guards?\b)", re.IGNORECASE
)
BODIES = frozenset("body bodies corpse corpses cadaver cadavers remains".split())
BODY = re.compile(r"(?:the\s+)?(?:bod(?:y|ies)|remains|corpses?)\s")
# Words that tell a body was found, a death of this report: "the body of a man was
# found", "recovered the bodies of two soldiers"; or taken to the dead's place: "the
# bodies of 5 victims were deposited at the morgue", "evacuated to the mortuary".
FINDING = re.compile(
    r"(?<![a-z])(?:found|recover\w*|discover\w*|retriev\w*|dump\w*|exhum\w*|lying|dug|pulled|"
    r"fished|wash\w*|surfaced|identif\w*|buried|unearthed|located|deposit\w*|evacuat\w*|"
    r"carried|brought|transported|uncovered|returned|handed|thrown|"
    # bodies seen or counted by witnesses: "had seen at least 20 bodies of soldiers"
    r"saw|seen|counted|spotted|witnessed|"
    r"morgues?|mortuar(?:y|ies))(?![a-z])"
)
# and a body handed back, dug up or thrown away: "His dead body was returned the next
# day", "The bodies of two men were uncovered in a farm", "his body was thrown into the
# river" (acled-v study)
FOUND_RE = re.compile(
    r"(?:found|discovered|recovered|exhumed|buried|dumped|retrieved|uncovered|unearthed|"
    r"returned|handed\s+over|thrown|dug\s+up)(?![a-z])"
)
FOUND_AUX = re.compile(r"(?<![a-z])(?:was|were|is|are|been|being|later|also)\s+$")
OR_OTHER_FATE = re.compile(
    r"(?:,\s*[a-z]+)*,?\s+or\s+(?:kidnapped|abducted|injured|wounded|captured|missing|"
    r"arrested|killed|dead)(?![a-z])"
)
OR_BEFORE = re.compile(
    r"(?:killed|dead|injured|wounded|kidnapped|abducted|captured|arrested|missing|"
    r"killing|injuring|wounding|kidnapping|abducting),?\s+or\s+$"
)
# Words that kill people only: "neutralised three fighters" (not "three devices"); and
# "set" before them: "set ablaze two thieves" (not "two buses"; the passive's own test
# is `SET_ON_FIRE`)
EUPHEMISM = re.compile(r"neutrali|eliminat|wip")
SET_BEFORE = re.compile(r"set(?:s|ting)?$")
# a passive "set ablaze" or "burnt beyond recognition" kills people, burns things
SET_ON_FIRE = re.compile(r"set\s|burn(?:ed|t)\s+beyond|roast")
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
    # an object pronoun: "Two gunmen killed them", "jointly assassinated him"
    r"|\s+(?:them|him|us|everyone|everybody)(?![a-z])"
)
# Auxiliaries of an active perfect: "an officer has shot dead his boss".
PERFECT = re.compile(r"(?:has|have|had)\s+(?:[a-z]+ly\s+)?")
# An infinitive passive states no new death: "the second journalist to be killed this
# week", "fears to be killed" (not "is believed to have been killed", a hedged one).
TO_BE = re.compile(r"(?<![a-z])to\s+(?=be\s)")
# "would have been killed" did not happen; "may have died" is a hedged claim
WOULD = re.compile(r"(?<![a-z])would\s+(?:not\s+)?(?:have\s+)?(?:been\s+)?$")
