"""The phrases that name a place, as compiled patterns; `places.py` decides what they find.
Those after a preposition ("in Gao", "near Kukawa": `LOCATIVE`) are in
`locative_patterns.py`, built from the parts of a name here (`NAME`, `NAME_LIST`,
`KIND_OF`, `PLACE_WORD`).

Every pattern runs over one sentence (`pattern.finditer(text, start, end)`); the
`MAY_*` patterns are cheap scans that tell whether a costlier pattern can match.
A name is one or more capitalised words ("Gao", "North Darane", "Mocimboa da Praia").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeAlias

from workbench.extract.gazetteer import COUNTRIES, REGIONS
from workbench.extract.not_place_words import PEOPLES
from workbench.extract.not_places import COMPOUND


def literal_names(names: Iterable[str]) -> re.Pattern[str]:
    """A pattern of the names as whole words, the longest where several begin at one
    place. The alternation is a trie ("Ga(?:o|rissa)"): the engine then reads each
    character once instead of trying every name, three times faster than a flat list,
    and it starts with the names themselves, not a lookbehind, so that the engine can
    skip ahead to likely first letters."""
    return re.compile(f"(?:{trie_pattern(names)})" + r"(?![\w])")


_Trie: TypeAlias = dict[str, "_Trie"]  # each character leads to the rest; "" marks a name's end


def trie_pattern(names: Iterable[str]) -> str:
    """The names as one alternation shaped as a trie, the longer name first, built
    from the names in sorted order: the same pattern in every process (a set's order
    is not, with hash randomisation). Its branches start with different characters,
    so their order changes nothing where case counts; under IGNORECASE ("A" and "a")
    it picks one of two matches at one place the same way in every process."""
    trie: _Trie = {}
    for name in sorted(names):
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here
    return _branches(trie)


def _branches(node: _Trie) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer name first


_NOT_PLACE_WORDS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|The|A|An|This|That|These|Those|"
    "He|She|It|They|We|His|Her|Its|Their"
)
# A capitalised word; an apostrophe inside it is part of it ("A’zaz", "Ma'alot"), so a
# word above is refused whole or contracted ("A town", "I’m"), not as a name's start.
# One that ends it is a plural's or an s's possessive, not the name's: "in New Orleans’
# French Quarter" is in New Orleans (a study page's place was "New Orleans’", found
# nowhere).
_CAP = (
    rf"(?!(?:{_NOT_PLACE_WORDS})(?:['’](?:s|m|d|ll|re|ve))?(?![\w'’-]))"
    r"[A-Z](?:[\w-]|['’](?=\w)|\.(?=[A-Z]))*\.?"
)
_JOIN = r"al|el|de|du|des|da|das|do|dos|del|di|la|le|of|the"
# The Arabic article joined to the word it qualifies: "al-Nu’man", "ash-Shaddadi", "el-Arish".
_ARTICLE = r"(?:a[lnrsdtz]|ash|el|ed|es|et|ez)-"
# A French article elided before a capital joins a name too: "Petite Rivière de
# l'Artibonite", "Côte d'Ivoire"; the Arabic article opens one in lower case ("the city
# of el-Fasher", "in al-Bab").
NAME = rf"(?:{_ARTICLE})?{_CAP}(?:\s+(?:(?:{_JOIN})\s+)?(?:{_ARTICLE}|[ld]['’])?{_CAP})*"
NAME_LIST = rf"{NAME}(?:(?:,\s*|\s+and\s+|\s+to\s+){NAME})*"
# Words that say the name before them is a place: "Tamsu village", "Gwoza LGA".
PLACE_WORD = (
    r"region|province|district|area|state|county|city|town|village|department|commune|"
    r"prefecture|governorate|oblast|valley|desert|strip|LGA|woreda|kebele|zone|township|"
    r"sub-county|tehsil|upazila|municipality|locality|neighbou?rhood|settlement|territory|"
    r"(?:refugee\s+|IDP\s+|displacement\s+)?camp|local\s+government(?:\s+area)?|"
    # "on southern Basilan island" (unseen-g study: the country was given instead)
    r"island"
)
# "Territory" capitalised only: "Irumu Territory" (DR Congo), not "rebel-held territory"
# "Yinmabin Township has received 2,400 new arrivals" (trial 70b: no place), "Hangu
# Tehsil", "Ukhia Upazila", "Kathmandu Municipality"
_TITLED_PLACE_WORD = (
    r"State|Province|Region|District|County|Governorate|Woreda|Zone|Camp|Territory|Island|"
    r"Township|Tehsil|Upazila|Municipality|Prefecture"
)
# "the village of", "the northern Malian town of", "the rebel stronghold of".
_KIND = (
    r"village|town|city|hamlet|settlement|district|region|province|state|county|commune|"
    r"municipality|locality|area|neighbou?rhood|suburb|island|port|capital|camp|community|"
    r"enclave|stronghold|outpost|oasis|sub-county|township|prefecture|governorate|department|"
    r"countryside|villages|towns|districts"  # "the villages of X and Y"
)
# The kinds of place "of X" names X itself after a region's name: "the West Bank city of
# Jenin" is Jenin, but "the Laleli district of Istanbul" is Laleli district.
_KIND_WORDS = r"village|town|city|hamlet|settlement"
_REGION_NAMES = trie_pattern({*(n for c in COUNTRIES for n in (c.name, *c.aliases)), *REGIONS})
_ADJECTIVES = trie_pattern({*(d for c in COUNTRIES for d in c.demonyms), *PEOPLES})
# The last word of a sea's, a coast's or a valley's name.
_FEATURES = (
    r"Sea|Gulf|Coast|Valley|Delta|Lakes?|River|Basin|Hills|Mountains|Highlands|Plateau|"
    r"Desert|Peninsula|Strait"
)
# Words between "the" and a place kind: "the northern Malian town of", not "the Gao region of".
_BETWEEN = (
    r"(?:(?!(?:of|in|on|at|for|from|to|by|with|and|or)\b)[a-z][\w-]*\s+|(?:"
    + _ADJECTIVES
    + rf")\s+|[A-Z][\w'’]*{COMPOUND}\s+"  # "the Tuareg-held town of"
    # a proper adjective the gazetteer may not list: "the central Somalian city of"
    r"|[A-Z][a-z]+(?:ian|ese|ish)\s+"
    # "the Kurdish-majority city of", "the Kenya-Somalia border town of", and a known
    # region's or country's name before a town or a city ("the West Bank city of Jenin",
    # "the northeast Nigeria city of Yola"); not a name the gazetteer does not know: in
    # "the Laleli district of Istanbul", "the Delol town of Gujarat" that is the place
    r"|[A-Z][a-z]+-[a-z]+\s+"
    rf"|[A-Z][a-z]+-[A-Z][a-z]+\s+(?=(?:[a-z]+\s+){{0,2}}(?:{_KIND_WORDS})\s+of\s)"
    rf"|(?:{_REGION_NAMES})\s+(?=(?:[a-z]+\s+){{0,2}}(?:{_KIND_WORDS})\s+of\s+(?:the\s+)?"
    rf"(?!(?:{_REGION_NAMES})\b)[A-Z])"
    # a sea's, a coast's or a valley's name before the kind: "the Black Sea port city of
    # Odesa", "the Rift Valley town of Naivasha" (pairs-news-i study)
    rf"|(?:[A-Z][\w'’-]+\s+){{1,2}}(?:{_FEATURES})\s+(?=(?:[a-z]+\s+){{0,2}}(?:{_KIND_WORDS}|port)"
    r"\s+of\s+[A-Z])"
    r")"
)
KIND_OF = rf"(?:{_BETWEEN}{{0,3}}?(?:{_KIND})\s+of\s+)"
# What is done to a place: "the attack on X", "the siege of X", "the battle for X".
_TARGET = (
    r"(?:(?:attacks?|assaults?|raids?|offensive|strikes?|airstrikes?|air\s+strikes?|"
    r"drone\s+strikes?|onslaught|advance|march|incursions?|bombardments?|bombings?|shelling)\s+on|"
    r"(?:siege|shelling|bombing|bombardment|invasion|occupation|recapture|encirclement|"
    r"battle)\s+of|(?:battle|fight|fighting|struggle)\s+for)"
)
# What may follow "the attack on X" for X to be a place: not a noun ("attacks on Megafon
# towers" and "the attack on the Askariya shrine" name no place).
_TARGET_END = (
    r"(?=\s*(?:[,.;:)]|$)|\s+[-–—]\s|\s+(?:in|on|at|near|by|from|of|for|with|to|and|or|but|as|after|"
    r"before|during|since|which|that|where|when|while|killing|leaving|left|was|were|is|are|"
    r"has|have|had|will|would|[a-z]+ed|"
    # a headline's present: "Raid on Jenin kills 4", "Attack on Kano leaves 9 dead"
    r"kills|leaves|claims|injures|wounds)\b"
    # a town's own part or landmark: "the shelling of El Fasher's main market"
    r"|['’]s\s+(?:[a-z]+\s+)?(?:market|hospital|airport|outskirts|suburbs?|districts?|"
    r"neighbou?rhoods?|streets|camps?|prison|port|cent(?:re|er)|university|stadium|"
    r"cemetery)\b"
    # or the place's landmark told after its name: "a raid on Kano market"
    r"|\s+(?:main\s+|central\s+)?(?:market|hospital|airport|prison|mosque|church|school|"
    r"bus\s+station|motor\s+park)\b)"
)
# A verb whose object is the place struck, named in one word: "Al Shabaab attacks
# Mandera, killing four", "the attack which targeted al-Qamishli yesterday". One word
# only: a person's name ("attacked John Okafor") has two.
_STRUCK = (
    r"targeted|targeting|targets|attacked|attacking|attacks|stormed|storming|storms|struck|"
    r"rocked|rocks|shook|overran|overrunning|bombed|bombing|shelled|shelling|shells|raided"
)
_PLACES_STRUCK = (
    r"shelled|shelling|shells|bombed|bombing|raided|stormed|storming|overran|rocked|shook"
)
_STRUCK_END = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|near|with|and|killing|leaving|yesterday|today|"
    r"overnight|early|late|last|this)\b)"
)
# A town's own landmark names the town: "the central market of El Fasher", "the airport
# of Kismayo"; not a hospital, a mosque or a prison, which an organisation or a person
# may own ("the hospital of Médecins Sans Frontières", "the mosque of Sheikh Ali").
_LANDMARK = r"market|airport|cemetery|stadium"
# The words one of OF_PLACE's phrases needs: a target, a kind of place or a verb of striking.
NAME_A_KIND_WORDS = frozenset(
    (
        *_LANDMARK.split("|"),
        *_STRUCK.split("|"),
        *"hometown home birthplace native".split(),  # "Zelenskiy's hometown of Kryvyi Rih"
        *"attack attacks assault assaults raid raids offensive strike strikes airstrike "
        "airstrikes onslaught advance march incursion incursions siege shelling bombing "
        "bombardment invasion bombings bombardments occupation recapture encirclement battle "
        "fight fighting struggle".split(),
        *_KIND.replace("neighbou?rhood", "neighbourhood|neighborhood")
        .replace("sub-", "")
        .split("|"),
    )
)
# The words an OF_PLACE match starts with.
OF_PLACE_FIRST = frozenset(
    _STRUCK.split("|")
    + "hometown home birthplace native ".split()
    + "the attack attacks assault assaults raid raids offensive strike strikes airstrike "
    "airstrikes air drone onslaught advance march incursion incursions siege shelling bombing "
    "bombings bombardments bombardment invasion occupation recapture encirclement battle "
    "fight fighting struggle".split()
)
# Where "a village called X" may stand too: tried only in a sentence that says "called",
# "named" or "known" (an "a" is in most sentences).
OF_PLACE_CALLED_FIRST = frozenset((*OF_PLACE_FIRST, "a", "an"))
CALLED_WORDS = ("called", "named", "known")
# Places named without a preposition: "the village of X", "the attack on X".
OF_PLACE = re.compile(
    r"\b(?:(?i:"
    + _TARGET
    + r")\s+(?:the\s+"
    + KIND_OF
    + r"(?:the\s+)?(?P<kname>"
    + NAME
    + r")|(?:the\s+)?(?P<tname>"
    + NAME
    + r")"
    + _TARGET_END
    + r")"
    + r"|(?i:the)\s+"  # a sentence's first word too: "The village of Kiwanja was ..."
    + KIND_OF
    + r"(?:the\s+)?(?P<name>"
    + NAME
    + r")"
    + rf"|the\s+(?:[a-z]+\s+){{0,2}}?(?:{_LANDMARK})\s+of\s+(?!the\b)(?P<mname>"
    + NAME
    + r")"
    + rf"|(?i:{_STRUCK})\s+(?P<vname>(?:{_ARTICLE})?{_CAP})"
    + _STRUCK_END
    # a place of two or three words after a verb only places take: "shelled El Fasher"
    # (not "attacked John Okafor")
    + rf"|(?i:{_PLACES_STRUCK})\s+(?P<vlong>{_CAP}(?:\s+{_CAP}){{1,2}})"
    + _STRUCK_END
    # or after any verb of striking, ending on a word for a kind of place: "jets struck
    # Tirah Valley", "gunmen attacked Kukawa District"
    + rf"|(?i:{_STRUCK})\s+(?P<vkind>{_CAP}(?:\s+{_CAP})?\s+(?i:{PLACE_WORD}))"
    + _STRUCK_END
    # "Zelenskiy's hometown of Kryvyi Rih", "his native village of Kuje"
    + r"|(?i:hometown|home\s+town|birthplace|native\s+(?:town|village|city))\s+of\s+"
    + rf"(?P<hname>{NAME})"
    # "a village called Kirawa", "a small town known as Bama"
    + r"|(?:an?|the)\s+"
    + _BETWEEN
    + r"{0,3}?(?:"
    + _KIND
    + r")\s+(?:called|named|known\s+(?:locally\s+)?as)\s+(?P<cname>"
    + NAME
    + r")"
    + r")"
)
# "Kukawa district", "Gwoza LGA", "Kano State", "Zamzam camp".
# The words SUFFIXED needs after a name: a word for a kind of place.
SUFFIX_WORDS = frozenset(
    "region province district area state county city town village department commune "
    "prefecture governorate oblast valley desert strip lga woreda kebele zone township "
    "tehsil upazila municipality locality neighbourhood neighborhood settlement camp "
    "territory local island".split()
)
# Their plurals, which end a list of names: "Kanam and Wase districts", "two LGAs"
SUFFIX_WORDS |= frozenset(
    f"{w[:-1]}ies" if w.endswith("y") else f"{w}s" for w in SUFFIX_WORDS if w != "local"
)
SUFFIXED = re.compile(
    r"(?<![\w-])(?P<head>"
    + NAME
    + r")(?P<word>\s+(?:"
    + PLACE_WORD
    + "|"
    + _TITLED_PLACE_WORD
    + r"|Local\s+Government\s+Area)(?=s?\b))"  # a plural's "s" left out: PLURAL_AFTER
)
# "X, the largest camp in Sudan": the place is X, Sudan only says where X is.
MAY_BE_APPOSITION = re.compile(r",\s+(?:the|a|an)\s")
APPOSITION = re.compile(
    r"(?<![\w-])(?P<name>" + NAME + r"),\s+(?:the|a|an)\s+" + _BETWEEN + r"{0,4}?"
    r"(?:camp|town|village|city|hamlet|settlement|district|region|province|county|locality|"
    r"area|stronghold|hub|crossing|oasis|neighbou?rhood|suburb|commune|municipality|island|capital|"
    r"port|enclave|base)(?=\s+(?:in|near|outside|on|of|north|south|east|west|close)\b|[,.;)])"
    r"(?:\s+(?:in|near|outside|on|of|(?:north|south|east|west)\w*\s+of|close\s+to)"
    r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    + NAME
    + r"(?:['’]s\s+"
    + NAME
    + r")?(?:,\s+"
    + NAME
    + r"(?=[,.;)]))?)?"
)
REFERENCE = re.compile(
    r"\b(?i:in|inside|across|throughout|within|into|fled|left|leave|out\s+of|around)\s+"
    r"(?i:the\s+(?:(?:town|city)\s+)?(?:cent(?:re|er)|heart)\s+of\s+)?"  # "in the heart of"
    r"(?:the\s+(?:(?P<dem>[A-Z][a-z]+)\s+)?"  # "in the Kenyan capital"
    r"|(?P<bare>[A-Z][a-z]+)\s+(?=capital\b)"  # a headline's "in Syrian capital"
    r"|(?P<owner>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+)"  # "in Bangladesh's capital"
    # "the capital of Somalia" (a country's, `ofc`), not "the capital of Borno State"
    r"(?P<ref>country|capital)\b(?:\s+of\s+(?P<ofc>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b)?"
    # not "the capital, Kabul" (no country named): the name after it is the place (a
    # trial's Kabul read as the capital of the United States its headline named)
    r"(?!\s+of\s)(?(owner)|(?(dem)|(?(bare)|(?!(?<=capital)\s*,\s+[A-Z][a-z]))))"
)
REFERENCE_FIRST = frozenset(
    "in inside across throughout within into fled left leave out around".split()
)
SOIL = re.compile(r"\b(?i:on|in|into|onto)\s+(?P<dem>[A-Z][a-z]+)\s+(?:soil|territory)\b")
ORIGIN = re.compile(
    r"(?<!km\s)(?<!kms\s)(?<!miles\s)(?<!metres\s)(?<!meters\s)(?<!away\s)\b(?i:from)\s+(?:the\s+(?:"
    + KIND_OF
    + r"(?:the\s+)?)?)?"  # "from the town of X", "from the UAE"
    # "firing missiles from the temporarily occupied Crimea", "from rebel-held Idlib"
    + r"(?:(?:[a-z]+ly\s+)?(?:occupied|annexed|[a-z]+-(?:held|controlled"
    + r"|occupied))\s+)?"
    + NAME_LIST
)
_ORG_WORDS = (
    r"Department|Ministry|Council|Office|Agency|Center|Centre|Committee|Commission|Party|"
    r"Army|Forces|Times|Post|Journal|News|Mail|Press|Institute|Foundation|University|Bank|"
    r"Company|Group|Front|Movement|Organi[sz]ation|Cartel|Brigades?|Battalion|Militia|Corps|"
    r"Network|Alliance|Coalition|League|Association|Programme|Fund|Crescent|Watch|Observatory|"
    r"Tribune|Herald|Gazette|Guardian|Monitor|Radio|Television|Airways|Airlines|"
    r"Administration|Authority|Service|Command|Embassy|Consulate|Commissioner"
)
ORG_TAIL = re.compile(rf"\b(?:{_ORG_WORDS})\b")
# A name that goes on into an organisation's: "the Donetsk Oblast| State Administration",
# "the Kenya| Wildlife Service".
ORG_AFTER = re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,3}}?\s+(?:{_ORG_WORDS})\b")
# A place attached to a noun after "a": "at a Potiskum market", "in a New York train
# station", "outside a Kabul checkpoint". The name is the place; the noun says where in
# it. Nouns a denomination or a brand qualifies as often ("an Orthodox church", "a
# Hilton hotel") are left out. An attack's verb attaches it as well: "bombers attacked a
# Madagali motor park", "gunmen raided a Gwoza market".
_ATTACKED = "attack struck strike hit target raid bomb storm".split()
ATTRIBUTIVE_FIRST = frozenset(
    ["in", "at", "near", "outside", "inside", "struck", "hit", "hits"]
    + [f"{verb}{end}" for verb in _ATTACKED for end in ("", "s", "ed", "ing")]
)
ATTRIBUTIVE = re.compile(
    r"\b(?i:in|at|near|outside|inside|struck|hits?|"
    r"(?:attack|strike|target|raid|bomb|storm)(?:s|ed|ing)?)\s+"
    r"an?\s+(?:busy\s+|crowded\s+|packed\s+|local\s+)?"
    r"(?P<name>"
    + NAME
    + r")\s+(?:[a-z-]+\s+){0,2}?(?:station|market|bazaar|motor\s+park|bus\s+(?:stop|terminal)|"
    r"checkpoint|neighbou?rhood|suburb|street|road|highway|quarry|prison|stadium|square|"
    r"airport)s?\b"
)
# What ends with a name in an organisation's own: "the Popular Front for the Liberation of
# (Palestine)", "the Central Bank of (Kenya)"; not "the Ministry of Defence in (Kabul)".
ORG_BEFORE = re.compile(
    rf"\b(?:{_ORG_WORDS})\b(?:\s+(?:for|of|the|and)|\s+[A-Z][\w'’-]*)*\s+(?:of|for)\s+(?:the\s+)?$"
)
# The rest of a name with "of" in it: "the Democratic Republic| of the Congo".
OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
# The rest of a name that holds "and" ("Jammu and Kashmir", "Bosnia and Herzegovina"),
# a possessive's place after it ("Jammu and Kashmir's Pulwama district"): the part
# before the possessive is tried as a known name
AND_TAIL = re.compile(
    r"\s+and\s+(?P<rest>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
    r"(?P<owned>['’]s\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:" + PLACE_WORD + r")\b)?)?"
)
# A place a country or region owns, a word for a place after it: "Ukraine's Kramatorsk
# railway station", "Borno's Gwoza district" (not "Ukraine's Zelensky said").
OWNED_PLACE = re.compile(
    r"['’]s\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s+(?:(?:railway|train|bus)\s+)?"
    r"(?:station|city|town|village|district|region|province|oblast|port|airport|market|"
    r"mosque|church|hospital|school|camp|base|area|county|state|neighbou?rhood)\b)"
)
# A list of names that share one plural place word: "Kanam and Wase local government
# areas", "Hangu, Kohat and Karak districts". SUFFIXED finds only the last name with
# the word; LISTED_BEFORE finds the names before it (searched up to the last name's
# start), PLURAL_AFTER the plural after the word.
LISTED_BEFORE = re.compile(rf"(?<![\w-])(?P<first>{NAME})(?:,\s*{NAME})*,?\s+and\s+$")
PLURAL_AFTER = re.compile(r"(?:s|\s+[Aa]reas)\b")

# A place named as a kind of its owner's: "Mozambique's northern province of Cabo
# Delgado", "Yemen's city of Taiz", "Darfur's capital, El Fasher", "Haiti's capital
# Port-au-Prince" (matched after the owner's name and its "'s").
# A place a suffixed name owns: "in Borno state's Gwoza local government area".
SUFFIX_OWNED = re.compile(rf"['’]s\s+(?P<name>{NAME})(?=\s+(?:{PLACE_WORD})\b)")
# The same named before its kind, a side of the owner between: "Nigeria's northeastern
# Borno state", "Congo's eastern Beni territory", "Pakistan's northwestern Khyber
# Pakhtunkhwa province".
OWNED_NAMED_KIND = re.compile(
    r"\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west|central|far)(?:ern)?\s+"
    # or another word that describes it: "South Sudan's troubled Jonglei state"
    r"|[a-z][\w-]*\s+)"
    rf"(?P<name>{NAME})(?=\s+(?:{_KIND}|territory)\b)"
)
OWNED_KIND_OF = re.compile(
    rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_KIND})(?:\s+of\s+(?:the\s+)?|\s*,\s*"
    # "Haiti's capital Port-au-Prince", "Pakistan's largest city Karachi": no comma
    r"|(?:(?<=capital)|(?<=city))\s+)"
    rf"(?P<name>{NAME})"
)
