"""French place kinds a reading of fresh reports in no set found (issue 18), on
sentences written for the tests: an Arabic name's article in lower case ("le marché
d'el-Fasher"), an apposition that goes on past its first place ("à Joun, dans la
montagne du Chouf au sud de Beyrouth") or opens on a settlement's kind without its
article ("sur Maaysra, village chiite ... au nord de Beyrouth"), a quarter or a camp
named after "du" without "de" ("la mosquée du quartier Abou Chouk")."""

from __future__ import annotations

from tests.french_helpers import claim_place


def test_arabic_article_in_lower_case_opens_a_name() -> None:
    text = "Une frappe de drone a fait douze morts sur le marché d'el-Kabir mardi soir."
    assert claim_place(text, "douze morts") == "le marché d'el-Kabir"
    text = "Une attaque a frappé la ville d'el-Nahar, capitale du Darfour-Est, faisant neuf morts."
    assert claim_place(text, "neuf morts") == "el-Nahar"
    assert claim_place("Trois civils ont été tués à al-Sabra lundi.", "Trois civils") == "al-Sabra"


def test_arabic_article_names_no_group() -> None:
    # negatives: a group's name, and a lower-case word that is no article
    text = "Trois soldats ont été tués dans un attentat revendiqué par al-Shabaab à Baidoa."
    assert claim_place(text, "Trois soldats") == "Baidoa"
    text = "Trois soldats ont été tués dans le nord-est lundi."
    assert claim_place(text, "Trois soldats") == "le nord-est"


def test_apposition_goes_on_past_its_first_place() -> None:
    text = (
        "Une frappe sur le village de Kfar Toun, dans la montagne du Chouf au sud de "
        "Beyrouth, a tué quatre personnes."
    )
    assert claim_place(text, "quatre personnes") == "Kfar Toun"


def test_apposition_opening_on_a_settlement_kind() -> None:
    text = (
        "Une frappe sur Deir Mimas, village chrétien de la montagne au nord de Saïda, a "
        "tué cinq personnes."
    )
    assert claim_place(text, "cinq personnes") == "Deir Mimas"
    text = "Six civils ont été tués à Kaga, chef-lieu du canton de Moulki, a indiqué le préfet."
    assert claim_place(text, "Six civils") == "Kaga"


def test_list_of_places_is_no_apposition() -> None:
    # negative: a repeated preposition lists places, the first is the claim's
    text = "Sept civils ont été tués à Gombi, à Hong et à Mubi dimanche."
    assert claim_place(text, "Sept civils") == "Gombi"


def test_quarter_or_camp_named_after_du_without_de() -> None:
    text = "Après l'attaque de la mosquée du quartier Hay Salam, onze corps ont été retrouvés."
    assert claim_place(text, "onze corps") == "quartier Hay Salam"
    text = "L'obus, tombé près du camp de déplacés Kalma, a fait six civils tués."
    assert claim_place(text, "six civils") == "camp de déplacés Kalma"


def test_du_village_without_a_name_is_no_place() -> None:
    # negative: "du village" then a lower-case word
    assert claim_place("Le chef du village a été tué avec deux gardes.", "deux gardes") is None


def test_one_side_of_a_clash_is_no_place() -> None:
    text = "Les heurts ont opposé les Zaghawa aux Misseriya à Kornoy, faisant onze morts."
    assert claim_place(text, "onze morts") == "Kornoy"
    text = "Une attaque attribuée aux Peuls à Ndélé a fait cinq morts."
    assert claim_place(text, "cinq morts") == "Ndélé"


def test_clash_between_lower_case_sides_keeps_its_place() -> None:
    # negatives: sides in lower case, and a country after them
    text = "Les combats opposant l'armée aux rebelles à Bria ont fait cinq morts."
    assert claim_place(text, "cinq morts") == "Bria"
    text = "Des heurts ont opposé des éleveurs aux agriculteurs aux Comores, faisant six morts."
    assert claim_place(text, "six morts") == "Comores"


def test_where_the_wounded_were_taken_by_some_means() -> None:
    text = (
        "L'attaque a fait quatre morts à Tanguiéta. Les neuf blessés ont été évacués par "
        "hélicoptère vers des centres de soins à Parakou et à Kandi."
    )
    assert claim_place(text, "neuf blessés") == "Tanguiéta"
    text = (
        "La grenade a explosé à Ruhororo. Deux blessés sont morts lors de leur transfert "
        "vers l'hôpital de Ngozi."
    )
    assert claim_place(text, "Deux blessés") == "Ruhororo"


