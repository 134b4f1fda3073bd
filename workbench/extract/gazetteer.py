"""Countries, their demonyms and capitals, and the regions conflict reporting names.

A small built-in gazetteer: enough to resolve "the country", "the capital",
"on Malian soil" and bare place names without downloading anything. Towns the
gazetteer does not know are still found after a locative preposition
("in Gossi", "north of Kidal"); see `places.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

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
Central African Republic|CAR|Central African|Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China||Chinese|Beijing
Colombia||Colombian|Bogota
Comoros||Comorian|Moroni
Democratic Republic of the Congo|DRC,DR Congo,Congo-Kinshasa|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville||Brazzaville
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


# Regions, provinces and towns conflict reporting names, by the country each lies in:
# they give a place's country ("Idlib", "Maiduguri", "Somali region" of Ethiopia) but are
# not looked for as bare names (a town's name is often a person's too: Beni).
_PLACES_IN = """
Sudan: Darfur, North Darfur, South Darfur, West Darfur, Central Darfur, East Darfur, Kordofan,
 South Kordofan, North Kordofan, West Kordofan, El Fasher, Nyala, Geneina, El Geneina,
 Omdurman, Port Sudan, Wad Madani, Gezira, Blue Nile, Kassala, Kadugli, El Obeid
South Sudan: Jonglei, Upper Nile, Unity State, Malakal, Bentiu, Wau, Yei, Equatoria, Western
 Equatoria, Central Equatoria, Eastern Equatoria, Abyei
Ethiopia: Tigray, Amhara, Oromia, Afar, Somali region, Somali Region, Benishangul-Gumuz,
 Gambella, Mekelle, Bahir Dar, Gondar, Dessie, Dire Dawa, Jijiga, Harar, Hawassa, Sidama
Somalia: Kismayo, Baidoa, Beledweyne, Galkayo, Gaalkacyo, Bosaso, Garowe, Hargeisa, Jowhar,
 Jubaland, Puntland, Galmudug, Hirshabelle, Lower Shabelle, Middle Shabelle, Gedo, Bakool,
 Hiraan, Mudug, Afgoye, Barawe, Jilib, Somaliland
Kenya: Mandera, Wajir, Garissa, Lamu, Mombasa, Kisumu, Nakuru, Eldoret, Marsabit, Turkana,
 Baringo, West Pokot, Isiolo, Tana River
Nigeria: Borno, Yobe, Adamawa, Zamfara, Katsina, Kaduna, Kano, Sokoto, Kebbi, Niger State,
 Benue, Taraba, Nasarawa, Kogi, Maiduguri, Bama, Gwoza, Damboa, Monguno, Baga, Konduga, Niger
 Delta, Lagos, Port Harcourt, Enugu, Anambra, Rivers State, Delta State, Bayelsa
Mali: Gao, Kidal, Timbuktu, Tombouctou, Mopti, Menaka, Ménaka, Segou, Ségou, Sikasso, Kayes,
 Koulikoro, Douentza, Bandiagara, Tessalit, Ansongo, Bourem, Niono, Djenne, Hombori
Burkina Faso: Djibo, Dori, Fada N'Gourma, Ouahigouya, Bobo-Dioulasso, Arbinda, Solhan, Soum,
 Oudalan, Gorom-Gorom
Niger: Tillaberi, Tillabéri, Diffa, Tahoua, Agadez, Zinder, Maradi, Ouallam, Ayorou
Chad: Abeche, Abéché, Moundou
Cameroon: Maroua, Kousseri, Bamenda, Buea, Garoua
Democratic Republic of the Congo: Ituri, North Kivu, South Kivu, Goma, Bukavu, Bunia, Beni,
 Butembo, Rutshuru, Masisi, Uvira, Djugu, Kasai, Tanganyika, Kalemie, Lubumbashi, Kisangani
Central African Republic: Bambari, Bangassou, Bria, Kaga-Bandoro, Bossangoa, Birao, Ndele
Mozambique: Cabo Delgado, Mocimboa da Praia, Macomia, Niassa
Libya: Benghazi, Misrata, Sirte, Derna, Sabha, Cyrenaica, Tripolitania, Fezzan, Zawiya
Egypt: Sinai, North Sinai, El-Arish, Arish, Ismailia, Luxor
Syria: Idlib, Aleppo, Raqqa, Raqqah, Homs, Hama, Daraa, Deraa, Deir ez-Zor, Deir Ezzor, Deir
 al-Zour, Hasakah, Hasaka, Qamishli, Kobani, Afrin, Manbij, Palmyra, Latakia, Tartus, Douma,
 Ghouta, Eastern Ghouta, Jisr al-Shughur, Maarat al-Numan, Sweida, Quneitra, Al-Bukamal, Albu
 Kamal, Mayadin
Iraq: Mosul, Kirkuk, Fallujah, Ramadi, Tikrit, Samarra, Basra, Najaf, Karbala, Baqubah,
 Baquba, Erbil, Sulaymaniyah, Dohuk, Duhok, Anbar, Diyala, Nineveh, Ninewa, Salahuddin, Salah
 al-Din, Babil, Hillah, Kut, Nasiriyah, Amarah, Sinjar, Tal Afar, Haditha, Balad, Green Zone
