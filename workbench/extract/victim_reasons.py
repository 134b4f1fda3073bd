"""The words around a casualty predicate that make its deaths no news of this
report: told as the reason for something else ("protests over the killing of"),
belonging to another event ("The attack came a day after a bomb killed twelve",
"killed two days earlier", "(coded separately)"), held against the victims ("a man
who had allegedly killed his father") or not happened ("threatening to ... and kill").
The patterns are read by `victim_backs.py` and by the tests here, which
`victim_rules.py` calls; patterns run over lower-cased text (`casefold.fold`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from workbench.extract.reported_conditional import reported_conditional
from workbench.extract.victim_items import Item
from workbench.extract.victim_words import CONJUNCTION, EVENT_WORDS

# A protest march, not the month, which the case-folded text tells by its neighbours:
# "marched", "a march to the palace"; not "5 March", "March 2016", "in March",
# "mid-March" (a note dated in March read as a protest lost its deaths as its reason).
_MONTH_BEFORE = (
    r"(?<!\d\s)(?<!\d)(?<![-/])(?<!\bin\s)(?<!\bon\s)(?<!\bof\s)(?<!\bby\s)(?<!early\s)"
    r"(?<!\blate\s)(?<!since\s)(?<!until\s)(?<!\blast\s)(?<!\bthis\s)(?<!\bnext\s)(?<!\bfrom\s)"
)
# A response as a reason, not the unit named for it: "a rapid response team", "a quick
# reaction force" found the dead, "the Emergency Response Rooms said" (Sudan's
# volunteers, unseen-g study); they are not why anyone died.
RESPONSE = (
    r"(?:response|reaction)(?!\s+(?:units?|teams?|forces?|squads?|crews?|vehicles?|times?|"
    r"rooms?|committees?|cent(?:re|er)s?|groups?|services?|agenc(?:y|ies)|networks?|"
    r"coordinators?|officers?|officials?|workers?|volunteers?))"
)
MARCH = rf"(?:march(?:e[ds]|ing|ers?)|{_MONTH_BEFORE}march(?!\s*[\d/-]))"
# Mourning as the reason: "marched to mourn the killing of", "were mourning the death
# of", "mourners ...", not a headline's own toll, the mourned the object of its present
# "mourn(s)" ("Chad mourns 37 dead", "Families mourn the deaths of 12"): news.
_MOURNS = r"(?:(?<=to\s)mourn\w*|mourn(?!s?\s+(?:the\s+)?$)\w*)"
# Words before "the killing of" that make it the reason for something else, not news.
BACKGROUND = re.compile(
    rf"(?<![a-z])(?:protest\w*|demonstrat\w*|riot\w*|rall\w*|{MARCH}|strike|"
    rf"demand\w*|justice|{_MOURNS}|funeral|"
    rf"reprisal|revenge|retal+iat\w*|{RESPONSE}|avenge\w*|blamed|anger\w*|outrage\w*|"
    r"sparked|discuss\w*|respond\w*|"
    r"triggered|trial|convicted|sentenced|charged|accused|anniversary|suspects?\s+in|"
    r"involved\s+in|commemorat\w*|memory|"
    # suspects tied to it: "arrested 5 suspects linked to the killing of 12 farmers"
    r"linked\s+to|connected\s+(?:to|with)|in\s+connection\s+with)(?![a-z])[^.;]*$"
    # a preposition up to its phrase's end: "clashed over the killing of", not
    # "numbering over 29, ... leading to the death of"
    r"|(?<![a-z])(?:over|following|followed|after|since)(?![a-z])[^.;,]*$"
    r"|(?<![a-z])against\s+(?:[a-z’'-]+\s+){0,2}$"
)
_TIME_PREPOSITIONS = ("over", "following", "followed", "after", "since")
# After the victims of a nominal ("the death of a student in custody"): what their
# deaths set off, so that they are its reason, an earlier event's ("... triggered
# protests", "sparked clashes between youths and police"); not where a relative
# clause tells what the killing set off ("killed four farmers, which sparked protests").
SETS_OFF = re.compile(
    r"(?:(?!(?<![a-z])(?:which|that|and)(?![a-z]))[^.;]){0,120}?(?<![a-z])(?:triggered|sparked|"
    # the present of an old coder's note: "The killing of a man by police sparks a riot"
    r"prompted|provoked|set\s+off|triggers|sparks|prompts|provokes|sets\s+off)\s+"
    r"(?:[a-z’'-]+\s+){0,3}?(?:protests?|riots?|demonstrations?|unrest|outrage|clash(?:es)?|"
    r"rampage|reprisals?|strikes?|sit-ins?|anger|violence|tension)(?![a-z])"
)
# A relative clause closing a reason's noun phrase: what the people it names did or
# underwent is the grievance ("protested against the release of a man who raped and
# murdered a girl", "demanding the arrest of the gunmen who attacked and killed").
_GRIEVANCE_RELATIVE = (
    r"\s+(?:[\w’'-]+\s+){0,8}?(?:who|that|which)\s+(?:had\s+)?(?:[a-z]+ly\s+)?"
    r"(?:[\w’'-]+\s+and\s+)?$"
)
# Before a result verb: it is a relative clause, and says what an earlier event led
# to ("protests against a blast that resulted in the death of 15").
RESULT_OF = re.compile(r"(?<![a-z])(?:which|that|who)\s+(?:[a-z]+ly\s+)?$")
# A sentence about a protest, and the words that make a death its reason:
# "youths took to the streets following the killing a pharmacist", "colleagues of a
# man beheaded by al-Shabaab protest", "protesters blocked roads after two were killed".
PROTEST = re.compile(
    r"(?<![a-z])(?:protest\w*|demonstrat\w*|demos|rall(?:y|ies|ied)|riot\w*|took\s+to\s+the\s+streets|"
    r"sit-in|marched)(?![a-z])"
)
# Unrest that a death told after "after" sets off: "angry locals torched six vehicles
# after five students were killed in a collision".
UNREST = re.compile(
    rf"(?<![a-z])(?:{MARCH}|agitat\w*|torch\w*|vandali[sz]\w*|block\w*|ransack\w*|violence|"
    r"tension|unrest|gherao\w*|mob|ruckus|pelt\w*|chaos|outrage\w*|anger\w*|enraged|angry|"
    r"irate|furious|set\s+(?:ablaze|fire|on\s+fire)|clash\w*|rampage|"
    # a crowd's storming ("residents stormed the station after an officer caused the death
    # of a trader"; not "police stormed the hideout following a gunfight which killed"),
    # "youths barricaded the road and burned tyres after a man was killed" (acled-n, -l)
    r"(?:residents|youths|villagers|protesters|crowds?|locals|indigenes|students|traders)\s+"
    r"storm(?:ed|ing|s)?|barricad\w*|burn(?:ed|t|s|ing)?\s+(?:down|tyres|tires))(?![a-z])"
)
# A sentence that ties this report to another event and tells that one: "The attack
# came a day after five car bombs killed 215 people", "This follows the detonation of a
# bomb at a mosque, killing 25".
OTHER_EVENT = re.compile(
    # "This action follows", "This latest development comes after" too
    r"\W*(?:(?:this|that|these)(?:\s+[a-z-]+){0,2}?|it|the\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|incidents?|bombings?|"
    r"killings?|blasts?|assaults?|raids?|ambush(?:es)?|shootings?|explosions?|violence|"
    r"clash(?:es)?|kidnappings?|abductions?|arrests?|operations?|events?))\s+"
    r"(?:(?:also|again|only|just)\s+)?"
    r"(?:follows|followed(?!\s+by)|"
    r"(?:comes|came|come|occurred|happened|took\s+place)\s+(?:[a-z0-9-]+\s+){0,6}?"
    r"(?:after|following|since|amid|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of))(?![a-z])"
    # any subject before "comes": "The discovery of this vehicle comes hours after a
    # car bomb killed two people", "The attack came shortly before a strike that killed"
    r"|\W*(?:[\w’'-]+\s+){1,8}?(?:(?:also|again|only|just)\s+)?(?:comes|came)\s+"
    r"(?:[a-z0-9-]+\s+){0,6}?(?:after|following|on\s+the\s+heels\s+of|"
    r"(?<=shortly\s|minutes\s|moments\s)before)(?![a-z])"
)
# A relative clause of an event a preposition or an adjective names as earlier:
# "stabbed three Palestinians following a bombing in Netanya that killed several",
# "police responding to an earlier suicide bombing that killed six", "48 hours after
# the militants attacked the town, which left 30 dead, they returned", "in
# retaliation for a drone strike that killed two commanders", "the last one, which
# killed eleven".
PRIOR_RELATIVE = re.compile(
    r"(?<![a-z])(?:(?:following(?!\s+(?:day|morning|afternoon|evening|night|week|weekend|month|"
    r"year)\b)|after|since|in\s+the\s+wake\s+of|avenge|avenging|"
    r"in\s+(?:retal+iation|revenge|reprisal|response)\s+(?:for|to)|responding\s+to)\s+"
    r"(?:[\w’'-]+\s+){0,8}?"
    r"|(?:an?|the)\s+(?:earlier|previous|prior|similar|recent|last)\s+(?:[\w’'-]+\s+){0,7}?)"
    r"(?:[\w’'-]+,\s+)?(?:that|which)\s+(?:had\s+)?(?:[a-z]+ly\s+)?"
    r"(?:(?:[\w’'-]+\s+){1,3}?and\s+)?"  # "that killed six and wounded 11"
    r"(?:left\s+|leaving\s+)?$"  # "which left 30 persons dead"
    # a place or time named as the same as, or before, an event's, and what befell it
    # there: "Dalori, the same village where 86 were killed in January", "a previous
    # raid in which Boko Haram killed 12"
    r"|(?<![a-z])(?:an?|the)\s+(?:same|earlier|previous|prior|similar)\s+(?:[\w’'-]+\s+){1,4}?"
    r"(?:where|in\s+which|during\s+which)\s+(?:[\w’'-]+\s+){0,3}?(?:had\s+)?$"
    # the killing that set off the unrest told: "the crisis began last Thursday when
    # herders killed a farmer", "tensions started when a youth was killed" (acled-nigeria-f
    # study: read as this event's deaths, and as an alternative toll)
    r"|(?<![a-z])(?:crisis|crises|violence|clash(?:es)?|conflict|fighting|unrest|dispute|feud|"
    r"trouble|tensions?|hostilities|riots?)\s+(?:had\s+)?(?:began|begun|started|erupted|"
    r"broke\s+out|was\s+(?:sparked|triggered))\s+(?:[\w’'-]+\s+){0,4}?when\s+"
    r"(?:[\w’'-]+\s+){0,4}?$"
)
# The fight that an operation's news follows is that operation's own, not an earlier
# event: "troops seized the camp after a battle that killed three rebels" (not "after a
# bombing that killed six", nor "days after a clash that killed two").
SAME_FIGHT = re.compile(
    r"(?<![a-z])(?<!hours\s)(?<!days\s)(?<!weeks\s)(?<!months\s)(?<!years\s)"
    r"(?:after|following)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:battle|gun\s?battle|fight|firefight|gunfight|shoot-?out|exchange\s+of\s+fire|"
    r"fighting|clash(?:es)?|encounter)\s+(?:that|which)\s"
)
# An ACLED coder's note that a toll is coded in another event: "killed 2 (coded
# seperately)", "(2 policemen were also killed - coded separately)"; with "fatalities"
# it covers every death of the sentence ("(fatalities coded in other events)").
CODED_ELSEWHERE = re.compile(
    r"(?<![a-z])(?P<all>(?:fatalities|deaths)\s+(?:were\s+)?)?coded\s+(?:separately|"
    r"seperately|separetely|elsewhere|in\s+(?:an?\s+)?(?:other|another|separate|different)\s+"
    r"(?:events?|entr(?:y|ies))|across|"
    # "(fatalities coded to Novotroitske event)", "(coded in the Gwoza event)"
    # (`coded_elsewhere.coded_elsewhere`: not where the note's own place is that event's)
    r"(?:to|in|under)\s+(?!(?:the\s+)?(?:same|this)\s)(?:the\s+)?"
    r"(?P<event>(?:[\w’'-]+\s+){1,5}?)event)(?![a-z])"
)
# A time before the event reported, next to a death: that of an earlier event ("a
# house where two militants were killed two days earlier", "a previous bombing which
# killed 12"). Not "two days before the vote", which dates this event, nor "the
# previous day", which often counts back from a statement ("claimed killing 8 in
# clashes on the previous day").
YEAR_ONLY = re.compile(
    r"(?<![a-z])(?:in\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\s+)?|the\s+)(?:19|20)\d\d(?![\d/-])"
)
EARLIER_TIME = re.compile(
    r"(?<![a-z])(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:earlier(?!\s+than)|before(?=\s*(?:[,.;)]|$)))"
    r"|(?:an?|the)\s+(?:previous|preceding|prior)\s+(?:[a-z-]+\s+)?(?:attack|bombing|"
    r"blast|explosion|assault|raid|"
    r"incident|ambush|clash)\w*"
    # "killed more than 15 people earlier in the day", "shot dead earlier this week",
    # "the slaying of an exile earlier this year"
    r"|earlier\s+(?:in\s+the|that|this|the\s+same)\s+(?:day|week|month|year|morning|"
    r"afternoon|evening)"
    # "In a similar attack in March, 12 were killed": another attack, earlier
    r"|(?:an?|the)\s+similar\s+(?:attack|incident|raid|assault|ambush|bombing|clash)\s+"
    r"(?:last\s+\w+|earlier(?:\s+this\s+\w+)?|in\s+(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december))"
    # "A farmer was killed in a similar attack the previous day" (`PREVIOUS_DAY`)
    r"|the\s+(?:previous|preceding)\s+(?:day|night|evening|morning|week|weekend)(?!\s+of\b)"
    # "in the wake of the murder of a driver the day before."
    r"|the\s+(?:day|night|evening|morning|week|weekend)\s+before(?=\s*(?:[.;)]|$))"
    # a year alone dates a past event, not the one reported: "a terrorist killed in 1972",
    # "the 1973 slaying of", "in November 2004, when two people were killed"
    rf"|{YEAR_ONLY.pattern})(?![a-z])"
)
# A day counted back from the one reported, which a statement's own day may count
# back from instead ("claimed killing 8 in clashes on the previous day"): an earlier
# event's only where no one is said to tell it.
# Not "the previous incident", another event ("In the previous incident, 16 people lost
# their lives": an opening time was this event's own).
PREVIOUS_DAY = re.compile(
    r"the\s+(?:previous|preceding)\s+(?:day|night|evening|morning|afternoon|week|weekend)"
    r"(?![a-z])"
)
TELLING = re.compile(
    r"(?<![a-z])(?:said|says|say|claim(?:s|ed)?|report(?:s|ed)?|according|stated|told|announced)"
    r"(?![a-z])"
)
# Between a death and a time after it: another predicate the time may date instead.
TOLD_BETWEEN = re.compile(rf";|(?<![a-z])(?:{EVENT_WORDS})(?![a-z])")
AFTER = re.compile(
    r"(?<![a-z])(?:following|after|(?:angered|angry|outraged|incensed)\s+(?:at|by))\s+"
    r"(?:[a-z’'-]+\s+){0,5}$"
)
REASON = re.compile(
    # "angered at the discovery of a dead body": the protest's reason
    r"(?<![a-z])(?:(?:angered|angry|outraged|incensed)\s+(?:at|by)|"
    r"following|after|over|against|demanding|(?:colleagues|relatives|parents|widows?)\s+of|"
    r"families\s+of|friends\s+of)\s+(?:[a-z’'-]+\s+){0,5}$"
    # "protest against a string of stabbings that killed seven", "against the release
    # of the man who strangled and murdered a woman"
    rf"|(?<![a-z])(?:following|after|over|against|demanding){_GRIEVANCE_RELATIVE}"
)
# What unrest that is no protest by name demands: "residents blocked the road
# demanding compensation for the family of a boy killed by a lorry", "demanding the
# arrest of the men who killed a driver": a phrase of "of" or "for", or a relative
# clause (not "demanding water and police shot two", where the deaths are news; nor
# "over" or "against", which tell the scene of unrest as often as its reason:
# "clashes over land left five dead").
DEMAND = re.compile(
    r"(?<![a-z])demand\w*\s+(?:[a-z’'-]+\s+){0,5}?(?:of|for)\s+(?:[a-z’'-]+\s+){0,3}$"
    rf"|(?<![a-z])demand\w*{_GRIEVANCE_RELATIVE}"
)
# A killing named as what someone is sought, tried or mourned for: told before.
SOUGHT = re.compile(
    # "arrested three vendors in relation to the murder of", "held in connection with"
    r"(?<![a-z])(?:arrest\w*\s+of|(?:arrested|detained|held|wanted|questioned)\s+"
    r"(?:[\w’'-]+\s+){0,6}?in\s+(?:connection|relation)\s+(?:with|to)|justice\s+for|charged\s+with|"
    r"convicted\s+of|sentenced\s+(?:to\s+death\s+)?for|anniversary\s+of|in\s+memory\s+of|"
    # another event's: "and another which killed two", "on the same day that rebels
    # killed two", "an explosion the previous day killed sixteen"
    r"another(?:\s+[a-z-]+)?\s+(?:which|that)|on\s+the\s+same\s+day\s+(?:that|as|when)|"
    r"the\s+(?:previous|preceding)\s+(?:day|night|week|month)|"
    # "lynched for allegedly killing", "a man who had allegedly killed his father"
    r"for\s+(?:allegedly|reportedly)(?:\s+having)?|who\s+(?:they\s+believe|had)|"
    # "a man they believed murdered a colleague"
    r"(?:they|police|residents|locals|villagers)\s+(?:believed?|suspect(?:ed)?|thought)(?=\s+$)|"
    # "a regime which had tortured and killed", "wanted for the murders of", "sentenced
    # to jail in December for killing"
    r"(?:which|that)\s+had|wanted\s+for|sentenced\s+(?:[a-z]+\s+){0,5}?for|"
    r"protest\w*\s+(?:over|against)|(?:hours?|days?|weeks?|months?|years?)\s+after|"
    # what an act was done for: "its action was to repudiate the death of", "to avenge"
    r"to\s+(?:repudiate|protest|denounce|condemn|avenge|mourn|commemorate)|"
    # "lynched two robbers accused of killing", "men suspected of having killed",
    # "thought to have killed": what the victims are held to have done (not "X is
    # suspected of killing", "Gunmen are believed to have killed 5")
    r"(?:(?<!is\s)(?<!are\s)(?<!was\s)(?<!be\s)(?<!been\s)|(?<=who\sis\s)|(?<=who\swas\s)|"
    r"(?<=who\sare\s)|(?<=who\swere\s))(?:accused|suspected)\s+(?:of(?:\s+having)?|to\s+have)|"
    # "accusing them of involvement in the killing of a soldier" (acled-w study: read as a
    # death of this event)
    r"accus(?:ing|ed)\s+(?:him|her|them)\s+of\s+(?:involvement|complicity|participation)\s+in|"
    # "a vigilante thought to have killed a community leader" (acled-l study)
    r"(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!be\s)(?<!been\s)(?<![a-z]s\s)"
    r"(?:thought|believed|alleged|presumed|rumou?red)\s+to\s+have)\s+"
    r"(?:[\w’'-]+\s+){0,4}$"
    # a plot's aim: "arrested for plotting the murder of the president" (acled-w study)
    r"|(?<![a-z])(?:plott(?:ing|ed)|conspir(?:ing|ed)\s+to\s+(?:commit|carry\s+out))\s+the\s+$"
    # "convicted of carrying out a shooting attack and killing"
    r"|(?<![a-z])convicted\s+of\s+(?:[\w’'-]+\s+){3,7}?and\s+$"
)
# A reprisal for a killing told by a verb: "burned three buses in retaliation for police
# killing four Maoists" (the passive's "In revenge for ..., three farmers were killed"
# opens its own main clause).
REPRISAL_FOR = re.compile(
    r"(?<![a-z])in\s+(?:retal+iation|revenge|response|reprisal)\s+(?:for|to)\s+"
    r"(?:[\w’'-]+\s+){0,3}$"
)
# Words before a verb that say the killing did not happen, or not yet.
IRREALIS = re.compile(
    # "to" marks an infinitive only right before its verb or an adverb: not "moved to
    # Tilen killing a lawmaker"; nor after a verb of report, a headline's "said to kill 5"
    r"(?<![a-z])(?:(?<!said\s)(?<!reported\s)(?<!believed\s)(?<!thought\s)"
    r"to(?!\s+have\s)\s+(?:[a-z]+ly\s+)?$|(?:nearly|almost|attempt\w*|tried|trying|"
    r"plot\w*|threat\w*|plan(?:s|ned|ning)?|would|will|shall|(?:could|might|(?<![0-9]\s)may)(?!\s+have\s)|"
    r"not|never|no|failed|vow\w*|intend\w*)\s+(?:[a-z]+\s+)?$)"
)
# An infinitive after a verb that says it was done: "gunmen managed to kill the father",
# "used automatic weapons to kill a guard", "went on to kill two more" (not "tried to",
# "failed to", "used to").
REALISED_TO = re.compile(
    r"(?<![a-z])(?:managed|proceeded|went\s+on|succeeded|"
    r"used\s+(?:(?!(?:attempt|bid|effort|order|try|trying)\b)[\w’'-]+\s+){1,6}?)\s*to\s+"
    r"(?:[a-z]+ly\s+)?$"
)
# An open question before it: "it was unclear if they managed to kill him".
_OPEN_QUESTION = re.compile(
    r"(?<![a-z])(?:unclear|not\s+clear|unknown|not\s+known|uncertain|whether)\b[^.;]*$"
)


def unrealised(folded: str, lo: int, start: int) -> bool:
    """Whether the words before an active verb at `start` say it did not happen
    (`IRREALIS`), and no verb says the infinitive was done (`REALISED_TO`), nor is it a
    report's conditional (`reported_conditional`)."""
    if not IRREALIS.search(folded, max(lo, start - 40), start):
        return False
    if reported_conditional(folded, lo, start):
        return False
    realised = REALISED_TO.search(folded, max(lo, start - 60), start)
    return realised is None or bool(_OPEN_QUESTION.search(folded, max(lo, start - 80), start))


