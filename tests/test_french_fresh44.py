"""French place and voice kinds a reading of fresh reports found (issue 18), on
sentences written for the tests: an unnamed settlement ("un village de l'État de
Zamfara") giving way to the scene a later sentence names; a town named with what it is
in the war ("la ville rebelle d'Idleb"); plural settlements ("les agglomérations de
X"); where people fled to, not carried to the toll after it; a present verb giving a
toll after a titled name ("X, président de ..., avance un bilan de"); a toll of several
events standing where a voice would ("le bilan des deux attaques fait état de"); the
pronoun after "fait savoir" ("», fait-il savoir"); an organisation named in quotation
marks ("l'ONG « X » (Y) souligne que")."""

from __future__ import annotations

import datetime as dt

from tests.french_helpers import claim_place
from workbench.extract import extract_claims
from workbench.extract.french.place_titles import scene_told
from workbench.extract.places import PlaceMention
from workbench.ingest import document_from_text


def voices(text: str) -> list[str | None]:
    """The voice of each claim of a French document."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2023, 5, 10)}
    )
    return [c.attribution for c in extract_claims(doc)]


def test_unnamed_settlement_gives_way_to_the_scene_told_after() -> None:
    text = (
        "Au moins douze personnes ont été tuées lors d'une attaque contre un village de "
        "l'État de Katsina. Selon un élu, les assaillants avaient pris d'assaut le village "
        "de Dangora dans la nuit."
    )
    assert claim_place(text, "douze personnes") == "Dangora"
    text = (
        "Neuf civils ont été tués dimanche dans une localité du sud-est du Tchad.\n\n"
        "Des hommes armés s'en sont pris au village de Goz Amir vers 10 heures."
    )
    assert claim_place(text, "Neuf civils") == "Goz Amir"


def test_toll_told_again_ties_the_scene_back() -> None:
    text = (
        "Sept personnes ont été tuées après qu'un gang a attaqué une petite ville du "
        "Centre. Dix autres personnes ont été blessées lorsque les bandits ont pillé Mirebalais."
    )
    assert claim_place(text, "Sept personnes") == "Mirebalais"
    text = (
        "Huit civils ont été tués dans une localité de l'Ouham. Les rebelles ont ouvert le "
        "feu près de Bossangoa et « ont fait 8 morts », a dit le maire."
    )
    assert claim_place(text, "Huit civils") == "près de Bossangoa"


def test_unnamed_settlement_stays_without_a_tie() -> None:
    # negatives: a later toll of its own, a sentence that ties nothing back, a list
    text = (
        "Quatre civils ont été tués dans un village du Kasaï. Deux soldats ont été tués à "
        "Tshikapa le lendemain."
    )
    assert claim_place(text, "Quatre civils") == "un village du Kasaï"
    text = "Quatre civils ont été tués dans un village du Kasaï. Le maire de Tshikapa est inquiet."
    assert claim_place(text, "Quatre civils") == "un village du Kasaï"
    text = (
        "Cinq civils ont été tués dans une localité du Nord. Les frappes ont visé plusieurs "
        "villages, notamment Bama, Gwoza et Kirawa."
    )
    assert claim_place(text, "Cinq civils") == "une localité du Nord"


def test_a_named_side_of_a_country_stays_the_place() -> None:
    # negative: the French gold keeps a side of a country the sentence names
    text = (
        "Six rebelles ont été tués jeudi dans l'est de la Centrafrique.\n\n"
        "Des combattants ont attaqué Ouango, une petite ville du Mbomou."
    )
    assert claim_place(text, "Six rebelles") == "l'est de la Centrafrique"


def test_town_named_with_what_it_is_in_the_war() -> None:
    text = "Des frappes ont tué 14 personnes dans la ville rebelle de Saraqeb (nord-ouest)."
    assert claim_place(text, "14 personnes") == "Saraqeb"
    text = "Des obus ont tué six civils dans la ville assiégée de Kadugli, selon l'ONU."
    assert claim_place(text, "six civils") == "Kadugli"
    text = "Trois soldats ont été tués dans la ville historique de Tombouctou-Est."
    assert claim_place(text, "Trois soldats") == "Tombouctou-Est"


def test_plural_settlements_are_a_place() -> None:
    text = (
        "Dix civils ont été tués dans les agglomérations de Kibirizi, dans le groupement "
        "de Bukoma, en territoire de Rutshuru."
    )
    assert claim_place(text, "Dix civils") == "les agglomérations de Kibirizi"


def test_where_people_fled_to_is_not_carried() -> None:
    text = (
        "Les combats ont fait fuir la population vers le secteur de Lulenge dans le territoire "
        "de Kabambare. Une ONG affirme que douze personnes ont été tuées dans ces combats."
    )
    place = claim_place(text, "douze personnes")
    assert place is None or ("Lulenge" not in place and "Kabambare" not in place)
    text = (
        "Un déplacement massif de la population vers le secteur de Lulenge dans le "
        "territoire de Kabambare est signalé. Douze personnes ont été tuées."
    )
    place = claim_place(text, "Douze personnes")
    assert place is None or ("Lulenge" not in place and "Kabambare" not in place)
    # negative: a toll told in the area named after "dans" stays there
    text = (
        "Les rebelles se sont repliés vers Kisanga. Trois civils ont été tués dans le "
        "territoire de Fizi."
    )
    assert claim_place(text, "Trois civils") == "le territoire de Fizi"


def test_present_verb_giving_a_toll_after_a_titled_name() -> None:
    text = (
        "Marcel Kambale, président de la société civile de Masisi, contacté par Kivu24.net, "
        "avance un bilan provisoire de neuf civils tués."
    )
    assert voices(text) == ["Marcel Kambale"]
    text = "Marcel Kambale, maire de Sake, avance un bilan de 9 morts."
    assert voices(text) == ["Marcel Kambale"]
    # negative: "avance" as a move is no saying
    text = "Marcel Kambale, maire de Sake, avance vers la ville où 9 personnes ont été tuées."
    assert voices(text) == [None]


def test_toll_of_several_events_is_no_voice() -> None:
    text = (
        "Selon des sources hospitalières, le bilan provisoire des trois attaques fait état "
        "de 21 morts."
    )
    assert voices(text)[-1] == "des sources hospitalières"


def test_pronoun_after_fait_savoir() -> None:
    text = (
        "Alain Musema, président de la jeunesse, avance un bilan de deux morts.\n"
        "« Ils ont attaqué le marché. Hier, six blessés ont été soignés à l'hôpital », "
        "fait-il savoir."
    )
    assert voices(text) == ["Alain Musema", "Alain Musema"]
    # negative: "fait-il partie" says nothing
    text = "Le bilan fait-il partie du rapport ? Trois soldats sont morts, fait-il remarquer."
    assert voices(text) == [None]


def test_organisation_named_in_quotation_marks() -> None:
    text = (
        "L'ONG « Justice pour tous » (JPT) souligne que quinze personnes ont été tuées "
        "dans ces combats."
    )
    assert voices(text) == ["L'ONG « Justice pour tous »"]
    # negative: a title quoted is no organisation
    text = "Le film « La colline » a montré que quinze personnes ont été tuées."
    assert voices(text) == [None]


def test_places_where_people_gather_or_park() -> None:
    text = "Trois personnes ont été tuées dans un parking de Gitega et près d'un marché."
    assert claim_place(text, "Trois personnes") == "un parking de Gitega"
    text = "Deux civils ont été tués dans une station-service de Bunia."
    assert claim_place(text, "Deux civils") == "une station-service de Bunia"
    text = (
        "Vingt personnes ont été blessées dans des attaques survenues dans trois endroits "
        "différents de Ngozi, chef-lieu de la province."
    )
    assert claim_place(text, "Vingt personnes") == "trois endroits différents de Ngozi"


def test_place_in_a_title_told_as_the_scene() -> None:
    text = (
        "Jean Niyonzima, administrateur de la commune Mwumba où l'explosion a eu lieu, a "
        "affirmé que trois personnes sont mortes sur le champ."
    )
    assert claim_place(text, "trois personnes") == "la commune Mwumba"
    # negative: other words after the place tell no scene
    folded = "administrateur de la commune mwumba où il réside, a affirmé"
    place = PlaceMention(start=20, end=35, name="la commune Mwumba", locative=False)
    assert not scene_told(folded, place)
    folded = "administrateur de la commune mwumba où l'attaque s'est produite, a affirmé"
    assert scene_told(folded, place)


def test_voice_learned_from_after_a_day() -> None:
    text = (
        "Trois soldats ont été tués mardi soir à Kumba, a appris l'AFP jeudi auprès du "
        "porte-parole de l'armée."
    )
    assert voices(text) == ["porte-parole de l'armée"]


def test_pluperfect_plural_inverted_voice() -> None:
    text = "En mars, six personnes avaient été tuées à Moba, avaient rapporté les sources locales."
    assert voices(text) == ["les sources locales"]


def test_titled_name_without_commas() -> None:
    text = (
        "Paul Ayuk porte-parole des combattants du Sud a déclaré que deux de leurs hommes "
        "ont trouvé la mort."
    )
    assert voices(text) == ["Paul Ayuk"]
    # negative: a group named after a preposition is no voice of its own
    text = "Le colonel a déclaré que deux soldats ont été tués par des rebelles à Kumba."
    assert voices(text) == ["Le colonel"]


def test_term_in_quotation_marks_is_no_speech() -> None:
    text = (
        "Deux personnes ont été tuées lorsque des « assaillants encore non identifiés » ont "
        "lancé des grenades dans un parking de Ngozi."
    )
    assert voices(text) == [None]
    # negative: a quotation closing before its verb of speech names who spoke
    text = "« Nous avons retrouvé 13 corps dans la brousse », a lâché le préfet."
    assert voices(text) == ["le préfet"]


def test_a_later_sentence_names_who_gave_the_toll() -> None:
    text = (
        "Trois soldats ont été tués samedi à Damasak. L'annonce a été faite dimanche par "
        "les sources sécuritaires à l'Agence France-Presse."
    )
    assert voices(text) == ["les sources sécuritaires"]
    text = (
        "Onze miliciens ont été tués par l'armée dans le secteur de Bakwa. Ce bilan "
        "provisoire a été donné à Kasai24.cd par le chef de secteur, Jean Mukendi, qui "
        "parle d'une opération en cours."
    )
    assert voices(text) == ["le chef de secteur, Jean Mukendi"]
    text = (
        "Neuf personnes sont mortes dans la ville de Tshikapa. Des témoins qui livrent ce "
        "bilan, lundi, indiquent que la situation reste tendue."
    )
    assert voices(text) == ["Des témoins"]
    # negative: a voice opening the next sentence on another matter is not the toll's
    text = (
        "Neuf personnes sont mortes dans la ville de Tshikapa. Des témoins qui ont fui "
        "indiquent que la situation reste tendue."
    )
    assert voices(text) == [None]


def test_title_closing_the_sentence_is_the_voice_seat() -> None:
    text = (
        "« Les assaillants ont attaqué sur la route de Kasindi. Six civils sont morts », a "
        "déclaré le major Paul Mbala, l'un des porte-parole de la mission de l'ONU en RDC."
    )
    claim_place(text, "Six civils")
    assert claim_place(text, "Six civils") == "la route de Kasindi"


def test_subject_town_after_an_opening_area() -> None:
    text = (
        "Dans le comté de Nasir, la ville de Ulang a été attaquée dimanche et 14 personnes "
        "ont été tuées, a déclaré le gouverneur."
    )
    assert claim_place(text, "14 personnes") == "Ulang"
    # negative: an apposition saying what the area is, with no verb striking it
    text = "Au PK5, l'enclave musulmane de Bangui, trois personnes ont été tuées."
    assert claim_place(text, "trois personnes") == "PK5"


def test_hyphenated_country_adjective_of_an_area() -> None:
    text = "Des combats dans l'Etat sud-soudanais d'Unité ont fait 31 morts vendredi."
    assert claim_place(text, "31 morts") == "l'Etat sud-soudanais d'Unité"


def test_titled_name_whose_verb_has_an_aside() -> None:
    text = (
        "Pierre Lado, commissaire du comté de Yei et ancien officier a, de son côté, "
        "affirmé que 41 personnes étaient mortes."
    )
    assert voices(text) == ["Pierre Lado"]
    text = "Paul Mumbere, chef de ce village dresse un bilan provisoire de 6 civils tués."
    assert voices(text) == ["Paul Mumbere"]
    # negative: "dresse" of no toll says nothing
    text = "Paul Mumbere, chef de ce village dresse des barricades où 6 civils ont été tués."
    assert voices(text) == [None]


def test_an_organisation_of_the_area_names_its_place() -> None:
    text = "La Défense civile de la bande de Gaza a annoncé la mort de 14 personnes samedi."
    assert claim_place(text, "14 personnes") == "la bande de Gaza"
    text = (
        "« Six miliciens sont tombés », a déclaré le commandant de la police de Tshikapa, "
        "le capitaine Jean Mbala."
    )
    assert claim_place(text, "Six miliciens") == "Tshikapa"
    # negative: a place the sentence names for the toll stays its place
    text = "La société civile de Rutshuru a annoncé la mort de 14 personnes à Kiwanja."
    assert claim_place(text, "14 personnes") == "Kiwanja"


def test_voice_after_a_toll_published_opening_the_sentence() -> None:
    text = (
        "Dans un « bilan provisoire » diffusé sur Facebook, le Croissant-Rouge de Syrte, "
        "chargé des secours, a fait état de 12 morts."
    )
    assert voices(text) == ["le Croissant-Rouge de Syrte"]
    # negative: a toll of its own after "bilan" opens no voice
    text = "Dans un bilan de 12 morts, les habitants ont enterré les victimes à Beni."
    assert voices(text) == [None]


def test_report_dated_then_published_by() -> None:
    text = (
        "Un rapport du 3 mars publié par le HCR, l'agence des réfugiés, indique que 9 000 "
        "personnes ont fui."
    )
    assert voices(text) == ["le HCR"]


def test_the_area_of_a_destination_is_no_scene() -> None:
    text = (
        "Neuf déplacés ont été tués à Lowa. Les corps ont été rapatriés au site de Rhoo, "
        "toujours dans le territoire de Djugu. Deux autres civils ont été tués."
    )
    assert claim_place(text, "Deux autres") == "Lowa"
    # negative: an area set off after the place of the toll is where it lies
    text = "Trois civils ont été tués à Mambasa, dans la province de l'Ituri."
    assert claim_place(text, "Trois civils") == "Mambasa"


def test_a_voice_title_set_off_by_commas_names_where_it_works() -> None:
    text = (
        "Trois civils ont été tués à Lowa. Selon Jean Banza, coordonnateur de la société "
        "civile dans le territoire de Djugu, cette embuscade a coûté la vie à 11 civils."
    )
    assert claim_place(text, "11 civils") == "Lowa"
    # negative: a clause after the title names the toll's own place
    text = (
        "Selon Jean Banza, coordonnateur de la société civile, un civil a été tué lors de "
        "l'attaque, dans le site des déplacés de Rho."
    )
    assert claim_place(text, "un civil") == "Rho"


def test_the_ends_of_a_trip_are_no_scene() -> None:
    text = (
        "Sept personnes ont été tuées à Mucojo. Selon des témoins, le bus transportant "
        "30 passagers de Palma à Pemba a été incendié et deux autres personnes sont mortes."
    )
    assert claim_place(text, "deux autres") == "Mucojo"
    # negative: a toll told at a place after "à" stays there
    text = "Trois commerçants qui se rendaient de Beni à Butembo ont été tués à Mavivi."
    assert claim_place(text, "Trois commerçants") == "Mavivi"
