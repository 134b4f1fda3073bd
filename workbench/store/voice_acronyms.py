"""Organisations' long names, in English and French, and the acronym each is the name
for ("United Nations", "Nations unies" and "ONU" are "UN"), folded as
`voice_names.fold` folds: a voice's identity reads a long name as its acronym
(`voice_names.identity`). Split from voice_names.py.
"""

from __future__ import annotations

# whole names (after folding) and the acronym each is the organisation's name for
ACRONYMS = {
    "united nations": "un",
    "united nation": "un",
    "european union": "eu",
    "african union": "au",
    "world health organization": "who",
    "world health organisation": "who",
    "international committee of red cross": "icrc",
    "international committee of the red cross": "icrc",
    "un high commissioner for refugees": "unhcr",
    "office for coordination of humanitarian affairs": "ocha",
    "office for the coordination of humanitarian affairs": "ocha",
    "un office for the coordination of humanitarian affairs": "ocha",
    "un office for coordination of humanitarian affairs": "ocha",
    "human rights watch": "hrw",
    "doctors without borders": "msf",
    "medecins sans frontieres": "msf",
    # the same bodies by their French names and acronyms (trial 59: a headline's
    # "(ONU)" and its lede's "Nations Unies" were two independent voices)
    "organisation des nations unies": "un",
    "nations unies": "un",
    "onu": "un",
    "union europeenne": "eu",
    "ue": "eu",
    "union africaine": "au",
    "ua": "au",
    "organisation mondiale de la sante": "who",
    "oms": "who",
    "comite international de la croix-rouge": "icrc",
    "comite international de la croix rouge": "icrc",
    "cicr": "icrc",
    "haut commissariat des nations unies pour les refugies": "unhcr",
    "haut-commissariat des nations unies pour les refugies": "unhcr",
    "hcr": "unhcr",
    "bureau de la coordination des affaires humanitaires": "ocha",
    "bureau de coordination des affaires humanitaires": "ocha",
}
