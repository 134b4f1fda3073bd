"""Kinds trial 70 (South Sudan's Upper Nile and Jonglei) found, each with its negative:
sidecars named beside their files by a shell's `texts/*`, and an outlet's name that holds
a town's ("Nasir FM") naming no place. Real files and databases in tmp_path."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.match_helpers import placed_claim
from tests.test_trial_kinds43 import claims, only
from workbench.cli import main
from workbench.match.headline_places import headlines_placed
from workbench.match.institutions import institution
from workbench.match.place_names import listed_with, sentence_names
from workbench.models import Category
from workbench.service import Workbench
from workbench.store.gazetteer import GazetteerFile

_TEXT = (
    "Clashes in Nasir\n\nNASIR, 14 October 2026 - Eighteen soldiers were killed in clashes "
    "in Nasir on Tuesday, the army said.\n"
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text(_TEXT, "utf-8")
    meta = {"title": "Army: 18 soldiers killed in Nasir", "published": "2026-10-14"}
    (folder / "a.json").write_text(json.dumps(meta), "utf-8")
    return folder


def test_a_sidecar_named_beside_its_file_is_read_with_it_not_as_a_document(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path)
    db = tmp_path / "claims.db"
    named = [str(folder / "a.json"), str(folder / "a.txt")]
    result = CliRunner().invoke(main, ["ingest", *named, "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "1 file read as the sidecar of the file beside it" in result.stderr
    assert "1 document added" in result.stdout
    with closing(Workbench(str(db))) as bench:
        source = bench.source(1)
        assert str(source.published) == "2026-10-14"


def test_a_json_named_alone_is_still_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "a.txt").unlink()
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(
        main, ["ingest", str(folder / "a.json"), "--db", str(db), "--jobs", "1"]
    )
    assert "sidecar" not in result.stderr
    assert "1 document added" in result.stdout


def test_an_outlets_name_names_no_place() -> None:
    names = sentence_names("Posted by Nasir FM newsroom, with Radio Tamazuj and Eye Radio")
    assert not {"nasir", "nasir fm", "tamazuj", "eye"} & names


def test_a_towns_name_of_two_words_is_still_a_name() -> None:
    assert "nasir" in sentence_names("Fighting in Nasir, Upper Nile, went on")
    assert "times square" in sentence_names("A car drove into crowds in Times Square")


@pytest.mark.parametrize(
    "text",
    [
        "The conflict killed an estimated 400,000 people before a 2018 peace deal.",
        "The war killed estimated 50,000 people.",
    ],
)
def test_a_wars_estimated_toll_is_a_running_total(text: str) -> None:
    assert only(text).scope == "cumulative"


def test_a_clashs_estimated_toll_stays_one_incident() -> None:
    assert only("The clash killed an estimated 40 people on Tuesday.").scope == "incident"


def test_new_arrivals_are_displaced_people() -> None:
    claim = only("About 4,800 new arrivals have been recorded in Ulang County since Tuesday.")
    assert (claim.category, claim.value) == (Category.DISPLACED, 4800)


def test_tourist_arrivals_are_no_displaced_people() -> None:
    assert all(
        c.category is not Category.DISPLACED
        for c in claims("Some 1.2 million tourist arrivals were recorded in 2023.")
    )


def test_he_after_a_bodys_unnamed_spokesman_is_that_spokesman() -> None:
    found = claims(
        "Army spokesperson Maj. Gen. Lul Ruai Koang said 18 soldiers were killed on Tuesday."
        "\n\nA spokesman for the White Army, who spoke on condition of anonymity, rejected "
        "the army's figures. He said only seven of its fighters were killed."
    )
    assert [(c.value, c.attribution) for c in found][-1] == (7, "A spokesman for the White Army")


def test_he_after_a_surname_alone_is_that_person_not_one_named_before() -> None:
    found = claims(
        "Commissioner James Gatluak Lew said 52 people were killed.\n\n"
        "But the army spokesperson, Major General Lul Ruai Koang, dismissed the claims that "
        "soldiers targeted civilians.\n\n"
        '"No civilian was killed by our forces," Koang said.\n\n'
        "He also said the figure of 18 soldiers killed was final."
    )
    assert [(c.value, c.attribution) for c in found] == [
        (52, "Commissioner James Gatluak Lew"),
        (0, "Koang"),  # "No civilian was killed": a toll of none (zero_tolls.py)
        (18, "Koang"),
    ]


def test_he_after_a_body_is_still_the_person_named_before() -> None:
    found = claims(
        "Commissioner James Gatluak Lew visited the town. The army said it was calm.\n\n"
        "He said 52 people were killed."
    )
    assert [(c.value, c.attribution) for c in found] == [(52, "James Gatluak Lew")]


def _links(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str, str]]:
    """The links of `texts` (file name -> text) loaded into a new database: each as the
    two claims' sentences' first words and the relation."""
    for name, text in texts.items():
        (tmp_path / name).write_text(text, "utf-8")
    with closing(Workbench(str(tmp_path / "claims.db"))) as bench:
        bench.ingest([str(tmp_path / name) for name in texts], jobs=1)
        return [
            (link.a.sentence[:12], link.b.sentence[:12], link.relation) for link in bench.links()
        ]


_OCHA = (
    "Flash update: fighting in Nasir and the air strike near Ulang\n\n"
    "NASIR, 19 October 2026 - Fighting in Nasir and the air strike near Ulang displaced "
    "thousands.\n\nAn air strike near Ulang on 15 October killed 21 civilians, the office said."
)


def test_a_lead_that_lists_a_claims_place_beside_another_puts_it_in_neither(
    tmp_path: Path,
) -> None:
    nasir = "Fighting in Nasir on 15 October killed 32 civilians, the UN mission said."
    links = _links(tmp_path, {"ocha.txt": _OCHA, "un.txt": nasir})
    assert not [x for x in links if {x[0], x[1]} == {"An air strike", "Fighting in "}]


def test_where_the_attackers_came_from_is_no_place_of_the_raid() -> None:
    found = claims(
        "PIBOR - At least 27 people were killed when armed youth raided cattle camps near "
        "Gumuruk on Wednesday.\n\nThe minister said the attackers came from neighbouring "
        'counties of Jonglei State.\n\n"Twenty-seven people were killed," he said.'
    )
    assert all("Jonglei" not in (c.location or "") for c in found)


def test_a_raid_in_a_state_is_still_placed_there() -> None:
    assert only("Gunmen killed 12 herders in Jonglei State on Tuesday.").location == (
        "Jonglei State"
    )


@pytest.mark.parametrize(
    "voice, army",
    [
        ("SSPDF spokesperson Maj. Gen. Lul Ruai Koang", ("army", "south sudan")),
        ("the FACA", ("army", "central african republic")),
        ("SPLA-IO", None),
    ],
)
def test_an_armys_initials_name_its_army(voice: str, army: tuple[str, str] | None) -> None:
    assert institution(voice) == army


def test_a_lead_listing_another_place_before_the_claims_names_it_beside() -> None:
    lead = "Flash update: the fighting in Nasir and the air strike near Ulang displaced 18,000."
    assert listed_with(lead, ("ulang",)) == frozenset({"nasir"})


@pytest.mark.parametrize(
    "lead, place",
    [
        ("Mung Lai Hkyet refugee camp and village near Laiza, Kachin State", "mung lai hkiet"),
        ("The victims of the tavern shootings in Nomzamo, Soweto say", "nomzamo"),
    ],
)
def test_a_lead_saying_where_a_place_lies_lists_nothing_beside_it(lead: str, place: str) -> None:
    assert listed_with(lead, (place,)) == frozenset()


def test_an_undated_toll_takes_the_day_its_story_tells_it_again_at_its_place() -> None:
    found = claims(
        "At least eighteen people have been killed in fresh attacks in Abyei. The minister "
        "said the attack happened on Sunday, and eighteen people were killed in Abyei."
    )
    assert [c.date_text for c in found] == ["Sunday", "Sunday"]


def test_an_undated_toll_of_another_place_keeps_no_day() -> None:
    found = claims(
        "At least eighteen people have been killed in Agok. On Sunday eighteen people were "
        "killed in Abyei, the minister said."
    )
    assert [c.date_text for c in found] == [None, "Sunday"]


def test_a_denial_that_troops_killed_civilians_names_the_civilians() -> None:
    claim = only("Junta spokesman Maj. Gen. Zaw Min Tun denied that troops had killed civilians.")
    assert (claim.subject, claim.unit, claim.value) == ("civilians", "civilian", None)


def test_a_vague_quantifier_still_names_no_people() -> None:
    claim = only("Many people have been displaced by the fighting.")
    assert claim.subject is None


@pytest.mark.parametrize(
    "text, place",
    [
        ("Yinmabin Township has received about 2,400 new arrivals from Kani.", "Yinmabin Township"),
        (
            "An air strike on a school in Thayet Kan village, Kani Township, on 5 March killed "
            "at least 14 civilians.",
            "Thayet Kan village, Kani Township",
        ),
        (
            "In Rakhine State, some 3,000 people fled clashes in Kyauktaw Township on 4 March.",
            "Kyauktaw Township",
        ),
    ],
)
def test_a_township_named_so_is_a_place(text: str, place: str) -> None:
    assert only(text).location == place


def test_a_state_department_is_no_place() -> None:
    claim = only("The State Department said 12 people were killed in Kabul on Monday.")
    assert claim.location == "Kabul"


def test_a_headline_at_its_country_is_matched_at_its_storys_place(places: GazetteerFile) -> None:
    headline = placed_claim(
        places, 1, "Myanmar", 14, country="Myanmar", section="title", document_id=9
    )
    story = placed_claim(
        places, 2, "northwestern Sagaing region", 14, country="Myanmar", document_id=9
    )
    other = placed_claim(places, 3, "Kyauktaw", 14, country="Myanmar", document_id=8)
    placed = headlines_placed([headline, story, other])
    assert [c.location for c in placed] == ["northwestern Sagaing region"] + [
        c.location for c in (story, other)
    ]


@pytest.mark.parametrize(
    "story_fields",
    [
        {"high": 15, "value": 15, "text": "15"},  # another number (its low set below)
        {"document_id": 7},  # another report's
        {"section": "title"},  # a second headline
    ],
)
def test_a_headline_keeps_its_country_without_its_storys_number_placed_finer(
    places: GazetteerFile, story_fields: dict[str, object]
) -> None:
    headline = placed_claim(
        places, 1, "Myanmar", 14, country="Myanmar", section="title", document_id=9
    )
    fields: dict[str, object] = {"country": "Myanmar", "document_id": 9, **story_fields}
    low = 15 if "high" in story_fields else 14
    story = placed_claim(places, 2, "northwestern Sagaing region", low, **fields)
    assert headlines_placed([headline, story])[0].location == "Myanmar"
