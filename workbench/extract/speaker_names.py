"""How a speaker's name is written next to its title (split from speaker_phrase.py,
which reads speakers with them): the stop of a title's abbreviation that does not end a
name ("said Lt. Col. Ana Ruiz"), a name opened by such a title ("Maj Gen Dick Oyo"),
the words that open a scene rather than a name ("In Kano, the police said"), a role
with no article ("commander of the division") and a name with titles and numerals in it.
"""

from __future__ import annotations

import re

# A stop that does not end a name: an initial ("John A. Smith") or a title's
# abbreviation before the name ("Lt. Col. Ana Ruiz", "Dr. Ali", "Maj. Gen. Khan").
# (the stop is matched first, then what stands before it: most positions hold no stop)
NAME_DOT = (
    r"\.(?:(?<=\b[A-Z]\.)|(?<=\b(?:Lt|Dr|Mr|Ms)\.)|(?<=\b(?:Gen|Col|Maj|Sgt|Gov|Sen|Rep|Mrs"
    r"|Adm|Cpl)\.)|(?<=\b(?:Capt|Brig|Prof|Cmdr|Insp|Supt|Pres)\.)|(?<=\bLtCol\.))"
)
NOT_NAME_DOT = (
    r"\.(?<!\b[A-Z]\.)(?<!\b(?:Lt|Dr|Mr|Ms)\.)(?<!\b(?:Gen|Col|Maj|Sgt|Gov|Sen|Rep|Mrs|Adm"
    r"|Cpl)\.)(?<!\b(?:Capt|Brig|Prof|Cmdr|Insp|Supt|Pres)\.)(?<!\bLtCol\.)"
)

# A name opened by a title's abbreviation: "Maj Gen Dick Oyo", "Dr. Amina Bello".
TITLE_OPENS = re.compile(
    r"(?:Maj|Gen|Col|Lt|Capt|Brig|Dr|Mr|Mrs|Ms|Sgt|Cpl|Prof|Gov|Sen|Adm|Cmdr)\.?\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+$"
)
NOT_NAME_OPENER = re.compile(
    r"(?:In|On|At|After|Before|During|From|Near|For|With|By|Since|When|While|As|Meanwhile|"
    r"However|Also|Last|This|Later|Earlier|Elsewhere|Separately)\b"
)
# A role told with no article: "commander of ...", "local prefect for ...".
ROLE = re.compile(r"(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?=\s+(?:of|for|in|at)\s)")
# A person's name, a title's abbreviation or a numeral in it: "Maj. Gen. Ali Viray III"
TITLED_NAME = re.compile(r"(?:(?:[A-Z][a-z]{0,4}\.|[A-Z][\w'’-]+)\s+){1,5}(?:[A-Z][\w'’-]+|[IVX]+)")
