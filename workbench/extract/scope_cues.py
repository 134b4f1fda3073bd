"""The cues of a running total that `scope.claim_scope` reads, as one compiled pattern
(`CUES`) with its quick pre-checks (`MAY_TOTAL`, `SPAN`). Split from scope.py; the kinds
of alternative (`p…` a period, `c…` a total with no bounds, `block` a superlative) are
told there."""

from __future__ import annotations

import re

from workbench.extract.alternations import word_trie

# -- the building blocks of the pattern ------------------------------------

_N = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|a\s+few|few|several|many|a\s+couple\s+of)"
)
_ABOUT = (
    r"(?:(?:more\s+than|nearly|almost|about|some|over|around|roughly|close\s+to"
    # "The conflict killed an estimated 400,000 people" (trial 70: this week's toll)
    r"|(?:an\s+)?estimated)\s+)"
)
_UNIT = r"(?:years?|months?|decades?)\b"
_NOT_AGE = r"(?!['’]s|\s*-?\s*old\b)"  # "five years old", "this year's attack"
_YEAR = r"(?:19|20)\d\d(?!\d)"
# Month names only capitalised: "since May 2019", never "since may".
_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?"
    r"|Dec\.?)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# a month, its day said or not: "January", "Jan. 1", "1 January 2023"
_ON_DAY = rf"(?:(?:{_DAY}\s+)?{_MONTH}(?:\s+{_DAY}(?!\d))?(?:,?\s+{_YEAR})?)"
_DATE = (
    rf"(?:(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:(?:{_DAY}\s+(?:of\s+)?)?{_MONTH}(?:\s+{_DAY}(?!\d))?(?:,?\s+{_YEAR})?"
    rf"|{_YEAR}(?:-\d\d-\d\d)?|(?:the\s+)?(?:19|20)\d0s))"
)
# Wars and the like: what a total is counted over.
_WAR = (
    r"(?:wars?|conflicts?|fighting|violence|insurgency|insurrection|rebellion|uprising"
    r"|occupation|crisis|unrest|hostilities|civil\s+war|jihad|campaign|onslaught|bombardment)\b"
)
# What a total is counted "since": a war, or what began or ended one ("since the
# deal with the FARC in 2016").
_SINCE_EVENT = (
    r"(?:wars?|conflict|insurgency|insurrection|rebellion|uprising|revolution|invasion"
    r"|occupation|crisis|coup|independence|hostilities|intervention|offensive|ceasefire"
    r"|truce|civil\s+war|deal|agreement|accord|state\s+of\s+(?:siege|emergency)|martial\s+law"
    # "since the start of the aggression" (trial 74c: the Gaza ministry's total an incident)
    r"|aggression|genocide"
    # a force's life: "MINUSCA has lost more than 200 peacekeepers since its deployment"
    r"|deployment|inception|establishment)\b"
)
_BEGAN = r"(?:\s+(?:first\s+)?(?:began|started|broke\s+out|erupted|was\s+launched|flared))"
_WORDS = r"(?:[\w'’-]+\s+)"  # one word and the space after it
# a span of years or months as an adjective: "12-year", "decade-long", "two-year-old"
_LONG = (
    rf"(?:(?:\d+|{_N}|decades?|years?|months?)-(?:years?|decades?|months?)(?:-long|-old)?"
    r"|(?:decades?|years?|months?)-long)"
)
_SUPERLATIVE = (
    r"(?:deadliest|bloodiest|worst|largest|biggest|heaviest|highest|first"
    r"|most\s+(?:deadly|lethal|violent|serious|brutal|devastating|severe|horrific|destructive))"
)
# The tolls of a war, not of an incident, with a perfect tense: "has killed thousands".
# ... or ten thousand and more in figures ("has killed more than 40,000"): no incident's
_MASS = (
    r"(?:(?:tens|hundreds)\s+of\s+thousands|thousands|millions"
    r"|\d{2,3},\d{3}(?:,\d{3})*(?![\d,])|\d{1,3}(?:,\d{3}){2,}(?![\d,]))"
)
_TOLL_VERB = (
    r"(?:killed|died|displaced|uprooted|fled|claimed|cost|wounded|injured|maimed|forced"
    r"|driven)"
)
# A perfect tense's gap to its period: within the clause, and not across a
# superlative or another "since" (those are cues of their own).
_GAP = rf"(?:(?!{_SUPERLATIVE}\b|since\b)[^;!?]){{0,80}}?"

