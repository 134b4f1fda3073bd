"""A trial's kinds of matching and event errors, on claims and reports written for
the tests: two villages the gazetteer lacks inside divisions it knows are two places;
a place named by what it lies near is no quarter of a city; one statement relayed
across languages links, its voice one institution; one voice's figure told twice
counts once; a later report's risen toll overtakes the lower first counts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.conftest import bench_with_reports
from tests.match_helpers import match_input
from workbench.events.credibility import suggest_credibility
from workbench.events.figures import independent_voices
from workbench.events.overtaken import overtaken
from workbench.events.summary import figures_by_category
from workbench.geo.places import Kind, Place
from workbench.match import MatchInput, Relation, match
from workbench.match.institutions import institution
from workbench.models import StoredClaim


def place(name: str, kind: Kind, country: str, **fields: object) -> Place:
    """A place as the gazetteer gives it; none of a real dump."""
    given: dict[str, object] = dict(
        geonameid=sum(map(ord, name)),
        name=name,
        kind=kind,
        country=country,
        country_code=country[:2].upper(),
        region=None,
        district=None,
        region_code="",
        district_code="",
        latitude=None,
        longitude=None,
        population=0,
    )
    return Place(**{**given, **fields})  # type: ignore[arg-type]


FAR_NORTH = place("Far North", Kind.REGION, "Cameroon", region="Far North", region_code="12")
SAVA = place(
    "Mayo-Sava",
    Kind.DISTRICT,
    "Cameroon",
    region="Far North",
    district="Mayo-Sava",
    region_code="12",
    district_code="9002",
)
BIG_TOWN = place(
    "Mokolo",
    Kind.TOWN,
    "Cameroon",
    region="Far North",
    region_code="12",
    latitude=10.74,
    longitude=13.8,
    population=250_000,
)
LAC = place("Lac", Kind.REGION, "Chad", region="Lac", region_code="07")


def claim(
    claim_id: int, location: str, located: tuple[Place, ...] = (), **fields: object
) -> MatchInput:
    """A killed count of a voice and report of its own, dated 3 March 2025."""
    low = fields.pop("low", 9)
    told: dict[str, object] = dict(
        subject="people",
        location=location,
        country="Cameroon",
        date="2025-03-03",
        published="2025-03-04",
        sentence=f"{low} people were killed in {location} on Monday.",
        text=f"{low} people were killed",
        located=located,
    )
    return match_input(claim_id, low, **{**told, **fields})  # type: ignore[arg-type]


def relations(*claims: MatchInput) -> list[tuple[int, int, Relation]]:
    return sorted((s.a, s.b, s.relation) for s in match(claims, claims))


# -- two villages the gazetteer lacks ---------------------------------------------------


def test_two_unknown_villages_of_one_region_are_two_places() -> None:
    a = claim(1, "Ndoubira, Cameroon's Far North region", (FAR_NORTH,), low=14)
    b = claim(2, "Gassiri, Mayo-Sava department", (SAVA,), low=3)
    assert relations(a, b) == []


def test_one_unknown_village_named_in_both_still_agrees() -> None:
    a = claim(1, "Ndoubira, Cameroon's Far North region", (FAR_NORTH,), low=14)
    b = claim(2, "Ndoubira, Mayo-Sava department", (SAVA,), low=12)
    assert relations(a, b) == [(1, 2, Relation.CONTRADICTS)]


def test_an_unknown_village_in_a_district_and_another_named_alone_are_two() -> None:
    a = claim(1, "Gassiri, Mayo-Sava department", (SAVA,), low=3)
    b = claim(2, "Ndoubira", low=3)
    assert relations(a, b) == []
    same = claim(3, "Gassiri", low=3)
    assert [r for *_, r in relations(a, same)] == [Relation.CORROBORATES]


def test_a_place_named_by_what_it_lies_near_is_no_quarter_of_a_city() -> None:
    town = claim(1, "Mokolo", (BIG_TOWN,), low=3)
    near = claim(2, "near Gassiri", low=3)
    assert relations(town, near) == []
    quarter = claim(3, "Ldoumari", low=3)  # a bare name: a quarter of the city may be
    assert [r for *_, r in relations(town, quarter)] == [Relation.CORROBORATES]


# -- one statement relayed across languages ---------------------------------------------


def _army(claim_id: int, **fields: object) -> MatchInput:
    return claim(claim_id, "Chad's Lac province", (LAC,), country="Chad", **fields)


def test_a_communique_and_a_wire_quoting_its_two_tolls_link() -> None:
    """The communiqué, undated, came out two days after the attack the wire dates."""
    said = "De notre côté, nous déplorons 17 morts et 32 blessés."
    french = dict(
        document_id=1,
        location="l'île de Ngarma",
        located=(),
        country=None,
        date=None,
        published="2025-03-05",
    )
    killed = claim(1, voice_id=1, subject="morts", sentence=said, text="17 morts", low=17, **french)
    wounded = claim(2, voice_id=1, category="wounded", subject="blessés", sentence=said,
                    text="32 blessés", low=32, **french)  # fmt: skip
    wire = "Chad's army said 17 soldiers were killed and 32 wounded on Monday."
    their = dict(
        document_id=3, voice_id=3, sentence=wire, subject="soldiers", published="2025-03-06"
    )
    k = _army(3, low=17, text="17 soldiers were killed", **their)
    w = _army(4, category="wounded", low=32, text="32 wounded", **their)
    found = relations(killed, wounded, k, w)
    assert (1, 3, Relation.CORROBORATES) in found and (2, 4, Relation.CORROBORATES) in found
    # the communiqué's own institution, named in French: one statement relayed
    army = dict(voice="Armée nationale tchadienne")
    ours = [replace(killed, **army), replace(wounded, **army)]  # type: ignore[arg-type]
    theirs = [replace(k, voice="Chad's army"), replace(w, voice="Chad's army")]
    found = relations(*ours, *theirs)
    assert (1, 3, Relation.RESTATES) in found and (2, 4, Relation.RESTATES) in found
    # only the killed alike, the wounded apart: no one statement, two days out
    other = claim(2, voice_id=1, category="wounded", subject="blessés", sentence=said,
                  text="5 blessés", low=5, **french)  # fmt: skip
    assert (1, 3, Relation.CORROBORATES) not in relations(killed, other, k, w)


def test_an_army_named_in_french_and_in_english_is_one_institution() -> None:
    assert institution("Armée nationale tchadienne") == ("army", "chad")
    assert institution("Chad's army") == ("army", "chad")
    assert institution("l'armée camerounaise") == ("army", "cameroon")
    assert institution("a military source") is None
    assert institution("Chad's ministry") is None


def test_an_institution_named_with_its_country_after_de_or_of_is_that_countrys() -> None:
    assert institution("Police nationale d'Haïti") == ("police", "haiti")
    assert institution("La Police Nationale d'Haïti") == ("police", "haiti")
    assert institution("Forces armées du Tchad") == ("army", "chad")
    assert institution("army of Nigeria") == ("army", "nigeria")
    assert institution("la police de Goma") is None  # a town's police


# -- one voice's figure counts once --------------------------------------------------


def test_one_voices_figure_of_a_side_and_of_no_side_counts_once() -> None:
    one = dict(document_id=1, voice_id=5, voice="security sources")
    soldiers = claim(
        1, "Lac", subject="soldiers", low=40, sentence="About 40 soldiers died.", **one
    )
    bodies = claim(2, "Lac", subject="bodies", low=40, sentence="We counted 40 bodies.", **one)
    army = dict(document_id=1, voice_id=6, voice="the army")
    fighters = claim(3, "Lac", subject="assailants", low=96, sentence="96 fell.", **army)
    members = [soldiers, bodies, fighters]
    whole = figures_by_category(members, {}, independent_voices(members))[0]
    assert whole.high == 40 + 96
    # another voice's 40 of no side are read as those attacked, the soldiers' 40: the
    # attackers' 96 come on top (events/sides.py)
    other = claim(4, "Lac", subject="people", low=50, document_id=2, voice_id=7, voice="a nurse")
    members = [soldiers, other, fighters]
    whole = figures_by_category(members, {}, independent_voices(members))[0]
    assert whole.high == 50 + 96


# -- a risen toll overtakes the first counts --------------------------------------------


def test_a_toll_said_to_have_risen_overtakes_its_voices_lower_earlier_counts() -> None:
    early = dict(published="2025-03-04")
    army = claim(1, "Ndoubira", low=7, **early)
    governor = claim(2, "Ndoubira", low=12, voice="governor", **early)
    residents = claim(3, "Ndoubira", low=15, voice="governor", **early)
    later = dict(published="2025-03-05")
    rose = "The death toll from Monday's raid on Ndoubira has risen to 14, the governor said."
    risen = claim(4, "Ndoubira", low=14, sentence=rose, subject="civilians", voice="governor",
                  **later)  # fmt: skip
    told = "Local officials said on Tuesday that 12 people were killed."
    retold = claim(5, "Ndoubira", low=12, document_id=4, sentence=told, **later)
    soldiers = claim(6, "Ndoubira", low=8, subject="soldiers", voice="governor", **early)
    found = overtaken([army, governor, residents, risen, retold, soldiers])
    # its voice's 12 and its own report's 12; not the higher 15, another side's 8, nor
    # the army's 7: another voice's count is a dispute the rise does not settle
    assert found == {2, 5}
    # a toll no report says rose overtakes nothing
    plain = claim(4, "Ndoubira", low=14, published="2025-03-05", voice="governor")
    assert overtaken([army, governor, plain]) == set()


def _stored(claim_id: int, value: int, day: str, sentence: str, **fields: object) -> StoredClaim:
    return StoredClaim(
        id=claim_id,
        document_id=claim_id,
        voice_id=claim_id,
        voice=f"voice {claim_id}",
        source=f"r{claim_id}.txt",
        start=0,
        end=1,
        text=sentence,
        sentence=sentence,
        category="killed",
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        location="Ndoubira",
        **fields,  # type: ignore[arg-type]
    )


def test_a_revised_toll_is_not_doubted_by_the_first_counts_it_overtook() -> None:
    first = _stored(1, 7, "2025-03-04", "The army said 7 civilians were killed.")
    second = _stored(2, 12, "2025-03-04", "The governor said 12 people were killed.")
    second = second.model_copy(update={"voice_id": 3, "voice": "voice 3"})
    risen = _stored(3, 14, "2025-03-05", "The death toll has risen to 14, the governor said.")
    days = {1: "2025-03-04", 2: "2025-03-04", 3: "2025-03-05"}
    kin = [first, second, risen]
    found = suggest_credibility(risen, [], [second], days, kin)
    assert "disagree" not in found.reason and "contradict" not in found.reason, found
    overtook = suggest_credibility(second, [], [risen], days, kin)
    assert overtook.grade == 4 and "rose from it" in overtook.reason
    standing = suggest_credibility(first, [], [risen], days, kin)
    assert "rose from it" not in standing.reason  # the army revised nothing


def test_a_later_figure_of_another_side_revises_nothing() -> None:
    dead = _stored(1, 17, "2025-03-04", "Nous déplorons 17 morts.", subject="morts")
    fighters = _stored(2, 96, "2025-03-05", "96 assailants were neutralised.", subject="assailants")
    fighters = fighters.model_copy(update={"voice_id": 1, "voice": "voice 1"})
    found = suggest_credibility(dead, [], [], {1: "2025-03-04", 2: "2025-03-05"}, [fighters])
    assert "said later" not in found.reason


def test_the_trials_revision_reads_in_an_event(tmp_path: Path) -> None:
    """A day after the army's 7 and the governor's 12, the governor's risen 14: the
    governor's 12 is left out of the event's killed figures, the army's 7 stands."""
    reports = {
        "a": ("2025-03-04", "Gunmen killed seven civilians in the village of Ndoubira, "
              "Cameroon, on Monday, the army said. The governor said 12 people were killed "
              "in Ndoubira on Monday."),
        "b": ("2025-03-05", "The death toll from Monday's attack on the village of Ndoubira, "
              "Cameroon, has risen to 14, the governor said on Wednesday."),
    }  # fmt: skip
    named = {name: (f"Outlet {name}", day, text) for name, (day, text) in reports.items()}
    bench = bench_with_reports(tmp_path, named)
    [event] = [e for e in bench.events() if "killed" in e.name]
    killed = bench.event(event.id).figures[0]
    assert (killed.low, killed.high, killed.earlier) == (7, 14, 1), killed