# A killing joined to an intended act: "threatening to blow it up and kill the
# ambassador", "attempted to kidnap and kill the governor".
INTENDED = re.compile(
    r"(?<![a-z])(?:threat\w*|vow\w*|attempt\w*|tried|trying|plot\w*|plan(?:s|ned|ning)?|intend\w*|sought|"
    r"seeking|want\w*)\s+to\s+[^.;,]{0,40}?\s+and\s+$"
)
# Before the victims of a passive: their deaths are the reason for what is told.
EARLIER = re.compile(
    rf"(?<![a-z])(?:protest\w*|retal+iat\w*|{RESPONSE}|revenge|reprisal|avenge\w*|to\s+condemn|"
    rf"{_MOURNS}|"
    r"funeral|anniversary|commemorat\w*|memory|trial|convicted|sentenced|charged|accused|"
    # "a vigil remembering the 12 people killed", "a memorial to those who died"
    r"remember\w*|vigil|memorial|tribute|"
    r"(?:shortly|just|minutes|moments)\s+before)"
    # not a war's toll told in a relative clause after it: "accused both sides of
    # atrocities in a conflict that has left more than 3,000 dead" (a running total)
    r"(?![a-z])(?![^.;]*(?<![a-z])(?:war|conflict|insurgency|crisis|violence|fighting)\s*,?\s+"
    r"(?:that|which)\s+(?:has|have)(?![a-z]))[^.;]*$"
    # "days after" up to the comma closing its clause, unless a relative or a participle
    # goes on with it: "The attack, days after ... killed 70, left 15 dead" is news
    r"|(?<![a-z])(?:hours?|days?|weeks?|months?|years?)\s+(?:after|since)(?![a-z])[^.;,]*"
    r"(?:,\s+(?:(?:(?:in|during|of|at|on|by|after|with|among)\s+)?(?:which|that|who|whom|whose"
    r"|where|when)|killing|leaving|wounding)(?![a-z])[^.;,]*)*$"
)
# Between such a word and the victims: the protest or the reprisal is the scene of
# their deaths, not its reason ("student protests turn violent, two killed", "a revenge
# attack leaves one dead").
TURNED = re.compile(
    r"(?<![a-z])(?:turn(?:s|ed|ing)?\s+(?:into\s+)?violent|result(?:s|ed|ing)?\s+in(?:to)?|"
    r"lead(?:s|ing)?\s+to|led\s+to|caus(?:e|es|ed|ing)|leav(?:e|es|ing))(?![a-z])"
    # the reprisal as the attack the victims died in: "a reprisal raid in which 12 were
    # killed" (not "in revenge for an attack in which 12 were killed")
    r"|(?<![a-z])(?:reprisal|revenge|retal+iatory)\s+(?:[a-z-]+\s+)?(?:attack|raid|strike|"
    r"assault|ambush|operation|killing)s?\s+(?:(?:in|during)\s+which|where)(?![a-z])"
)
# A protest that became the scene of the deaths told after it: "the protest turned
# violent after security forces killed one person".
TURNED_VIOLENT = re.compile(r"(?<![a-z])turn(?:s|ed|ing)?\s+(?:into\s+)?violent(?![a-z])")
# A fronted phrase closed by a comma, or a clause joined by "and", the victims
# opening the clause after it: "During protests, four ...", "protested and 17 died".
MAIN_CLAUSE_OPENS = re.compile(r"(?:,\s+(?:(?:and|but|then)\s+)?|\s+(?:and|but)\s+(?:then\s+)?)$")


