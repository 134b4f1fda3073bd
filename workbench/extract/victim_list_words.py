"""The words of a list of victims, for `victim_lists.py`, `victim_nouns.py` and
`victim_backs.py`: what joins two items, what opens or ends one, what stands between
a passive's subject and its verb, the words no noun phrase holds, and the phrases a
gapped count shares ("killed 12 in Akida and nine others in Mbuta"). The words of
the casualty predicates themselves are in `victim_words.py`. Every list is data:
extend it where real text demands.
"""

from __future__ import annotations

import re

from workbench.extract.fate_words import SEVERITY_RANGE
from workbench.extract.not_quantities import UNIT_ABBREVIATIONS

# The victims said again by a pronoun: "killing them", "executed all of them".
THEM = re.compile(r"(?:(?:all|both)\s+of\s+)?them(?![a-z])|(?:only\s+)?themselves(?![a-z])")
# A group counted by the number after it: "a family of three", "a group of 12 miners".
GROUP_OF = re.compile(
    r"(?:a|an|one|the)\s+(?:(?:entire|whole)\s+)?(?:family|group|band|party)\s+of\s+",
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
# A counted item's "of" phrase naming a body, then "and" a second body: "Three activists
# of the Awami League and the Chhatra League", "two activists of Jamaat and Jubo Dal"
# (South Asian notes): members of both, no second item. The second is a body where it
# takes "the" or ends on a body's word; "and Abdul Karim" is a person, another item.
OF_BODY_END = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}$")
_BODY_WORDS = (
    r"League|Party|Dal|Front|Movement|Council|Union|Congress|Army|Group|Brigades?|Forces|"
    r"Shibir|Islami|Committee|Association|Alliance|Federation|Organi[sz]ation|Militia|"
    r"Guards?|Police|Corps|Battalion|Regiment|Network|Coalition|Jamaat|League's"
)
AND_BODY = re.compile(
    r"\s+and\s+(?:the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|"
    rf"(?:[A-Z][\w’'-]*\s+){{0,3}}(?:{_BODY_WORDS}))(?![\w’'-])"
)
JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+|(?:along|together)\s+with\s+|alongside\s+)?|"
    r"and\s+|&\s+|as\s+well\s+as\s+|plus\s+|along\s+with\s+|together\s+with\s+|alongside\s+|"
    r"in\s+addition\s+to\s+|"
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
    # "killed a combined 30 people", "a whopping 30": a sum's or a stress's article
    r"(?:an?\s+(?:additional|further|total\s+of|combined(?:\s+total\s+of)?|estimated|reported"
    r"|confirmed|whopping|staggering|mere|record)|another|the\s+other|all|"
    r"a\s+number\s+of|at\s+least|more\s+than|over|up\s+to|nearly|almost|about|some|"
    r"around|approximately|roughly|as\s+many\s+as)\s+",
    re.IGNORECASE,
)
# "another" alone as a person: before a clause's end, its place or time ("killing him and
# another before escaping", acled-nigeria study: one).
ANOTHER = re.compile(
    r"(another|one\s+other|the\s+other)(?=\s*(?:[,.;:)]|and\b|in\b|at\b|to\s+death|dead\b|"
    r"alive\b|(?:before|after|while|when|during|near|on|outside|overnight|who)\b|$))",
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
# A comma may close a relative clause or a participle phrase opened without one: "A
# Lebanese national who worked for a firm in Baghdad, was killed", "An Afghan accused
# of working with the troops, was stabbed to death".
# Not one that goes on into what its subject says: in "A resident who searched the area
# said 102 were killed" the 102 were killed, not the resident.
RELATIVE = re.compile(
    r"\s+(?:who|that)\s+(?![^,;]*?(?:kill|dead|died))"
    r"(?![^,;]*?(?:\b(?:said|says|reported|claimed|added|stated)\s+(?:that\s+)?(?:\d|at\s+least\b|"
    r"about\b|some\b|nearly\b|over\b|more\b|(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|dozens|hundreds|scores)\b)|\btold\b[^,;]{0,30}?\bthat\b))[^,;]{1,100}?,?\s*"
    r"|\s+(?:accused|suspected|believed|known|wanted|employed|working|described|identified|"
    r"travell?ing|based|stationed)\s(?![^,;]*?(?:kill|dead|died))[^,;]{1,100}?,\s*"
    r"|\s*,\s+who\s+(?![^;]*?(?:kill|dead|died))[^;]{1,160}?,\s*"
    r"|\s*,\s+who\s+(?:(?!kill|dead|died|death|who\b|which\b|that\b)[^,;]){1,80}"
    # closed by its comma, or holding a verb of its own ("Two guards, whose post stood by
    # the gate were shot"): in "A resident, whose son was abducted, said" the verb after
    # "whose son" is the son's fate, not the resident's
    r"|\s*,\s+whose\s+(?:(?!kill|dead|died|death|who\b|which\b|that\b)[^,;]){1,80},\s*"
    r"|\s*,\s+whose\s+(?=(?:(?!\b(?:was|were|is|are|been)\b)[^,;])*?"
    r"\b(?:had|has|have|stood|lay|ran|[a-z]+ed)\s)"
    r"(?:(?!kill|dead|died|death|who\b|which\b|that\b)[^,;]){1,80}"
)
AND_KIN = re.compile(r",\s+and\s+((?:his|her|their)\s+(\w+)),?\s*$")
NAME_DESCRIBED = re.compile(
    r"(?<![\w’'-])(?<!\d\s)(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|The|A|An)\s)"
    + NOT_A_NAME
    + r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+),\s+"
    # or a relative clause that tells no death of its own: "Nur Ishaq Iley, who attended
    # the elections, was killed"
    r"(?:an?|the|who(?=\s)(?![^,;]*?(?:kill|dead|died|death))|"
    # (not a part of a count: "2 Al Shabaab, including a senior commander, were")
    r"(?!(?:which|who|whose|where|when|that|including|among|mostly|mainly)\s)[a-z][\w-]*)"
    r"\s[^;:]{0,150}?,\s*$"
)
# A saying verb after an item, or after the name it is the title of: "..., a local
# official said", "..., the council's chairman, Musa Bello, told AFP".
SPEAKER_NEXT = re.compile(
    # "..., a spokesman, Ali Musa, said"; or the rest of a long name ("..., World Health
    # Organization chief Tedros Adhanom Ghebreyesus said": an item holds two of its words)
    r"(?:,\s+(?-i:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),|(?:\s+(?-i:[A-Z][\w’'-]+)){1,3})?"
    # whom the speaker serves: "wounded 47 others, a spokesperson for the group said"
    # (pairs-news-m study: a 48th wounded, the spokesperson)
    r"(?:\s+(?:for|of|at|with|from)\s+(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)?"
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
    r"kidnapped|abducted|arrested|missing|captured|hurt|fled|displaced|"
    # "... killed three farmers and two farmers sustained injuries"
    r"(?:sustained|suffered|received|recieved)\s+"
    + SEVERITY_RANGE
    + r"(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|wounds?|burns))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# "injuring ten, two critically": a breakdown, not more victims
BREAKDOWN = re.compile(r"\s+[a-z]+ly(?=\s*(?:[,.;)]|and\b|$))")
ORDINAL_ONE = re.compile(
    r"(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?=\s+(?:was|is|has|had|died|person|man|woman|victim|later)\b|\s*$)",
    re.IGNORECASE,
)
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
    "among amongst along alongside together respectively plus each both while whom whose where "
    "around also "
    "inside outside behind beside besides between toward towards through throughout amid "
    "amidst within without against about upon off out via per onto past despite near "
    "yesterday today tonight overnight "  # "killed 12 farmers yesterday"
    # a day or a reason after the head: "shot dead a headman Wednesday night", "killed a
    # young man because he refused"
    "monday tuesday wednesday thursday friday saturday sunday "
    "because although though unless until whereas".split()
)
ANIMALS = frozenset(
    "goat goats cow cows ox oxen oxes sheeps bull bulls camel camels dog dogs donkey donkeys horse "
    "horses sheep cattle livestock mule mules pig pigs chicken chickens elephant elephants lion "
    "lions animal animals calf calves hippo hippos rhino rhinos birds bird creature creatures mink "
    "foxes fox poultry".split()
)
MAX_MODIFIERS = 6
NEAR_VERB = 8  # tokens before a passive where a bare noun may start its subject
MAX_BACK = 32  # tokens searched back for the victims of a passive (brackets and marks count)
BRACKET = re.compile(r"\s*\([^()]{1,60}\)")
# "of" in a noun phrase: "members of the special forces", "five members of one family"
OF = re.compile(r"\s+of\s+(?:the\s+same\s+|the\s+|an?\s+|one\s+)?")
# ", 45," or ", a student leader," between the victims and their verb, perhaps with
# a participle phrase after it ("Two men, both Iraqi citizens, working for CNN")
# An apposition between the victims and their verb: ", brothers from Tinka," or set off
# by dashes, closed by a dash or (a slip) a comma: "A man - Ali of Kano, was".
_SET_OFF = r"\s*(?:,(?:[^,;]{1,60},)?|\s[-–—]\s(?:[^;–—]{1,60}?(?:,|\s[-–—]))?)"
# Before an auxiliary, a participle phrase with no comma at all may close the list:
# "An engineer, a guard and two men working on the project were killed".
# (no preposition in -ing, no clause, no count and no second item inside it).
_BARE_PARTICIPLE = (
    r"\s+(?!(?:during|including|according|following|regarding|concerning|missing|being|"
    r"having|excluding|involving|pending)\b)[a-z]+ing\b"
    r"(?:(?!\b(?:and|or|which|who|whom|that|where|when|while|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\b|\d)[^,;()]){0,60}?\s*"
)
# After an apposition, where the victim was ("A police officer, General X, in Baghdad
# was killed").
_WHERE = r"(?:\s+(?:in|at|near|from)\s+[A-Z][^,;]{0,40}?)?"
# A participle phrase that counts people of its own is no apposition of the victims
# before it: "attacked the home of a chief, leaving two dead" (the two are dead).
_OWN_COUNT = (
    r"(?!\s(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|"
    r"scores|hundreds|\d+)(?![\w-]))"
)
APPOSITION = re.compile(
    rf"{_SET_OFF}{_WHERE}(?:\s+[a-z]+(?:ing|ed)\b(?:{_OWN_COUNT}[^,;]){{0,60}}?)?\s*"
    rf"|{_BARE_PARTICIPLE}"
)
# The same before a bare participle, whose unclosed participle phrase names no one of
# its own: not "Hundreds blocked roads, demanding justice for a trader killed" (the
# trader is the participle's), where "X, a guard, switched off the light and was
# killed" shares its subject over the phrase.
APPOSITION_BARE = re.compile(
    rf"{_SET_OFF}(?:\s+[a-z]+(?:ing|ed)\b(?:(?!\s(?:a|an|the|one|his|her|their)\s){_OWN_COUNT}"
    r"[^,;]){0,60}?)?\s*"
)
# An auxiliary after a passive's subject: its verb is no bare participle.
AUX_NEXT = re.compile(r"\s*(?:was|were|is|are|has|have|had|been)\b")
HYPHENATED = re.compile(r"\d+-[a-z]|\d+(?:st|nd|rd|th)$")  # "14-year-old", "a 9th class student"
# What may stand between the victims and a passive verb: no clause, no number.
GAP = re.compile(
    r"(?:\s+(?!(?:when|where|which|who|whom|that|while|after|before|because|as|and|but|or|said|"
    r"says|say|told|reported|claimed|were|was|are|is)\b)[\w’'-]+|\s*\([^()]{1,40}\)){1,12}\s*",
    re.IGNORECASE,
)
# A unit's number, a name and no count: "(LIB) No. 105", "LIB 123", "503 LIB"
_UNIT_NUMBER = (
    rf"(?:(?:[Nn]o\.|[Nn]r\.|#)\s?\d+|(?:{UNIT_ABBREVIATIONS})[\s-]\d+"
    rf"|\d+(?:st|nd|rd|th)?(?=\s(?:{UNIT_ABBREVIATIONS})\b))"
)
# after a victim's head, up to the verb: "a deputy commander of Battalion No. 105 was"
UNIT_NUMBER_AFTER = re.compile(rf"\s*(?:\([A-Z]{{2,5}}\)\s*)?{_UNIT_NUMBER}\s*")
# A phrase after the victims' head, up to their verb: "belonging to the banned X",
# "of the Students Front (SF)", "from the division of Military Affairs".
_MODIFIER_WORD = (
    rf"(?:{_UNIT_NUMBER}\s*|"
    r"(?!(?:when|where|which|who|whom|that|while|after|before|because|as|but|or|to|said|"
    r"says|told|reported|claimed|were|was|are|is|and(?!\s+[A-Z])|[a-z]+ing|\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|he|she|they|it)\b)(?:[\w][\w’'./-]*(?![\w’'./-])|"
    r"\([^()]{1,40}\))\s*)"
)
# A share of people held, then their fate: "3 of the 17 men arrested on Monday died"
# (acled-v study: the 17 read as dead). The share's words, the participle after the
# whole's noun, and the whole's number right after "of the".
SHARE_OF = re.compile(r"[\w-]+\s+of\s+(?:the|those)\s+[\d,]+\s")
HELD_AFTER = re.compile(
    r"\s+(?:arrested|detained|held|captured|seized|rescued)"
    rf"(?:\s+{_MODIFIER_WORD}{{1,6}})?,?\s*"
)
WHOLE_OF_SHARE = re.compile(r"[\w-]+\s+of\s+(?:the|those)\s+$")
MODIFIER = re.compile(
    r"\s+(?:of(?!\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))|"
    # "an employee of one of the hotels", "a guard at one of the banks": whose the
    # person is (session 78: the tourist of "A tourist and an employee of one of the
    # hotels were killed" left out)
    r"(?:of|at|from|in)\s+one\s+of(?=\s+(?:the|its|their|his|her)\s)|"
    # "five people from one family were killed"
    r"from(?:\s+one(?=\s+(?:family|household|clan|compound)\b))?|"
    r"(?:belonging|affiliated|loyal|linked|attached|assigned|posted|deployed)\s+to|"
    # "three soldiers backed by the United Arab Emirates were killed"
    r"(?:backed|supported|led|funded|trained|sponsored|hired|employed|commanded)\s+by|"
    r"affiliated\s+with|with|for|in|at|on|near|"
    rf"under)\s+{_MODIFIER_WORD}{{1,10}}(?:,\s*{_MODIFIER_WORD}{{1,8}})?,?\s*"
)
# A preposition that opens a scene, not a victim: "In a separate encounter, three ..."
# The part of a count told before opens here: "26 were killed, including six women
# and four children, and seven people were wounded" (the women are of the 26, not the
# first of the wounded).
PART_BEFORE = re.compile(
    r"(?<![\w-])(?:including|among\s+(?:them|whom)|of\s+whom|mostly|mainly)\s+$", re.IGNORECASE
)
PART_CLOSES = re.compile(r"[,;)\]—–]")  # where such a part ends
# "Inside one of the classrooms, nine pupils were killed": the site is no victim.
SCENE_BEFORE = re.compile(
    r"(?<![\w-])(?:in|during|amid|inside|outside|within|near|behind|beside|across|throughout|at)"
    r"\s+$",
    re.IGNORECASE,
)
# A count after an agent's "by" or a fate verb's object is no passive's subject: "The
# attack was carried out by 30 assailants, and at least four people were injured",
# "Police arrested 20 suspects and six people were hurt" (unseen-l study: 30 wounded).
OBJECT_BEFORE = re.compile(
    # not the fate's noun ("Of the arrested ten were killed") nor a passive's participle
    # ("a child was arrested nine ..."); a fate verb's objects are `told_before`'s
    # "reports received from the District Police Officer Bajaur, 16 persons were
    # martyred" (trial 72b: the officer read as one dead): whom a report came from
    r"(?<![\w-])(?<!the\s)(?<!was\s)(?<!were\s)(?<!been\s)(?:by|(?:received|obtained)\s+from|"
    r"arrest(?:ed|ing|s)|"
    r"detain(?:ed|ing|s)|seiz(?:ed|ing|es)|captur(?:ed|ing|es)|rescu(?:ed|ing|es)|"
    r"deploy(?:ed|ing|s))\s+"
    r"(?:(?:at\s+least|some|about|around|nearly|over|more\s+than|up\s+to)\s+)?"
    r"(?:(?:an?|the)\s+)?$",
    re.IGNORECASE,
)
# A figure a rising toll reaches is the toll's, not the first of a passive's subjects:
# "Toll Rises to Seven, 70 Injured" (seven dead, 70 injured).
TOLL_REACHES = re.compile(
    r"(?<![\w-])(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|reached|reaches|"
    r"soared|soars|increased|increases)\s+(?:to|at)\s+$",
    re.IGNORECASE,
)
# A range of no noun closed by a comma: "numbers between 35 and 43, and 6 seriously
# injured" (a trial read 35 to 43 wounded): the range counts what the sentence spoke of
# before, not the list's noun after the comma.
BARE_RANGE = re.compile(r"(?:between|from)\s+[\d,.]+\s+(?:and|to)\s+[\d,.]+\s*,", re.IGNORECASE)
PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:of|from|to|with|for|in|at|on|by)\s+$", re.IGNORECASE)
# A list that opens here is the source a figure is credited to, not a passive's subject:
# "According to a police officer, three villagers were killed".
ACCORDING_TO = re.compile(
    r"(?<![\w-])according\s+to\s+(?:(?:the|an?|his|her|their|its)\s+)?$", re.IGNORECASE
)
AGE = re.compile(r"-?years?\b|-?yrs?\b|-?y\.?o\b", re.IGNORECASE)
# A coder's short age in one word: "a 31yo man", "a 14-yo boy".
AGE_WORD = re.compile(r"\d{1,3}-?yo", re.IGNORECASE)
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
NOT_GERUNDS = frozenset(
    "ring king viking wing evening morning wedding sibling offspring ranking acting".split()
)
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
    "alive ablaze alight lay lie lies lying fell "  # "50 lay dead", "set two thieves ablaze"
    "kill kills wound wounds injure injures kidnap kidnaps abduct abducts arrest arrests "
    "were was are is "
    "raises brings takes pushes "  # "killed 49 persons raises the number of dead to 1000"
    "went "  # "Two men went missing" (acled-n study: the subject "men went")
    "".split()
)

