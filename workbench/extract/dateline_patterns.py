"""The words of a dateline, the place and day a wire story opens with: "GAO, Mali —",
"KABUL (Reuters) -", "Maiduguri, Nigeria, June 3 (AFP) -", "BARISAL:" (read by
places.py; split from place_patterns.py)."""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|"
    r"June|July|August|September|October|November|December"
)
# "GAO, Mali —", "KABUL (Reuters) -", "Maiduguri, Nigeria, June 3 (AFP) -", "BARISAL:".
DATELINE = re.compile(
    r"[\"“]?(?P<city>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3}"
    # a name with an elided article's capital: "N'Djamena (AFP) -" (trial 75b)
    r"|[A-Z](?:['’][A-Z])?[a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2})"
    # "Nigeria", "Borno State", "Democratic Republic of Congo"
    r"(?:,\s*(?P<region>[A-Z][\w'’.-]*(?:(?:\s(?:of|of\sthe|and|de|du|des))?\s[A-Z][\w'’.-]*)"
    r"{0,4}))?"
    r"(?:,?\s*(?P<date>(?:"
    + _MONTH
    + r")\s+\d{1,2}|\d{1,2}\s+(?:"
    + _MONTH
    + r"))(?:,?\s+\d{4})?)?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))?"
    r"\s*(?P<sep>[—–]|-{1,2}|:|\.)(?=\s|$)"
)
# Capitals that open a story and are no dateline: "UPDATE —", "NOTE:", "AFP -".
NOT_DATELINE = frozenset(
    "NEW UPDATE UPDATED UPDATES BREAKING EXCLUSIVE WATCH LIVE VIDEO PHOTOS PHOTO READ NOTE "
    "EDITOR'S EDITORS EDITOR CORRECTION CLARIFICATION ANALYSIS OPINION COMMENT EDITORIAL "
    "INTERVIEW FEATURE REVIEW FACTBOX EXPLAINER TIMELINE WARNING ALERT URGENT FLASH DEVELOPING "
    "JUST ALSO SEE MORE TOP SUMMARY HIGHLIGHTS BACKGROUND CONTEXT SOURCE SOURCES FILE EXTRA "
    "SPECIAL REPORT NEWS LATEST ADVERTISEMENT SPONSORED TRANSCRIPT QUESTION ANSWER EDIT WHAT "
    "WHY HOW WHO WHEN WHERE THE THIS THAT IT WE IF AND BUT OR SO NO YES NOT AFP AP UPI REUTERS "
    "IANS PTI ANI NAN APA IRNA TASS XINHUA BBC CNN VOA DPA EFE ANSA KUNA SANA WAFA MENA SPA "
    "IRIN UN AU EU NATO UNHCR OCHA WHO ICRC MSF ECOWAS "
    # a headline's speaker before its colon, not a town: "NGO: toll revised to 41 dead" (a
    # trial's claims were put in Ngo, a village of that name)
    "NGO NGOS POLICE ARMY MILITARY GOVERNMENT OFFICIAL OFFICIALS WITNESS WITNESSES MINISTRY "
    "RESIDENTS REBELS MILITANTS HRW AMNESTY "
    # national news agencies, whose name opens their wires as a city's would
    "NNA QNA WAM BNA SUNA ENA KNA APS TAP MAP PANA ANA ISNA IMNA FARS TASNIM MEHR RIA ITAR "
    "UNB BSS APP NNN AIM ACP ATOP ANP AMI SPS AGI KYODO YONHAP KCNA PNA BERNAMA ANTARA VNA "
    "AA ANADOLU PAP CTK MTI HINA BTA AGERPRES ATA "
    # a bulletin's headings: "KEY FIGURES: 1,200 people newly displaced" (trial 65)
    "KEY FIGURES FACTS NUMBERS OVERVIEW SITUATION RESPONSE NEEDS CHIFFRES CLÉS CLES "
    "CONTEXTE RÉSUMÉ RESUME POINTS".split()
)
