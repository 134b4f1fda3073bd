"""Kinds a trial on English news found (english36): a new toll in a sentence that also
tells an earlier attack ("days after ..."), a date after "since" with its day and
year, a speaker who "told" an outlet, and an earlier attack's place. Sentences written
for these tests, with their negatives."""

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.dates import find_dates
from workbench.ingest import document_from_text
from workbench.models import Category

REF = dt.date(2024, 5, 3)


def _claims(text: str, published: dt.date | None = None):
    doc = document_from_text("t.txt", text)
    if published is not None:
        doc = doc.model_copy(update={"published": published})
    return extract_claims(doc)


def _killed(text: str) -> list[int]:
    return [int(c.value) for c in _claims(text) if c.category is Category.KILLED and c.value]


# --- a new toll beside an earlier attack told as background ----------------------


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the sentence's own toll, after the clause that tells the earlier one
        ("The raid, two days after bandits killed 40 people in Dogo, left nine dead.", [9]),
        ("Weeks after militants slew 40 herders, a fresh assault left nine dead in Gidan.", [9]),
        ("Days after an ambush killed 40 soldiers, a second ambush left nine dead.", [9]),
        # the earlier attack alone: background, no toll
        ("Farmers fled just days after a raid left 40 dead in the valley.", []),
        ("The talks opened days after a convoy bombing, which left 40 dead.", []),
        ("It came hours after 40 people were killed in Dogo.", []),
    ],
)
def test_a_toll_after_an_earlier_attacks_clause_is_read(text, killed):
    assert _killed(text) == killed


def test_a_lone_toll_that_is_the_subject_stays():
    assert _killed("Bandits kill nine in fresh raid on Gidan, days after 40 died in Dogo") == [9]
    assert _killed("A raid on Gidan left nine dead.") == [9]


def test_an_earlier_attacks_place_is_not_the_new_tolls():
    [claim] = _claims("The raid, two days after bandits killed 40 people in Dogo, left nine dead.")
    assert claim.location != "Dogo"
    [claim] = _claims("Nine were killed in Gidan, a week after 40 people died in Dogo.")
    assert claim.location == "Gidan"
    # a relative clause after the earlier attack's place goes on with its clause
    [claim] = _claims("Days after the raid on Dogo, in which 40 died, a new raid left nine dead.")
    assert claim.location != "Dogo"
    # a time after something that is no death leaves its place to the sentence
    [claim] = _claims("Three days after the vote in Lokoja, gunmen killed nine traders.")
    assert claim.location == "Lokoja"


# --- "since" with a day and a year -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("since March 9, 2022, the war", "2022-03-09"),
        ("Since 9 March 2022,", "2022-03-09"),
        ("since March 9 2022 the war", "2022-03-09"),
        ("until March 9th the", "2024-03-09"),
        ("since March 2022", "2022-03"),
        ("since March,", "2024-03"),
    ],
)
def test_a_month_after_since_takes_its_day_and_year(text, iso):
    assert [m.iso for m in find_dates(text, REF)] == [iso]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("on March 9-10", "2024-03-09/2024-03-10"),
        ("on 9-11 March 2022", "2022-03-09/2022-03-11"),
        ("on March 9–12, 2022", "2022-03-09/2022-03-12"),
        # a figure after a spaced dash is no day; a span of weeks is no few days
        ("on March 9 - 12 people", "2024-03-09"),
        ("on March 3-25", "2024-03-03"),
    ],
)
def test_two_days_of_one_month(text, iso):
    assert [m.iso for m in find_dates(text, REF)] == [iso]


def test_a_number_after_a_month_that_counts_is_no_day():
    # "In March 30 people died": the month alone, 30 a count
    assert [m.text for m in find_dates("In March 30 people died.", REF)] == ["In March"]


def test_a_running_total_since_a_full_date_is_dated_from_that_year():
    [claim] = _claims("Since March 9, 2022, more than 9,000 people have died in the war.", REF)
    assert claim.scope.value == "cumulative"
    # its period is the date ("Since March 9, 2022"), not the war's name: from that day
    # to the report's (session 79: the war's name had dated it to that day alone)
    assert claim.date == "2022-03-09/2024-05-03"