def test_a_voices_past_count_told_in_a_later_report_is_overtaken_by_its_rise() -> None:
    rose = "The death toll from the raid on Ndoubira has risen to 35, the army said."
    risen = claim(1, "Ndoubira", low=35, sentence=rose, voice="army", published="2025-03-05")
    told = "The army had said on Tuesday that 20 civilians were killed."
    past = claim(2, "Ndoubira", low=20, sentence=told, voice="army", published="2025-03-06")
    said = "The army said 20 civilians were killed."
    again = claim(3, "Ndoubira", low=20, sentence=said, voice="army", published="2025-03-06")
    other = claim(4, "Ndoubira", low=20, sentence=told, voice="police", published="2025-03-06")
    # its voice's past count; not a count its voice gives later, nor another voice's
    assert overtaken([risen, past, again, other]) == {2}


def test_another_voices_rival_count_in_the_revising_report_stays() -> None:
    """A trial's wire: "le bilan s'alourdit à 41" in its headline, and in its body the
    police's own, lower toll set against it: a dispute, not a first count."""
    rose = "Attaque de Dambe : le bilan s'alourdit à 41 morts"
    risen = claim(1, "Dambe", low=41, sentence=rose, voice="la Protection civile")
    rival = "La police avance pour sa part un bilan de 19 morts."
    police = claim(2, "Dambe", low=19, document_id=1, sentence=rival, voice="la police")
    assert overtaken([risen, police]) == set()
    told = "The police, for its part, put the toll at 19."
    english = claim(3, "Dambe", low=19, document_id=1, sentence=told, voice="the police")
    assert overtaken([risen, english]) == set()


