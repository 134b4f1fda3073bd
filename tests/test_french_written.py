"""French reporting as the Sahel's outlets word it (issue 18), read whole: each kind
of wording on sentences written for these tests in the style of army communiqués,
wires and local radio (none copied from a real report), with what the claim must
carry (category, figure, voice, place, date, doubt) and negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.sentences import split_sentences
from workbench.ingest import document_from_text
from workbench.models import Claim

_PUBLISHED = dt.date(2024, 3, 12)  # a Tuesday


def claims(text: str) -> list[Claim]:
    """The claims of `text` read as a French page published on `_PUBLISHED`."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": _PUBLISHED}
    )
    return extract_claims(doc)


def figures(text: str) -> list[tuple[str, object]]:
    """(category, value or low) of each claim of `text`."""
    return [(c.category.value, c.value if c.value is not None else c.low) for c in claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # death told by a verb or a nominal
        ("Dix-sept soldats ont trouvé la mort dans l'attaque.", [("killed", 17)]),
        ("Trois civils ont été tués par balle mardi soir.", [("killed", 3)]),
        ("L'explosion a coûté la vie à six soldats.", [("killed", 6)]),
        ("Huit militaires ont perdu la vie dans l'embuscade.", [("killed", 8)]),
        ("Au moins douze fidèles ont péri dans l'attaque.", [("killed", 12)]),
        ("Vingt-trois passagers sont morts sur le coup.", [("killed", 23)]),
        ("Une fillette de 8 ans a succombé à ses blessures.", [("killed", 1)]),
        ("Le gouverneur a confirmé la mort de 13 personnes.", [("killed", 13)]),
        ("L'armée a revendiqué la neutralisation de 34 terroristes.", [("killed", 34)]),
        ("Les jihadistes ont exécuté sommairement 9 hommes.", [("killed", 9)]),
        ("Un militaire âgé de 32 ans figure parmi les victimes.", [("killed", 1)]),
        ("Un passant figure parmi les blessés.", [("wounded", 1)]),
        # a toll: "fait N morts", "bilan provisoire"
        ("L'attaque a fait 23 morts et 40 blessés.", [("killed", 23), ("wounded", 40)]),
        ("Le bilan provisoire est de 9 morts.", [("killed", 9)]),
        ("Le bilan de l'attaque s'est alourdi à 45 morts.", [("killed", 45)]),
        ("Le drame a fait 11 victimes, selon les pompiers.", [("killed", 11)]),
        (
            "Bilan : 12 morts, 20 blessés et 3 disparus.",
            [("killed", 12), ("wounded", 20), ("missing", 3)],
        ),
        (
            "Le bilan fait état de trois (03) soldats tués et sept (07) blessés.",
            [("killed", 3), ("wounded", 7)],
        ),
        # the other fates
        ("Une dizaine de personnes sont portées disparues.", [("missing", 10)]),
        ("Environ 300 personnes ont été prises en otage.", [("kidnapped", 300)]),
        ("La police a arrêté 45 personnes soupçonnées de pillage.", [("arrested", 45)]),
        ("Une trentaine de suspects ont été interpellés à Niamey.", [("arrested", 30)]),
        (
            "Cinq cents familles ont été contraintes d'abandonner leurs maisons.",
            [("displaced", 500)],
        ),
        ("Pas moins de 200 ménages ont fui la commune.", [("displaced", 200)]),
        ("Environ 25 000 Soudanais ont trouvé refuge au Tchad.", [("refugees", 25000)]),
        # several figures, each with its fate
        (
            "Les assaillants ont ouvert le feu, tuant au moins sept personnes et en blessant "
            "une dizaine d'autres.",
            [("killed", 7), ("wounded", 10)],
        ),
        (
            "Trois casques bleus ont été tués et cinq autres blessés près d'Aguelhok.",
            [("killed", 3), ("wounded", 5)],
        ),
        (
            "Selon l'état-major, 15 militaires ont été tués et 9 portés disparus.",
            [("killed", 15), ("missing", 9)],
        ),
    ],
)
def test_a_kind_of_french_fate(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les 3 pays de l'AES ont signé un accord de défense.", []),
        ("La 5e région militaire a enregistré 12 morts.", [("killed", 12)]),
        ("Des armes de calibre 12,7 mm ont été saisies.", []),
        ("Le décret n° 2023-0456 porte nomination de 12 préfets.", []),
        ("L'arrêté 2021-045 fixe les horaires du couvre-feu.", []),
        ("Les forces armées ont saisi 14 motos et 3 fusils AK-47.", []),
        ("Un homme âgé de 45 ans a été tué à Gao.", [("killed", 1)]),
        ("En 2022, le pays a connu une année difficile.", []),
        ("Les terroristes ont emporté 150 têtes de bétail et incendié 40 maisons.", []),
        # a figure of things after a passive told before its subject is no victim
        ("Des civils ont été massacrés dans la zone des trois frontières.", []),
        ("Douze personnes ont été enlevées dans deux incidents distincts.", [("kidnapped", 12)]),
    ],
)
def test_figures_that_count_no_victim(text, expected):
    assert figures(text) == expected