# --- the speaker who told an outlet --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("“We lost 11 of our men,” the chief, Musa Dogo, told Reuters.", "Musa Dogo"),
        ("Eleven traders were killed, the chief, Musa Dogo, told AFP by phone.", "Musa Dogo"),
        ("Eleven traders were killed, Musa Dogo, the chief, told the BBC.", "Musa Dogo"),
        ("Eleven traders were killed, Musa Dogo, the district chief, said.", "Musa Dogo"),
        ("Eleven traders were killed, a health worker told Xinhua.", "a health worker"),
        # "said" inverted still names who follows it
        ("“Eleven traders were killed,” said Musa Dogo, the chief.", "Musa Dogo"),
    ],
)
def test_who_told_an_outlet_is_the_voice(text, voice):
    [claim] = [c for c in _claims(text) if c.category is Category.KILLED]
    assert claim.attribution == voice


def test_an_outlet_that_reports_is_still_the_voice():
    [claim] = _claims("Eleven traders were killed, according to Reuters.")
    assert claim.attribution == "Reuters"


# --- a place phrase keeps no descriptor ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bandits Kill Nine in Small Farming Town of Gidan Waya", "Gidan Waya"),
        ("Bandits Kill Nine in Remote Village of Dutsen", "Dutsen"),
        ("Nine traders were killed in a hamlet called Dutsen.", "Dutsen"),
        ("Nine traders were killed in a small village known as Dutsen.", "Dutsen"),
        ("Nine traders were killed in the sleepy fishing village of Dutsen.", "Dutsen"),
        ("Nine traders were killed in the commune of Croix de l'Anse.", "Croix de l'Anse"),
        ("Nine traders were killed in the West Bank town of Beita.", "Beita"),
        ("Nine traders were killed in the northern Kenya town of Moyale.", "Moyale"),
        # a name the gazetteer does not know before "town of" is the place itself
        ("Nine traders were killed in the Dogo town of Gidan.", "Dogo town"),
        ("Nine traders were killed in the Laleli district of Istanbul.", "Laleli district"),
        ("Nine traders were killed in the Tiv-majority village of Yelwata.", "Yelwata"),
        ("Nine traders were killed near the Benue-Nasarawa border town of Agagbe.", "near Agagbe"),
        (
            "Nine traders were killed in Kogi state's Lokoja local government area.",
            "Kogi state's Lokoja",
        ),
        ("Nine traders were killed in raids on the villages of Gidan and Dutsen.", "Gidan"),
        # a region's kind of a country is the region ("the Gao region of Mali")
        ("Nine traders were killed in the Kaduna region of Nigeria.", "Kaduna region"),
        # negatives: a title-case name of a city keeps its words; "called" no place
        ("Nine traders were killed in Mexico City.", "Mexico City"),
        ("Nine traders were killed in a town called home by herders.", None),
    ],
)
def test_a_place_phrase_names_the_place_alone(text, place):
    [claim] = [c for c in _claims(text) if c.category is Category.KILLED]
    assert claim.location == place


def test_a_person_called_by_name_is_no_place():
    [claim] = _claims("A herder called Musa was killed in the raid.")
    assert claim.location is None


# --- running totals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        # a total since the war's own start, dated by a year after "since it began"
        ("The rebellion has killed 8,000 people since it erupted in 2012.", ["cumulative"]),
        ("The revolt has left 8,000 dead since it began.", ["cumulative"]),
        # one still going since a weekday is an incident
        ("The standoff has left six dead since it began on Friday.", ["incident"]),
        # a figure brought up to a total since a start: the total alone
        (
            "Four herders were killed on Sunday, bringing to 30 the number killed since May.",
            ["incident", "cumulative"],
        ),
        # brought up to a toll with no start: a revised incident toll
        ("Four herders died on Sunday, bringing the death toll to 30.", ["incident", "incident"]),
    ],
)
def test_running_totals_are_told_from_incidents(text, scopes):
    claims = [c for c in _claims(text) if c.category is Category.KILLED]
    assert [c.scope.value for c in claims] == scopes


def test_a_total_since_a_wars_start_in_a_year_is_no_earlier_event():
    # the year dates the war's start, not an earlier attack: the figure stays
    assert _killed("The rebellion has killed 8,000 people since it erupted in 2012.") == [8000]
    # a year that dates an earlier attack still leaves its toll out as background
    assert _killed("Gunmen killed 12 in Dogo, where 80 traders were killed in 2012.") == [12]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a revised toll whose words hold its period: the period is its cue
        ("A bomb killed 3 guards, which brings the toll since 2019 to 1,100.", "cumulative"),
        ("The death toll since the start of the year has climbed to 240.", "cumulative"),
        # a revised toll of one attack stays an incident
        ("The death toll from Friday's bombing has climbed to 24.", "incident"),
    ],
)
def test_a_revised_toll_over_a_period_is_a_running_total(text, scope):
    last = [c for c in _claims(text) if c.category is Category.KILLED][-1]
    assert last.scope.value == scope