# The phrases a gapped count shares with the count before it (victim_lists.gapped).
# "in the city of Guayaquil", "in Cuenca prison", and an aside on where that is: ", on
# the Pacific coast".
_KIND_OF_PLACE = r"(?:city|town|village|district|province|state|region|county|camp|area)"
# A word placing a named place: "in neighbouring Shinkafi", "in nearby Gwoza".
_PLACE_ADJECTIVE = (
    r"(?:(?:neighbou?ring|nearby|adjoining|adjacent|northern|southern|eastern|western|central|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
)
PLACE_PHRASE = re.compile(
    rf"\s+(?:in|at|near|on|outside|around)\s+(?:the\s+)?(?:{_KIND_OF_PLACE}\s+of\s+)?"
    rf"{_PLACE_ADJECTIVE}[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}"
    r"(?:\s+(?:village|town|city|district|area|county|state|region|province|camp|market|prison|"
    r"jail|hospital|neighbou?rhood|quarter|ward|suburb))?"
    # its day: "in Kaya on Monday, and two in Dori"
    r"(?:\s+(?:on\s+|last\s+|early\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    # an aside that places it: ", in the north,", ", north of Bobo,", ", 30 km east of Gao,"
    r"(?:,\s+(?:in|on|near|(?:(?:some|about|around)\s+)?(?:\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?"
    r"(?:north|south|east|west)[\w-]*\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=\s*,))?"
)
# The agent a predicate said once shares with a gapped count: "two people were killed by
# soldiers, and another two by police".
AGENT_PHRASE = re.compile(
    r"\s+by\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s*,?\s*(?:and|,)\s)"
)
# Others counted after one person, with the person: "and four others", "along with
# eight others" (read by `victim_named._KIN_NEXT` and `victim_lists`).
COUNTED_OTHERS = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+others\b"
# Before and after a gapped count: "and another two in Gao", "and two more by police".
GAP_LEAD = re.compile(r"(?:another|a\s+further|an\s+additional)\s+")
GAP_NOUN = re.compile(r"\s+(?:more|others|people|persons)(?![\w-])")
# What may close a gapped count that says "more" or "others" without a place of its
# own: "seven corpses at the scene and two more from a nearby hospital", "four bodies
# in the rubble and two more later in the day", "and three more." (unseen-l study:
# read as no death, or as troops).
_MORE_END = (
    # no predicate of their own after ("and three people from the town were also wounded")
    r"(?![^.;]*?(?<![\w-])(?:were|was|are|is|have|has|had)\s+(?:also\s+|later\s+)?"
    r"(?:killed|wounded|injured|hurt|abducted|kidnapped|missing|dead|taken)(?![\w-]))"
    r"(?:\s+(?:from|later|earlier|overnight|elsewhere|nearby|inside|along)(?![\w-])"
    # or the speaker after a comma ("and two more, police said"); not a clause of their
    # own ("and three others, including the governor, were injured")
    r"|\s*(?:[.;]|$|,\s+(?:[\w’'-]+\s+){0,4}?(?:said|says|told|reported|added)\b))"
)
GAP_TAIL = re.compile(
    rf"(?:{GAP_NOUN.pattern})?(?:\s+by\s|\s+(?:in|at|near|on|outside|around)\s+"
    rf"(?:the\s+{_KIND_OF_PLACE}\s+of\s+)?{_PLACE_ADJECTIVE}[A-Z])"
    rf"|\s+(?:more|others)(?![\w-]){_MORE_END}"
)
# A shared phrase of any words, before "and": "were killed in that attack and 300 more
# in reprisals"; read only where the count after it says "more" or "others" and a
# phrase of its own follows (GAP_MORE).
LOWER_PHRASE = re.compile(
    r"\s+(?:in|during|at|on|by)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?=\s*,?\s+and\s)"
)
GAP_MORE = re.compile(
    rf"{GAP_NOUN.pattern}\s+(?:in|during|at|on|by)\s|\s+(?:more|others)(?![\w-]){_MORE_END}"
)
OWN_PREDICATE = re.compile(
    r"\s*(?:were|was|are|is|have|has|had|died|killed|wounded|injured|dead|missing)\b", re.I
)