def first(text: str) -> Claim:
    """The first claim of `text` (one is expected)."""
    found = claims(text)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Dix-sept soldats ont été tués, selon l'état-major général des armées.",
            "l'état-major général des armées",
        ),
        ("Six soldats ont été tués, a-t-on appris de source sécuritaire.", "source sécuritaire"),
        (
            "Au moins 15 civils ont été tués vendredi, a appris l'AFP de sources sécuritaire "
            "et locale.",
            "sources sécuritaire et locale",
        ),
        (
            "Le bilan provisoire est de 9 morts, a indiqué à RFI le maire de la commune.",
            "le maire de la commune",
        ),
        ("Onze civils ont été tués, a déclaré jeudi à l'AFP un élu local.", "un élu local"),
        ("À en croire des sources locales, le bilan serait de 25 morts.", "des sources locales"),
        ("L'armée dit avoir tué 25 jihadistes.", "L'armée"),
        (
            "Neuf civils ont été tués, selon un décompte de l'AFP établi à partir de sources.",
            "l'AFP",
        ),
        ("L'état-major informe l'opinion que 9 soldats ont été tués.", "L'état-major"),
        (
            "Un responsable local, qui a requis l'anonymat, a fait état de 30 morts.",
            "Un responsable local",
        ),
        # a toll is no voice: the voice is who gives it
        (
            "Le bilan provisoire fait état de 14 morts et d'une vingtaine de blessés, selon le "
            "gouverneur de la région.",
            "le gouverneur de la région",
        ),
        (
            "Le Cdt. Amadou Traoré a précisé que trois soldats ont été blessés.",
            "Cdt. Amadou Traoré",
        ),
        (
            "Selon le Col. Abdoul Aziz Ouédraogo, 31 soldats ont péri.",
            "le Col. Abdoul Aziz Ouédraogo",
        ),
    ],
)
def test_a_kind_of_french_voice(text, voice):
    assert first(text).attribution == voice


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Vingt-neuf personnes auraient été tuées dans l'attaque.", True),
        ("L'attaque aurait fait une quarantaine de morts.", True),
        ("À en croire des habitants, le bilan serait de 25 morts.", True),
        ("Le bilan s'élèverait à 40 morts, selon des habitants.", True),
        ("Les affrontements feraient 12 morts, selon une ONG.", True),
        ("Le chiffre de 60 morts n'a pas pu être vérifié de manière indépendante.", True),
        ("Le bilan est de 25 morts, selon la gendarmerie.", False),
        ("Vingt-neuf personnes ont été tuées dans l'attaque.", False),
    ],
)
def test_the_conditional_marks_a_figure_unconfirmed(text, hedged):
    assert first(text).hedged is hedged


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Trois civils ont été tués aux abords du marché de Djibo.",
            "aux abords du marché de Djibo",
        ),
        ("Deux soldats ont été tués non loin du camp de Mentao.", "non loin du camp de Mentao"),
        (
            "Quatre gendarmes ont été tués à une trentaine de kilomètres de Dori.",
            "à une trentaine de kilomètres de Dori",
        ),
        ("Cinq personnes ont été enlevées à 15 km de Bankass.", "à 15 km de Bankass"),
        (
            "L'attaque a fait 23 morts dans la commune rurale de Tin-Akoff.",
            "Tin-Akoff",
        ),
        ("Six élèves ont été enlevés dans le département de Torodi.", "le département de Torodi"),
        ("Huit militaires ont perdu la vie dans la province du Soum.", "la province du Soum"),
        (
            "Une cinquantaine de terroristes ont été neutralisés dans la région de Mopti.",
            "la région de Mopti",
        ),
        ("Au moins douze fidèles ont péri non loin de Ménaka.", "non loin de Ménaka"),
        (
            "Hier, des terroristes ont tué quatre enseignants à l'est de Fada N'Gourma.",
            "à l'est de Fada N'Gourma",
        ),
        # a place struck or fled, named right after its verb
        ("Des hommes armés ont attaqué Intahaka, tuant 11 orpailleurs.", "Intahaka"),
        ("Plus de 200 personnes ont fui Tillabéri.", "Tillabéri"),
        ("Les rebelles ont attaqué Boko Haram, tuant 11 combattants.", None),
        # a road's two ends, and lists of places under a plural area
        (
            "Onze soldats ont été tués sur la route reliant Djibo à Namsiguia.",
            "la route reliant Djibo à Namsiguia",
        ),
        (
            "Trente personnes ont été tuées dans les régions de Mopti et de Ségou.",
            "les régions de Mopti et de Ségou",
        ),
        (
            "Les violences ont fait 50 morts dans les localités de Diallassagou, Dianweli et "
            "Déguéssagou.",
            "les localités de Diallassagou, Dianweli et Déguéssagou",
        ),
        # a headline's event named by its place
        ("Massacre de Solhan : au moins 132 civils tués", "Solhan"),
        ("Attaque de Barsalogho : le bilan passe à 150 morts", "Barsalogho"),
        ("Attaque de Boko Haram : 12 soldats tués près de Bol", "près de Bol"),
        # two places told under no plural area: the first; three or more: their country
        # (session 75, `place_lists`: a national tally had taken the list's first town)
        ("Douze civils ont été tués à Bimbo et Bangui.", "Bimbo"),
        ("Douze civils ont été tués à Bimbo, Bégoua et Bangui.", "Central African Republic"),
    ],
)
def test_a_kind_of_french_place(text, place):
    assert first(text).location == place


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Douze personnes ont été tuées dans la nuit de mardi à mercredi.",
            "2024-03-05/2024-03-06",
        ),
        ("Huit personnes ont été tuées dans la nuit de lundi à mardi.", "2024-03-11/2024-03-12"),
        ("Dans la nuit du 14 au 15 février, 8 villageois ont été tués.", "2024-02-14/2024-02-15"),
        (
            "Dans la nuit du 31 au 1er janvier 2023, 3 soldats ont été tués.",
            "2022-12-31/2023-01-01",
        ),
        ("Le 3 juin dernier, au moins 40 civils ont été tués.", "2023-06-03"),
        ("Début juin, une centaine de personnes ont été tuées.", "2023-06-01/2023-06-10"),
        ("Il y a deux jours, sept soldats ont été tués.", "2024-03-10"),
    ],
)
def test_a_kind_of_french_date(text, date):
    assert first(text).date == date


