"""Countries, their demonyms and capitals, and the regions conflict reporting names.

A small built-in gazetteer: enough to resolve "the country", "the capital",
"on Malian soil" and bare place names without downloading anything. Towns the
gazetteer does not know are still found after a locative preposition
("in Gossi", "north of Kidal"); see `places.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.extract.places_in import FRANCOPHONE_PLACES_IN, FRENCH_PLACES_IN, PLACES_IN

# name | other names | demonyms | capital
_COUNTRIES = """
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Angola||Angolan|Luanda
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani,Azeri|Baku
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Benin||Beninese|Porto-Novo
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana||Botswanan|Gaborone
Brazil||Brazilian|Brasilia
Bulgaria||Bulgarian|Sofia
Burkina Faso|Burkina|Burkinabe,Burkinabè|Ouagadougou
Burundi||Burundian|Gitega
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa
Central African Republic|CAR,C. African Republic,C.African Republic|Central African|Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China||Chinese|Beijing
Colombia||Colombian|Bogota
Comoros||Comorian|Moroni
Democratic Republic of the Congo|DRC,DR Congo,Congo-Kinshasa|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville,Republic of Congo||Brazzaville
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Djibouti||Djiboutian|Djibouti
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish|Helsinki
France||French|Paris
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran||Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Ivory Coast|Cote d'Ivoire,Côte d'Ivoire|Ivorian|Yamoussoukro
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Laotian,Lao|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho|Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Mali||Malian|Bamako
Mauritania||Mauritanian|Nouakchott
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Namibia||Namibian|Windhoek
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|Holland|Dutch|Amsterdam
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea||North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palestine|Palestinian Territories,Palestinian Territory|Palestinian|Ramallah
Panama||Panamanian|Panama City
Peru||Peruvian|Lima
Philippines||Filipino,Philippine|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Saudi Arabia||Saudi|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian,Serb|Belgrade
Sierra Leone||Sierra Leonean|Freetown
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea||South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Togo||Togolese|Lome
Tunisia||Tunisian|Tunis
Turkey|Türkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv
United Arab Emirates|UAE|Emirati|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|British|London
United States|US,U.S.,USA,U.S.A.,America|American|Washington
Uzbekistan||Uzbek|Tashkent
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Western Sahara||Sahrawi|Laayoune
Yemen||Yemeni|Sanaa
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
"""

# Regions and areas that conflict reporting names as places in their own right.
REGIONS = (
    "Sahel",
    "Sahara",
    "Maghreb",
    "West Africa",
    "East Africa",
    "North Africa",
    "Central Africa",
    "Southern Africa",
    "Horn of Africa",
    "Lake Chad",
    "Middle East",
    "Gulf",
    "Levant",
    "Darfur",
    "Kordofan",
    "Tigray",
    "Amhara",
    "Oromia",
    "Cabo Delgado",
    "Ituri",
    "North Kivu",
    "South Kivu",
    "Donbas",
    "Donetsk",
    "Luhansk",
    "Crimea",
    "Kherson",
    "Zaporizhzhia",
    "Gaza",
    "Gaza Strip",
    "West Bank",
    "Golan Heights",
    "Kurdistan",
    "Jammu and Kashmir",
    "Balochistan",
    "Kashmir",
    "Idlib",
    "Aleppo",
    "Mosul",
    "Raqqa",
    "Sinai",
    "Benghazi",
    "Azawad",
    "Liptako-Gourma",
    "Borno",
    "Cyrenaica",
    "Tripolitania",
    "Fezzan",
    "Nagorno-Karabakh",
    "Rakhine",
    "Mindanao",
)


@dataclass(frozen=True)
class Country:
    """One country with the names a text may call it by."""

    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str


# Countries as French reporting names them (issue 18): more names of the same country.
_FRENCH = """
Algeria: Algérie
Armenia: Arménie
Azerbaijan: Azerbaïdjan
Bahrain: Bahreïn
Belarus: Biélorussie
Belgium: Belgique
Benin: Bénin
Bosnia and Herzegovina: Bosnie-Herzégovine
Brazil: Brésil
Cambodia: Cambodge
Cameroon: Cameroun
Central African Republic: Centrafrique, République centrafricaine
Chad: Tchad
China: Chine
Colombia: Colombie
Comoros: Comores
Cyprus: Chypre
Democratic Republic of the Congo: RDC, République démocratique du Congo
Egypt: Égypte, Egypte
Equatorial Guinea: Guinée équatoriale
Eritrea: Érythrée
Ethiopia: Éthiopie, Ethiopie
Gambia: Gambie
Georgia: Géorgie
Germany: Allemagne
Greece: Grèce
Guinea: Guinée
Guinea-Bissau: Guinée-Bissau
Haiti: Haïti
India: Inde
Indonesia: Indonésie
Iraq: Irak
Israel: Israël
Italy: Italie
Japan: Japon
Jordan: Jordanie
Kuwait: Koweït
Lebanon: Liban
Liberia: Libéria
Libya: Libye
Mauritania: Mauritanie
Mexico: Mexique
Morocco: Maroc
Myanmar: Birmanie
Namibia: Namibie
Nepal: Népal
Netherlands: Pays-Bas
Nigeria: Nigéria
North Korea: Corée du Nord
Poland: Pologne
Republic of the Congo: République du Congo
Russia: Russie
Saudi Arabia: Arabie saoudite
Senegal: Sénégal
Somalia: Somalie
South Africa: Afrique du Sud
South Korea: Corée du Sud
South Sudan: Soudan du Sud, Sud-Soudan, Sud Soudan
Spain: Espagne
Sudan: Soudan
Switzerland: Suisse
Syria: Syrie
Tanzania: Tanzanie
Thailand: Thaïlande
Tunisia: Tunisie
Turkey: Turquie
Uganda: Ouganda
United Arab Emirates: Émirats arabes unis
United Kingdom: Royaume-Uni
United States: États-Unis, Etats-Unis
Western Sahara: Sahara occidental
Yemen: Yémen
Zambia: Zambie
"""


# English names too long for a row of the table above.
_LONG_NAMES = {"Democratic Republic of the Congo": "Democratic Republic of Congo"}


def _parse(table: str) -> tuple[Country, ...]:
    french = dict(line.split(": ") for line in _FRENCH.strip().splitlines())
    rows = []
    for line in table.strip().splitlines():
        name, aliases, demonyms, capital = line.split("|")
        also = [*french.get(name, "").split(", "), _LONG_NAMES.get(name, "")]
        given = [a for a in [*aliases.split(","), *also] if a]
        # a name with an apostrophe, as typeset too: "Côte d’Ivoire", "Cote d’Ivoire"
        typeset = [a.replace("'", "’") for a in given if "'" in a]
        rows.append(
            Country(
                name=name,
                aliases=tuple(dict.fromkeys([*given, *typeset])),
                demonyms=tuple(d for d in demonyms.split(",") if d),
                capital=capital,
            )
        )
    return tuple(rows)


COUNTRIES: tuple[Country, ...] = _parse(_COUNTRIES)

COUNTRY_BY_NAME: dict[str, Country] = {
    n.lower(): c for c in COUNTRIES for n in (c.name, *c.aliases)
}
COUNTRY_BY_DEMONYM: dict[str, Country] = {d.lower(): c for c in COUNTRIES for d in c.demonyms}
COUNTRY_BY_CAPITAL: dict[str, Country] = {c.capital.lower(): c for c in COUNTRIES}

COUNTRY_OF_PLACE: dict[str, Country] = {
    place.strip(): COUNTRY_BY_NAME[country.lower()]
    for table in (PLACES_IN, FRENCH_PLACES_IN, FRANCOPHONE_PLACES_IN)
    for country, places in (
        line.split(":") for line in table.replace("\n ", " ").strip().splitlines()
    )
    for place in places.split(",")
}

# Every name that is a place on its own: countries, aliases, capitals, regions.
PLACE_NAMES: frozenset[str] = frozenset(
    [*COUNTRY_BY_NAME, *COUNTRY_BY_CAPITAL, *(r.lower() for r in REGIONS)]
)