# --- a revised toll with an aside between the total and its verb ---------------------


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The toll, first given as nine, has climbed to 14.", [14]),
        ("The death toll, which stood at nine on Friday, rose to 14.", [14]),
        ("The number of people killed, the governor said, has reached 14.", [14]),
        # a total of another fate is no death toll, aside or not
        ("The number of wounded, the governor said, has reached 14.", []),
    ],
)
def test_a_revised_toll_parted_from_its_verb_by_an_aside(text, killed):
    assert _killed(text) == killed


# --- a year that dates something else than an earlier event ---------------------------


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The rebellion, which erupted in 2012, has killed 8,000 people.", [8000]),
        ("The militia, which was formed in 2015, killed nine herders in Gidan.", [9]),
        ("Bandits killed nine herders in Gidan, which was raided in 2019, on Friday.", [9]),
        # a year that dates the killing itself still tells of the past
        ("Bandits killed nine herders in Gidan in 2019.", []),
        ("Bandits raided Gidan, where 80 herders were killed in 2012, and stole cattle.", []),
    ],
)
def test_a_year_of_a_war_start_or_an_aside_keeps_the_toll(text, killed):
    assert _killed(text) == killed


def test_a_wars_start_does_not_date_the_incident():
    [claim] = _claims("The rebellion, which began in 2012, killed nine soldiers on Friday.", REF)
    assert claim.date == "2024-05-03"
    [claim] = _claims("The raid, which took place on Sunday, killed nine soldiers.", REF)
    assert claim.date == "2024-04-28"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nine traders were killed some 30 km from Lokoja.", "near Lokoja"),
        ("Nine traders were killed in a hamlet 12 miles away from Lokoja.", "near Lokoja"),
        # troops from a country are no place of the killing; a "from" after no distance
        ("Nine traders were killed by gunmen who came from Lokoja.", None),
    ],
)
def test_a_distance_from_a_place_is_near_it(text, place):
    [claim] = [c for c in _claims(text) if c.category is Category.KILLED]
    assert claim.location == place


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("The toll climbed to 31, days after local officials put it at 12.", None),
        ("The toll climbed to 31, the governor said, days after aides put it at 12.", "governor"),
        # without a time clause the speaker after the comma is the figure's
        ("The toll climbed to 31, local officials said.", "local officials"),
    ],
)
def test_a_voice_of_an_earlier_report_is_not_the_new_tolls(text, voice):
    claim = next(c for c in _claims(text) if c.category is Category.KILLED)
    assert claim.value == 31
    assert claim.attribution == voice


def test_scores_before_a_fate_is_a_vague_count():
    claims = _claims("Nine traders were killed and scores injured in the blast.")
    wounded = [c for c in claims if c.category is Category.WOUNDED]
    assert [(c.value, c.low) for c in wounded] == [(None, 40)]
    # a score that counts no one
    claims = _claims("The scores were high, and nine players were injured.")
    assert [(c.category, c.value) for c in claims] == [(Category.WOUNDED, 9)]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("killed at the weekend", "2024-04-27/2024-04-28"),
        ("killed over the weekend", "2024-04-27/2024-04-28"),
        ("killed in mid-March", "2024-03"),
        ("killed in mid-March 2022", "2022-03"),
        # a weekend named with its article is another reading; "the weekend's" no date here
        ("the weekend of talks", None),
    ],
)
def test_the_weekend_and_mid_month(text, iso):
    found = [m.iso for m in find_dates(text, REF)]
    assert found == ([iso] if iso else [])


def test_earlier_this_week_after_the_only_event_dates_it():
    [claim] = _claims("Nine guards were killed earlier this week in a raid, the army said.", REF)
    assert claim.date == "2024-04-29/2024-05-05"
    # the gunmen who did it tell no other event (a trial: the claim was dropped)
    [claim] = _claims("Gunmen killed nine guards in Gao earlier this month, police said.", REF)
    assert claim.value == 9 and claim.date is not None
    # another event in the sentence: the killing is that event's background
    claims = _claims("Police detained two men over the deaths of nine guards earlier this week.")
    assert [c.value for c in claims if c.category is Category.KILLED] == []