@pytest.mark.parametrize(
    "text",
    [
        "Le Lt-col. Souleymane Dembélé a indiqué que 12 terroristes ont été neutralisés.",
        "Selon le Cdt. Amadou Traoré, trois soldats ont été blessés.",
        "Le Col. Abdoul Aziz Ouédraogo a annoncé 31 morts.",
        "Le Gal. Moussa Barmou a déclaré que 22 terroristes avaient été tués.",
        "S.E. Mahamat Idriss Déby a présenté ses condoléances.",
        "Le Cne. Diarra et l'Adj. Coulibaly figurent parmi les blessés.",
    ],
)
def test_a_french_title_abbreviated_ends_no_sentence(text):
    doc = document_from_text("fr.txt", text)
    assert len(split_sentences(doc.text, doc.blocks)) == 1


def test_english_sentences_end_where_they_did():
    text = "The army said 12 were killed. Gal Traoré was not there. They told me. Then it ended."
    doc = document_from_text("en.txt", text)
    assert len(split_sentences(doc.text, doc.blocks)) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon les chiffres de l'OCHA, le nombre de personnes déplacées a dépassé les 500 000.",
            ("displaced", 500_000, "l'OCHA"),
        ),
        (
            "Le nombre de réfugiés soudanais au Tchad s'élève désormais à 600 000, selon le HCR.",
            ("refugees", 600_000, "le HCR"),
        ),
        ("Au bas mot 150 civils ont perdu la vie, selon une ONG.", ("killed", 150, "une ONG")),
        (
            "Le gouvernement a confirmé l'attaque, tandis qu'une source hospitalière faisait "
            "état de 47 blessés.",
            ("wounded", 47, "une source hospitalière"),
        ),
        (
            "Quelque 70 soldats ont été tués, a appris l'AFP de sources concordantes, un bilan "
            "qui n'a pas été confirmé.",
            ("killed", 70, "sources concordantes"),
        ),
    ],
)
def test_a_toll_reached_and_its_voice(text, expected):
    claim = first(text)
    assert (claim.category.value, claim.value, claim.attribution) == expected


