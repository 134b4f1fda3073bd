"""The words of French place language, as pattern text (places.py compiles them):
names ("Côte d'Ivoire", "N'Djamena", "le Logone oriental"), sides ("au nord de"),
areas ("la localité de", "le petit village de", "la sous-préfecture de"), distances
("à 15 km de"), nearness ("aux abords de"), events named by their place ("l'attaque
de Seytenga") and the armed actors they are not named by ("l'attaque de Boko Haram"),
places struck ("ont attaqué Solhan") and the relation words that tie a place to what
happened (`RELATION`)."""

from __future__ import annotations

UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
# An Arabic name's article, in lower case before the name: "le marché d'el-Fasher", "à
# al-Qaïm"; `NAME_START` is where a name opens, with it or without.
_AR = r"(?:el|al|ad|ar|as|ash|an|ech|ez|ed|es|et|az|at)"
ARTICLE_AR = rf"(?:{_AR}-(?=[A-ZÀ-Ý]))"
NAME_START = rf"(?={ARTICLE_AR}?[A-ZÀ-Ý])"
WORD = rf"[{UPPER}][\w’'-]*"
# A name: capitalised words, with the particles French names take between them
# ("Côte d'Ivoire", "Bandiagara de Mopti" is two; "N'Djamena", "Tillabéri").
NAME = (
    r"(?:République\s+centrafricaine(?![\w])|"  # the whole name, not "République" alone
    r"(?:République\s+(?:démocratique\s+du\s+|du\s+|de\s+)?)?(?:l[’'])?"
    # an Arabic name's article in lower case: "le marché d'el-Fasher", "à al-Qaïm"
    rf"{ARTICLE_AR}?"
    # and within it: "Deir ez-Zor" (trial 73c: read as "Deir"), "Ras al-Aïn"
    rf"{WORD}(?:(?:\s+|-)(?:(?:d[’']|de\s+|du\s+|des\s+|el\s|al\s|{_AR}-)?){WORD}){{0,3}}"
    # a region named with its side in lower case: "le Logone oriental", "le Kasaï central"
    r"(?:\s+(?:orientale?|occidentale?|septentrionale?|méridionale?|centrale?)(?![\w]))?)"
)
# The compound sides first: "nord-est" is not "nord" cut at its hyphen.
DIRECTION = (
    r"nord-est|nord-ouest|sud-est|sud-ouest|extrême[- ]nord|"
    r"extrême[- ]sud|extrême[- ]est|extrême[- ]ouest|grand[- ]nord|grand[- ]sud|"
    r"centre-nord|centre-sud|centre-est|centre-ouest|nord|sud|est|ouest|centre"
)
AREA = (
    r"localité|village|commune|cercle|région|province|département|préfecture|"
    r"sous-préfecture|ville|zone|quartier|camp|site|secteur|arrondissement|district|territoire|"
    r"communauté|état|etat|capitale|périphérie|environs|camp\s+de\s+(?:réfugiés|déplacés)|"
    r"site\s+de\s+déplacés|territoires|villages|localités|communes|régions|provinces|"
    r"hameau|hameaux|chef-lieu|poste|forêt|parc|réserve|massif|bourgade|agglomérations?|wilaya|"
    # the areas of other countries: "la bande de Gaza", "le gouvernorat d'Idleb", "l'oblast
    # de Kharkiv", "le comté de Pibor", "la municipalité de X"; a town's "cité"
    r"bande|gouvernorats?|oblasts?|comtés?|municipalités?|cité|"
    # Algeria's districts and Morocco's: "la daïra de Bordj Ghedir" (french-m study),
    # "la wilaya de Khenchela", "le caïdat de", "la commune rurale de"
    r"daïras?|dairas?|wilayas|caïdats?|"
    # a camp or a site named by whom it shelters: "au site des déplacés de Lala"
    r"(?:camp|site)s?\s+des\s+(?:réfugiés|déplacés)|"
    # a camp named by its number: "dans le camp 15 d'Ukhiya", "le camp n° 4 de Farchana"
    r"camp\s+(?:n[°o]\s*)?\d{1,3}|"
    r"cantons?|campements?|marché|ville\s+minière|site\s+d[’']orpaillage|"
    # where people gather or park: "dans un parking de Bujumbura", "une station-service
    # de Goma"; the spots of a town struck: "dans quatre endroits différents de Bujumbura"
    r"parkings?|stations?-service|endroits|"
    # Nigeria's local government area: "la zone de gouvernement local de Danmusa"
    r"zone\s+de\s+gouvernement\s+local|circonscriptions?|"
    # places within a town: "l'hôpital saoudien d'El-Fasher", "le marché de Dori"
    r"chefferie|groupement|collectivité|"
    # a force's quarters, whose force is no place: "à l'intérieur du QG de la police de
    # Peshawar", "la caserne de la gendarmerie de Mora", "le camp militaire de Diffa"
    r"(?:qg|quartier\s+général|siège|caserne|commissariat|camp)\s+(?:de\s+la\s+police|"
    r"de\s+la\s+gendarmerie|de\s+l[’']armée|de\s+police|militaire)|qg|"
    r"hôpital|mosquée|église|école|lycée|université|caserne|base|aéroport|prison|gare|port|"
    r"centre-ville|garnison|brigade|mine|usine|barrage|pont|gendarmerie|(?:sous-)?commissariats?|"
    # the plural of an area lists its places: "les districts de Tyr et de Nabatiyé"
    r"districts|secteurs|départements|arrondissements|(?:sous-)?préfectures|groupements|"
    r"chefferies|cercles|quartiers|sites|camps|enclave|"
    # the islands of a lake or a coast: "sur l'île de Kinasi", "dans les îles du lac"
    r"îles?|presqu[’']îles?|"
    # Burundi's hills, its smallest areas: "sur la colline de Ruhagarika"
    r"(?:sous-)?collines?|(?:hauts?[- ])?plateaux?|"
    # where people gather, struck within a town: "dans un bar de Bujumbura", "au stade de
    # Conakry", "dans une boîte de nuit de Ouagadougou", "la gare routière de Maiduguri"
    r"bars?|buvettes?|cabarets?|restaurants?|cafés?|stades?|discothèques?|"
    r"boîtes?\s+de\s+nuit|cinémas?|plages?|supermarchés?|centres?\s+commerciaux|"
    r"centre\s+commercial|marchés|gares|abattoirs?|terminus|"
    # a town's landmarks and the land around a village: "devant la mairie de Kousseri",
    # "au rond-point de Maroua", "dans la brousse de Kofonou", "sur la rive de Bangui"
    r"mairies?|carrefours?|ronds?-points?|brousse|champs|rives?|berges?|"
    # around a town: "dans la banlieue nord de Bangui", "dans l'arrière-pays de Bria";
    # several towns: "dans les villes de Bria et Ndélé"
    r"banlieues?|arrière-pays|villes|"
    # the land itself: "dans la vallée de la Ruzizi", "dans la plaine de la Ruzizi", "les
    # monts du Mandara", "sur le fleuve de ..."
    r"vallées?|plaines?|monts|montagnes?|fleuves?|rivières?|chutes|"
    # Nigeria's communities, plural too; a boarding school
    r"communautés|pensionnats?|rues|ruelles"
)
# An adjective or two between an area and its name: "la commune rurale de Boni", "la
# province méridionale syrienne de Souweïda".
AREA_ADJECTIVE = (
    r"(?:\s+(?:rurale?|urbaine?|frontali(?:er|ère)|transfrontali(?:er|ère)|voisine?|"
    r"administrati(?:f|ve)|mini(?:er|ère)|"
    r"sanitaire|"
    # a protected area: "le parc national du W", "la forêt classée de Kabonga"
    r"nationale?|naturel(?:le)?|classée|protégée|"
    r"militaire|agricole|lacustre|insulaire|aurifère|principale?|centrale?|régionale?|"
    # an area's side of its country: "la région méridionale de Kherson", "la province
    # orientale de Ninive", "la région septentrionale du Tigré"
    r"orientale?|occidentale?|septentrionale?|méridionale?|"
    # a side of a town: "la banlieue nord de Bangui", "la périphérie sud de Goma"
    r"nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|"
    r"musulmane|chrétienne|"
    # a community's village or quarter: "le village banyamulenge de Kagogo", "le quartier
    # peul de Gobolo"
    r"peule?s?|peuhle?s?|banyamulenge|hema|lendu|hutu|tutsi|nande|mbororo|haoussa|kanouri|"
    r"arabe|yézidie?|druze|alaouite|"
    # what a quarter or a town is: "un quartier chiite d'Iskan", "une zone résidentielle de
    # Kharkiv", "la ville portuaire d'Odessa"
    r"chiite|sunnite|kurde|résidentiel(?:le)?|industriel(?:le)?|commerciale?|populaire|portuaire|"
    r"côtière|routière|ferroviaire|"
    # what a town is in the war: "la ville rebelle d'Idleb", "la ville historique de
    # Palmyre", "la ville stratégique de Bakhmout", "la cité assiégée d'El-Fasher"
    r"rebelles?|historiques?|stratégiques?|assiégée?s?|différents|"
    # of a country, plural too: "les régions soudanaises du Kordofan", "la ville
    # nigériane de Maiduguri", "la ville ghanéenne de Bawku"
    # a side of the country too: "l'Etat sud-soudanais de Jonglei"
    r"(?:(?:nord|sud|est|ouest)-)?[a-zà-ÿ]+(?:ien|ienne|ais|aise|ain|aine|ois|oise|iane?|éenne|éen)s?|"
    # the adjectives of a country no suffix above gives: "la région russe de Belgorod"
    r"(?:russe|turque|belge|suisse|grecque|birmane|afghane|k[ée]nyane|yéménite|burkinabée?|"
    r"serbe|croate|tchèque)s?)){0,2}"
)
# An adjective before an area: "le petit village de Ngouma", "une petite localité de
# l'Ituri", "la grande ville de Maroua".
AREA_BEFORE = (
    r"(?:(?:petite?s?|grande?s?|vaste|paisible|lointaine?|modeste|ancienne?|populeuse?|"
    # "en plein centre-ville de Bunia", "en pleine brousse de Kofonou"
    r"plein|pleine|"
    # "dans le seul département de l'Ouest", "pour la seule province de Bagdad"
    r"même|autres?|seule?s?"
    # a town's numbered district: "dans le 3e arrondissement de Bangui", "la 5e commune"
    r"|\d{1,2}(?:e|è|ème|er|ère)|premier|première|deuxième|troisième|quatrième|cinquième|"
    r"sixième|septième|huitième|neuvième|dixième)\s+)?"
)
# How far from a place: "à 15 km de", "à une vingtaine de kilomètres au nord de".
DISTANCE = (
    r"à\s+(?:environ\s+|près\s+de\s+|plus\s+de\s+|moins\s+de\s+|quelque\s+|une\s+)?"
    r"[\w\s ]{1,20}?\s*(?:km|kilomètres?)\s+(?:(?:au|à\s+l[’'])\s*(?:" + DIRECTION + r")\s+)?"
    r"(?:d[e’']|du|des)\s*"
)
# An event named by its place ("l'attaque de Seytenga", "le massacre de Solhan"), and
# the armed actors an event is named by as well ("l'attaque de Boko Haram").
EVENT = (
    r"attaque|attentat|embuscade|massacre|tuerie|assaut|raid|bataille|prise|chute|"
    r"bombardement|explosion|offensive|incursion|siège|drame|carnage"
)
# An event named by its place, plural or with an adjective too: "les affrontements
# intercommunautaires de Kutum", "les combats de Mongo", "les violences d'Abéché", "les
# attaques de Tengréla" (not "les combats de samedi", "les tirs de l'armée": ACTOR).
EVENT_PHRASE = (
    # "lors du massacre de Drodro", "au cours des combats de Mongo" too
    # "le double attentat-suicide de Kolofata", "la nouvelle attaque de Bohoma"
    rf"(?:(?:l[’']|la\s+|le\s+|les\s+|du\s+|des\s+)"
    r"(?:(?:double|triple|nouvel|nouvelle|récente?|dernière?|sanglante?|meurtrière?)\s+)?"
    rf"(?:(?:{EVENT})s?(?:-suicides?)?|affrontements|combats|violences|heurts|"
    r"frappes|tirs|émeutes|échauffourées|accrochages|exactions)"
    r"(?:\s+(?:intercommunautaires?|interethniques?|communautaires?|meurtrières?|sanglante?s?|"
    r"armée?s?|jihadistes?|djihadistes?|terroristes?|récente?s?|tribales?|tribaux))?\s+"
    # an event named again by its pronoun: "quelques jours après celle de Karimama"
    r"|(?:celle|celles)\s+)(?:de\s+|d[’'])"
)
ACTOR = (
    r"(?i:boko|al[- ]|ansar|jnim|gsim|eigs|ei\b|état\s+islamique|etat\s+islamique|daech|iswap|"
    r"fama|fds|vdp|adf|m23|rsf|fsr|wagner|africa\s+corps|barkhane|minusma|minusca|monusco|"
    r"katiba|mnla|cma|csp|fla|hts|hamas|hezbollah|tsahal|l[’']armée|l[’']ennemi|"
    r"groupes?|hommes|individus|jihadistes|djihadistes|terroristes|rebelles|insurgés|"
    r"milices?|forces?|armée|mouvement|coalition|front|organisation|la\s+nuit|la\s+veille|"
    r"mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)"
)
# Near a place, as French reporting words it: "aux abords de", "non loin du", "à
# proximité des"; a place within it may follow ("aux abords du marché de Djibo").
NEAR = (
    r"(?:près|non\s+loin|aux\s+environs|dans\s+les\s+environs(?:\s+immédiats)?|autour|"
    r"aux\s+alentours|à\s+proximité|(?:en|à\s+la|dans\s+la)\s+périphérie|à\s+la\s+sortie|"
    r"aux\s+abords|à\s+l[’']entrée|à\s+(?:la\s+)?hauteur|en\s+direction|du\s+côté|au\s+large|"
    r"au\s+niveau|(?:en\s+plein\s+|au\s+)cœur|en\s+plein\s+centre|dans\s+(?:la\s+banlieue|les\s+faubourgs)|en\s+banlieue|"
    r"à\s+la\s+lisière|en\s+(?:amont|aval)|à\s+l[’']intérieur)"
    r"\s+(?:d[e’']\s*|du\s+|des\s+)"
)
# Verbs whose object is a place struck or fled: "ont attaqué Solhan", "ont fui Tillabéri".
STRUCK = (
    # "une roquette a touché Rehovot"
    r"(?:attaqu|assiég|bombard|pilonn|frapp|vis|cibl|touch|"
    # "les affrontements qui ont secoué Bambari", "les raids qui ont ravagé Kutum"
    r"secou|endeuill|ensanglant|ravag|dévast|pill|incendi)(?:é|ée|és|ées|ant|ent|ait|aient)"
    r"|(?:investi|envahi|fui|quitté|déserté)(?:e|s|es)?|pris\s+d[’']assaut"
    # fled, told by an infinitive: "forcés de quitter Goma", "contraints de fuir Kitshanga"
    r"|quitter|fuir|évacuer"
)
# A place of worship, a school or a clinic, named by its kind, its adjectives and a
# saint's or a founder's name before the town it stands in: "la paroisse catholique
# Bienheureuse Anuarite de Komanda", "l'école primaire Sainte-Thérèse de Kaura",
# "l'église catholique de Bunia", "près du collège Saint-Paul de Bambari" (the town).
INSTITUTION = (
    r"paroisse|église|cathédrale|chapelle|basilique|mosquée|temple|école|collège|lycée|"
    r"complexe\s+scolaire|institut|université|séminaire|couvent|monastère|orphelinat|"
    r"internat|hôpital|centre\s+de\s+santé|centre\s+hospitalier|dispensaire|clinique"
)
INSTITUTION_ADJECTIVE = (
    r"catholique|protestante?|évangélique|anglicane?|adventiste|baptiste|méthodiste|"
    r"pentecôtiste|orthodoxe|musulmane?|chrétienne?|paroissiale?|primaire|secondaire|"
    r"publique|public|privée?|confessionnelle?|coranique|islamique|centrale?|principale?|"
    r"générale?|communautaire|de\s+référence"
)
# The words that tie a place to what happened, lower-case (`_PHRASE` reads them
# case-blind, `_RELATION_START` on lower-cased text).
# A settlement's kind, then its name set off by commas: "La capitale de la Somalie,
# Mogadiscio, a été secouée", "une autre ville irakienne, Tikrit, située au nord de
# Bagdad" (the name is the place, `places._mention`).
APPOSED_KIND = (
    r"(?:(?:dans|à|de|d[’']|sur|vers)\s*)?(?:la|le|l[’']|une?)\s*(?:autre\s+|grande\s+|petite\s+)?"
    r"(?:ville|capitale|localité|cité|commune|bourgade|agglomération|métropole|village|hameau)"
    r"(?:\s+(?!de\s|du\s|des\s|d[’'])[a-zà-ÿ]+)?"
    # what it is of, twice too: "une autre localité du centre du pays, Kaga-Banro,"
    r"(?:\s+(?:de\s+la|de\s+l[’']|du|de|d[’'])\s*[\w’'-]+){0,2}"
    r"\s*,\s+"
)
RELATION = (
    rf"{APPOSED_KIND}(?=[\w’'-]+(?:[\s-]+[\w’'-]+)?\s*,)"
    # a settlement told by its kind, then its name ending the sentence: "dans un autre
    # hameau, Namaluco." (not "un responsable de la ville, Ali Kodo.")
    rf"|(?=(?:dans|à)\s+une?\s){APPOSED_KIND}(?=[\w’'-]+(?:[\s-]+[\w’'-]+)?\s*[.;](?:\s|$))"
    rf"|{DISTANCE}"
    # a side of a capital named: "au sud de la capitale Khartoum", "de la capitale, Bangui"
    rf"|(?:au|à\s+l[’'])\s*(?:{DIRECTION})\s+(?:d[e’']|du|des)\s*(?:la\s+)?"
    r"(?:capitale(?:\s+[a-zà-ÿ]+)?\s*,?\s+"
    # a side of a settlement told by its kind: "au Sud-Est du village (de) Masiakwa"
    r"|(?:ville|village|localité|commune|hameau|quartier|camp|site)\s+(?:d[e’']\s*)?)?"
    rf"|(?:dans\s+)?(?:le|la|l[’'])\s*(?:{DIRECTION})\s+(?:d[e’']|du|des)\s*(?:la\s+)?"
    # the side of a place a thing lies in, after its noun: "un hôtel du centre de
    # Mogadiscio", "un marché du nord de Bagdad"
    rf"|(?<=[a-zà-ÿ] )du\s+(?:{DIRECTION})\s+(?:d[e’']|du|des)\s*(?:la\s+)?"
    rf"|{NEAR}(?:(?:la\s+|l[’'])?(?:{AREA}){AREA_ADJECTIVE}\s+(?:d[e’']\s*|du\s+|des\s+))?"
    # an area named without "de": "dans le quartier Sabalibougou", "au village Kpéré"
    # so too after "du" ("la mosquée du quartier Abou Chouk"), and a camp named by whom it
    # shelters ("près du camp de déplacés Zamzam")
    r"|(?:(?:dans|à)\s+)?(?:le|au|du)\s+(?:quartier|village|camp(?:\s+de\s+(?:déplacés|réfugiés))?|"
    # a spot named without "de": "au point Triple" (where three borders meet)
    r"site|hameau|secteur|groupement|point)\s+"
    # a commune or a locality so, feminine: "l'administrateur de la commune Gatara"
    r"|(?:(?:dans|à|de)\s+)?la\s+(?:commune|localité)\s+(?=[^\W\d_])"
    # a compound name with its article in lower case: "à la Croix-des-Missions" (a particle
    # inside: not "à la Croix-Rouge")
    r"|(?:à|dans|de|vers|sur)\s+la\s+(?=[^\W\d_][\w’']*-(?:des?|du|la|le|aux?)-[^\W\d_])"
    # a river or a range named without "de": "dans le fleuve Oubangui", "sur la rivière
    # Semliki", "dans les monts Mandara"
    r"|(?:(?:sur|dans|à|près)\s+)?(?:le\s+fleuve|la\s+rivière|les\s+monts|du\s+fleuve|"
    r"de\s+la\s+rivière|des\s+monts)\s+(?=[^\W\d_])"
    # a hill of Burundi named without "de": "sur la colline Rugazi"
    r"|(?:(?:sur|dans|à)\s+)?la\s+(?:sous-)?colline\s+(?=[^\W\d_])"
    # Burundi's usage, no article and no "de": "en commune Murwi", "en province Cibitoke"
    r"|en\s+(?:commune|province|zone|colline)\s+(?!d[e’']|du\s|des\s)(?=[^\W\d_])"
    # a square: "sur la place Tahrir", "la place Adan a été frappée"
    r"|(?:(?:sur|dans|à)\s+)?la\s+place\s+(?=[^\W\d_])"
    # a protected area so too: "dans le parc transfrontalier W", "la réserve naturelle Dja"
    rf"|(?:(?:dans|à)\s+)?(?:le|la|au)\s+(?:parc|réserve|forêt){AREA_ADJECTIVE}{AREA_ADJECTIVE}\s+"
    # a lake named as French writes it, lower case: "sur les rives du lac Tchad", "au lac Kivu",
    # its "de" too: "sur les rives du lac d'Annecy", "au bord du lac de Guiers" (french-v study)
    r"|(?:(?:sur|dans|à)\s+)?(?:(?:les|des)\s+(?:rives|berges|bords|îles|îlots)\s+du\s+|"
    r"(?:le|la|l[’'])\s*(?:bassin|région|zone|province|pourtour|île|presqu[’']île)\s+du\s+|"
    r"le\s+|au\s+|du\s+)lac\s+(?:de\s+(?=[A-ZÀ-Ý])|d[’'](?=[A-ZÀ-Ý]))?"
    # a part named by its side: "dans la partie nord de Kidal"
    rf"|(?:dans\s+)?(?:la\s+)?partie\s+(?:{DIRECTION}|centrale|septentrionale|méridionale|"
    r"orientale|occidentale)\s+(?:d[e’']|du|des)\s*"
    r"|(?:sur\s+)?l[’']axe\s+(?:routier\s+)?(?:d[e’']\s*|reliant\s+)?"
    # a stretch of road, as "l'axe": "sur le tronçon Bangassou-Rafaï"
    r"|(?:sur\s+)?le\s+tronçon\s+(?:routier\s+)?(?:d[e’']\s*|reliant\s+|entre\s+)?"
    r"|(?:(?:dans|à)\s+)?la\s+capitale(?:\s+[a-zà-ÿ]+)?\s*,?\s+"
    r"|(?:à|sur|le\s+long\s+de|près\s+de|non\s+loin\s+de)\s+la\s+frontière\s+(?:avec|entre)\s+"
    r"(?:le\s+|la\s+|l[’'])?"
    rf"|{EVENT_PHRASE}(?!{ACTOR})"
    # not an area written with a capital: "dans le Parc national du W" is read below
    rf"|dans\s+(?:le|la|les)\s+(?!(?:{AREA}){AREA_ADJECTIVE}\s+(?:d[e’']|du\s|des\s))"
    r"|(?:habitants|populations?|résidents|ressortissants|ménages|villageois)\s+"
    r"(?:de\s+|du\s+|d[’'])"
    r"|(?:sur\s+)?(?:la\s+(?:route|piste|nationale)|l[’']autoroute)\s+"
    r"(?:d[e’']\s*|reliant\s+|entre\s+)"
    # a road named by its two ends, as "l'axe Beni-Kasindi": "sur la route Beni-Kasindi"
    # (any letter in the look-ahead: `_RELATION_START` reads it lower-cased; the name
    # itself must open on a capital)
    r"|(?:sur\s+)?(?:la\s+(?:route|piste)|l[’']autoroute)\s+(?=[^\W\d_][\w’']*-[^\W\d_])"
    rf"|(?:(?:(?:dans|à|de|sur|vers|contre)\s+)?(?:le|la|les|l[’']|un|une|des|du|au|aux|"
    r"plusieurs|certaines?|diverses|différentes|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    # whose it is: "contre leur base de Minembwe", "dans son village de Kalau"
    r"leur|leurs|son|sa|ses)\s*"
    # an area without its article, as Congolese reporting writes it: "en territoire de
    # Djugu", "en chefferie des Baswagha", "en groupement de Djaiba"
    r"|en\s+"
    rf"|(?<=, )){AREA_BEFORE}(?:{AREA}){AREA_ADJECTIVE}"
    # what the area is of, lower case, before its town: "une usine de textile de Hilla",
    # "le quartier du wharf de Jérémie"
    r"(?:\s+(?:d[e’']\s*|du\s+)(?!(?:ville|localité|village|commune|région|province|zone|district|"
    r"territoire|département|quartier)(?![\w]))(?-i:[a-zà-ÿ]{4,}))?"
    # its name after "appelée": "à la hauteur de la zone appelée Rizeri"
    r"\s+(?:d[e’']|du|des|(?:appelée?s?|dénommée?s?)(?=\s+(?-i:[A-ZÀ-Ý])))\s*"
    rf"(?:(?:le|la|l[’'])?\s*(?:{AREA}){AREA_ADJECTIVE}\s+(?:d[e’']|du|des)\s*)?"
    # a part of a place: "une petite ville du nord du Cameroun"
    rf"(?:(?:{DIRECTION})\s+(?:d[e’']|du|des)\s*)?"
    # a name with its article: "la préfecture de la Nana-Mambéré"
    r"(?:la\s+)?"
    r"|entre\s+|à\s+|au\s+|aux\s+|en\s+|dans\s+|sur\s+"
    rf"|contre\s+(?!{ACTOR})"  # "des raids contre Douma", not "contre Boko Haram"
    # a place attacked or fled, named right after its verb: "ont attaqué Solhan"
    # its day between: "ont attaqué dimanche Darak", "a frappé mardi soir Kolofata"
    rf"|(?:{STRUCK})\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
    rf"(?:\s+(?:soir|matin|après-midi))?\s+)?(?!{ACTOR})"
)