def test_a_list_of_parts_is_confirmed_by_a_total_of_its_sum() -> None:
    """A list's part is pinned by another voice's total of the list's sum, and that
    total by the list ("nineteen men, five women and a child" and 25); a total of
    another figure only fits a part (no grade 1)."""
    sentence = "Residents said gunmen killed nineteen men, five women and a child in Ewo."
    told = [(19, "killed nineteen men"), (5, "five women"), (1, "a child")]
    parts = [
        _stored(i, value, "2025-03-04", sentence).model_copy(
            update={"text": words, "document_id": 1, "voice_id": 1}
        )
        for i, (value, words) in enumerate(told, start=1)
    ]
    total = _stored(4, 25, "2025-03-05", "The governor said 25 civilians were killed.")
    days = {1: "2025-03-04", 2: "2025-03-04", 3: "2025-03-04", 4: "2025-03-05"}
    everyone = [*parts, total]
    assert suggest_credibility(parts[1], [total], [], days, everyone).grade == 1
    assert suggest_credibility(total, parts, [], days, everyone).grade == 1
    wider = total.model_copy(update={"value": 30, "low": 20, "high": 30})
    assert suggest_credibility(parts[1], [wider], [], days, [*parts, wider]).grade == 2


def test_a_voices_toll_of_another_incident_linked_to_it_revises_nothing() -> None:
    """The police's 23 at one massacre and, days later, their 35 at another incident a
    link of one country ties to it: no revision (trial 62: "its voice said later '35
    deaths'"). Only the claim's own event's claims (`kin`) can revise it."""
    first = _stored(1, 23, "2026-11-04", "Police said 23 bodies were recovered.")
    other = _stored(2, 35, "2026-11-09", "Police gave a toll of 35 dead.")
    other = other.model_copy(update={"voice_id": 1, "voice": "voice 1", "location": "Lapierre"})
    days = {1: "2026-11-04", 2: "2026-11-09"}
    assert "said later" not in suggest_credibility(first, [], [other], days, []).reason
    assert "said later" in suggest_credibility(first, [], [], days, [other]).reason