def test_a_group_named_after_a_region_is_no_place():
    claim = first("L'Etat islamique au Grand Sahara a tué 18 civils, selon des témoins.")
    assert claim.location != "Grand Sahara"
    assert first("Al-Qaïda au Maghreb islamique a enlevé 3 touristes.").location != "Maghreb"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("L'embuscade a fait quatre morts dans les rangs des gendarmes.", "military"),
        ("L'attaque a fait 10 morts parmi les soldats et les supplétifs.", "military"),
        ("L'engin a explosé, faisant 14 morts parmi les passagers.", "civilian"),
        ("On déplore 4 morts côté FAMa.", "military"),
        ("L'attaque a fait 12 morts.", None),
    ],
)
def test_whose_side_a_toll_counts(text, unit):
    assert first(text).unit == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a communiqué's toll: a figure echoed in brackets, one missing
        (
            "Côté ami : un (01) mort et quatre (04) blessés.",
            [("killed", 1), ("wounded", 4)],
        ),
        (
            "Le bilan est de 16 morts, 6 blessés et un porté disparu.",
            [("killed", 16), ("wounded", 6), ("missing", 1)],
        ),
        (
            "Deux soldats ont perdu la vie et un troisième a été blessé.",
            [("killed", 2), ("wounded", 1)],
        ),
        # fallen in honour, not into an ambush
        ("Douze militaires « sont tombés au champ d'honneur », selon l'armée.", [("killed", 12)]),
        ("Neuf soldats sont tombés dans une embuscade près de Gao.", []),
        # a toll grown, and its parts
        (
            "Le bilan de l'attaque contre le convoi s'est alourdi à 80 personnes, dont 65 civils.",
            [("killed", 80), ("killed", 65)],
        ),
        # a verb in the infinitive, a determiner before the figure
        ("Les frappes ont permis de neutraliser au moins 15 terroristes.", [("killed", 15)]),
        ("Les frappes ont permis d'abattre 8 assaillants.", [("killed", 8)]),
        ("Le véhicule a sauté sur une mine, tuant ses cinq occupants.", [("killed", 5)]),
    ],
)
def test_a_communique_toll(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ils ont égorgé au moins sept personnes dans la nuit.", [("killed", 7)]),
        (
            "Les assaillants ont décapité deux villageois et fusillé trois autres.",
            [("killed", 2), ("killed", 3)],
        ),
        ("Une quinzaine d'autres habitants manquent encore à l'appel.", [("missing", 15)]),
        ("Les hommes armés ont blessé par balles cinq personnes.", [("wounded", 5)]),
        ("Ils ont tué à la machette 12 civils.", [("killed", 12)]),
        ("Six personnes ont été brûlées vives dans leur maison.", [("killed", 6)]),
        ("Un homme a été brûlé vif.", [("killed", 1)]),
        (
            "L'attaque a entraîné la mort de 20 personnes et la blessure grave de 15 autres.",
            [("killed", 20), ("wounded", 15)],
        ),
    ],
)
def test_how_they_were_killed(text, expected):
    assert figures(text) == expected