# Relation words of places few sentences name, read only where one of `RARE_HINTS`
# stands (places.py): several villages or quarters named without "de", a street, a
# place of worship, a school or a clinic named before its town (`INSTITUTION`).
RARE_RELATION = (
    # several villages so: "aux villages Liko et Lai", "dans les quartiers Himbi et Katindo"
    r"(?:dans\s+)?(?:les|aux)\s+(?:quartiers|villages|camps|sites|hameaux|localités)\s+"
    # a street: "dans la rue Boryspilska", "sur l'avenue Kasa-Vubu", "le boulevard X"
    r"|(?:(?:dans|sur|à)\s+)?(?:la\s+|l[’']\s*)(?:rue|avenue)\s+|(?:(?:sur|à)\s+)?(?:le|au)\s+boulevard\s+"
    # an institution: "la paroisse Saint-Joseph de Komanda"
    rf"|(?:(?:dans|à|de|sur|vers|contre|devant|près)\s+)?(?:le|la|les|l[’']|une?|du|au|aux)\s*"
    rf"(?:{INSTITUTION})(?:\s+(?:{INSTITUTION_ADJECTIVE})(?![\w])){{0,2}}\s*"
    # its town right after, or its own name and then its town (the name reads both), or
    # its name quoted and then its town: "le collège «Lords Bilingual School» de Kumba"
    r"(?:\s(?:d[e’']\s*|du\s+|des\s+)(?:la\s+)?|\s(?=[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:de\s|d[’']|du\s))"
    r"|[«“\"][^«»“”\"]{1,60}[»”\"]\s+(?:d[e’']\s*|du\s+|des\s+)(?:la\s+)?)"
    # a stop or a station named without "de" (trial 77, french-x study): "dans la station de
    # métro Atwater", "à la gare Saint-Lazare", "près de l'arrêt de bus Mandela"; its name
    # opens on a capital, and no broadcaster is a station's name ("la station Radio Okapi")
    # (a nearness kept, "près de l'arrêt de bus X"; "à", "dans" left before the phrase)
    r"|(?:(?:devant|près\s+de|aux\s+abords\s+de)\s+)?"
    r"(?:la|le|l[’']|une?|du|au)\s*(?:station(?:\s+de\s+(?:métro|tramway|tram|bus|train|RER))?|"
    r"gare|arrêt\s+de\s+(?:bus|tramway|tram)|terminus)\s+"
    r"(?=(?-i:[A-ZÀ-Ý]))(?!(?i:radio|télé|tv|fm)(?![\w]))"
)
RARE_HINTS = (
    "quartiers", "villages", "camps", "sites", "hameaux", "localités", "rue", "avenue",
    "boulevard", "paroisse", "église", "cathédrale", "chapelle", "basilique", "mosquée",
    "temple", "école", "collège", "lycée", "scolaire", "institut", "université", "séminaire",
    "couvent", "monastère", "orphelinat", "internat", "hôpital", "santé", "hospitalier",
    "dispensaire", "clinique", "station", "gare", "arrêt", "terminus",
)  # fmt: skip


