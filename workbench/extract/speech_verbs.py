"""The verbs a voice speaks by, for voices.py's `find_speakers`: reporting verbs ("said",
"told", "according to", "denied that"), verbs of counting, finding and seeing whose
subject speaks only where it is a voice, an inquiry or an eyewitness, a toll's verbs
("put the death toll at", "gave a toll of"), the participles of saying that trail a
clause (", saying", ", with officials saying") and the verbs of the clause before them.
Patterns run over lower-cased text (see casefold.py). Split from voices.py.
"""

from __future__ import annotations

import re

VERBS = (
    r"said|says|say|told|tells|tell|reported|reports|report|claimed|claims|claim|tweeted|tweets|"
    r"wrote|writes|write|stated|states|announced|announces|added|adds|estimated|estimates|"
    r"confirmed|confirms|warned|warns|noted|notes|pointed\s+out|points\s+out|explained|explains|"
    r"insisted|insists|insist|maintains(?=\s+that\s)|maintained(?=\s+that\s)|maintain(?=\s+that\s)|"
    # what reports hold: "Some reports hold there were more than 40 deaths" (acled-nigeria-d
    # study: no voice, the two reports' figures summed as one toll)
    r"hold(?=\s+(?:that|there)\s)|holds(?=\s+(?:that|there)\s)|held(?=\s+(?:that|there)\s)|"
    # who would not comment, whom "it said" then stands for: "Russia's Defense Ministry did
    # not comment on the bus strike. It has said ..." (trial 73b: read as the officials
    # named a sentence before)
    r"(?:(?:did|does|do|would|could|has|have|had)\s+not|declined\s+to|refused\s+to)\s+"
    r"(?:immediately\s+)?(?:comment|respond)(?![a-z])|"
    r"acknowledged|acknowledges|admitted|admits|alleged|alleges|declared|declares|"
    r"indicated|indicates|indicate|revealed|stressed|argued|argues|mentioned|mentions|posted|quoted|cited|"
    r"asserted|asserts|assert|suggested|suggests|suggest|detailed|disclosed|discloses|"
    # "informed reporters that": the listener after, as after "told"
    # or a news agency: "local authorities informed EFE" (unseen-p study: no voice)
    r"informed(?=\s+(?:reporters|journalists|newsmen|the\s+(?:press|media)|afp|ap|reuters|efe"
    r"|xinhua|dpa|ansa|anadolu|upi|the\s+associated\s+press|agence\s+france)(?![a-z]))|"
    # who denies what the sentence tells speaks it, as a denial: "The Ministry of Defence
    # denied that 25 people were killed" (trial 60's denial had the outlet's voice)
    # "rejects reports in some media that 14 ...", "dismissed reports of 31 dead"
    r"(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)(?=\s+(?:as\s+(?:false|untrue|"
    # "denied the army's claim that" (trial 69: the voice read "ELN denied the army's")
    r"baseless)\s+)?(?:(?:the\s+)?(?:[\w’'-]+[’']s?\s+)?(?:reports?|claims?|allegations?)\s+"
    r"(?:(?:in|on|by|from)\s+(?:[\w’'-]+\s+){1,3}?)?)?that\s"
    r"|\s+(?:the\s+)?(?:reports?|claims?|allegations?|tolls?|figures?)\s+of\s"
    # "denied 22 people had been kidnapped", "denied killing 85 civilians"
    r"|\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+[\w’'-]+\s+"
    r"(?:had|have|were|was)\s|\s+(?:killing|kidnapping|abducting|wounding)\s)|"
    r"recorded|records|documented|documents|found|finds|concluded|concludes|"
    # what an eyewitness saw: "A Reuters witness saw five bodies" (`SEEING`)
    r"saw|sees|counted|counts|"
    # a witness telling what they saw: "an eyewitness recounted seeing eight bodies"
    # (unseen-m study: no voice)
    r"(?:recounted|recalled|described)(?=\s+(?:seeing|counting|finding)\s)|"
    r"according\s+to|as\s+(?:reported|stated|announced|confirmed|recorded|documented)\s+by|"
    # "Ten people were killed in Mogadishu, per the police" (unseen-l study: no voice),
    # ", as per officials"; not a rate ("$5 per day", "per cent")
    r"(?<=,\s)(?:as\s+)?per(?=\s+(?!(?:cent|capita|annum|day|week|month|year|hour|person|"
    r"head|household)\b)[a-z])"
)
# Verbs of counting, whose subject speaks only where it is a voice ("the UN recorded 200
# kidnappings", not "Borno recorded 200 kidnappings" or "the clinic recorded").
COUNTING = frozenset(("recorded", "records", "documented", "documents"))
# Verbs of finding, whose subject speaks only where it is an inquiry or its report ("a UN
# report finds", "the investigation found 40 dead") or says what it found ("Amnesty
# found that 12 were killed"), not "police found 12 bodies" (a discovery, told by
# whoever tells it).
FINDING = frozenset(("found", "finds", "concluded", "concludes"))
# Verbs of seeing, whose subject speaks only where it is an eyewitness or a reporter
# ("A Reuters witness saw five bodies", "an AFP correspondent counted 12 bodies"; unseen-l
# study: no voice), not "soldiers saw five gunmen" or "the town saw 12 killed".
SEEING = frozenset(("saw", "sees", "counted", "counts"))
EYEWITNESSES = frozenset(
    "witness witnesses eyewitness eyewitnesses correspondent correspondents reporter reporters "
    "journalist journalists photographer photographers cameraman videographer".split()
)
INQUIRIES = frozenset(
    "report reports investigation investigations inquiry enquiry inquest probe study survey "
    "analysis review audit assessment autopsy post-mortem postmortem findings commission "
    "panel tribunal investigators researchers".split()
)
# Runs over lower-cased text (see casefold.py).
SPEECH = re.compile(rf"(?<![a-z])(?:{VERBS})(?![a-z])")
# Whom "told" names after it is the listener, never the speaker: "“We lost 14 men,” the
# mayor, Jean Bosco, told Reuters" is the mayor's (was Reuters': read as "said X").
TOLD = frozenset(("told", "tells", "tell", "informed"))
# Verbs of denial, whose subject comes before them: ", Major General Lul Ruai Koang,
# dismissed the claims that ..." has no speaker after the verb (trial 70: the voice read
# "the claims that soldiers targeted civilians ...").
DENYING = frozenset("denied denies deny rejected rejects dismissed dismisses".split())
# "X put the death toll at N", "X gave a toll of N", "X estimated the number of dead at
# N", "X puts it at N": X gives the figure. Runs over lower-cased text.
TOLL_VERBS = (
    r"put|puts|putting|placed|places|placing|set|sets|setting|pegged|pegs|gave|gives|give|"
    r"giving|estimated|estimates|estimate|estimating|revised|revises|updated|updates|"
    r"raised|raises|increased|increases|lowered|lowers|"
    r"have|has|had|hold|holds|held|records|recorded"
)
TOLL_NOUNS = (
    r"toll|tolls|number|figure|figures|tally|count|total|casualties|dead|fatalities|deaths|losses"
)
TOLL = re.compile(
    rf"(?<![a-z])(?:{TOLL_VERBS})\s+(?:"
    r"(?:(?:the|a|an|its|their|his|her|this|that|no)\s+)?"  # the
    r"(?:(?!(?:of|in|on|for|from|and)\s)[a-z’'-]+\s+){0,3}?"  # provisional death
    rf"(?:{TOLL_NOUNS})(?![a-z])"  # toll
    r"|(?:it|them)\s+at\s+(?!(?:risk|stake|ease|odds|home|the|an?)\b))"  # it at 12
)
# A participle of saying that trails its clause: its subject speaks ("The ministry
# issued a statement, saying ..."). Runs over lower-cased text.
# So do its kin that say a figure against another ("Police disputed the figure,
# claiming only two deaths", "..., stating that", "..., insisting"); not "claiming the
# lives of" (a death) nor "claiming responsibility" (no figure of its own).
SAYING = re.compile(
    r"(?<=,\s)(?:saying|stating|insisting|maintaining|claiming(?!\s+(?:the\s+)?(?:[\w,-]+\s+)"
    r"{0,5}?li(?:ves|fe)\b|\s+(?:full\s+)?(?:responsibility|credit|ownership)\b))(?=\s)"
)
SAYING_FIRST = frozenset(("saying", "stating", "insisting", "maintaining", "claiming"))
# An absolute "with" clause whose subject speaks: "..., with some sources suggesting the
# toll may exceed 30", "with officials saying 12 died"; the words between are the
# speaker (`subject_before`). Runs over lower-cased text.
WITH_SAYING = re.compile(
    r"(?<=,\s)with\s+(?:(?!(?:the\s+)?(?:toll|death|number|figure)\b)[\w’'.-]+\s+){1,5}?"
    r"(?P<verb>saying|suggesting|stating|claiming|putting|estimating|reporting|"
    r"indicating|insisting)(?=\s)"
)
# the clause's verb: "issued", "denied"; or a present one that answers a figure, as
# coders write ("Police later refute the number, claiming only one death")
PAST_VERB = re.compile(
    r"(?<![\w’'-])(?:[a-z]{2,}ed|refutes?|disputes?|denies|deny|rejects?|contests?|"
    r"contradicts?|counters?|issues?|releases?|responds?|reacts?)\b"
)
# The words a reporting verb or a toll statement starts with.
SPEECH_FIRST = frozenset(re.findall(r"[a-z]+", VERBS))
TOLL_FIRST = frozenset(re.findall(r"[a-z]+", TOLL_VERBS))