def test_relative_clause_on_a_place_has_its_own_place() -> None:
    text = (
        "Trois civils avaient été tués mardi au Sud-Kivu, où quatre autres sont morts "
        "jeudi dans une embuscade dans le territoire de Fizi."
    )
    assert claim_place(text, "Trois civils") == "Sud-Kivu"
    assert claim_place(text, "quatre autres") == "le territoire de Fizi"
    # negative: a relative clause naming no place keeps the place before it
    text = "Cinq soldats ont été tués à Beni, où trois civils avaient péri la veille."
    assert claim_place(text, "trois civils") == "Beni"


def test_precisely_narrows_past_a_chain_of_places() -> None:
    text = (
        "Sept corps ont été découverts dans le groupement de Bapere sur l'axe "
        "Mangina-Biakato, précisément à Mambelenga."
    )
    assert claim_place(text, "Sept corps") == "Mambelenga"


def test_another_strike_has_its_own_place() -> None:
    text = (
        "Une frappe sur Kfar Roumane, un village de la montagne, a fait deux morts et une "
        "autre sur Deir Qanoun, dans le sud du Liban, a tué cinq personnes."
    )
    assert claim_place(text, "deux morts") == "Kfar Roumane"
    assert claim_place(text, "cinq personnes") == "Deir Qanoun"


def test_another_strike_counts_no_one() -> None:
    text = "Une frappe a tué quatre personnes. Une autre frappe sur Kfar Roumane a fait deux morts."
    doc_claims = [c for c in _claims(text) if c.value == 1]
    assert doc_claims == []
    # negatives: another person, elided or named, is one
    assert [c.value for c in _claims("Trois soldats ont été tués et un autre a été blessé.")] == [
        3,
        1,
    ]
    assert [c.value for c in _claims("Un autre soldat a été tué à Kaga.")] == [1]


def _claims(text: str) -> list:
    import datetime as dt

    from workbench.extract import extract_claims
    from workbench.ingest import document_from_text

    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2021, 3, 20)}
    )
    return list(extract_claims(doc))


def test_town_opening_its_sentence_said_where_it_lies() -> None:
    text = (
        "Mirebalais, situé dans le département du Centre à quelques kilomètres de Lascahobas, "
        "a été attaqué. Les assaillants ont tué au moins douze personnes."
    )
    assert claim_place(text, "douze personnes") == "Mirebalais"
    text = (
        "MIREBALAIS ( Centre), 3 octobre 2024 – Mirebalais, situé dans le département du "
        "Centre, a été attaqué. Les assaillants ont tué au moins douze personnes."
    )
    assert claim_place(text, "douze personnes") == "Mirebalais"


def test_said_where_it_lies_within_a_sentence_is_no_town() -> None:
    # negative: an operation's name before "situé", the place inside the apposition
    text = (
        "Un poste avancé de l'opération Koundjoaré, situé dans la localité de Kpendjaga, a "
        "été attaqué, faisant six morts."
    )
    assert claim_place(text, "six morts") == "Kpendjaga"


def test_quoted_place_name() -> None:
    text = "Dix habitants ont été tués à « Do Kanal » dimanche, selon la mairie."
    assert claim_place(text, "Dix habitants") == "Do Kanal"
    text = "Quatre soldats ont été tués dans le village « Kalam » lundi."
    assert claim_place(text, "Quatre soldats") == "Kalam"


def test_quoted_words_that_name_no_place() -> None:
    # negatives: a medium told, and a quoted phrase in lower case
    text = "Il a déclaré à « Jeune Afrique » que dix soldats ont été tués à Bossangoa."
    assert claim_place(text, "dix soldats") == "Bossangoa"
    text = "Appelant à « la vengeance », ils ont tué six villageois à Bambari."
    assert claim_place(text, "six villageois") == "Bambari"


def test_known_region_right_after_a_place_says_where_it_lies() -> None:
    text = "Treize personnes ont été tuées dans le territoire de Fizi au Sud-Kivu, douze enlevées."
    assert claim_place(text, "douze") == "le territoire de Fizi"
    assert claim_place("Trois civils ont été tués à Kalehe au Sud-Kivu.", "Trois") == "Kalehe"


def test_quarter_right_after_a_town_stays_the_place() -> None:
    # negative: "au PK5" is a quarter of the town, not a region it lies in
    text = "Trois civils ont été tués à Bangui au PK5 lundi, deux autres blessés."
    assert claim_place(text, "deux autres") == "PK5"