# A settlement's kind before its name, the name being the place: "la petite localité de
# Bakoro", "le village de Mandaka", "la commune rurale de Kalamba", "la ville nigériane
# de Maiduguri", "le camp de déplacés de Kanyaruchinya" are Bakoro, Mandaka ...; the
# English reader gives "Tamsu" for "the village of Tamsu", and matching reads names
# ("rurale" and "petite" would be names there). Not after "un"/"une" ("un village de
# Zamfara" is a village in Zamfara), nor "voisine" ("la localité voisine de Mamove" is
# beside Mamove), nor an administrative area ("le territoire de Djugu", "la province
# du Nord-Kivu"), whose kind says how wide the place is.
SETTLEMENT_KIND = (
    # the capital so too, whatever the relation before it: "au sud de la capitale
    # Khartoum" is south of Khartoum, "la capitale nigérienne Niamey" Niamey
    r"(?:(?<=^)|(?<=\s))(?:(?i:la)\s+)?(?i:capitale)(?:\s+(?!de\s|du\s|des\s)[a-zà-ÿ]+)?"
    r"\s*,?\s+(?=[A-ZÀ-Ý])|"
    r"^(?:(?i:la|le|l[’'])\s*)?(?:(?i:petite?|grande?|paisible|même)\s+)?"
    r"(?:(?i:localité|village|commune|ville|bourgade|hameau|cité|agglomération|bourg|"
    r"camp\s+des?\s+(?:déplacés|réfugiés)|site\s+des?\s+déplacés|camp)"
    r"(?:\s+(?!voisine|proche|lointaine)(?:rurale|urbaine|frontalière|minière|minier|portuaire|"
    r"côtière|lacustre|garnison|natale|rebelle|historique|stratégique|assiégée|"
    r"[a-zéè]+(?:aise|ais|ienne|ien|aine|ain|iane?|oise|ois|éenne|éen)))?"
    r"\s+(?:de\s+|d[’'])"
    # a name right after a small settlement's kind: "le village Dandi", "au hameau Kpéré"
    r"|(?:village|hameau|camp|localité)\s+)"
    rf"{NAME_START}"
)