# A killing told after "before" and its subject in the present: not done yet ("one
# last chance ... before it executes the four hostages"; not "before they killed him").
BEFORE_SUBJECT = re.compile(
    r"(?<![a-z])(?:before|unless|until)\s+(?:it|they|he|she|we|the\s+group)\s+$"
)


def not_yet(folded: str, lo: int, match: re.Match[str]) -> bool:
    """A bare or present verb after "before it" ("before it executes the hostages")."""
    verb = match.group(0).split()[0]
    return not verb.endswith(("ed", "ing")) and bool(
        BEFORE_SUBJECT.search(folded, max(lo, match.start() - 30), match.start())
    )


def intended(folded: str, lo: int, match: re.Match[str]) -> bool:
    """A bare verb joined to an intended act: "threatening to blow it up and kill the
    ambassador" (not "tried to storm the base and killed two guards")."""
    verb = match.group(0).split()[0]
    return not verb.endswith(("ed", "ing")) and bool(
        INTENDED.search(folded, max(lo, match.start() - 80), match.start())
    )


def background(folded: str, start: int, end: int, found_body: bool = False) -> bool:
    """A reason word before a nominal ("protests over the killing of"), unless the
    reason turned into the scene of the deaths ("the clash resulted in the death of"),
    not in a relative clause that tells an earlier event ("protests against a blast
    that resulted in the death of"). A body the sentence tells found (`found_body`)
    is this report's news after a time's preposition: "After the raid the body of a
    man was found" (a protest over it stays its reason)."""
    found = BACKGROUND.search(folded, start, end)
    if found and found_body and folded.startswith(_TIME_PREPOSITIONS, found.start()):
        return False
    turned = TURNED.search(folded, found.start(), end) if found else None
    return found is not None and (
        turned is None or RESULT_OF.search(folded, found.start(), turned.start()) is not None
    )