Yemen: Aden, Marib, Ma'rib, Hodeidah, Hudaydah, Taiz, Saada, Sa'ada, Hadramawt, Hadramout,
 Mukalla, Abyan, Shabwa, Lahij, Dhale, Al Bayda, Ibb, Amran, Hajjah, Al Jawf
Palestine: Gaza, Gaza Strip, Gaza City, West Bank, Khan Younis, Khan Yunis, Jenin, Nablus,
 Hebron, Jabalia, Beit Lahia, Deir al-Balah, Tulkarm, Bethlehem, Jericho
Israel: Tel Aviv, Haifa, Sderot, Sederot, Ashkelon, Ashdod, Beersheba, Eilat, Netanya
Lebanon: Sidon, Tyre, Baalbek, Bekaa, Nabatieh, Hermel
Afghanistan: Kandahar, Helmand, Herat, Kunduz, Jalalabad, Nangarhar, Mazar-i-Sharif, Ghazni,
 Khost, Paktia, Paktika, Kunar, Logar, Wardak, Uruzgan, Zabul, Badghis, Faryab, Baghlan,
 Takhar, Badakhshan, Laghman, Parwan, Kapisa, Panjshir, Lashkar Gah, Lashkargah
Pakistan: Peshawar, Quetta, Karachi, Lahore, Rawalpindi, Multan, Balochistan, Baluchistan,
 Khyber Pakhtunkhwa, Waziristan, North Waziristan, South Waziristan, Bajaur, Khyber, Swat,
 Dera Ismail Khan, Bannu, Kurram, Orakzai, Mohmand, Sindh, Punjab province, Gwadar
India: Srinagar, Jammu, Jammu and Kashmir, Chhattisgarh, Manipur, Assam, Nagaland, Jharkhand,
 Odisha, Bastar, Dantewada, Sukma, Bijapur, Imphal, Mumbai, Kolkata, Uttar Pradesh, Bihar,
 Punjab state
Bangladesh: Chittagong, Chattogram, Sylhet, Rajshahi, Khulna, Barisal, Rangpur, Cox's Bazar
Myanmar: Rakhine, Shan State, Kachin, Karen State, Kayin, Kayah, Chin State, Sagaing, Magway,
 Mandalay, Yangon, Bago, Mon State, Tanintharyi, Ayeyarwady, Sittwe, Myitkyina
Philippines: Mindanao, Marawi, Cotabato, Maguindanao, Sulu, Basilan, Zamboanga, Davao, Lanao
Thailand: Yala, Pattani, Narathiwat, Songkhla
Ukraine: Donbas, Donbass, Donetsk, Luhansk, Lugansk, Crimea, Kherson, Zaporizhzhia, Kharkiv,
 Kharkov, Mariupol, Bakhmut, Odesa, Odessa, Mykolaiv, Dnipro, Sumy, Avdiivka
Colombia: Cauca, Antioquia, Narino, Nariño, Norte de Santander, Arauca, Cucuta, Cúcuta,
 Medellin, Medellín, Cali, Catatumbo, Choco, Chocó, Putumayo, Caqueta, Caquetá, Tumaco
Burundi: Bujumbura
Mexico: Sinaloa, Michoacan, Michoacán, Tamaulipas, Chihuahua, Jalisco, Zacatecas, Guanajuato,
 Culiacan, Culiacán, Ciudad Juarez, Ciudad Juárez, Tijuana, Acapulco
"""


# The same towns and regions as French reporting writes them (issue 18): "Mogadiscio",
# "Bagdad", "Alep", "Kiev" (a name the English spells alike is listed above).
_FRENCH_PLACES_IN = """
Somalia: Mogadiscio
Iraq: Bagdad, Mossoul, Falloujah, Kerbala, Nadjaf, Bassora
Syria: Alep, Damas, Idleb, Rakka, Deraa, Deir ez-Zor, Lattaquié
Lebanon: Beyrouth, Tyr, Saïda, Nabatiyé, Baalbeck
Yemen: Hodeïda, Taëz, Saada, Marib
Ukraine: Kiev, Kyiv, Kharkov, Zaporijia, Dnipro, Mykolaïv, Louhansk, Donetsk, Soumy
Sudan: Khartoum, Omdourman, El-Facher, El Facher, Kordofan du Sud, Darfour, Darfour du Nord,
 Darfour-Nord, Darfour-Ouest, Darfour-Sud
Palestine: Gaza, Cisjordanie, Khan Younès, Rafah
Democratic Republic of the Congo: Kinshasa, Nord-Kivu, Sud-Kivu, Kasaï, Kasaï-Central,
 Kananga, Tshikapa
Cameroon: Yaoundé, Douala, Extrême-Nord, Kolofata, Kumba
Chad: N'Djamena, N’Djamena, Abéché
Haiti: Port-au-Prince, Croix-des-Bouquets
"""


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
        rows.append(
            Country(
                name=name,
                aliases=tuple(a for a in [*aliases.split(","), *also] if a),
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
    for table in (_PLACES_IN, _FRENCH_PLACES_IN)
    for country, places in (
        line.split(":") for line in table.replace("\n ", " ").strip().splitlines()
    )
    for place in places.split(",")
}

# Every name that is a place on its own: countries, aliases, capitals, regions.
PLACE_NAMES: frozenset[str] = frozenset(
    [*COUNTRY_BY_NAME, *COUNTRY_BY_CAPITAL, *(r.lower() for r in REGIONS)]
)