# What an incident, or a month's toll, is measured against: "the deadliest attack
# since 2015", "the worst month in a decade".
_AGAINST = (
    rf"(?:\s+[\w'’-]+){{0,6}}?\s+(?:since|to\s+date|so\s+far|yet|ever|on\s+record"
    rf"|this\s+(?:year|month)|in\s+(?:the\s+)?(?:past|last)"
    rf"|in\s+(?:recent\s+)?(?:years|decades|months|weeks)"
    rf"|in\s+(?:over\s+)?{_N}\s+{_UNIT})\b"
)

# A total brought up to a figure: "bringing to 45 the number", "taking the toll"
_BROUGHT_TO = (
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing)|raised|push(?:es|ing)"
    r"|pushed)\s+(?:to\s+(?:[\w,.]+\s+){1,3})?the\s+(?:total\s+|overall\s+|death\s+)?"
    r"(?:toll|number|tally|count)\b"
)
# One event by its noun in the singular (or a mass noun): "in shelling", "in an
# attack", "in a raid"; "in raids" is a series.
_ONE_EVENT = (
    r"(?:shelling|attack|ambush|raid|clash|blast|explosion|bombing|air\s*strike|airstrike"
    r"|drone\s+strike|strike|gunfight|shootout|crossfire|firefight|landmine\s+blast)"
)
# Several incidents, and what sums their tolls: "the two attacks", "in all"
_SEVERAL = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|multiple)"
_INCIDENTS = (
    r"(?:attacks|raids|ambushes|bombings|blasts|explosions|incidents|assaults|shootings"
    r"|massacres)\b"
)
_SUM_WORD = r"(?:together|combined|in\s+all|in\s+total|altogether|all\s+told|between\s+them)\b"
# not one of them: "the first of the two attacks", "each of the three raids"
_ONE_OF = "".join(
    rf"(?<!{word}\sof\s)" for word in ("first", "second", "third", "last", "one", "each", "either")
)
_THE_SEVERAL = (
    rf"{_ONE_OF}(?:the|these|those)\s+{_SEVERAL}\s+(?:separate\s+|different\s+)?{_INCIDENTS}"
)
# The past hours or days ("in the past 48 hours", "over the last three days") and what
# makes them a total's period: many incidents, or a whole land
_PAST_DAYS = (
    r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:24|36|48|72|96)"
    r"\s+hours|(?:\d+|two|three|four|five|six|seven|ten)\s+days)\b"
)
_MANY_OR_WIDE = (
    rf"(?:\b{_SEVERAL}\s+(?:separate\s+)?(?:massacres|attacks|strikes|airstrikes|air\s+strikes"
    r"|raids|incidents|bombings)\b|\b(?:across|throughout)\s+the\s+(?:strip|country|territory"
    r"|region|state|province|enclave)\b)"
)
_ALTERNATIVES = (
    # "the deadliest attack since 2015", "the first such raid in two years": an
    # incident measured against a period.
    rf"(?P<block>\b{_SUPERLATIVE}\b(?!\s+(?:single\s+)?(?:years?|months?|decades?|period)\b)"
    rf"{_AGAINST})",
    # "the worst month since 2012": the figure is a month's or a year's total,
    # measured against the years since (which do not bound it)
    rf"(?P<c3>\b{_SUPERLATIVE}\s+(?:single\s+)?(?:years?|months?|decades?|period)\b{_AGAINST})",
    # since 2009, since March 2021, since 3 March, since the 1990s
    rf"(?P<p1>\bsince\s+{_DATE})",
    # since a clause dated by its year: "since then-President Felipe Calderón sent the
    # army against the cartels in December 2006" (trial 73d: read as one incident)
    rf"(?P<p35>\bsince\s+(?:[\w’'.-]+\s+){{1,12}}?in\s+(?:(?:{_MONTH})\s+)?{_YEAR})",
    # since last year (not "since last year's attack"); not "since last week"
    r"(?P<p2>\bsince\s+(?:(?:early|late)\s+)?last\s+(?:year|month|summer|winter|spring"
    r"|autumn|fall)\b)(?!['’]s)",
    # since the start of the year / of 2022 / of March
    rf"(?P<p3>\bsince\s+the\s+(?:start|beginning|outbreak|onset|turn|end)\s+of\s+"
    rf"(?:the\s+|this\s+|last\s+)?(?:year|month|decade|century|{_YEAR}|{_MONTH})"
    # "rising to 5 civilian martyrs since the beginning of their fighting" (not "of the
    # fighting on Tuesday": one outbreak still going on)
    r"|\bsince\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+(?:the|their|its)\s+"
    r"(?:fighting|clashes|violence|hostilities|unrest)\b"
    r"(?!\s+(?:on|last|this|yesterday|overnight|today|early|late)\b))",
    # since the war began, since the Russian invasion, since independence
    rf"(?P<p4>\bsince\s+(?:the\s+|its\s+|their\s+|an?\s+)?{_WORDS}{{0,4}}?{_SINCE_EVENT}"
    rf"(?:{_BEGAN}(?:\s+in\s+{_YEAR})?)?)",
    # since it began, since they erupted in 2012: the war the sentence names
    rf"(?P<p24>\bsince\s+(?:it|they){_BEGAN}(?:\s+in\s+{_DATE})?)"
    r"(?!\s+(?:on|last|this|yesterday|overnight|today|at|early|late)\b)",
    # since fighting began in April, since unrest began nearly two years ago (not
    # "since fighting began on Tuesday")
    # "since fierce fighting broke out between the two communities in May"
    rf"(?P<p18>\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:fighting|violence|clashes|unrest)"
    rf"{_BEGAN}(?:\s+[^.;:!?]{{0,100}}?)?\s+(?:in\s+(?:{_DATE})|{_ABOUT}?{_N}\s+{_UNIT}\s+ago)"
    # or with no day at all, a clause of its own: "Since the fighting began, over 500
    # people have been killed" (unseen-i study; not clashes, which may be a day's)
    # or closing its sentence: "at least 61 have been killed since the fighting began."
    rf"|\bsince\s+(?:the\s+)?(?:fighting|violence|unrest|hostilities){_BEGAN}(?=\s*[,.;]|\s*$))",
    # since the army started deploying troops, since the army launched an offensive: a
    # campaign's running total
    r"(?P<p30>\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:started|began)\s+[a-z]+ing\b"
    r"|\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:launched|started|began)\s+(?:an?|its|their|the)"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:offensive|operation|campaign|crackdown|insurgency|war)\b)",
    # since the military seized power, since taking control of the city: a coup's or a
    # takeover's running total
    r"(?P<p28>\bsince\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:seized|grabbed|took|taking|seizing|grabbing)\s+(?:power|control)\b)",
    # so far this year, so far in 2023, thus far in the war, this year so far
    rf"(?P<p5>\b(?:so|thus)\s+far\s+(?:this\s+(?:year|month)|in\s+{_YEAR}"
    rf"|in\s+(?:the\s+|this\s+)?{_WORDS}{{0,2}}?{_WAR})"
    # this year so far, in 2023 so far
    rf"|\b(?:this\s+(?:year|month)|in\s+{_YEAR})\s+(?:so|thus)\s+far\b)",
    # already ... in 2020, already this year: a year's running count ("more than 160
    # social activists have already been murdered in 2020", unseen-n study: an incident)
    rf"(?P<p33>\balready\s+(?:[\w'’-]+\s+){{0,3}}?(?:in\s+{_YEAR}|this\s+(?:year|month))\b)",
    # killed in such strikes in 2024, in drone attacks during 2023: a year's toll of
    # many attacks, not one (trial 68: a commission's yearly count read as the market's)
    rf"(?P<p34>\bin\s+(?:such\s+|these\s+|those\s+|similar\s+)?(?:[\w'’-]+\s+)?"
    r"(?:strikes|airstrikes|attacks|raids|bombings|ambushes|killings|massacres)"
    rf"\s+(?:in|during|throughout)\s+{_YEAR}(?!\s*[-–]))",
    # in two years of war, during a decade of conflict, over ten months of fighting
    # "devastated by two years of an onslaught that killed ..."
    rf"(?P<p6>\b(?:in|during|over|across|within|throughout|by)\s+(?:the\s+(?:past|last|first)\s+)?"
    rf"{_ABOUT}?(?:{_N}|the)\s+(?:and\s+a\s+half\s+)?{_UNIT}\s+of\s+{_WORDS}{{0,2}}?{_WAR})",
    # years of war as the subject of a toll: "two decades of clashes left 69,000 dead",
    # "two years of war have killed 5,000" (not "after two years of war, 12 were killed")
    rf"(?<!after\s)(?<!before\s)(?P<p29>\b{_ABOUT}?{_N}\s+(?:and\s+a\s+half\s+)?{_UNIT}"
    rf"\s+of\s+{_WORDS}{{0,2}}?(?:{_WAR}|clashes\b))(?=[^.;!?,]{{0,80}}?\b(?:killed|left|claimed|cost|displaced"
    r"|uprooted)\b)",
    # in the 12-year conflict, during the country's decade-long civil war, displaced
    # by the 16-year insurgency
    rf"(?P<p7>\b(?:in|during|over|throughout|by)\s+(?:the\s+|a\s+|its\s+|this\s+)?{_WORDS}?"
    rf"{_LONG}\s+{_WORDS}?{_WAR})",
    # a conflict of many years whose toll a participle gives: "Borno has faced a
    # 15-year insurgency by Boko Haram, displacing over two million and killing more
    # than 40,000", "a decade-long war that has claimed ..." is c2's
    rf"(?P<p20>\b(?:a|an|the|its|their|this)\s+{_WORDS}?{_LONG}\s+{_WORDS}{{0,2}}?{_WAR})"
    r"(?=[^.;!?]{0,120}?\b(?:killing|displacing|leaving|claiming|uprooting|forcing)\b)",
    # over the past decade, in the last two years, across the previous six months
    rf"(?P<p8>\b(?:over|in|during|across|within|throughout)\s+(?:the\s+)?"
    rf"(?:course\s+of\s+the\s+)?(?:past|last|previous|recent)\s+(?:{_N}\s+)?{_UNIT}){_NOT_AGE}",
    # over the years, in recent months, over the course of the war
    rf"(?P<p9>\b(?:over\s+the\s+(?:years|decades|months)|(?:in|over)\s+recent\s+(?:years"
    rf"|months|decades)|over\s+the\s+course\s+of\s+(?:the\s+|this\s+|last\s+)?{_WORDS}{{0,2}}?"
    rf"(?:year|years|decade|{_YEAR}|{_WAR})))",
    # over five years, across a decade (not "over five years old")
    rf"(?P<p10>\b(?:over|across|during|throughout)\s+{_ABOUT}?(?:{_N})\s+{_UNIT}){_NOT_AGE}",
    # throughout the year, throughout 2022, during the year, during 2019
    rf"(?P<p11>\b(?:throughout|during)\s+(?:(?:the|this|last)\s+(?:year|decade)\b|{_YEAR}"
    rf"|(?-i:the\s+(?:war|conflict|insurgency|occupation|crisis)))){_NOT_AGE}",
    # in the first six months of 2022, during the first half of the year
    rf"(?P<p12>\b(?:in|during|over|for)\s+the\s+first\s+(?:{_N}\s+(?:weeks|months|years)"
    rf"|half|quarter|three\s+quarters)\s+of\s+(?:the\s+|this\s+|last\s+)?"
    rf"(?:year|{_YEAR}|{_WORDS}{{0,1}}?{_WAR}))",
    # in the first quarter, during the first half: of the year, said or not
    r"(?P<p19>\b(?:in|during|over)\s+the\s+(?:first|second|third|fourth|last)\s+"
    r"(?:quarter|half)\b(?!\s+of\b))",
    # between 2015 and 2020, from January to March 2023
    rf"(?P<p13>\b(?:between\s+(?:{_MONTH}(?:\s+{_YEAR})?|{_YEAR})\s+and"
    rf"|from\s+(?:{_ON_DAY}|{_YEAR})\s+(?:to|until|till|through))"
    # "from January to the end of June", "from Jan. 1 till Aug. 15"
    rf"\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:{_ON_DAY}|{_YEAR}))"
    rf"(?![\d,.]\d|(?-i:\s+[a-z]))",
    # in 2019 alone, last year alone, this year alone
    rf"(?P<p14>\b(?:(?:in|during)\s+{_YEAR}|(?:last|this)\s+year))\s+alone\b",
    # a sum of several incidents told before, one figure for all: "Together, the two
    # attacks have killed at least 19 people this week", "the three raids killed 40 in
    # all" (trial 73: a wire story's sum of two clashes was one clash's conservative
    # toll); not "in two attacks" alone, which a coder may code as one event
    rf"(?P<p36>\b{_THE_SEVERAL})(?=\s+(?:have\s+|had\s+)?(?:together\s+|jointly\s+)?"
    rf"(?:killed|left|claimed)\b|[^.;!?]{{0,80}}?\b{_SUM_WORD})",
    rf"\b{_SUM_WORD}[^.;!?]{{0,80}}?(?P<p37>\b{_THE_SEVERAL})",
    # a report's window between two days' same hour: "Between the afternoons of 12 and 14
    # November, ... 71 Palestinians were killed" (OCHA's; trial 74c: joined to one strike's
    # event); not "between 12 and 16 June", a coder's span for one event it cannot date
    rf"(?P<p40>\bbetween\s+the\s+(?:afternoons|mornings|evenings|nights)\s+of\s+{_DAY}"
    rf"(?:\s+{_MONTH})?\s+and\s+{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?)",
    # a day's or days' count of many incidents or a whole land: "committed 3 massacres in
    # the past 48 hours, in which 46 martyrs ...", "in the past 24 hours, 40 were killed
    # across the Strip" (trial 74c: the Gaza ministry's two days' count, one strike's
    # toll); not "killed 12 in the last three days" alone, one incident a coder codes
    rf"{_MANY_OR_WIDE}[^.;!?]{{0,120}}?(?P<p38>{_PAST_DAYS})",
    rf"(?P<p39>{_PAST_DAYS})(?=[^.;!?]{{0,120}}?{_MANY_OR_WIDE})",
    # in August alone, in March 2024 alone, last month alone: a month's toll
    rf"(?P<p31>\b(?:(?:in|during)\s+{_MONTH}(?:\s+{_YEAR})?|(?:last|this)\s+month))\s+alone\b",
    # the overall death toll of the war, the total number killed in the conflict
    rf"\b(?:overall|total|cumulative|combined|aggregate)\s+(?:death\s+|casualty\s+"
    rf"|civilian\s+)?(?:toll|number|count|tally|figure)s?\b(?:\s+[\w'’-]+){{0,4}}?\s+"
    rf"(?P<p15>(?:of|in|from|for|during)\s+(?:the\s+|this\s+|its\s+)?{_WORDS}{{0,2}}?{_WAR})",
    # perfect tense with a period of its own: "have been killed this year",
    # "has killed 20,000 in two years"
    rf"\b(?:has|have)\b{_GAP}\b(?<!earlier\s)(?<!later\s)(?P<p16>(?:(?:so|thus)\s+far\s+)?"
    rf"this\s+(?:year|month)(?!['’]s)\b|in\s+(?:the\s+)?{_ABOUT}?{_N}\s+{_UNIT}{_NOT_AGE}"
    rf"(?:\s+(?:of|since)\s+{_WORDS}{{0,2}}?{_WAR})?)",
    # ... or the period first: "this year, 300 civilians have been killed"
    rf"(?<!earlier\s)(?<!later\s)(?P<p17>\bthis\s+(?:year|month))\b(?!['’]s){_GAP}"
    rf"\b(?:has|have)\b",
    # a total without its bounds: to date, cumulative, a running total
    r"(?P<c1>(?<!up\s)\bto\s+date\b|\bcumulative(?:ly)?\b|\brunning\s+(?:total|tally)\b"
    r"|\b(?:until|till|up\s+to|up\s+until)\s+now\b)",  # "have claimed 100 lives until now"
    # the war has killed, the insurgency has displaced
    r"(?P<c2>\b(?:wars?|conflict|insurgency|insurrection|rebellion|uprising|civil\s+war"
    r"|strife|crisis|offensive|invasion|occupation|campaign|onslaught|siege)\b)[^;!?]{0,60}?\b(?:has|have)\s+(?:so\s+far\s+|now\s+|already\s+|since\s+)?"
    r"(?:killed|claimed|left|displaced|uprooted|forced|driven|cost|wounded|maimed"
    r"|resulted\s+in|led\s+to"  # "the conflict has resulted in tens of thousands of deaths"
    # not "has taken a devastating turn", "has made a comeback": only "taken a heavy toll"
    r"|(?:taken|made|caused)(?!\s+an?\s+(?![\w-]+\s+(?:[\w-]+\s+)?toll\b)))\b",
    # a perfect tense counted over a whole war: "2,000 have been killed in the
    # conflict", "lives have been lost in the war" (not "in the fighting", "in the
    # violence": those name one outbreak as often as a war; nor "in the conflict, which
    # flared up on Monday": one clash)
    rf"\b(?:has|have)\b{_GAP}\b(?P<p23>(?:in|by|during)\s+(?:the|a)\s+{_WORDS}{{0,2}}?(?:conflict|war|insurgency"
    r"|crisis))\b(?!['’]s)(?!,?\s+(?:which|that)\b[^.;!?]{0,40}?\b(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|yesterday|overnight)\b)",
    # one event named before a week of a month: the week dates it, it bounds no toll
    # ("2 villagers were killed in shelling in X village during the last week of June";
    # acled-v study: ACLED dates an event it cannot date closer so)
    rf"(?P<block_week>\bin\s+(?:an?\s+|the\s+)?{_ONE_EVENT}\b[^.;!?]{{0,160}}?"
    rf"\b(?:in|during|over)\s+the\s+(?:first|second|third|fourth|last|past)\s+"
    rf"(?:week|fortnight)\s+of\s+{_MONTH})",
    # a week's or a part of a month's toll: "within the week", "in the third week of May"
    # (not "in the last week": ACLED codes "killed ... in the last week" as one event)
    rf"(?P<p21>\bwithin\s+the\s+(?:week|month)\b(?!['’]s)|\b(?:in|during|over)\s+the\s+(?:first"
    rf"|second|third|fourth|last|past)\s+(?:week|fortnight)\s+of\s+{_MONTH})",
    # an outbreak given its start, with a perfect tense: "the clashes, which started
    # on May 3, have left 110 dead" (a start on a weekday is one incident still going);
    # read through the verb, so that the relative clause is not taken for an aside
    rf"\b(?:clashes|fighting|violence|unrest|strife|conflict|riots|attacks|killings|raids)\b,?"
    r"\s+(?:which|that)\s+"
    rf"(?P<p22>(?:first\s+)?(?:started|began|erupted|broke\s+out)\b[^.;!?]{{0,80}}?"
    rf"\b(?:on|in)\s+{_DATE})[^.;!?]{{0,200}}?\b(?:has|have)\s+(?:now\s+|already\s+"
    rf"|so\s+far\s+)?(?:left|killed|claimed|displaced|uprooted|cost)\b",
    # a total brought up to a figure since a start: "killing three, bringing to 45 the
    # number killed since the weekend", "taking the toll since Friday to 45"
    rf"{_BROUGHT_TO}(?=[^.;!?]{{0,60}}?\b(?P<c7>since)\b)",  # "since ..." left to p1
    # ... or for the year or a month so far: "bringing to 2,500 the number killed in
    # Darfur this year", "bring to 13 the number of international troops killed in June"
    rf"{_BROUGHT_TO}[^.;!?]{{0,60}}?\b(?P<p27>(?:this|last)\s+(?:year|month)|in\s+(?:january|"
    r"february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+\d{4})?)\b",
    # a toll counted for a year or a month: "the toll for the year now stands at 412"
    r"\b(?:toll|tally|total|count)\s+(?P<p26>for\s+(?:the|this)\s+(?:year|month)\b)",
    # a period told before: "680 kidnappings occurred during that period"
    r"(?P<c6>\b(?:during|in|over|within|throughout)\s+(?:that|the\s+same)\s+period\b)",
    # a war's toll in the simple past, of ten thousand and more: "The war killed more
    # than 24,000 people" (not "the fighting killed 12": one outbreak's)
    rf"(?P<c8>\b(?:wars?|conflict|insurgency|insurrection|rebellion|uprising|civil\s+war"
    rf"|occupation|genocide)\b)(?=\s+(?:{_WORDS}){{0,2}}?(?:killed|claimed|displaced|uprooted"
    rf"|left|cost)\s+(?:the\s+lives\s+of\s+)?{_ABOUT}?(?:at\s+least\s+)?{_MASS}\b)",
    # a quarter or a half of a year as a period: "the second quarter of 2024 saw 380
    # fatalities"
    rf"(?P<p32>\bthe\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)\s+of\s+"
    rf"(?:the\s+year|{_YEAR}))",
    # a perfect tense whose toll is thousands or millions: "the fighting has killed
    # tens of thousands"
    rf"(?P<c4>\b(?:has|have))(?=\s+(?:now\s+|already\s+|so\s+far\s+)?{_TOLL_VERB}\s+"
    rf"(?:the\s+lives\s+of\s+)?{_ABOUT}?(?:at\s+least\s+)?{_MASS}\b)",
)
# Every cue starts a word, with one of these letters: the positions that cannot
# start one are passed over at once (a third of the time of trying each
# alternative at every position). A new alternative must start with one of them.
_FIRST_LETTERS = "0-9abcdfghilmorstuvw"
CUES = re.compile(rf"\b(?=[{_FIRST_LETTERS}])(?:{'|'.join(_ALTERNATIVES)})", re.IGNORECASE)
# Every cue of a total holds one of these words, or a span of months or years
# ("between 2015 and 2020", "from January"); a superlative only blocks another
# cue, so it needs none. A clause without any is an incident, found without
# trying the pattern. A new `p…` or `c…` alternative adds its word here.
_TOTAL_WORDS = (
    "since|far|year|month|decade|alone|to date|cumulative|running|war|conflict|fighting|"
    "violence|insurg|insurrection|rebellion|uprising|occupation|crisis|unrest|hostilities|"
    "jihad|campaign|thousands|millions|period|quarter|half|strife|week|fortnight|clashes|riots|"
    "attacks|killings|raids|ambushes|bombings|incidents|operations|strikes|offensive|invasion|"
    "siege|onslaught|genocide|bring|brought|already|blasts|explosions|assaults|shootings|hours|days|"
    "afternoons|mornings|evenings|nights|"
    "massacres"
)
MAY_TOTAL = re.compile(word_trie(_TOTAL_WORDS))  # over the lower-cased clause
# "\b(?:[Bb]etween|[Ff]rom)\s+(?:[A-Z]|\d{4})", opened with the class of its first
# letters: the engine skips to one of them instead of trying both words everywhere
SPAN = re.compile(r"[BbFf](?<=\b[BbFf])(?:(?<=[Bb])etween|(?<=[Ff])rom)\s+(?:[A-Z]|\d{4})")