def unrealised_result(folded: str, lo: int, start: int) -> bool:
    """A result that did not happen: "would result in the execution of one hostage"."""
    turned = TURNED.search(folded, max(lo, start - 30), start)
    return turned is not None and bool(
        IRREALIS.search(folded, max(lo, turned.start() - 40), turned.start())
    )


def told_before(folded: str, lo: int, items: list[Item]) -> list[Item]:
    """The leading items of a passive's subject that are deaths told as a reason.
    Read back, a fronted phrase's last noun and the subject after its comma look like
    a list ("In revenge for the murder of a herder, three farmers were killed"); a
    list joins its last item with "and" or "or", so without one the last item is
    tried on its own."""
    if not items or not reason_before(folded, max(lo, items[0].start - 200), items[0].start):
        return []
    joined = any(CONJUNCTION.search(folded, a.end, b.start) for a, b in pairwise(items))
    last = items[-1].start
    if len(items) > 1 and not joined and not reason_before(folded, max(lo, last - 200), last):
        return items[:-1]
    return items


# Protesters fired on, the victims' side and scene, no reason (trial 79: "security forces
# fire on opposition protesters in Conakry, opposition says seven dead" lost its toll).
_FIRED_ON = re.compile(
    r"(?<![a-z])(?:fir(?:e|es|ed|ing)\s+(?:live\s+[a-z]+\s+|tear\s+gas\s+)?(?:on|at|into)|"
    r"(?:shot|shoot(?:s|ing)?)\s+(?:at|into)|attack(?:s|ed|ing)?|crack(?:s|ed|ing)?\s+down\s+on|"
    r"crackdown\s+on|charg(?:e|es|ed|ing)\s+(?:at|on))\s+(?:(?:the|opposition|unarmed|peaceful|"
    r"anti-[a-z]+|[a-z]+-led)\s+)*$"
)


def reason_before(folded: str, start: int, end: int) -> bool:
    """A reason told before the victims ("protesters blocked roads after two were
    killed"), unless the protesters are fired on (their side: "troops fire on protesters
    in Bamako, activists say 12 dead"), it turned into the scene of their deaths ("protests turned
    violent, ...") or closes a fronted phrase and the victims open the main clause
    ("During protests, four people were killed"; "In revenge for ..., three farmers
    were killed")."""
    earlier = EARLIER.search(folded, start, end)
    return (
        earlier is not None
        and not _FIRED_ON.search(folded, max(start, earlier.start() - 50), earlier.start())
        and not TURNED.search(folded, earlier.start(), end)
        and not MAIN_CLAUSE_OPENS.search(folded, earlier.start(), end)
    )
