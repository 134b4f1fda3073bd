"""Words that hedge a figure or deny a story: `HEDGES` ("reportedly", "feared
killed", "could not be verified"), `STORY_HEDGES` (a whole report unconfirmed) and
`DENIALS` ("the story is false"). Split from `lexicon.py` (issue 13), unchanged;
`lexicon` re-exports them.
"""

from __future__ import annotations

import re

# What an unconfirmed thing is when it is no figure and no story: "could not confirm
# the whereabouts of the others", "the identity of the dead" (trial 78: the army's
# toll in the paragraph before read as hedged).
_NOT_OF_STORY = (
    r"(?!\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:whereabouts|identit(?:y|ies)|names?|"
    r"location|fate|motive|nationalit(?:y|ies)|ages?)\b)"
)
HEDGES = re.compile(  # run over lower-cased text (casefold.py)
    r"\b(?:reportedly|allegedly|purportedly|apparently|supposedly|unconfirmed|unverified|rumou?red|"
    r"(?:is|are|was|were)\s+(?:said|believed|thought|reported|alleged)\s+to|"
    r"feared\s+(?:to\s+(?:have\s+been|be)\s+)?(?:dead|killed|drowned|lost|kidnapped|abducted)|"
    r"(?:believed|thought|presumed|assumed)\s+(?:to\s+(?:have\s+been|be)\s+)?(?:dead|killed)|"
    r"claim(?:s|ed)?\s+(?:to\s+have|that)|claiming\s+to\s+have|"
    # a side claiming its own deed: "claimed it killed 11 soldiers", "claims its fighters
    # had shot down", "claimed they had captured" (trial 78: a rebel claim read as fact)
    r"claim(?:s|ed|ing)\s+(?:(?:it|they|he|she)\s+|(?:its|their|his|her)\s+(?:[a-z-]+\s+){1,2}?)"
    r"(?:had\s+|has\s+|have\s+)?(?:killed|shot|downed|destroyed|wounded|injured|captured|"
    r"kidnapped|abducted|seized|executed|beheaded|ambushed|overran|neutrali[sz]ed)\b|"
    r"may\s+have|might\s+have|could\s+have|would\s+have\s+been|"
    # a toll that "could be as high as 81", "may reach 200": a bound someone guesses
    r"(?:toll|figure|count|tally|number|total)\b[^.;]{0,60}?\b(?:could|may|might|will|would)\s+"
    r"(?:well\s+|even\s+)?(?:be|reach|hit|top|exceed|surpass|rise\s+above|climb\s+above)\s+(?:as\s+(?:high|many)\s+as\s+|more\s+than\s+|"
    r"over\s+|up\s+to\s+|around\s+|about\s+|nearly\s+)?(?:\d|a\s+few|dozens|scores|hundreds|"
    r"thousands|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)|"
    r"(?:not|n[’']t)\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)|"
    rf"(?:could|can)\s*(?:not|n[’']t)\s+(?:yet\s+|immediately\s+)?(?:be\s+)?(?:independently\s+)?(?:confirm|verif)\w*(?![\w]){_NOT_OF_STORY}|"
    r"(?:not|n[’']t)\s+(?:yet\s+)?seen\s+(?:any\s+)?confirmation|no\s+(?:independent\s+)?confirmation|"
    r"impossible\s+to\s+verify|unable\s+to\s+verify|"
    # a figure's appositive that no one confirmed: "12 were killed, a toll police did not
    # confirm", "a number officials have yet to verify" (trial 79)
    r"(?:figure|toll|number|count|tally)\s+(?:that\s+|which\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:did\s+not|didn[’']t|(?:has|have|had)\s+yet\s+to|would\s+not|refused\s+to)\s+"
    r"(?:independently\s+)?(?:confirm|verify))"
)
# Hedges that speak of a whole report ("I have not seen confirmation of this
# story") and so cover every claim in their paragraph.
STORY_HEDGES = re.compile(  # run over lower-cased text (casefold.py)
    r"(?:not|n[’']t)\s+(?:yet\s+)?seen\s+(?:any\s+)?confirmation|no\s+(?:independent\s+)?confirmation|"
    rf"(?:could|can)\s*(?:not|n[’']t)\s+(?:yet\s+|immediately\s+)?(?:be\s+)?(?:independently\s+)?(?:confirm|verif)\w*(?![\w]){_NOT_OF_STORY}|"
    r"impossible\s+to\s+verify|unable\s+to\s+(?:independently\s+)?verify|"
    r"(?:has|have)\s+not\s+been\s+(?:independently\s+)?(?:confirmed|verified)"
)

