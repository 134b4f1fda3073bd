"""Tolls of none (trials 70 and 71): "no civilians were killed", "Nobody was hurt",
"There were no casualties", "aucun civil n'a été tué" are claims of the figure 0, with
their people and voice, so that the other side's toll contradicts them and an event
shows the dispute instead of adding the two sides' figures. Not "no one else" (nothing
beyond a toll told), not an aim, not a thing. Sentences written for these tests; real
files and a real SQLite file for the event."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import load_benchmark
from tests.test_trial_kinds43 import claims
from workbench.match.rivals import rival_accounts
from workbench.models import Category
from workbench.service import Workbench

real_text = load_benchmark("real_text")


@pytest.mark.parametrize(
    "text, category, subject, voice",
    [
        ("The army said no civilians were killed in the strike.", "killed", "civilians", "army"),
        ("Nobody was hurt when the shell hit the school, police said.", "wounded", None, "police"),
        (
            "Not a single soldier was killed in the ambush, the ministry said.",
            "killed",
            "soldier",
            "ministry",
        ),
        (
            "None of its fighters were killed, the group said in a statement.",
            "killed",
            "fighters",
            "group",
        ),
        (
            "No civilians were harmed in the operation, the spokesman said.",
            "killed",
            "civilians",
            "spokesman",
        ),
        ("There were no casualties, the governor told reporters.", "killed", None, "governor"),
        ("No fatalities were reported.", "killed", None, None),
    ],
)
def test_a_toll_of_none_is_a_claim_of_zero(text, category, subject, voice):
    [claim] = claims(text)
    assert (claim.category.value, claim.low, claim.high, claim.value) == (category, 0, 0, 0)
    assert claim.subject == subject
    assert (voice is None and claim.attribution is None) or voice in (claim.attribution or "")


@pytest.mark.parametrize(
    "text, category",
    [
        ("La coalition a affirmé qu'aucun civil n'a été tué dans le raid.", "killed"),
        ("Personne n'a été blessé, selon la police.", "wounded"),
        ("L'explosion n'a fait aucune victime, a indiqué le maire.", "killed"),
    ],
)
def test_a_french_toll_of_none_is_a_claim_of_zero(text, category):
    [claim] = claims(text, "fr")
    assert (claim.category.value, claim.low, claim.high) == (category, 0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers were killed. No one else was hurt.",  # nothing beyond the five
        "The army took steps to ensure no civilians are harmed.",  # an aim
        "No vehicles were hit in the raid.",  # things
        "Aucun véhicule n'a été touché.",
    ],
)
def test_no_zero_where_none_is_told_of_people(text):
    language = "fr" if text.startswith("Aucun") else None
    assert [c for c in claims(text, language) if c.value == 0] == []


def test_a_toll_beside_a_zero_keeps_its_own_figure():
    found = [
        (c.category, c.low)
        for c in claims("Rebels killed 12 soldiers, but no civilians were killed.")
    ]
    assert found == [(Category.KILLED, 12), (Category.KILLED, 0)]


def test_a_denial_of_civilian_deaths_contests_the_other_sides_toll(tmp_path: Path):
    """The coalition's "no civilians were killed" and the rebels' 15 civilians of one
    strike: a contradicts link, and the event's civilians contested from 0 to 15."""
    first = tmp_path / "coalition.txt"
    first.write_text(
        "Coalition strike in Hodeidah\n\nHODEIDAH, 12 March 2026 - The coalition said its air "
        "strike on a market in Al-Mansuriyah on Wednesday killed 20 fighters and that no "
        "civilians were killed.\n"
    )
    second = tmp_path / "rebels.txt"
    second.write_text(
        "Market strike\n\nHODEIDAH, 12 March 2026 - Fifteen civilians were killed on Wednesday "
        "when a coalition air strike hit a market in Al-Mansuriyah, the rebels' health "
        "ministry said.\n"
    )
    with closing(Workbench(str(tmp_path / "claims.db"))) as bench:
        bench.ingest([str(first), str(second)], jobs=1)
        zero = next(c for c in bench.claims() if c.value == 0)
        fifteen = next(c for c in bench.claims() if c.value == 15)
        relations = {
            link.relation
            for link in bench.links()
            if {link.a.id, link.b.id} == {zero.id, fifteen.id}
        }
        [event] = [e for e in bench.events() if e.contested]
        detail = bench.event(event.id)
    assert relations == {"contradicts"}
    [civilians] = [f for f in detail.figures if f.side == "civilian"]
    assert civilians.contested and (civilians.low, civilians.high) == (0, 15)


def test_every_voice_saying_none_makes_a_best_of_none(tmp_path: Path):
    texts = [
        "Shelling in Kuri\n\nKURI, 3 March 2026 - No civilians were killed when shells hit "
        "Kuri on Tuesday, the army said.\n",
        "Kuri\n\nKURI, 3 March 2026 - Shells hit Kuri on Tuesday, but no civilians were "
        "killed, the mayor said.\n",
    ]
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"r{n}.txt"
        path.write_text(text)
        paths.append(str(path))
    with closing(Workbench(str(tmp_path / "claims.db"))) as bench:
        bench.ingest(paths, jobs=1)
        figures = [f for e in bench.events() for f in e.figures if f.side is None]
    assert [(f.low, f.best, f.high, f.contested) for f in figures] == [(0, 0, 0, False)]


