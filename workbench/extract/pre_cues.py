"""The words of what happened said before a figure: "killed twenty-four soldiers", "the
death toll rose to 40", "put the fatalities at 56" (split from lexicon.py, which hands
them on as `PRE_CUES` and `PRE_CUE_LAST`; `cues.pre_cue` reads them)."""

from __future__ import annotations

import re

from workbench.extract import fate_words as fw
from workbench.models import Category

# What happened, said before the number: "killed twenty-four soldiers". One pattern
# with a named group a category, each ending where the number starts; the leftmost wins.
# "Those (that were) rushed to hospital were up to 46", "those killed numbered 30": the
# count after a copula (not "those killed were civilians": a count must follow).
# A part is no count of its own: "Among those killed were two children".
_THOSE = (
    r"(?<!among\s)(?<!amongst\s)(?<!of\s)(?:those|the\s+people|the\s+persons)\s+"
    r"(?:(?:who|that)\s+(?:were|was|had\s+been)\s+)?"
)
_THOSE_NUMBERED = (
    r"(?:\s+(?:so\s+far|in\s+the\s+[a-z]+|by\s+[a-z]+))?\s+(?:numbered|number|totall?ed|"
    r"stood\s+at|came\s+to|reached)"
)
_THOSE_WERE = _THOSE_NUMBERED.replace("(?:numbered", "(?:were|numbered")
_VEHICLE = (
    r"(?:bus|buses|minibus|vehicle|car|truck|lorry|tanker|van|boat|plane|aircraft|train|ship|"
    r"vessel)"
)
_PRE_CUES: list[tuple[Category, str]] = [
    (
        Category.KILLED,
        r"\b(?:killed|killing|kills|kill|massacred|massacring|executed|executing|murdered|"
        r"slew|slaughtered|shot\s+dead|(?:claimed|claiming|cost|costing)\s+(?:the\s+)?lives\s+of|"
        # the dead laid in the ground: "We buried 47 people", "residents buried 48"
        r"buried|burying|buries|bury|laid\s+to\s+rest|"
        # a side's own dead: "the army lost four soldiers", "losing 12 men" (people only)
        r"lost|losing|loses|"
        # told as a noun: "mourned the loss of seven of its fighters" (trial 75b: troops)
        r"loss\s+of|"
        r"(?:(?:death|casualty)\s+)?toll(?:\s+[\w’']+){0,8}?\s+(?:rose|risen|rises|rising|climbed|"
        r"climbs|climbing|increased|increases|jumped|jumps|reached|reaches|hits|soared|soars|surged|"
        r"stood|stands|stand|went\s+up|gone\s+up|goes\s+up)\s+(?:to|at)|"
        r"(?:(?:death|casualty)\s+)?toll(?:\s+[\w’']+){0,4}\s+(?:to|at|of)|"
        # a headline's toll that reached a figure: "Azaz bombing death toll reaches 60",
        # "Kabul blast toll hits 80" (not "hits out at")
        r"(?:(?:death|casualty)\s+)?toll(?:\s+[\w’']+){0,8}?\s+(?:reached|reaches|hits|hit)|"
        # a toll that may pass its figure ("the death toll could exceed 70": the figure's
        # "exceed" a qualifier of its own, qualifiers.py)
        r"(?:(?:death|casualty)\s+)?toll(?:\s+[\w’']+){0,3}?\s+(?:could|may|might|will|would)|"
        r"number\s+of\s+(?:the\s+)?(?:dead|deaths)(?:\s+[\w’']+){0,3}?\s+"
        r"(?:could|may|might|will|would)|"
        # "revised the death toll in a massacre in the highlands to 26"
        r"(?:revised|raised|lowered|updated|corrected|put|puts|brought)\s+(?:the|its|their)\s+"
        # (not past another count: "put the death toll at four and the number of injured at")
        r"(?:(?:death|casualty)\s+)?toll(?:\s+(?!number\b)[\w’'-]+){0,8}?\s+(?:to|at)|"
        # "those killed numbered about 30" (not "Those killed were three children", who
        # a total told before breaks down)
        rf"{_THOSE}(?:killed|dead){_THOSE_NUMBERED}|"
        r"(?:fatalities|deaths|dead|killed|death\s+toll)\s*[:=]\s*|"
        # "the number of persons killed in al-Jinah massacre to 46"
        r"number\s+of\s+(?:dead|deaths|(?:people|persons|civilians|those)\s+killed)"
        r"(?:\s+[\w’'-]+){0,4}\s+(?:to|at)|"
        # "Casualty figures vary from 30 to 50", "estimates of the dead range between 30
        # and 50", "death toll estimates ranged from 30 to 50"
        # "fatality numbers ranging from 7 to 20", "fatality numbers between 14 and 15"
        r"(?:(?:(?:death|casualty|fatality)\s+(?:toll|figures?|estimates?|counts?|numbers?)|toll)"
        r"(?:\s+estimates?)?|(?:figures?|estimates?|numbers?)\s+of\s+(?:the\s+)?"
        r"(?:dead|deaths|fatalities))"
        r"(?:\s+(?:range[sd]?|ranging|var(?:y|ies|ied)))?|"  # the range "from 30 to 50" its own
        # "put the fatalities at 56", "places the death number of X at 100", "place the
        # death total between 50-55"
        r"(?:put|puts|placed?|places|placing|hold|holds|held|pegged|pegs|estimated?|estimates)\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:(?:death|casualty|fatality)\s+(?:total|number|"
        r"figure|count|tally)|fatalities|deaths|dead)(?:\s+of\s+[\w’'-]+(?:\s+[\w’'-]+){0,2})?\s+"
        r"(?:at|between)|"
        # a toll told with a copula: "Fatalities are believed to be about 30"
        r"(?:(?:(?:death|casualty|fatality)\s+)?(?:toll|count|tally)|fatalities|number\s+of\s+"
        r"(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed|those\s+killed))\s+"
        r"(?:was|is|were|are|stands|stood)(?:\s+(?:estimated|believed|reported|said|thought|"
        r"put|confirmed|given|understood|feared))?(?:\s+to\s+be)?(?:\s+(?:at|as))?)\s*$",
    ),
    (
        Category.WOUNDED,
        r"\b(?:wounded|wounding|injured|injuring|maimed|(?:injuries|injured|wounded)\s*[:=]|"
        # "the number of wounded at 21", "the number of people injured to 40"
        r"number\s+of\s+(?:the\s+)?(?:(?:people|persons|civilians)\s+)?(?:wounded|injured)"
        r"(?:\s+[\w’']+){0,3}?\s+(?:to|at)|"
        # a count told with a copula: "Those that were rushed to hospital were up to 46"
        rf"{_THOSE}(?:wounded|injured|hurt|(?:rushed|taken|admitted)\s+to\s+(?:the\s+|a\s+)?"
        rf"hospitals?){_THOSE_WERE})\s*$",
    ),
    (
        Category.KIDNAPPED,
        r"\b(?:kidnapped|kidnapping|kidnaps|abducted|abducting|abducts|seized|seizing|captured|"
        rf"capturing|took\s+hostage|taking\s+hostage|{fw.TAKEN_BEFORE}|"
        # a vehicle taken with the people in it: "hijacked a bus carrying", "a bus was
        # hijacked with"
        rf"hijack(?:ed|ing)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?{_VEHICLE}\s+"
        rf"(?:with|carrying)|{_VEHICLE}\s+(?:was|were|had\s+been)\s+hijacked\s+with)\s*$",
    ),
    (
        Category.ARRESTED,
        r"\b(?:arrested|arresting|arrests|detained|detaining|detains|jailed|rounded\s+up|"
        # told as a noun: "announced the arrest of 23 people", "the detention of 40"
        r"(?:arrests?|detentions?)\s+of|"
        # a headline's present after a force: "Police arrest three after deadly attack"
        # (trial 79: read as three police), "Gendarmes detain 12 suspects"
        r"(?:police|army|troops|soldiers|gendarmes|gendarmerie|military|authorities|forces)"
        r"\s+(?:arrest|detain|nab))\s*$",
    ),
    (
        Category.DISPLACED,
        r"\b(?:displaced|displacing|displaces|uprooted|uprooting|evacuated|evacuating|"
        r"number\s+of\s+displaced(?:\s+[\w’']+){0,3}\s+(?:to|at)|"
        rf"{fw.DISPLACEMENT_OF})\s*$",
    ),
    (Category.REFUGEES, rf"(?:{fw.REFUGEES_BEFORE})\s*$"),
    (
        Category.ATTACKS,
        r"\b(?:attacks?|assaults?|raids?|strikes?|bombings?|ambush(?:es)?|offensives?)"
        r"(?:\s+[\w’'-]+){0,4}\s+(?:on|against)\s*$",
    ),
    (
        Category.TROOPS,
        r"\b(?:deployed|deploying|deploys|deploy|sent|sending|sends|send|dispatched|dispatching|"
        r"recruited|recruiting|mobili[sz]ed|mobili[sz]ing|stationed|pledged|committed|contributed|"
        r"withdrew|withdrawing|withdraw|took|led|commanded|has|have|had|with|of)\s*$",
    ),
]
PRE_CUES = re.compile(
    "|".join(f"(?P<{category.name}>{pattern})" for category, pattern in _PRE_CUES), re.IGNORECASE
)
# The last word of every pre-cue (each ends right before the number), or its
# last sign: a window ending in anything else holds none, found without a search.
# A new pre-cue adds its last word here (test_claims checks them on the seeds).
PRE_CUE_LAST = frozenset(
    "killed killing kills kill massacred massacring executed executing murdered slew lost losing "
    "loses buried burying buries bury rest "
    "slaughtered dead of to at wounded wounding injured injuring maimed kidnapped kidnapping "
    "kidnaps abducted abducting abducts seized seizing captured capturing hostage arrested "
    "arresting arrests arrest detained detaining detains detain nab jailed up displaced "
    "displacing displaces uprooted "
    "uprooting evacuated evacuating on against deployed deploying deploys deploy sent sending "
    "sends send dispatched dispatching recruited recruiting mobilised mobilized mobilising "
    "mobilizing stationed pledged committed contributed withdrew withdrawing withdraw took led "
    "commanded has have had with was is were are stands stood be as between numbered number "
    "snatched snatching snatch away off carrying "  # fate_words.TAKEN_BEFORE, REFUGEES_BEFORE
    "totalled totaled reached reaches hits hit range ranges ranged ranging vary varies varied "
    "could may might will would "  # "the death toll could (exceed 70)"
    "toll figure figures estimate estimates count counts numbers deaths fatalities "
    ": =".split()
)