@pytest.mark.parametrize(
    ("text", "scope", "period"),
    [
        (
            "Over 4,000 people were killed in communal violence in 2022, the UN said.",
            "cumulative",
            "in 2022",
        ),
        ("Last year, 4,000 people were killed in communal violence.", "cumulative", "Last year"),
        # an incident's toll with its year stays an incident (or is told as the past)
        ("In 2022, gunmen killed 40 villagers in Dogo.", "incident", None),
        ("The cyclone of 2022 killed 4,000 people.", "incident", None),
        # a toll counted for the year or the month
        ("The toll for the year now stands at 212.", "cumulative", "for the year"),
        ("The death toll from Friday's raid now stands at 212.", "incident", None),
    ],
)
def test_a_years_toll_of_thousands_is_a_running_total(text, scope, period):
    [claim] = [c for c in _claims(text) if c.category is Category.KILLED]
    assert (claim.scope.value, claim.period) == (scope, period)


@pytest.mark.parametrize(
    ("text", "voice", "origin"),
    [
        (
            "Nine traders died, Reuters quoted the chief, Musa Dogo, as saying.",
            "Reuters",
            "the chief, Musa Dogo",
        ),
        ("Nine traders died, the chief was quoted as saying by Reuters.", "Reuters", "the chief"),
        ("The chief was quoted by the BBC as saying nine traders died.", "BBC", "The chief"),
        # a passive of report names no one
        ("Nine traders were reported killed.", None, None),
    ],
)
def test_a_quoted_speaker_is_the_origin_of_whom_quotes_him(text, voice, origin):
    [claim] = [c for c in _claims(text) if c.category is Category.KILLED]
    assert (claim.attribution, claim.origin) == (voice, origin)


def test_a_relative_clause_opened_by_a_preposition_keeps_the_earlier_toll_out():
    # "in which", "during which" go on with the clause of the earlier attack
    assert (
        _killed("Two days after the raid, in which 40 herders were killed, bandits returned.") == []
    )
    assert _killed("Herders fled days after the raid, during which 40 people were killed.") == []


def test_the_subject_of_a_prepositional_relative_clause_is_its_voice():
    [claim] = _claims(
        "After the raid on Dogo, in which the army says 40 herders died, residents fled."
    )
    assert claim.attribution == "army"


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Days after the raid, in which the police say 40 died, a new raid left nine dead.", None),
        ("Days after the police said 40 died, a new raid left nine dead.", None),
        # a voice after the opening clause is the figure's
        ("Days after the raid, the police said a new raid left nine dead.", "police"),
    ],
)
def test_a_voice_in_an_opening_earlier_event_is_not_the_new_tolls(text, voice):
    [claim] = [c for c in _claims(text) if c.category is Category.KILLED and c.value == 9]
    assert claim.attribution == voice


@pytest.mark.parametrize(
    "text",
    [
        "“They took nine of our men,” Musa Dogo, 52, a trader, told Reuters.",
        "“They took nine of our men,” said Musa Dogo, 52, a trader.",
        "Nine traders were killed, Musa Dogo, 52, said.",
    ],
)
def test_a_speakers_age_between_commas_keeps_the_speaker(text):
    claims = [c for c in _claims(text) if c.value == 9]
    assert [c.attribution for c in claims] == ["Musa Dogo"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("A statement from the navy said nine sailors died.", "navy"),
        ("The navy's statement said nine sailors died.", "navy"),
        ("An army statement said nine sailors died.", "army"),
        # a title with a document's word is a name; a document of no one stays
        ("The Morning Post said nine sailors died.", "Morning Post"),
        ("A local fisherman said nine sailors died.", "A local fisherman"),
    ],
)
def test_a_bodys_document_is_the_bodys_voice(text, voice):
    [claim] = [c for c in _claims(text) if c.category is Category.KILLED]
    assert claim.attribution == voice


@pytest.mark.parametrize(
    ("text", "voice", "origin"),
    [
        ("Nine sailors died, the navy said, according to state radio.", "state radio", "the navy"),
        ("Nine sailors died, said the London-based Coastal Watch.", "Coastal Watch", None),
        # a speaker alone is its own voice
        ("Nine sailors died, the navy said.", "navy", None),
    ],
)
def test_a_voice_relayed_by_according_to(text, voice, origin):
    [claim] = [c for c in _claims(text) if c.category is Category.KILLED]
    assert (claim.attribution, claim.origin) == (voice, origin)


def test_a_figure_in_an_earlier_attacks_clause_keeps_that_clauses_place():
    claims = _claims(
        "A shell fired into Taiz injured three children, a day after gunmen killed two "
        "guards and injured one in the province of Lahj."
    )
    places = {(c.category, c.value): c.location for c in claims}
    assert places[(Category.WOUNDED, 3)] == "Taiz"
    assert places[(Category.WOUNDED, 1)] == "Lahj"
