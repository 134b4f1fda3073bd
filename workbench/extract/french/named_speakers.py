"""French voices named as persons before their verb of saying: "Vadym Filachkine a
indiqué", "X, chef de la région de Y, a annoncé que", "Ivo Tapang porte-parole des ADF
a déclaré", "X, maire de Y, affirme que"; and the verbs such a voice needs, found
first in the lower-cased text (`voices.find_speakers` reads them)."""

from __future__ import annotations

import re

from workbench.extract.french.voice_names import AFTER_AUXILIARY, TOLL_OBJECT
from workbench.extract.french.voice_phrases import SAY, SAYS_NOW

# A named person before the verb, capitalised: "Vadym Filachkine a indiqué"; read on
# the text as written.
_CAPITALISED = r"(?<![\w’'])[A-ZÀ-Ý][\w’'․-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,3}"
# The longest title set off by commas: "X, représentant de la Fédération nationale des
# éleveurs centrafricains de la Nana Gribizi, affirme que".
_ASIDE = 120
_TITLE = (
    r"porte-parole|présidente?|chef|maire|représentante?|gouverneur|commandant|coordonnat(?:eur|rice)|"
    r"commissaire|administrat(?:eur|rice)|préfet|ministre"
)
NAMED_SAYS = re.compile(
    # an adverb or an aside between (`voice_names.AFTER_AUXILIARY`): "X a pour sa part
    # déclaré", "X a, de son côté, affirmé", "X a également indiqué"
    rf"(?P<name>{_CAPITALISED})\s+(?:a|avait){AFTER_AUXILIARY}(?:{SAY})é"
    # with a title between commas, before what is said: "Oleksandre Prokoudine, chef de
    # la région de Kherson (sud), a annoncé que ..." (", a annoncé X" is X's voice)
    rf"|(?<!à\s)(?<!de\s)(?<!en\s)(?P<titled>{_CAPITALISED})"
    rf"\s*,\s*[^,.;:«»“”<>\"]{{2,{_ASIDE}}}?\s*,\s+(?:a|avait){AFTER_AUXILIARY}"
    rf"(?:{SAY})é(?=\s+(?:[^,.;«»“”<>]{{0,30}}?\s)?(?:que[\s,]|qu[’']\s*|avoir\s)|\s+{TOLL_OBJECT})"
    # with a title and no comma after it: "Ivo Tapang porte-parole des ADF a déclaré
    # que", "X, commissaire du comté de Pibor a, de son côté, affirmé que", "X, chef de ce
    # village dresse un bilan de"
    rf"|(?<!à\s)(?<!de\s)(?<!en\s)(?P<untitled>{_CAPITALISED})(?:\s*,)?\s+(?:{_TITLE})\s+"
    rf"(?:de|du|des|d[’'])[^,.;:«»“”<>\"]{{2,80}}?\s+(?:(?:a|avait){AFTER_AUXILIARY}"
    rf"(?:{SAY})é|(?:{SAY})e(?=\s+{TOLL_OBJECT})|dresse\s+(?={TOLL_OBJECT}))"
)
# The same in the present, before what is said: "Jules Ngongo, porte-parole de l'armée
# en Ituri, parle aussi de 6 combattants capturés", "X, maire de Y, affirme que"; a toll
# given, after two asides too: "X, président de ..., contacté par Actu30.cd, avance un bilan".
SAID_NEXT = r"(?:également\s+|aussi\s+|encore\s+)?(?:que|qu[’']|de|d[’']|avoir)"
_GIVES_TOLL = rf"(?:{SAID_NEXT}|{TOLL_OBJECT})"
NAMED_SAYS_NOW = re.compile(
    rf"(?<!à\s)(?<!de\s)(?<!en\s)(?P<titled>{_CAPITALISED})"
    rf"(?:\s*,\s*(?:[^,.;:«»“”<>\"]|\.(?=\w)){{2,{_ASIDE}}}?){{1,2}}\s*,\s+(?:{SAYS_NOW})"
    rf"(?=\s+{_GIVES_TOLL})"
)
# The verb a `NAMED_SAYS_NOW` voice needs, found first in the lower-cased text.
PRESENT_SAYS = re.compile(rf",\s+(?:{SAYS_NOW})\s+{_GIVES_TOLL}")
# The verb a `NAMED_SAYS` voice needs, found first in the lower-cased text.
COMPOUND_SAYS = re.compile(
    rf"(?<![\w])(?:a|avait){AFTER_AUXILIARY}(?:{SAY})é"
    rf"|\s(?:(?:{SAY})e|dresse)\s+{TOLL_OBJECT}"
)
