"""The casualty verbs, for `victims.py`: the verbs and nominals whose object is the
victim ("killed two soldiers", "the abduction of 12 girls": `ACTIVE`, `ACTIVE_RE`)
and the participles and predicates said after the victims ("two soldiers were
killed", "died", "paid the supreme price": `PASSIVE`, `PASSIVE_RE`), one named group
per category (`KILLED`, `WOUNDED`, `KIDNAPPED`, `MISSING`), with the bombers' own death
(`SELF_BLAST`, `SELF_BLAST_OF`). The words around a verb, its results and auxiliaries,
are in `victim_words.py`. Patterns run over lower-cased text (`casefold.fold`). Every
list is data: extend it where real text demands. Split from victim_words.py.
"""

from __future__ import annotations

import re

from workbench.extract.fate_words import EVENT_CLAIMS, FELL_IN_BATTLE, SEVERITY_RANGE
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
    r"mauled|choked|smothered|suffocated|bayonett?ed|starved|pushed|dragged|"
    r"strangulated|"  # Bangladeshi English (acled-o study)
    r"lynched|mobbed|"  # "A mob lynched to death a mentally ill man" (acled-w study)
    r"knived"  # a slip for "knifed": "was knived to death" (acled-nigeria-d study)
)
_HARMED = (
    r"(?:hacked|stabbed|beaten|beat|burned|burnt|bludgeoned|stoned|clubbed|shot|axed|"
    rf"strangled|tortured|chopped|crushed|battered|trampled|slashed|macheted|speared|{MORE_TO_DEATH})"
)
# Killed "to death" by the last of two or three harms: "was stabbed and beaten to death",
# "stabbed, slashed and hacked to death" (acled-o study: read as stabbed, wounded).
TO_DEATH = rf"(?:{_HARMED}\s*,?\s+(?:and\s+)?){{0,2}}{_HARMED}\s+to\s+death"
# The bombers' own death, said after them: "two kamikazes blew themselves up",
# "detonated themselves", "exploded herself", "set himself off", "exploded their vests"
# (a vest or belt is worn: its wearer dies; not "detonated their explosives", which may
# be planted).
SELF_BLAST = (
    r"(?:blew|blown)\s+(?:up\s+(?:himself|herself|themselves)|(?:himself|herself|themselves)\s+up)|"
    r"(?:detonated|exploded)\s+(?:himself|herself|themselves)|"
    r"set\s+(?:himself|herself|themselves)\s+off|"
    r"(?:exploded|detonated|blew\s+up|triggered)\s+(?:his|her|their)\s+(?:own\s+)?"
    r"(?:(?:explosive|suicide|bomb|explosives?-laden)\s+)?(?:vests?|belts?)"
)
# The bombers' blast as a nominal, said before them: "the explosion of 3 kamikazes",
# "detonation of two suicide bombers" (only of bombers: "the explosion of a gas tank").
SELF_BLAST_OF = (
    r"(?:the\s+)?(?:explosions?|detonations?)\s+of(?=\s+(?:the\s+)?(?:\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|an?)?\s*(?:[a-z-]+\s+){0,3}?(?:kamikazes?|suicide\s+bombers?)"
    r"(?![a-z]))"
)
# Verbs whose object is the victim: "killed two soldiers". Run over lower-cased text.
# Where or when the dead of a list fell, between their noun and its verb: "The dead in
# Thursday's attack included".
_WHERE_OF = r"(?:\s+(?:in|of|from|at)\s+[^,.;]{1,60}?)?"
# A rank or post of an armed force, whose loss is a death (`ACTIVE`'s "lost an officer").
_RANK = (
    r"(?:officer|soldier|policeman|policewoman|sergeant|corporal|captain|lieutenant|major|"
    r"colonel|commander|commandant|trooper|gendarme|constable|inspector|serviceman|marine|"
    r"pilot|peacekeeper|ranger)"
)
# The attackers shot (`ACTIVE`'s "shot three suicide bombers"): a count, then the
# attackers, and no hurt, capture or survival told in the rest of the clause.
_SHOT_ATTACKERS = (
    r"\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|some)\s+(?:of\s+the\s+)?(?:suspected\s+|would-be\s+|armed\s+|female\s+|male\s+)*"
    r"(?:(?:boko\s+haram|iswap|al[\s-]+shabaa?b|jas|is)\s+)?(?:suicide\s+)?"
    r"(?:bombers|assailants|attackers|insurgents|terrorists)(?![a-z])"
    r"(?![^.;]{0,80}?(?:injur|wound|hurt|hospital|treatment|alive|surviv|(?:arrest|captur)\w*\s+(?:them|him|her)|"
    r"in\s+the\s+(?:leg|arm|thigh|foot|hand|shoulder)))"
)
ACTIVE: dict[Category, str] = {
    # nominals first: at "killing" the pattern is tried from there, not from "the"
    # the dead named with a copula, tried before "killed": "Those killed were a
    # policeman and six farmers" (not a part: "eight of those killed were ...")
    K: r"(?<=those\s)(?<!of\sthose\s)killed\s+(?:were|are)(?=\s)(?!\s+(?:either|neither|not)\s)|"
    r"(?:the\s+)?(?:deaths?|bod(?:y|ies)|remains|corpses?|demise|"
    # an act of killing in quotes too: "the “monstrous murder” of 46 prisoners" (unseen-m
    # study), a word of condemnation; not "the word “bodies” of water"
    r"(?:killings?|slayings?|murders?|assassinations?|lynchings?|executions?|beheadings?|"
    r"massacre)[”\"]?)\s+of|"
    rf"{SELF_BLAST_OF}|"
    # a count's, not a saint's a festival marks: "the martyrdom of two guards", not "the
    # martyrdom of Imam Hussein"
    r"(?:the\s+)?martyrdoms?\s+of(?=\s+(?:at\s+least\s+|some\s+|about\s+)?(?:\d|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|scores|hundreds)(?![a-z]))|"
    # with a coder's slips: "killled", "killd", "kiled", "killling", "killking"
    r"kill(?:s|ed|ing)?|kil(?:ed|ing)|kil{3,}(?:ed|ing)|kill?d|kill?k(?:ed|ing)|sh[ou]t\s+(?:and\s+killed|dead)|"
    r"gun(?:s|ned|ning)?\s+down|mow(?:s|ed|ing)?\s+down|wip(?:e|es|ed|ing)\s+out|"
    rf"{FATALLY}|"
    rf"{TO_DEATH}|"
    # "a mob beat dead an alleged thief" (acled-o study)
    r"beat\s+dead|"
    r"burn(?:ed|t)\s+alive|slit(?:s|ting)?\s+the\s+throats?\s+of|"
    r"shoot(?:s|ing)?\s+dead|"
    r"assassinat(?:e|es|ed|ing)|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?|decapitat(?:e|es|ed|ing)|"
    # not a noun's modifier: "massacre toll far higher", "the massacre site"
    r"massacr(?:e|es|ed|ing)(?!\s+(?:tolls?|sites?|survivors?|victims?|anniversary|cases?|"
    r"trials?|probes?|reports?|investigations?|suspects?|memorials?)(?![a-z]))|"
    r"slaughter(?:s|ed|ing)?|lynch(?:es|ed|ing)?|butcher(?:ed|ing)|"
    # armies' nominals, people only (`EUPHEMISM`): "the neutralisation of 8 bandits"
    r"neutrali[sz]ation\s+of|elimination\s+of|"
    # not a noun's modifier: "arrest a murder suspect", "on murder charges"
    r"murder(?:s|ed|ing)?(?!\s+(?:suspects?|cases?|charges?|trials?|probes?|investigations?|"
    r"inquir(?:y|ies)|convicts?|convictions?|accused|warrants?|counts?|scenes?|weapons?|"
    r"plots?|attempts?|squads?)(?![a-z]))|"
    r"martyr(?:ed|ing)|sl(?:ew|ay|ays|aying)|neutrali[sz](?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|"
    # a force's own dead, one named by rank ("the army has lost an officer and three other
    # soldiers", acled-nigeria-f study: no claim); counted ones are `pre_cues`' ("lost four
    # soldiers"); not "lost a leg", "lost an election", "lost a vehicle"
    rf"(?:lost|losing|loses)(?=\s+an?\s+(?:[a-z-]+\s+)?{_RANK}s?(?![a-z]))|"
    # attackers a force shoots in the act, no hurt told: "soldiers shot three suicide
    # bombers", "troops foil an attack, shoot eight assailants" (acled-nigeria-f study:
    # read as no death); not "shot two attackers in the leg", "shot and injured", "shot
    # two protesters", nor where the clause tells them hurt, taken or alive
    rf"(?:shot|shoots?|shooting)(?={_SHOT_ATTACKERS})|"
    r"(?:claim(?:s|ed|ing)?|took|tak(?:e|es|ing)|cost(?:s|ing)?)\s+the\s+li(?:ves|fe)\s+of|"
    # an event's toll told with its bare verb: "attacks claim 40 soldiers" (`EVENT_CLAIMS`)
    rf"{EVENT_CLAIMS}|"
    # the attacker's own death: "before turning the gun on himself"
    r"turn(?:s|ed|ing)?\s+(?:the|his|her)\s+(?:gun|weapon|rifle|pistol)\s+on(?=\s+(?:him|her)self)|"
    # people only (`EUPHEMISM`): "a mob set ablaze two suspected thieves", not a bus
    r"set(?:s|ting)?\s+(?:ablaze|alight|on\s+fire)|"
    # "the dead included", "The dead in Thursday's attack included" (unseen-h study)
    rf"(?:the\s+)?(?:dead|fatalities|killed|deceased){_WHERE_OF}\s+includ(?:ed|e|es|ing)|"
    # "Among those killed in shell blasts and shootings were four civilians"
    r"among\s+(?:the\s+|those\s+)?(?:dead|killed|fatalities|deceased)\s+"
    r"(?:(?:in|during|at|on)\s+[^,.;]{1,60}?\s+)?(?:were|was|are|is)|"
    r"(?<=the\s)(?<!of\sthe\s)(?<!all\sthe\s)(?:dead|deceased)\s+(?:were|are)(?=\s)(?!\s+(?:either|neither|not)\s)",
    # the wounded told as the dead are, first: "the injured included ten children",
    # "among the wounded were two policemen"
    W: rf"(?:the\s+)?(?:injured|wounded){_WHERE_OF}\s+includ(?:ed|e|es)|"
    r"among\s+(?:the\s+|those\s+)?(?:injured|wounded|hurt)\s+(?:were|was|are|is)|"
    r"wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|maim(?:s|ed|ing)?|hurt(?:s|ing)?|"
    r"(?:the\s+)?injur(?:y|ies)\s+(?:of|to)",
    A: r"(?:the\s+)?(?:kidnapping|abduction)s?\s+of|kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing)?|"
    r"seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|"
    # Nigerian English: "have taken into hostage about 100 people"
    r"(?:took|tak(?:e|es|en|ing))\s+into\s+(?:hostage|captivity)",
}
# Participles and predicates said after the victims: "two soldiers were killed".
# What may follow an army's shorthand for a fate ("KIA", "WIA"): the clause's end or a
# circumstance, not a noun it names ("KIA positions": the Kachin Independence Army's).
_SHORTHAND_ENDS = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|during|near|and|after|when|while|following|by)\s)"
)
PASSIVE: dict[Category, str] = {
    # with a coder's slips: "kiled", "killid", "killied", "shot killed", "shut dead"
    # (Nigerian English for shot dead: unseen-j study)
    K: r"ki+l+(?:e|i|ie)d|sh[ou]t\s+(?:dead|(?:and\s+)?killed)|assassinated|executed|beheaded|"
    # a coder's slip of "killed" after a copula: "seven are kill in", "was kill by"
    r"(?:(?<=\swas\s)|(?<=\swere\s)|(?<=\sare\s)|(?<=\sis\s))kill|"
    r"decapitated|massacred|"
    rf"{FATALLY}|"
    r"slaughtered|butchered|lynched|murdered|martyred|gunned\s+down|(?:mowed|mown)\s+down|"
    r"neutrali[sz]ed|eliminated|"
    # the idioms of military and press reports: "two soldiers paid the supreme price",
    # "five insurgents met their waterloo", "were sent to their early graves"
    r"paid\s+the\s+(?:supreme|ultimate)\s+price|made\s+the\s+(?:supreme|ultimate)\s+sacrifice|"
    # Pakistan's ISPR: "3 soldiers embraced shahadat" (trial 72b: read as troops)
    r"(?:embraced|attained|achieved)\s+(?:martyrdom|shahadat|shahadah)|"
    r"met\s+(?:their|his|her)\s+(?:waterloo|untimely\s+deaths?|deaths?|untimely\s+end|end)|"
    r"sent\s+to\s+(?:their\s+)?(?:early\s+)?(?:graves?|hell|deaths?)|mortally\s+wounded|"
    # a coder's slip of "killed" after "were": "seven members were killing in the
    # clash" (with no object: "were killing villagers" is active)
    r"(?:(?<=were\s)|(?<=was\s))killing(?=\s*(?:[,.;)]|$|\s(?:in|at|on|during|by|when|after|"
    r"while|near|as|and|following)\s))|"
    # the bombers' own death: "two kamikazes blew themselves up", "detonated
    # themselves", "exploded their vests" (victims.py `_self_once`)
    rf"{SELF_BLAST}|"
    rf"{TO_DEATH}|"
    r"found\s+(?:shot|stabbed|hacked|beaten|burn(?:ed|t)|strangled|murdered|killed)\s+"
    r"(?:dead|to\s+death)|found\s+(?:murdered|slain|beheaded|executed|strangled)|burn(?:ed|t)\s+alive|(?:found|discovered)\s+dead|dead|deceased|died|die|dies|perished|"
    # a doctor's or the police's word: "Seven women and three men were pronounced dead"
    # (unseen-l study: read as no death), "a boy passed away later in hospital"
    r"(?:pronounced|declared|confirmed)\s+dead|passed\s+away|"
    r"lost\s+(?:their|his|her)\s+li(?:ves|fe)|succ?umm?(?:bed|ed|bing|bs)|drowned|"
    # taken to hospital, and died there: "The victim was taken to hospital but later
    # succumbed to injuries" (acled-n study: read as wounded alone)
    r"(?:rushed|taken|admitted|evacuated)\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:hospital|clinic)[^.;]{0,60}?\s(?:but|and|where)\s+(?:(?:he|she|they)\s+)?"
    r"(?:later\s+|subsequently\s+|eventually\s+|then\s+)?(?:died|succumbed|passed\s+away)|"
    # soldiers' deaths: "12 soldiers fell in battle", "two fell in the line of duty"
    rf"{FELL_IN_BATTLE}|"
    # people only (`SET_ON_FIRE`): "four suspects were set on fire by a mob", not a bus
    r"set\s+(?:ablaze|alight|on\s+fire)|"
    # "a policeman was among those killed", "... among the dead"
    r"among\s+(?:the\s+|those\s+)?(?:dead|deceased|fatalities|killed)(?![a-z])|"
    r"among\s+those\s+who\s+(?:died|were\s+killed|lost\s+their\s+lives)|"
    # people only too: "seven villagers were burnt beyond recognition", "roasted alive"
    r"burn(?:ed|t)\s+beyond\s+recognition|roasted\s+(?:alive|to\s+death)|"
    # armies' shorthand, "3 CJTF KIA in an ambush" (not a name's "2 KIA positions")
    rf"kia{_SHORTHAND_ENDS}",
    W: rf"wounded|injured|injuried|hurt|maimed|wia{_SHORTHAND_ENDS}|"
    # "sustained injuries", "have received wounds", "suffering serious burns", "sustained
    # a bullet wound"
    # and "suffered light to moderate injuries", a range of severity
    # "others escaped with bullet wounds": they were hurt, and lived
    r"(?:sustain|suffer|receiv|reciev|escap)(?:ed|ing)\s+(?:with\s+)?(?:an?\s+)?(?:[a-z]+\s+to\s+)?"
    rf"{SEVERITY_RANGE}(?:[\w-]+\s+){{0,2}}?"
    r"(?:injuries|wounds|burns|(?<=an\s)injury|(?<=a\s)(?:[\w-]+\s+)?(?:wound|injury))|stabbed|shot\s+(?:in|at)\s+the\s+(?:leg|arm|head|chest|back|"
    r"stomach|shoulder|hand|foot|neck)|hospitali[sz]ed|(?:rushed|taken|admitted)\s+to\s+"
    r"(?:the\s+|a\s+)?hospital|"
    # "30 people are being treated at hospitals", "were treated for injuries" (not a
    # treatment the sentence says was of no wound: "treated for shock")
    r"(?:being\s+)?treated\s+(?:at|in)\s+(?:the\s+|a\s+|local\s+|nearby\s+)?(?:[\w-]+\s+)?"
    r"(?:hospitals?|clinics?|health\s+cent(?:re|er)s?)|"
    r"treated\s+for\s+(?:their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:injuries|wounds|burns)|"
    # "five individuals are currently receiving treatment for their injuries" (pairs-news-o
    # study: read as other), "undergoing treatment at a hospital"
    r"(?:receiving|undergoing)\s+(?:medical\s+)?treatment\s+(?:for\s+(?:their\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+)?(?:injuries|wounds|burns)|(?:at|in)\s+(?:the\s+|a\s+|local\s+|nearby\s+)?"
    r"(?:[\w-]+\s+)?(?:hospitals?|clinics?|health\s+cent(?:re|er)s?))|"
    # "eleven people were left in intensive care", "two remain in critical condition"
    r"(?:left|remain(?:s|ed|ing)?|admitted|placed|kept)\s+in\s+(?:an?\s+)?(?:intensive\s+care"
    r"|(?:critical|serious|grave|stable)\s+condition)|"
    # "are now in a critical condition": the copula and "in a" are auxiliaries (AUX);
    # "are receiving treatment and are in stable condition": patients, so hurt
    r"(?:critical|serious|grave|stable)\s+condition",
    # "were whisked away by fleeing bandits"
    A: r"kidnapped|abducted|taken\s+(?:into\s+)?(?:hostage|captive|captivity)|"
    r"held\s+(?:hostage|captive)|"
    # "were taken away by the bandits" (not the dead taken away by their families)
    r"taken\s+away(?=\s+by\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:gunm[ae]n|bandits?|"
    r"kidnappers?|abductors?|captors?|militants?|insurgents?|rebels?|jihadists?|terrorists?|"
    r"attackers?|assailants?|raiders?|pirates?|militia(?:men)?|gangs?)(?![\w-]))|"
    r"whisked\s+(?:away|off)(?!(?:\s+[\w’'-]+){0,3}?\s+(?:to\s+(?:safety|hospital|a\s+"
    r"(?:safe|hospital))|by\s+(?:his\s+|her\s+|their\s+)?(?:security|guards|bodyguards|aides)))",
    # "two soldiers, a police patrolman and two officials remain missing": a list's fate
    Category.MISSING: r"missing|unaccounted\s+for",
}


def _alternatives(table: dict[Category, str]) -> str:
    return "|".join(f"(?P<{c.name}>{p})" for c, p in table.items())


# A coder's quoted verb acts too: 'troops "neutralised" 12 terrorists'.
ACTIVE_RE = re.compile(rf"(?<![a-z])(?:{_alternatives(ACTIVE)})(?![a-z])[\"”]?\s+")
PASSIVE_RE = re.compile(rf"(?<![a-z])(?:{_alternatives(PASSIVE)})(?![a-z])")
