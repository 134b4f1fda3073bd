"""Words that name a voice: who can say something ("a security source", "the ministry",
"Human Rights Watch") as against what cannot ("a lack of evidence", "the attack").

Shared by voices.py (speakers) and relay.py (the voice a speaker relays).
"""

from __future__ import annotations

import re

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, Country

SPEAKER_NOUNS = re.compile(
    r"\b(?:source|sources|official|officials|spokes(?:man|woman|person|men|women)|ministers?|"
    r"ministry|army|navy|air\s+force|coast\s?guard|military|government|police|analyst|analysts|"
    r"journalists?|company|group|"
    r"witness|witnesses|residents?|locals|villagers|daily|newspaper|agency|estimates?|reports?|"
    r"statement|commanders?|president|governor|mayor|prefect|administrator|scholar|experts?|"
    r"authorities|commentator|observers?|observatory|monitors?|organi[sz]ation|researchers?|"
    r"leaders?|chiefs?|officers?|diplomats?|aides?|advis[eo]rs?|assistants?|deputy|"
    r"activists?|elders?|doctors?|medics?|nurses?|survivors?|relatives|representatives?|"
    r"chairman|secretary|director|coordinator|media|television|tv|radio|channel|insurgents|"
    r"militants|rebels|jihadists|fighters|opposition|staff|workers?|rescuers?|volunteers?|"
    r"paramedics?|eyewitness(?:es)?|headman|legislators?|commissioners?|"
    r"lawmakers?|councillors?|heads?|prosecutors?|judges?|coroners?|inspectors?|bishops?|"
    r"priests?|pastors?|imams?|groups|founders?|managers?|owners?|contacts|informants?|"
    # a group's own publications: "The al-Naba newsletter put the toll at 19" (trial 74)
    r"newsletters?|bulletins?|magazines?|communiqu[ée]s?)\b",
    re.IGNORECASE,
)
PERSON_WORDS = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|journalist|analyst|commander|colonel|general|"
    r"president|governor|mayor|prefect|administrator|witness|resident|scholar|expert|"
    r"commentator|researcher|leader|chief|officer|diplomat|official|aide|advis[eo]r|assistant|"
    r"deputy|activist|elder|doctor|medic|nurse|survivor|representative|chairman|secretary|"
    r"director|coordinator|worker|rescuer|volunteer|paramedic|eyewitness|headman|legislator|"
    r"lawmaker|commissioner|prosecutor|judge|coroner|inspector|bishop|priest|pastor|imam|"
    r"founder|manager|owner|Mr|Mrs|Ms|Dr|he|she)\b",
    re.IGNORECASE,
)
ORGANISATION = re.compile(
    r"\b(?:company|firm|group|ministry|army|government|agency|newspaper|daily|center|centre|"
    r"journal|times|post|news|press|television|radio|tv|reuters|afp|institute|federation|unit|"
    r"department|office|council|committee|commission|organi[sz]ation|prefecture|"
    r"administration|movement|front|party|militia|brigades?|coalition|alliance|mission|"
    # a state's forces, whom "it" and "they" stand for ("The Israeli military said ...
    # It said": trial 57's "It" went to the ministry named before)
    r"military|police|forces|authorities)\b",
    re.IGNORECASE,
)
# What a toll statement's subject is when it is not a voice: "the attack put the toll at 40".
EVENT_NOUNS = re.compile(
    r"\b(?:attacks?|assaults?|raids?|strikes?|bombings?|blasts?|explosions?|clashes|fighting|"
    r"violence|ambush(?:es)?|shelling|massacres?|deaths|killings|figures|numbers)\s*$",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("a an the its their his her this that these those some one".split())


def looks_like_voice(phrase: str) -> bool:
    """Whether a noun phrase can be someone who says something: its head (the words
    before its first "of", "in", ...) ends in a speaker noun or a name, or holds a
    person's title. "a monitoring group", "JNIM", "local sources", "the Syrian
    Observatory for Human Rights" do; "a lack of evidence", "security concerns",
    "Israeli aggression", "the upcoming elections" do not."""
    head = re.split(r"\s+(?:of|in|from|for|at|on|with|to|near|over|against)\s+", phrase)[0]
    words = [w for w in head.split() if w.lower() not in _DETERMINERS]
    if not words:
        return False
    last = words[-1].strip("’'")
    return bool(
        SPEAKER_NOUNS.search(last)
        or ORGANISATION.search(last)
        or PERSON_WORDS.search(head)
        or (last[:1].isupper() and not EVENT_NOUNS.search(last))
    )


# The words of a voice that names no one in particular: a role or a body any country
# has ("the army", "security sources", "local officials", "l'armée", "des habitants").
_NO_ONE_WORDS = frozenset(
    (
        "the a an some several two three four many local senior regional provincial "
        "district state federal national government official officials source sources "
        "security military army police gendarmerie gendarmes ministry defence defense "
        "interior health spokesman spokeswoman spokesperson authorities authority "
        "residents resident witnesses witness eyewitness eyewitnesses villagers medics "
        "medical doctors hospital rescuers rescue aid humanitarian workers troops soldiers "
        "commander commanders officer officers intelligence town city village camp "
        "community leaders leader elders youth chief administrative officials' army's "
        "contacts informants our "
        "military's police's "
        # French
        "l la le les des de du d une un nos mes armée armee autorités autorites sources "
        "source sécuritaire sécuritaires securitaire locales locale local locaux habitants "
        "témoins temoins responsable responsables élus elus militaires ministère ministere "
        "défense defense gendarmerie porte parole hôpital hopital médecins medecins "
        # "le gouvernement" is its country's, as "the government" is (trial 77: it was
        # one voice in every country, apart from "government (Togo)")
        "gouvernement"
    ).split()
)
_VOICE_WORD = re.compile(r"[^\W\d_]+(?:['’]s)?")


def names_no_one(voice: str) -> bool:
    """Whether a voice names no one in particular: every word of it a role or a body
    that every country has ("the army", "Security sources", "local officials", "des
    sources sécuritaires"), so that the same words in reports from two countries are
    two voices. "Chad's army" and "the Nigerian army" name their country's
    (`role_of_country`); "Garboa" names someone."""
    words = _VOICE_WORD.findall(voice.lower())
    return bool(words) and all(word.replace("’", "'") in _NO_ONE_WORDS for word in words)


# The words of a voice that is one unnamed person or a few, not a body: "a security
# source", "residents", "witnesses", "une source sécuritaire", "des habitants".
_ANONYMOUS_WORDS = frozenset(
    "source sources resident residents witness witnesses survivor survivors relative "
    "relatives villager villagers contacts informants habitant habitants témoin témoins "
    "rescapé rescapés "
    "survivant survivants proche proches".split()
)


def anonymous(voice: str) -> bool:
    """Whether a voice that names no one (`names_no_one`) is one unnamed person or a
    few ("a security source", "residents", "des témoins", or anyone with an indefinite
    article: "a senior official", "un responsable local"), not a body every country
    has ("the army", "local officials") nor a body's spokesman ("an army spokesman"):
    two outlets' "a security source" are no one voice, though two outlets' "the army"
    of one country are (a trial's Reuters and AFP security sources were one voice, and
    AFP's 11 left Reuters' 10 out as revised; two outlets' "a senior official" a day
    apart, one voice, were no second report of the toll)."""
    words = _VOICE_WORD.findall(voice.lower())
    if not names_no_one(voice):
        return False
    one = bool(words) and words[0] in _ONE and not _SPOKES.intersection(words)
    return one or any(word in _ANONYMOUS_WORDS for word in words)


_ONE = frozenset("a an un une".split())  # an indefinite article: one unnamed person
_SPOKES = frozenset("spokesman spokeswoman spokesperson porte parole".split())


# A role named with its country: "the government of Benin", "Chad's army", "the
# Nigerian army", "army (Chad)" (a voice's name as the store gives it).
_OF_COUNTRY = re.compile(r"^(?P<role>.+?)\s+of\s+(?:the\s+)?(?P<country>[^()]+?)$")
_BRACKETED = re.compile(r"^(?P<role>.+?)\s*\((?P<country>[^()]+)\)$")
_OWNED = re.compile(r"^(?:the\s+)?(?P<country>.+?)['’]s\s+(?P<role>.+)$")


def _role(role: str, country: Country | None) -> tuple[str, Country] | None:
    """(role, country) where `country` is known and `role` names no one in particular."""
    if country is None or not role or not names_no_one(role):
        return None
    return role.removeprefix("the "), country


def role_of_country(voice: str) -> tuple[str, Country] | None:
    """(role, country) of a voice that is a role any country has named with its
    country ("the government of Benin", "Benin's government", "the Beninese
    government", "the Benin government", "government (Benin)": ("government",
    Benin)), so that the five and a bare "government" in a report about Benin are one
    voice, not five independent ones (a trial's event counted them as a majority of
    four); None for any other voice ("Amnesty International", "the army")."""
    lowered = " ".join(voice.lower().split())
    for pattern in (_OF_COUNTRY, _BRACKETED, _OWNED):
        match = pattern.match(lowered)
        if match is not None:
            found = _role(match.group("role"), COUNTRY_BY_NAME.get(match.group("country")))
            if found is not None:
                return found
    words = lowered.removeprefix("the ").split()
    for size in (3, 2, 1):  # "the South Sudanese army", "the Chadian army"
        named = " ".join(words[:size])
        # a country's name before its role too: "Sierra Leone police" (trial 79)
        country = COUNTRY_BY_DEMONYM.get(named) or COUNTRY_BY_NAME.get(named)
        if (found := _role(" ".join(words[size:]), country)) is not None:
            return found
    return None
