"""A figure its voice denies ("rejects reports that 14 people were abducted", "Les FARDC
démentent le bilan de 42 morts") against a voice's own count under a denial ("The
story is false. He says only 3 died"): in extraction, matching, events and exports;
on texts written for the tests (trial 61: the army's denial corroborated the figure it
denied, and a ministry contradicted its own count), with negatives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims
from tests.test_match_country import load, relations
from workbench.models import Claim


def _flags(claims: list[Claim]) -> dict[float | None, tuple[bool, bool, str | None]]:
    return {c.value: (c.denies, c.figure_denied, c.attribution) for c in claims}


@pytest.mark.parametrize(
    ("text", "denied", "voice"),
    [
        (
            "The Defence Ministry rejects reports in some media that 14 people were abducted"
            " by rebels in Palma.",
            14,
            "Defence Ministry",
        ),
        ("The army denied that 31 soldiers were killed, saying only 12 died.", 31, "army"),
        ("Reports that 31 soldiers died are false, the army said.", 31, "army"),
        ("The army dismissed reports of 31 dead, saying five soldiers died.", 31, "army"),
    ],
)
def test_the_figure_a_voice_denies_is_marked_so(text: str, denied: int, voice: str) -> None:
    flags = _flags(claims_in(text))
    assert flags[denied] == (True, True, voice)
    own = [v for v, (_, figure_denied, _) in flags.items() if not figure_denied]
    assert all(flags[v][2] == voice for v in own)  # "saying only 12 died": its own count


def test_a_count_given_against_a_story_called_false_is_the_voices_own() -> None:
    text = "The ambush story is false. He says only 3 soldiers died, of illness."
    [claim] = claims_in(text)
    assert (claim.value, claim.denies, claim.figure_denied) == (3, True, False)


def test_no_denial_no_flag() -> None:
    for text in (
        "The army said 31 soldiers were killed and rejected calls for a ceasefire.",
        "Reports said 31 soldiers died in the attack.",
    ):
        assert not any(c.denies or c.figure_denied for c in claims_in(text))


@pytest.mark.parametrize(
    ("text", "denied", "voice"),
    [
        (
            "Les FARDC démentent formellement le bilan de 42 morts qui circule sur les réseaux"
            " sociaux.",
            42,
            "Les FARDC",
        ),
        (
            "L'armée dément que 30 soldats aient été tués, affirmant que seuls 4 sont morts.",
            30,
            "L'armée",
        ),
        ("L'armée nie que 30 soldats aient été tués.", 30, "L'armée"),
        ("Nous rejetons le bilan de 18 morts avancé par l'armée.", 18, None),
    ],
)
def test_a_french_denial_marks_the_figure(text: str, denied: int, voice: str | None) -> None:
    claims = french_claims(text)
    flags = _flags(claims)
    assert flags[denied] == (True, True, voice)
    assert next(c.subject for c in claims if c.value == denied) != "soldats aient"
    assert not any(f for v, (_, f, _) in flags.items() if v != denied)  # "seuls 4": its own


def test_french_words_that_deny_no_figure() -> None:
    assert french_claims("Le ministre a démenti sa démission mardi.") == []
    claims = french_claims("Le bilan provisoire fait état de 12 morts, selon la police.")
    assert [(c.value, c.denies) for c in claims] == [(12, False)]


MINISTRY = (
    "The Defence Ministry rejects reports in some media that 14 people were abducted by rebels"
    " in Palma on Thursday. Only four people were abducted, and all were rescued."
)
WIRE = "Rebels abducted 14 people in Palma on Thursday, a district official said."
RADIO = "Rebels abducted four people in Palma on Thursday, local radio said."


def test_a_denied_figure_disputes_the_same_figure(tmp_path: Path) -> None:
    bench = load(tmp_path, ("", WIRE, "2026-11-06"), ("", MINISTRY, "2026-11-06"))
    found = relations(bench)
    assert ("contradicts" in [r for r, _ in found]) and any(
        "the second voice denies this figure" in why for _, why in found
    )
    # the ministry's own four disputes the wire's 14; its denial of 14 is no dispute of it
    inside = [link for link in bench.links() if link.a.document_id == link.b.document_id]
    assert inside == []


def test_a_denied_figure_says_nothing_of_another(tmp_path: Path) -> None:
    bench = load(tmp_path, ("", RADIO, "2026-11-06"), ("", MINISTRY, "2026-11-06"))
    assert all({link.a.value, link.b.value} != {4, 14} for link in bench.links()), relations(bench)


def test_an_event_leaves_a_denied_figure_out(tmp_path: Path) -> None:
    bench = load(tmp_path, ("", WIRE, "2026-11-06"), ("", MINISTRY, "2026-11-06"))
    [event] = [e for e in bench.events() if e.claims >= 2]
    [kidnapped] = [f for f in event.figures if f.category.value == "kidnapped" and not f.side]
    assert kidnapped.denied == 1 and kidnapped.high == 14 and kidnapped.low == 4


def test_exports_say_which_figure_is_denied(tmp_path: Path) -> None:
    bench = load(tmp_path, ("", MINISTRY, "2026-11-06"))
    out = tmp_path / "report.json"
    bench.export_to("json", str(out))
    claims = json.loads(out.read_text())["claims"]
    assert [c["figure_denied"] for c in claims if c["value"] == 14] == [True]
    markdown = tmp_path / "report.md"
    bench.export_to("md", str(markdown))
    assert "denies this figure" in markdown.read_text()


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The army said no soldier was killed, rejecting claims that 16 troops died.", 16),
        ("Contrary to reports of 70 dead, only 12 people died, the governor said.", 70),
        ("It is not true that 45 people were killed, the minister said.", 45),
        ("The army rejected the toll of 40 dead.", 40),
    ],
)
def test_more_wordings_of_a_denial(text: str, denied: int) -> None:
    """Re-trial 61: these read the denied figure as the speaker's own toll ("rejecting
    claims that 16 troops died" then corroborated the residents' 16)."""
    flags = {c.value: c.figure_denied for c in claims_in(text)}
    assert flags[denied] and not any(f for v, f in flags.items() if v != denied)


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet nie le bilan de 33 morts.",
        "L'armée a démenti hier le bilan de 33 morts.",
        "Il est faux de dire que 33 personnes ont été tuées, a déclaré le ministre.",
    ],
)
def test_more_french_wordings_of_a_denial(text: str) -> None:
    assert [(c.value, c.figure_denied) for c in french_claims(text)] == [(33, True)]


