"""The capitalised words that name who, never where, for `not_places.py`: armed groups
by name or acronym (`ARMED_GROUPS`), peoples and faiths (`PEOPLES`), titles before a
person's name (`TITLES`), words of a time (`TIME_WORDS`, `MONTHS`), the last words
that keep a titled name a place or make it a carrier (`PLACE_ENDS`, `CARRIER_ENDS`),
and ordinary words a sentence or a headline opens with a capital (`COMMON`); each a
frozenset of words as written. Every list is data: extend it where real text demands.
Split from not_places.py.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Armed groups by name or acronym, as written (a name's first words are enough:
# "Boko Haram fighters", "Al-Shabaab's"). "Islamic State" is a group, "Shan State" a place.
ARMED_GROUPS: frozenset[str] = frozenset(
    w.replace("_", " ")
    for w in """
    Boko_Haram ISWAP ISWA ISIS ISIL IS Islamic_State Daesh Da'esh Daish al-Qaeda Al-Qaeda Al_Qaeda
    al-Qaida Al-Qaida Al_Qaida AQIM AQAP JNIM GSIM Al-Shabaab Al-Shabab Al_Shabaab Al_Shabab Shabaab
    Shabab al-Shabaab al-Shabab RSF M23 ADF ADF-Nalu CODECO LRA FDLR Mai-Mai Mai_Mai Wazalendo
    Ansaru Ansar_Dine Ansar_al-Sharia Ansar_Allah Ansarul_Islam Ansaroul_Islam MNLA HCUA CMA GATIA
    MUJAO MUJWA MSA Wagner Taliban TTP Haqqani Lashkar-e-Taiba LeT Jaish-e-Mohammed JeM
    Hizbul_Mujahideen Hezbollah Hizbollah Hizballah Hamas PIJ Houthi Houthis Huthi Huthis PKK YPG
    YPJ SDF HTS Hayat_Tahrir_al-Sham Nusra al-Nusra Jabhat_al-Nusra FSA ELN FARC EPL Shining_Path
    Sendero_Luminoso Maoist Maoists Naxal Naxals Naxalite Naxalites ULFA NSCN KIA TNLA MNDAA KNU
    KNLA PDF PDFs Janjaweed SPLA SPLA-IO SPLM SPLM-IO Seleka Séléka Anti-Balaka anti-Balaka UPC
    FPRC MPC 3R Fano OLA OLF TPLF TDF ASWJ Hizbul_Islam ISGS ISSP ISKP ISCAP IS-K BLA BLF Polisario
    IRA ETA UVF UDA INLA Dozo Dozos Koglweogo VDP Dan_Na_Ambassagou Abu_Sayyaf BIFF NPA MILF MNLF
    Jemaah_Islamiyah LTTE Tamil_Tigers Fatah PFLP PFLP-GC DFLP Jundallah Lashkar-e-Jhangvi LeJ
    Renamo RENAMO UNITA FLEC FLEC-FAC M-19 AUC Zetas Los_Zetas Ambazonian Amba Janjawid Kataib
    Hashd PMF PMU Wagner_Group Africa_Corps Mujahideen Mujahedeen Peshmerga FSR Rapid_Support_Forces
    IZ
    """.split()  # IZ: the readers' stand-in for "IS" (group_acronyms.py)
)
_GROUP_NAME = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(name) for name in sorted(ARMED_GROUPS, key=len, reverse=True))
    + r")(?![\w-])"
)


def names_armed_group(text: str) -> bool:
    """Whether a text names an armed group (`ARMED_GROUPS`, as written): "the
    extremist Fano group", "a Fano spokesman", "RSF"."""
    return _GROUP_NAME.search(text) is not None


