"""Regions, provinces and towns conflict reporting names, by the country each lies
in: text tables `gazetteer.py` reads into `COUNTRY_OF_PLACE`, English and French
spellings both. Data only."""

# Regions, provinces and towns conflict reporting names, by the country each lies in:
# they give a place's country ("Idlib", "Maiduguri", "Somali region" of Ethiopia) but are
# not looked for as bare names (a town's name is often a person's too: Beni).
PLACES_IN = """
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
 Delta, Lagos, Port Harcourt, Enugu, Anambra, Rivers State, Delta State, Bayelsa, Plateau,
 Plateau State, Jos, Bauchi, Gombe, Jigawa, Kwara, Ebonyi, Imo State, Abia, Akwa Ibom, Cross
 River State, Ogun State, Oyo State, Ondo State, Ekiti, Osun State, Edo State, Gusau, Makurdi,
 Lafia, Jalingo, Yola, Damaturu, Birnin Gwari, Kagarko, Bokkos, Mangu, Barkin Ladi, Riyom,
 Agatu, Gwer West, Jibia, Zurmi, Maradun, Tsafe, Shiroro, Southern Kaduna, Zangon Kataf, Benin
 City
Mali: Gao, Kidal, Timbuktu, Tombouctou, Mopti, Menaka, Ménaka, Segou, Ségou, Sikasso, Kayes,
 Koulikoro, Douentza, Bandiagara, Tessalit, Ansongo, Bourem, Niono, Djenne, Hombori
Burkina Faso: Djibo, Dori, Fada N'Gourma, Ouahigouya, Bobo-Dioulasso, Arbinda, Solhan, Soum,
 Oudalan, Gorom-Gorom
Niger: Tillaberi, Tillabéri, Diffa, Tahoua, Agadez, Zinder, Maradi, Ouallam, Ayorou
Chad: Abeche, Abéché, Moundou, Baga Sola
Senegal: Casamance, Basse-Casamance, Ziguinchor, Bignona, Sédhiou, Sedhiou, Kolda
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
FRENCH_PLACES_IN = """
Somalia: Mogadiscio
Iraq: Bagdad, Mossoul, Falloujah, Kerbala, Nadjaf, Bassora
Syria: Alep, Damas, Idleb, Rakka, Deraa, Deir ez-Zor, Lattaquié
Lebanon: Beyrouth, Tyr, Saïda, Nabatiyé, Baalbeck
Bangladesh: Dacca, Chittagong
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

# The towns and areas of francophone countries at war or in unrest that French reporting
# names, accented as it writes them, the capitals too: a page on Lomé or N'Djaména is a
# page on Togo or Chad (trial 77: «Lomé», «Yaoundé» named no country where "Lome" did
# not either; Togo had no town in these tables).
FRANCOPHONE_PLACES_IN = """
Togo: Lomé, Lome, Dapaong, Sokodé, Kpendjal, Kpendjal-Ouest, Mandouri, Atakpamé, Kpalimé,
 Tsévié, Aného, Bassar, Sansanné-Mango, Cinkassé, Tandjoaré, Bafilo
Chad: N'Djaména, N’Djaména, Ndjamena, Ndjaména, Sarh, Ouaddaï, Goz Beïda, Am Timan,
 Faya-Largeau, Moyen-Chari, Borkou, Ennedi, Tibesti
Cameroon: Yaounde, Ngaoundéré, Bertoua, Bafoussam, Fotokol, Amchidé, Kumbo, Limbé, Ebolowa
Central African Republic: Bangui, Berbérati, Bouar, Bozoum, Paoua, Ndélé, Zémio, Bimbo,
 Mbaïki
Benin: Cotonou, Porto-Novo, Parakou, Natitingou, Tanguiéta, Malanville, Karimama, Djougou,
 Banikoara
Burundi: Gitega, Cibitoke, Bubanza, Rumonge, Muyinga
Democratic Republic of the Congo: Oicha, Oïcha, Kindu, Mbandaka, Matadi, Kikwit, Kalehe,
 Minembwe, Walikale, Lubero, Kamanyola, Mbuji-Mayi
Haiti: Cap-Haïtien, Gonaïves, Pétion-Ville, Mirebalais, Kenscoff, Cité Soleil
Lebanon: Marjayoun, Bint Jbeil
"""