def test_that_as_a_pronoun_is_no_denial_of_what_follows() -> None:
    text = "After the allegation and denying that by the monitor, warplanes killed 4 fighters."
    assert [c.denies for c in claims_in(text)] == [False]


def test_lists_mark_a_denied_figure(tmp_path: Path) -> None:
    """Re-trial 61: "14 kidnapped — Ministry" read as the ministry's own figure."""
    from workbench.display import figure_and_before
    from workbench.tui.format import DENIED_MARK, claim_figure

    bench = load(tmp_path, ("", MINISTRY, "2026-11-06"))
    [denied] = [c for c in bench.claims() if c.figure_denied]
    assert figure_and_before(denied) == "14 (denied)"
    assert claim_figure(denied) == f"14 {DENIED_MARK}"
    [own] = [c for c in bench.claims() if c.value == 4 and c.category.value == "kidnapped"]
    assert "denied" not in figure_and_before(own) and DENIED_MARK not in claim_figure(own)


def test_an_analyst_marks_a_denial_the_reader_missed_and_it_is_kept(tmp_path: Path) -> None:
    """Re-trial 61: a denial worded as the reader does not know ("Le gouverneur qualifie
    de fantaisiste le bilan de 42 morts") could not be marked; `claim edit --denied`."""
    bench = load(
        tmp_path,
        ("", "Residents said 42 people were killed in Kalemba on Monday.", "2026-11-04"),
        (
            "",
            "The governor called the toll of 42 killed in Kalemba on Monday fanciful.",
            "2026-11-05",
        ),
    )
    [governor] = [c for c in bench.claims() if c.document_id == 2]
    assert not governor.figure_denied
    bench.correct_claim(governor.id, {"denied": "yes"}, "he calls it fanciful")
    assert bench.claim(governor.id).figure_denied
    reasons = [why for _, why in relations(bench)]
    assert any("denies this figure" in why for why in reasons)
    bench.reextract()
    assert bench.claim(governor.id).figure_denied  # the analyst's word outlives a re-read
    assert [c.field for c in bench.corrections(governor.id)] == ["denied"]


@pytest.mark.parametrize(
    ("text", "denied", "voice"),
    [
        ("The army denied 22 people had been kidnapped in Tine.", 22, "army"),
        ("The RSF denied killing 85 civilians in Tawila.", 85, "RSF"),
    ],
)
def test_a_denial_with_no_that(text: str, denied: int, voice: str) -> None:
    """Re-trial 61: "denied 22 people had been kidnapped" and "denied killing 85" read
    the figure as the army's own."""
    [claim] = claims_in(text)
    assert (claim.value, claim.figure_denied, claim.attribution) == (denied, True, voice)


def test_denying_a_charge_counts_nothing() -> None:
    assert claims_in("He denied two charges of fraud.") == []