# A voice calling a story false: it contradicts that story whatever the numbers say.
# "denied that ..." (group `that`) denies what follows it in its own sentence only.
DENIALS = re.compile(  # run over lower-cased text (casefold.py)
    r"\b(?:story|stories|report|reports|claim|claims|account|information|allegations?|news|"
    r"tolls?|figures?)\b"
    # far from its verdict where it names its owner and figure: "The claim by the army that
    # 15 combatants of the ELN were 'neutralised' in the strike is false" (trial 69)
    r"[^.;]{0,100}?\b(?:is|was|are|were|as|be)\s+[\"“‘']?(?:(?:completely|entirely|totally|"
    # "the claims of 43 killed are pure propaganda", "are nothing but lies" (trial 75b)
    r"utterly|pure|sheer|mere|simply|nothing\s+(?:but|more\s+than|less\s+than))\s+)?"
    r"(?:false|untrue|fabricated|baseless|unfounded|fake|wrong|incorrect|a\s+lie|lies|"
    # "the rebel claim of nine dead soldiers was a hoax" (trial 74e: read as the army's 9)
    r"(?:a\s+|an?\s+(?:complete|total|outright|pure|sheer)\s+)?(?:hoax|fabrications?|"
    r"propaganda|inventions?|fiction|fantasy)|"
    # "reports of 31 dead were exaggerated" (trial 56)
    r"exaggerated|inflated|overstated|grossly\s+exaggerated)\b"
    # French: "ce chiffre est faux", "ces informations sont dénuées de tout fondement"
    r"|(?<![\w])(?:ce|cette|ces|le|la|les)\s+(?:chiffres?|bilans?|informations?|rumeurs?|"
    r"allégations?|affirmations?|déclarations?|revendications?|annonces?)(?![\w])[^.;]{0,60}?"
    r"(?<![\w])(?:(?:est|sont|était|étaient)\s+"
    r"(?:totalement\s+|complètement\s+|tout\s+à\s+fait\s+)?(?:faux|fausses?|erronée?s?|"
    r"infondée?s?|mensong(?:er|ère|ers|ères)|exagérée?s?|gonflée?s?|"
    r"dénuée?s?\s+de\s+(?:tout\s+)?fondement)(?![\w])"
    # "ces chiffres sont de purs mensonges", "relèvent de la propagande", "ne sont que
    # mensonges" (trial 75b's FACT, in French)
    r"|(?:(?:est|sont|était|étaient)|relèvent|relève|relevaient|ne\s+(?:sont|est)\s+qu[e’'])"
    r"\s*(?:de\s+(?:la\s+|l[’'])?|d[’']|du\s+|des\s+|une?\s+)?(?:pure?s?\s+|simples?\s+)?"
    r"(?:mensonges?|propagande|intox(?:ication)?|affabulations?|inventions?|fabrications?)"
    r"(?![\w]))"
    # who denies reports: what they name next is denied ("dismissed reports of 31 dead")
    # ("rejecting claims that 16 troops died", "rejected the toll of 40 dead": re-trial 61)
    r"|(?P<story>\b(?:denied|denies|deny|denying|dismissed|dismisses|dismissing|rejected|rejects|"
    r"rejecting|refuted|refutes|refuting|disputed|disputes|disputing)\s+"
    r"(?:the\s+|these\s+|those\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:(?:reports?|claims?|story|stories|allegations?|accounts?)\b|"
    # a toll named by its figure ("the toll of 40 dead"), not one told before ("Police
    # disputed the figure, claiming only two deaths": their own count, nigeria45 kinds)
    r"(?:tolls?|figures?|tall(?:y|ies))\s+(?:of|that)\b)"
    # "Contrary to reports of 70 dead", "contrary to claims that"
    r"|\bcontrary\s+to\s+(?:the\s+|some\s+|media\s+)?(?:reports?|claims?|allegations?)\b"
    # "Les FARDC démentent formellement le bilan de 42 morts", "Nous rejetons le bilan"
    r"|(?<![\w])(?:dément|démentent|démentait|démentaient|démenti|démentie|rejette|rejettent|"
    r"rejetons|rejetait|rejeté|conteste|contestent|contestons|contestait|contesté|réfute|"
    r"réfutent|réfuté|récuse|récusent|récusé|nie|nient|niait|nié)\s+"
    r"(?:(?:formellement|catégoriquement|fermement|vigoureusement|énergiquement|hier|"
    r"aujourd[’']hui|également|aussi)\s+)?"
    # when or where between: "a rejeté samedi le bilan de 62 morts", "a démenti jeudi à
    # Yaoundé le bilan de 40 morts" (trial 62 and its re-trial: read as his own)
    r"(?:(?!(?:et|mais|puis|qui|que|ou)\s)[^\s,.;:«»]+\s+){0,4}?"
    r"(?:le|les|ce|ces|la|cette|l[’'])\s*(?:[\w’'-]+\s+)?"
    r"(?:bilans?|chiffres?|informations?|rumeurs?|allégations?|affirmations?|rapports?)(?![\w]))"
    r"|\bfake\s+news\b|\bno\s+truth\s+(?:to|in)\b"
    # what is denied told outright: "the army denied that 30 people were killed"
    r"|(?P<that>\b(?:denied|denies|deny|denying|refuted|refutes|refuting)\s+"
    # not "that" as a pronoun: "denying that by the Observatory" (ucdp-syria study)
    r"(?:(?:outright\s+|categorically\s+)?that\b(?!\s+(?:by|in|on|as|and|or)\b|\s*[,.;:])"
    # the clause with no "that", or the act denied: "denied 22 people had been kidnapped",
    # "denied killing 85 civilians" (re-trial 61)
    r"|(?=(?:about\s+|some\s+|over\s+|more\s+than\s+)?(?:\d|(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens|scores|hundreds)\b))"
    r"|(?:killing|kidnapping|abducting|wounding|executing|having\s+(?:killed|kidnapped|"
    r"abducted))\b)"
    # "It is not true that 45 ...", "Il est faux de dire que 45 ..."
    r"|\b(?:it\s+is|it\s+was|it['’]s)\s+(?:not\s+true|untrue|false)\s+that\b"
    r"|(?<![\w])il\s+est\s+faux\s+(?:de\s+dire\s+)?qu(?:e|[’'])"
    r"|(?<![\w])(?:dément|démentent|démenti|nie|nient|nié|conteste|contestent|réfute|réfutent)"
    r"\s+(?:(?:formellement|catégoriquement)\s+)?qu(?:e|[’']))"
)

# A relative clause set off by commas that describes a noun ("the insurgents, who are
# believed to be inspired by ..., killed two"), or a doubted part of the victims ("killed
# 18 fighters, reportedly including its leader, in ..."): a hedge inside it doubts that.
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:(?:who|which)\s|(?:reportedly|allegedly|apparently)\s+(?:including|among\s+them)\s)"
    r"[^,;.]*,"
)


def aside_hedges_only(folded: str, start: int, end: int, figures: list[tuple[int, int]]) -> bool:
    """Whether every hedge in `folded[start:end]` stands inside a relative aside that
    holds none of its figures (`figures` their spans), and so doubts no figure."""
    asides = [
        m.span()
        for m in _RELATIVE_ASIDE.finditer(folded, start, end)
        if not any(m.start() <= lo < m.end() for lo, _ in figures)
    ]
    if not asides:
        return False
    hedges = list(HEDGES.finditer(folded, start, end))
    return bool(hedges) and all(any(lo <= h.start() < hi for lo, hi in asides) for h in hedges)