def test_a_reports_own_none_beside_its_dead_is_no_floor(tmp_path: Path):
    """ "Five militants were killed ... The military reported no casualties": the
    military's own none, not a toll of 0 against the five."""
    report = tmp_path / "clash.txt"
    report.write_text(
        "Clash\n\nBULAN, 8 May 2026 - Five militants were killed in a firefight with the army "
        "in Bulan on Friday. The military reported no casualties.\n"
    )
    with closing(Workbench(str(tmp_path / "claims.db"))) as bench:
        bench.ingest([str(report)], jobs=1)
        [whole] = [f for e in bench.events() for f in e.figures if f.side is None]
    assert (whole.conservative, whole.low, whole.best) == (5, 5, 5)


def test_the_benchmark_toll_takes_no_none_for_a_lower_count():
    text = "Five militants were killed in a firefight. There were no casualties on the army side."
    assert real_text.toll(claims(text), Category.KILLED, text) == 5
    assert real_text.toll(claims("No fatalities."), Category.KILLED, "No fatalities.") == 0


# Trial 71b (Somalia) on the tolls of none
def test_a_none_names_its_force_as_written_and_the_french_of_ours():
    [aussom] = claims("No AUSSOM soldiers were killed in the attack, the mission said.")
    assert (aussom.value, aussom.subject) == (0, "AUSSOM soldiers")
    [ours] = claims("« Aucun de nos combattants n'a été tué », a affirmé le groupe.", "fr")
    assert (ours.value, ours.subject) == (0, "combattants")


def test_a_none_at_one_site_is_no_toll_of_the_incident():
    found = claims("Nobody died at our hospital, but 12 people were wounded, the director said.")
    assert [(c.category, c.value) for c in found] == [(Category.WOUNDED, 12)]


def _told(voice: str, victim: str, value: int, voice_id: int) -> SimpleNamespace:
    claim = SimpleNamespace(voice=voice, voice_id=voice_id, subject=None, value=value)
    return SimpleNamespace(claim=claim, victim=victim, report_means=frozenset({"air strike"}))


def test_two_nones_of_two_sides_are_no_rival_accounts():
    """The army's "no militants" and a rights group's "no civilians" of one strike
    dispute nothing (trial 71b: 0 against 0 called rival accounts); counts of both do."""
    army, monitor = "the Somali National Army", "a rights group"
    assert rival_accounts(_told(army, "armed_group", 12, 1), _told(monitor, "civilian", 9, 2))
    assert not rival_accounts(_told(army, "armed_group", 0, 1), _told(monitor, "civilian", 0, 2))
    assert not rival_accounts(_told(army, "armed_group", 12, 1), _told(monitor, "civilian", 0, 2))


def test_a_bare_none_links_to_no_other_reports_count(tmp_path: Path):
    """ "No one was hurt" says nothing of whose: it disputes no other report's count
    (the analyst links them); a none of named people does (above)."""
    paths = []
    for name, text in (
        (
            "a.txt",
            "Blast\n\nMAIDUGURI, Nigeria, 3 March 2026 - A bomb went off at the Monday Market "
            "in Maiduguri on Tuesday. No one was hurt, police said.\n",
        ),
        (
            "b.txt",
            "Maiduguri\n\nMAIDUGURI, Nigeria, 3 March 2026 - Three people were wounded when a "
            "bomb went off at the Monday Market in Maiduguri on Tuesday, residents said.\n",
        ),
    ):
        path = tmp_path / name
        path.write_text(text)
        paths.append(str(path))
    with closing(Workbench(str(tmp_path / "claims.db"))) as bench:
        bench.ingest(paths, jobs=1)
        zero = next(c for c in bench.claims() if c.value == 0)
        linked = [link for link in bench.links() if zero.id in (link.a.id, link.b.id)]
    assert linked == []


def test_a_none_told_against_reports_is_the_voices_own_count_not_a_denied_figure():
    """Trial 72: "Contrary to reports circulating on social media, no one was abducted"
    was stored as a figure the police deny; it is their own count of 0. The figure of
    the reports denied stays denied (the negative)."""
    (none,) = claims("Contrary to reports on social media, no one was abducted, police said.")
    assert (none.category, none.value, none.denies, none.figure_denied) == (
        Category.KIDNAPPED,
        0,
        False,
        False,
    )
    (denied,) = claims("The army denied reports that 30 civilians were killed in the strike.")
    assert denied.figure_denied


def test_a_reports_none_disputed_by_its_own_dead_of_the_same_people_is_a_floor(tmp_path: Path):
    """A commander's "No one was killed" beside a hospital's one man dead in the same
    report: both of the same people, so the none stands as the lowest figure (trial 75:
    the event's minimum was 1)."""
    report = tmp_path / "town.txt"
    report.write_text(
        "Protests\n\nNAKURU, 3 December 2026 - \"No one was killed during Wednesday's protests in"
        ' Nakuru," the police commander said. A hospital source said one man died of'
        " gunshot wounds on Wednesday in Nakuru.\n"
    )
    with closing(Workbench(str(tmp_path / "claims.db"))) as bench:
        bench.ingest([str(report)], jobs=1)
        [whole] = [f for e in bench.events() for f in e.figures if f.side is None]
    assert (whole.conservative, whole.minimum, whole.maximum) == (0, 0, 1)
