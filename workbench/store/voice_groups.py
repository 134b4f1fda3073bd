"""The armed group a voice's name speaks for, in English or French (pure: no SQL).

A second analyst trial had "Al-Shabaab" and "Les islamistes shebab" as two
independent voices of one claim, so the group's own figure came out "confirmed by
other sources"; `voice suggest` did not offer them. An armed group goes by its
name, its acronym and its French name in the reporting the workbench reads; each
is a suggestion for the analyst (`voice_names.suggestions`), never a merge unasked:
"ADF" may be a group's word or a government's account of it.

The names are the groups' own and the press's (ACLED's actor list names them so);
each is matched as whole words of the folded name (`voice_names.fold`).
"""

from __future__ import annotations

import re

# each group's key, and its names (folded: lower case, no accents, no hyphens)
_GROUPS = {
    "al-Shabaab": "al shabaab|al shabab|shabaab|shabab|shebab|harakat al shabaab",
    "Boko Haram": "boko haram|jas|jama atu ahlis sunna",
    "ISWAP": "iswap|islamic state west africa province|etat islamique en afrique de l ouest",
    "RSF": "rsf|rapid support forces|fsr|forces de soutien rapide",
    "M23": "m23|march 23 movement|mouvement du 23 mars",
    "ADF": "adf|allied democratic forces|forces democratiques alliees",
    "JNIM": "jnim|gsim|group for the support of islam and muslims",
    "CODECO": "codeco|cooperative for the development of congo",
}
_NAMES = re.compile(
    r"\b(?:" + "|".join(f"(?P<g{i}>{names})" for i, names in enumerate(_GROUPS.values())) + r")\b"
)
_KEYS = list(_GROUPS)


def armed_group(folded: str) -> str | None:
    """The armed group a voice's folded name names ("les islamistes shebab":
    "al-Shabaab"), or None where it names none of `_GROUPS`."""
    found = _NAMES.search(folded)
    if found is None or found.lastgroup is None:
        return None
    return _KEYS[int(found.lastgroup[1:])]