def test_settlement_told_by_its_kind_then_its_name_ending_the_sentence() -> None:
    text = "Deux jours après, cinq autres personnes sont mortes dans un autre hameau, Nangade."
    assert claim_place(text, "cinq autres") == "Nangade"


def test_official_named_after_his_town_is_no_place() -> None:
    # negatives: a person's name set off after "de la ville,", ending the sentence or not
    text = "Six civils ont été tués, a déclaré un responsable de la ville, Ali Kodo, mardi."
    assert claim_place(text, "Six civils") is None
    text = "Six civils ont été tués, selon un habitant rencontré dans le village, Ali Kodo."
    assert claim_place(text, "Six civils") is None


def test_where_attackers_withdrew_is_no_place() -> None:
    text = (
        "Les assaillants ont attaqué le poste de Kerawa. Après les combats, ils se sont "
        "repliés, manifestement en direction de la localité de Banki, Etat du Borno. Le "
        "bilan est de huit militaires tués."
    )
    assert claim_place(text, "huit militaires") == "le poste de Kerawa"
    # negative: a road's direction where it happened is a place
    text = "Six civils ont été tués sur la route en direction de Mora."
    assert claim_place(text, "Six civils") == "en direction de Mora"


def test_title_place_said_to_be_where_it_happened() -> None:
    text = (
        "Jean Nduwimana, administrateur de la commune Gisuru où l'explosion a eu lieu, a "
        "affirmé que quatre personnes sont mortes sur le champ."
    )
    assert claim_place(text, "quatre personnes") == "la commune Gisuru"
    text = "Selon le maire de Kousseri, où l'attaque s'est produite, six civils ont été tués."
    assert claim_place(text, "six civils") == "Kousseri"


def test_title_place_alone_stays_a_fallback() -> None:
    # negative: a title's place is the claim's only where the sentence names no other
    text = "Selon le maire de Kousseri, six civils ont été tués à Makary."
    assert claim_place(text, "six civils") == "Makary"


def test_a_savoir_breaks_a_toll_down() -> None:
    text = (
        "Le bilan fait état de onze personnes tuées, à savoir cinq soldats et six civils, et "
        "plusieurs blessés."
    )
    got = sorted((c.category.value, c.value) for c in _claims(text) if c.value)
    assert got == [("killed", 5), ("killed", 6), ("killed", 11)]


def test_area_of_a_lower_case_thing_after_du_then_its_town() -> None:
    text = "Ils ont tué au moins trente personnes dans le quartier du port de Cap-Lamandou."
    assert claim_place(text, "trente personnes") == "le quartier du port de Cap-Lamandou"


def test_a_groups_base_named_by_its_people_gives_way() -> None:
    text = (
        "Le gang a attaqué la base des Chen Lanmò dans son fief, à la Croix-des-Bossales. "
        "Au cours des affrontements, 91 personnes ont été assassinées."
    )
    assert claim_place(text, "91 personnes") == "Croix-des-Bossales"
    # negative: the base alone is still the claim's place where nothing else is named
    text = "Six morts dans l'attaque de la base des Chen Lanmò."
    assert claim_place(text, "Six morts") == "la base des Chen Lanmò"


def test_a_figure_added_to_the_first_has_its_own_place() -> None:
    text = (
        "Le maire a dénombré 140 villageois de Mangu tués, auxquels s'ajoutent au moins 40 "
        "personnes tuées dans trois villages de la circonscription voisine de Riyom."
    )
    assert claim_place(text, "140 villageois") == "Mangu"
    assert (
        claim_place(text, "40 personnes") == "trois villages de la circonscription voisine de Riyom"
    )


def test_a_constituency_set_off_after_its_name() -> None:
    text = (
        "« Cinq personnes ont été tuées à Kampani. Le même jour, trois autres personnes ont "
        "été tuées derrière l'école », a indiqué Ayuba Dakum, le président du conseil de "
        "Wase, une circonscription de l'Etat du Plateau."
    )
    assert claim_place(text, "trois autres") == "Wase"


def test_settlement_of_a_part_of_the_country_then_its_name() -> None:
    text = (
        "Mercredi, des violences avaient fait 30 morts dans une autre localité du centre du "
        "pays, Kaga-Bandoro, selon un bilan de l'ONU."
    )
    assert claim_place(text, "30 morts") == "Kaga-Bandoro"
