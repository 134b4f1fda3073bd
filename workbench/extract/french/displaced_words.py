"""French words of people driven from home, scattered or pushed into exile, for the
displaced fates of `victim_words.py` (`DRIVEN`, its examples there)."""

from __future__ import annotations

# Homes left, as `victim_words._LEAVE_HOME` names them, after "de" or "à": "chassés de
# leurs terres".
_HOMES = (
    r"(?:chez\s+(?:eux|elles)|leurs?\s+(?:domiciles?|foyers?|maisons?|villages?|localités?|"
    r"habitations?|terres?|communes?|quartiers?|champs?|logements?|terroirs?))"
)
# People driven from home, scattered, pushed into exile, told by a participle: "chassés
# de chez eux", "chassées par les combats", "expulsés de leurs terres", "dispersées hors
# des camps", "dispersés dans la brousse", "poussés à l'exil", "obligés de fuir",
# "réduites à l'errance" (not "dispersés par la police", "chassés du pouvoir").
DRIVEN = (
    rf"(?:chassé|expulsé|délogé|arraché)(?:e|s|es)?\s+(?:de\s+|d[’']|hors\s+de\s+|à\s+){_HOMES}|"
    r"chassé(?:e|s|es)?\s+par\s+(?:les|des|la|le|l[’'])\s*(?:combats|violences|affrontements|"
    r"attaques|exactions|rebelles|insurgés|assaillants|jihadistes|djihadistes|terroristes|"
    r"hommes\s+armés|groupes\s+armés|miliciens|bombardements|inondations|eaux|guerre|"
    r"insécurité|conflit)|"
    r"dispersé(?:e|s|es)?\s+(?:hors\s+(?:des|du|de|d[’'])|dans\s+(?:la\s+brousse|les\s+(?:familles|villages|"
    r"forêts|collines|églises|écoles)|des\s+(?:familles|villages|sites|écoles|églises))|"
    r"en\s+brousse|à\s+travers|entre\s+(?:plusieurs|les|des))|"
    r"(?:poussé|forcé|contraint|réduit|condamné|jeté)(?:e|s|es)?\s+(?:à\s+l[’'](?:exil|errance)|"
    r"à\s+la\s+fuite|sur\s+les\s+routes(?:\s+de\s+l[’']exil)?)|"
    r"obligé(?:e|s|es)?\s+(?:de|à)\s+fuir|"
    r"(?:parti|partis|partie|parties)\s+en\s+exil|(?:pris|prises)\s+le\s+chemin\s+de\s+l[’']exil"
)
