"""French nationalities, each in its four forms, and the country each names.

French writes a nationality in lower case after its noun, agreed in gender and number:
"soldats tchadiens", "l'armée tchadienne", "casques bleus sénégalais", "deux
Nigérianes". The English gazetteer's demonyms ("Chadian") cannot find them, so a
French report of "vingt-quatre soldats tchadiens" tué named no country where its
English twin, "24 Chadian soldiers", named Chad (session 45, the Cameroon trial).

`FRENCH_DEMONYMS` maps each form, lower case and capitalised, to its country (extract/gazetteer.py's
`Country`); the feminine and plural forms are made by French agreement from the
masculine singular (`forms`). Only countries of the gazetteer's table are listed.
"""

from __future__ import annotations

from workbench.extract.gazetteer import COUNTRY_BY_NAME, Country

# country (as extract/gazetteer.py names it) | masculine singular
_MASCULINE = """
Afghanistan|afghan
Algeria|algérien
Angola|angolais
Armenia|arménien
Azerbaijan|azerbaïdjanais
Bangladesh|bangladais
Belgium|belge
Benin|béninois
Burkina Faso|burkinabè
Burundi|burundais
Cambodia|cambodgien
Cameroon|camerounais
Canada|canadien
Central African Republic|centrafricain
Chad|tchadien
China|chinois
Colombia|colombien
Comoros|comorien
Democratic Republic of the Congo|congolais
Djibouti|djiboutien
Egypt|égyptien
Equatorial Guinea|équato-guinéen
Eritrea|érythréen
Ethiopia|éthiopien
France|français
Gabon|gabonais
Gambia|gambien
Germany|allemand
Ghana|ghanéen
Guinea|guinéen
Guinea-Bissau|bissau-guinéen
Haiti|haïtien
India|indien
Indonesia|indonésien
Iran|iranien
Iraq|irakien
Israel|israélien
Italy|italien
Ivory Coast|ivoirien
Jordan|jordanien
Kenya|kényan
Lebanon|libanais
Liberia|libérien
Libya|libyen
Madagascar|malgache
Mali|malien
Mauritania|mauritanien
Mexico|mexicain
Morocco|marocain
Mozambique|mozambicain
Myanmar|birman
Nepal|népalais
Niger|nigérien
Nigeria|nigérian
Pakistan|pakistanais
Palestine|palestinien
Russia|russe
Rwanda|rwandais
Saudi Arabia|saoudien
Senegal|sénégalais
Sierra Leone|sierraléonais
Somalia|somalien
South Africa|sud-africain
South Sudan|sud-soudanais
Spain|espagnol
Sri Lanka|sri-lankais
Sudan|soudanais
Syria|syrien
Tanzania|tanzanien
Thailand|thaïlandais
Togo|togolais
Tunisia|tunisien
Turkey|turc
Uganda|ougandais
Ukraine|ukrainien
United Kingdom|britannique
United States|américain
Venezuela|vénézuélien
Yemen|yéménite
Zimbabwe|zimbabwéen
"""

# the feminine of a masculine ending, longest ending first: "tchadien" -> "tchadienne"
_FEMININE = (("éen", "éenne"), ("ien", "ienne"), ("ais", "aise"), ("ois", "oise"), ("c", "que"))


def forms(masculine: str) -> tuple[str, ...]:
    """A French nationality's four forms by agreement, in order masculine, feminine,
    their plurals ("tchadien": tchadienne, tchadiens, tchadiennes; "sénégalais":
    sénégalaise, sénégalais, sénégalaises; "belge": belge, belges; "turc": turque;
    "burkinabè" is the same in all four); each form once."""
    if masculine.endswith("è"):
        return (masculine,)
    feminine = masculine if masculine.endswith("e") else masculine + "e"
    for ending, replaced in _FEMININE:
        if masculine.endswith(ending):
            feminine = masculine[: -len(ending)] + replaced
            break
    plural = masculine if masculine.endswith("s") else masculine + "s"
    return tuple(dict.fromkeys((masculine, feminine, plural, feminine + "s")))


def _table() -> dict[str, Country]:
    found: dict[str, Country] = {}
    for line in _MASCULINE.strip().splitlines():
        name, masculine = line.split("|")
        for form in forms(masculine):  # "soldats tchadiens"; "des Tchadiens", people
            found[form] = found[form[0].upper() + form[1:]] = COUNTRY_BY_NAME[name.lower()]
    return found


FRENCH_DEMONYMS: dict[str, Country] = _table()