# Peoples, faiths and other proper adjectives that name who, never where.
PEOPLES: frozenset[str] = _words(
    "Fulani Fula Fulbe Peul Peulh Peuhl Dogon Bambara Tuareg Tuaregs Touareg Hausa Igbo Yoruba "
    "Tiv Berom Kikuyu Luo Kalenjin Maasai Masai Hutu Hutus Tutsi Tutsis Banyamulenge Hema Lendu "
    "Nuer Dinka Murle Shilluk Misseriya Masalit Zaghawa Rizeigat Kurd Kurds Kurdish Druze Alawite "
    "Alawites Yazidi Yazidis Rohingya Pashtun Pashtuns Hazara Hazaras Baloch Baluch Sindhi Tamil "
    "Tamils Sinhalese Oromo Tigrayan Tigrayans Amharic Darfuri Kashmiri Chechen Crimean Sahelian "
    "Sunni Sunnis Shia Shias Shiite Shiites Shi'ite Christian Christians Muslim Muslims Moslem "
    "Jewish Jews Hindu Hindus Sikh Sikhs Buddhist Buddhists Catholic Catholics Protestant "
    "Protestants Arab Arabs Bedouin Berber Berbers Amazigh Islamic Islamist Islamists Jihadist "
    "Jihadists Europeans Africans Asians Sahrawis Israelis Palestinians Somalis Afghans Iraqis "
    "Syrians Americans Russians Ukrainians"
)
# Words that put a person's name after them ("near President Tinubu", "in Gen. Haftar's").
# Words that also begin place names ("Sheikh Meskin", "General Santos", "St. Petersburg",
# "Sultan Kudarat") are left out.
TITLES: frozenset[str] = _words(
    "President Pres. Vice Prime Minister Gen. Lt. Lieutenant Col. Colonel Maj. Capt. Captain "
    "Sgt. Sergeant Brig. Brigadier Cmdr. Commander Adm. Admiral Marshal Mr. Mr Mrs. Mrs Ms. Ms "
    "Dr. Dr Prof. Professor Sen. Senator Rep. Representative Gov. Governor Mayor Imam Mullah "
    "Pope Bishop Archbishop Cardinal Father Fr. Pastor Rev. Reverend Judge Justice Ambassador "
    "Secretary Chairman Chairwoman Commissioner Director Spokesman Spokeswoman Lady Lord Sir "
    "Dame Mallam Alhaji Haji Hajji Maulana Hon. Honourable Deputy Speaker Mme Mme. Madame "
    "Monsieur Officer Corporal Cpl. Pvt. Private"
)
# A feast or a festival: "in Magdeburg Christmas market" names the town before it.
FESTIVALS = _words(
    "Christmas Easter Ramadan Eid Ashura Diwali Holi Nowruz Hanukkah Passover Kippur Lent "
    "Halloween Thanksgiving Carnival Songkran Chuseok Vesak Mawlid Maulud Mawlud Maulid Mouloud "
    "Milad Tabaski Thingyan Timkat Meskel Dashain Tihar Navratri Purim Sukkot Pentecost"
)
# Words that make a name a time, not a place: "on New Year's Eve", "attacks on Eid Day".
TIME_WORDS = FESTIVALS | _words("Eve Day Year Year's Years Night Sabbath Independence Anniversary")
# A month, or its abbreviation, named alone: "the attack on Feb. 3", "the assault on
# Jan. 28". Not within a name: "the Mar Elias church", "May Pen".
MONTH_ABBREVIATIONS = _words("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
MONTHS = (
    _words("January February March April May June July August September October November December")
    | MONTH_ABBREVIATIONS
)
# Last words that make a titled name a place: "General Santos City", "King Fahd Road".
PLACE_ENDS = _words(
    "City Town Village Road Street Avenue Square Chowk Bazaar Market Base Airport Camp Bridge "
    "Province District State Region County Mosque Hospital Station Highway Junction Crossing "
    "Area Zone Municipality Township Territory Governorate Oblast Prefecture Commune LGA Ward"
)
# Last words that name a train, a ship or an airline: "Jaffar Express", "Kenya Airways".
CARRIER_ENDS = _words("Express Airlines Airways Air Ferry Liner")
# Ordinary words written with a capital where they open a sentence or a title.
COMMON: frozenset[str] = _words(
    "All Any Another Both Each Either Every Few Many More Most Much Neither No None Other Others "
    "Several Some Such Certain Various Numerous Own Same Police Army Military Security Government "
    "Federal National Regional Provincial District State County Local Senior Top Border Rebel "
    "Opposition Refugee Refugees Displacement Displaced Humanitarian Aid Health Education "
    "Interior Defence Defense Community Traditional Village Town City Camp Region Province Area "
    "Municipal Council Party Ruling Residents Officials Witnesses Sources Authorities Troops "
    "Soldiers Gunmen Militants Rebels People Villagers Civilians Meanwhile However Yesterday "
    "Today Tonight Tomorrow Earlier Later Elsewhere Overnight Separately Nearby Also "
    "Additionally Still Then Now Here There Initially Previously Subsequently Afterwards "
    "Eventually Finally Recently Last Next First Second Third Since Until After Before During "
    "While When Where Although Though Because If As At In On By For From With Without Into Of To "
    "And But Or Nor So Yet Thus Hence Therefore Moreover Furthermore Nevertheless Nonetheless "
    "Instead Indeed Overall Altogether Officially Reportedly Allegedly According Following "
    "Despite Amid Among Between Across Within Inside Outside Near Around What Which Who Whom "
    "Whose Why How Our My Your Both One Two Three Four Five Six Seven Eight Nine Ten Dozens "
    "Hundreds Thousands Unknown Suspected Armed Unidentified Masked Local Central Main Major "
    "Minor New Old Big Small Large Great High Low Upper Lower Largest Biggest Home Hospital "
    "Market School Church Mosque Prison Base Headquarters Station Airport Highway Road Street "
    # what happened, capitalised in a headline: "9 Wounded in Strike on Base"
    "Attack Attacks Strike Strikes Airstrike Airstrikes Blast Blasts Bombing Bombings Explosion "
    "Explosions Raid Raids Ambush Ambushes Clash Clashes Fighting Shelling Assault Massacre "
    "Shooting Shootings Violence Crash Riot Riots Protest Protests Unrest Stampede "
    # the means and the gathering struck, in a headline: "Killed in Drone Strike on
    # Military Academy Graduation", "Car Bomb at Wedding"
    "Drone Drones Car Cars Truck Bomb Bombs Bomber Suicide Rocket Rockets Missile Missiles "
    "Mortar Mortars Artillery Grenade Grenades Landmine Landmines Mine Mines Gun Guns Knife "
    "Machete Arson Fire Fires Air Aerial Academy Graduation Ceremony Wedding Funeral "
    "Festival Parade Rally Gathering Prayers Convoy Checkpoint Barracks "
    "Bridge Gate Square Office Court Mission Embassy Project Operation Media Press Western "
    "European African Asian Soviet Allied Coalition International "
    # a headline's idioms in title case: "At Least 32 Die", "In Total", "At Gunpoint"
    "Least Total Average Risk Once Gunpoint Dawn Midnight Noon"
)
