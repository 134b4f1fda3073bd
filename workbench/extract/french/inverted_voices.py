"""French voices named after their verb of saying: ", a déclaré le porte-parole de
l'armée", ", a-t-il indiqué", ", a indiqué mardi à l'AFP un élu", ", rapportent des
médias", "... ont indiqué les sources locales." closing a sentence, "lit-on sur
Africanews", "c'est ce que rapportent les médias locaux", one named again ("l'intéressé");
with the words that may stand after the verb and are a voice (`TELLER`,
`ORGANISATION`) or what was said (`NO_TELLER`). Patterns for `voices.find_speakers`;
a voice's run over lower-cased text (`casefold.fold`), its name in the group `name`
(`pronoun` for ", a-t-il indiqué"). Split from voices.py."""

from __future__ import annotations

import re

from workbench.extract.french.calendar_words import DAYS, MONTHS
from workbench.extract.french.voice_names import (
    AFTER_AUXILIARY,
    CLITIC,
    INFORMANTS,
    MEDIUM,
    PERSON,
    REFLEXIVE_SAID,
    TOLD,
)
from workbench.extract.french.voice_phrases import END, NAME, SAID, SAY, SAYS_NOW

# ", a déclaré le porte-parole de l'armée", ", a-t-il indiqué", ", a également déclaré
# le ministre", ", a, pour sa part, indiqué vendredi Vadym Filachkine"; ", affirme X"
_ADVERB = rf"(?:{AFTER_AUXILIARY})?"  # ", a pour sa part déclaré", ", a, de son côté, indiqué"
# When the voice spoke, between its verb and its name: ", a informé ce mardi l'AFP",
# ", a déclaré mardi soir le préfet", ", a indiqué ce matin la police".
# A date after its day, set off by commas: ", a indiqué, jeudi 6 juin, son porte-parole".
_WHEN = (
    rf"(?:\s+(?:(?:ce|cette)\s+)?(?:{DAYS}|hier|aujourd[’']hui|matin|soir|après-midi|week-end)"
    rf"(?:\s+(?:1er|\d{{1,2}})\s+(?:{MONTHS})(?:\s+\d{{4}})?\s*(?=,))?"
    r"(?:\s+(?:matin|soir|après-midi|dernier))?(?:\s*,(?=\s))?)?"
)
# What follows a verb of saying and is what is said, not who says it: "parle aussi de
# 6 combattants", "affirme que", "indique qu'il".
# An adverb first: ", parle désormais de 62 victimes" (it gave the voice "désormais de 62").
# Nor a verb: ", a-t-il ajouté, précisant que ...", ", sans préciser si ...", "a
# déclaré avoir dénombré ..." (a present participle, "sans", an infinitive).
_NOT_A_VOICE = (
    r"(?!(?:(?:désormais|maintenant|actuellement|toujours|déjà|[a-zà-ÿ]+ment)\s+)?"
    r"(?:(?:aussi|également|encore|de|du|que|à|au|aux|sans|avoir|être|faire)(?![\w])"
    # a negation or an infinitive: the verb's complement, no name ("Les habitants, qui
    # vivent de la pêche, disent ne plus oser sortir", trial 64: the voice "ne plus oser
    # sortir sur le lac")
    r"|(?:ne|n[’']|pas|plus|jamais|rien|vouloir|pouvoir|devoir|savoir|oser|craindre|redouter|"
    r"attendre|espérer|souhaiter|rester|partir|fuir|vivre|continuer)(?![\w’'])"
    # a medium's participle: "dans un message envoyé à l'AFP" (a trial's voice "envoyé")
    r"|(?:publié|diffusé|envoyé|adressé|transmis|parvenu)e?s?(?![\w])"
    r"|d[’']|qu[’']|[a-zà-ÿ]+ant(?![\w’'-])"
    # a time the verb was said at, where no name follows it: ", a annoncé ce mercredi que
    # neuf civils ..." (trial 63: the voice "ce")
    rf"|(?:(?:ce|cette)\s+)?(?:{DAYS}|hier|matin|soir|après-midi|week-end|semaine|nuit)(?![\w])))"
)
# Where a voice said it, between its verb and its name: ", a déclaré dans un communiqué
# un porte-parole de la police", ", a indiqué lors d'un point de presse le ministre".
# How, set off by commas: ", a expliqué, au téléphone, X".
_IN_STATEMENT = (
    rf"(?:\s+(?:dans|par|lors\s+d[’'])\s*(?:un|une|le|la|son|sa|ce|cet|cette|leur)\s+(?:{MEDIUM})"
    r"(?:\s+(?:publié|diffusé|rendu\s+public|lu)e?)?"
    r"|\s*,?\s+(?:au|par)\s+téléphone(?:\s*,(?=\s))?)?"
)
# A quotation closing with no comma before the verb: '"ne sont plus en danger" a
# précisé à l'AFP un responsable'; a reflexive verb: ", s'est inquiété mercredi l'ONU";
# the time after whom it was told, set off by a comma: "à Reuters, mercredi".
INVERTED = re.compile(
    rf"(?:,|[»”\"](?=\s+(?:a|ont|avait)\s))\s*(?:(?:{CLITIC}\s*)?(?:a|ont|avait|avaient)(?:-t)?"
    rf"(?:-(?P<pronoun>il|elle|ils|elles))?{_ADVERB}\s*{SAID}|{REFLEXIVE_SAID})"
    rf"(?:{_WHEN}{_IN_STATEMENT}{TOLD}(?:,(?=\s))?{_WHEN}\s+{_NOT_A_VOICE}{NAME}{END})?"
)
# What a writer read elsewhere: "lit-on sur Africanews", "apprend-on auprès de la police".
# "peut-on lire dans le tweet de X": the voice whose words were read.
READ_ON = re.compile(
    rf",\s*(?:(?:lit|apprend)(?:-t)?-on|peut-on\s+lire)\s+(?:sur|dans|auprès\s+d[eu’']|de|du|d[’'])"
    rf"\s*(?:(?:le|la|un|une|son|sa)\s+(?:{MEDIUM})\s+(?:de\s+|du\s+|des\s+|d[’']))?{NAME}{END}"
)
# The present, when it spoke between its verb and its name too: ", rapportent mercredi des
# médias", ", indique lundi le ministère"; its pronoun after it: ", précise-t-il", ",
# fait-il savoir".
INVERTED_PRESENT = re.compile(
    rf",\s*(?:(?:{SAY})e(?:nt)?|dit|disent){_WHEN}{_IN_STATEMENT}{TOLD}{_WHEN}\s+{_NOT_A_VOICE}"
    rf"{NAME}{END}"
    rf"|,\s*(?:(?:{SAY})(?:e-t|ent|ait|aient)|(?:fait|font)(?=-\w+\s+savoir(?![\w])))"
    r"-(?P<pronoun>il|elle|ils|elles)(?![\w])"
)
# A voice after its verb closing the sentence, the comma before the verb left out: "...
# dans l'est de la RDC ont indiqué les sources locales."
INVERTED_CLOSING = re.compile(
    rf"(?<=[\w»”\"])\s+(?:a|ont){AFTER_AUXILIARY}{SAID}{_WHEN}{TOLD}{_WHEN}\s+"
    r"(?P<name>(?:l[’']|le\s+|la\s+|les\s+|des\s+|un\s+|une\s+)[^,.;:«»“”<>\"()]{2,60}?)"
    r"(?=\s*[.!]?\s*$)"
)
# Who may tell, in a voice closing its sentence with no comma (`INVERTED_CLOSING`): a
# teller, a person by their title, an authority, a force.
TELLER = re.compile(
    rf"(?<![\w]){INFORMANTS}(?![\w])|{PERSON.pattern}|autorités|police|gendarmerie|armée|"
    r"ministère|gouvernement|état-major|militaires|société\s+civile|hôpital|croix-rouge|"
    r"observatoire|bureau|haut-commissariat|mission|onu|nations\s+unies"
)
ORGANISATION = re.compile(r"(?i:l[’']|le\s+|la\s+|les\s+)[A-ZÀ-Ý]{2}")  # "l'OCHA", "le HCR"
# What is said, named after a verb of saying: "X, coordonnateur, confirme l'ampleur du
# carnage", "confirme la nouvelle", "confirme l'information".
NO_TELLER = re.compile(
    r"(?:l[’']|le\s+|la\s+|les\s+|cette\s+|ces\s+|une?\s+)(?:ampleur|gravité|étendue|nouvelle|"
    r"information|informations|incident|drame|tragédie|carnage|massacre|situation|faits?|"
    # a trend confirmed: "confirment une tendance inquiétante" (french-w study: a voice)
    r"attaque|nouvelles|tendances?|hausses?|baisses?|dégradation|aggravation|recrudescence)"
    r"(?![\w])[^,.;:]*",
    re.IGNORECASE,
)
# A voice named again after its verb with no comma before it, then what it said: "Ce
# sont les assaillants qui ont été touchés, précise l'intéressé : « ... »".
INVERTED_AGAIN = re.compile(
    rf"(?<=\s)(?:{SAY})e(?:nt)?\s+(?P<name>l[’']intéressée?|ce\s+dernier|cette\s+dernière)"
    r"(?=\s*[:,.;«]|\s*$)"
)
# A voice closing what it said, after "ce que": "C'est ce que rapportent les médias
# locaux", "c'est ce qu'a indiqué mardi le maire".
WHAT_SAYS = re.compile(
    # "comme l'ont confirmé un enseignant et un habitant", "comme le rapporte la police"
    rf"(?<![\w])(?:ce\s+qu(?:e\s+|[’']\s*)|comme\s+(?:l[’']\s*|le\s+)?)"
    rf"(?:(?:a|ont|avait|avaient){AFTER_AUXILIARY}"
    rf"{SAID}|{SAYS_NOW}){_WHEN}{TOLD}{_WHEN}\s+{_NOT_A_VOICE}{NAME}{END}"
)
