"""The doers of a deed in French, before the count of its victims: «la police recherche
les assassins des deux hommes», «les ravisseurs des 12 élèves ont été arrêtés», «les
meurtriers de trois agriculteurs», «les auteurs de l'enlèvement de cinq humanitaires»
(trial 78's reports of Casamance). The English reader's rule (`perpetrators_of.py`)
reads the count with this pattern: after killers it is a background killing (no
claim), after kidnappers people held (kidnapped), after attackers no fate told (no
claim); the sentence's own verb («recherche», «ont été arrêtés») is the doers'.

«Les auteurs de» names the doers by their deed: «les auteurs (présumés) du meurtre de»,
«de l'assassinat de», «du massacre de» a killing, «de l'enlèvement de», «du rapt de» a
taking, «de l'attaque contre» an attack. Not a part of a group counted («trois des
assaillants ont été tués»: the figure stands before the doers), nor the doers counted
(«deux ravisseurs ont été arrêtés»)."""

from __future__ import annotations

import re

# The article or bound between "de" and the count: «des deux hommes», «de trois
# agriculteurs», «de ces cinq humanitaires», «d'au moins 12 élèves».
_BEFORE_COUNT = (
    r"(?:\s+|(?<=[’'])\s*)(?:(?:les|ces|leurs|au\s+moins|près\s+de|plus\s+de|quelque|"
    r"environ)\s+)?$"
)
_OF = r"(?:des|de|d[’'])"
_PRESUMED = r"(?:\s+présumée?s?)?"
# A killing's, a taking's and an attack's doers named by their deed: «les auteurs du
# meurtre de», «les auteurs présumés de l'enlèvement de».
_AUTHORS = (
    rf"auteurs{_PRESUMED}\s+(?:du|de\s+l[’']|de\s+la|des|d[’'])\s*(?:double\s+|triple\s+)?"
    r"(?:(?:meurtres?|assassinats?|massacres?|tueries?|exécutions?|lynchages?)"
    r"|(?P<taker2>enlèvements?|rapts?|kidnappings?|prises?\s+d[’']otages?)"
    r"|(?:attaques?|agressions?|embuscades?))\s+"
)
DOERS_OF_FR = re.compile(
    rf"(?<![\w])(?:(?:assassins|meurtriers|tueurs|bourreaux|exécuteurs)"
    rf"|(?P<taker>ravisseurs|kidnappeurs|preneurs\s+d[’']otages|geôliers)"
    rf"|(?:agresseurs|violeurs|tortionnaires)){_PRESUMED}\s+{_OF}{_BEFORE_COUNT}"
    rf"|(?<![\w]){_AUTHORS}{_OF}{_BEFORE_COUNT}"
)
