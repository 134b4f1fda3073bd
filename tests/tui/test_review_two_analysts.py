"""Two analysts' apps on one claims database (issue 14's concurrency, and the brief:
nothing an analyst typed is overwritten silently): a verdict or note on a claim that
another analyst decided on after this screen read it is not saved; the line says who
and what, the screen reads theirs, and the same key then replaces it knowingly."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.correction import CorrectionModal
from workbench.tui.screens.detail import DetailScreen


def errors(app: WorkbenchApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


async def open_first_claim(app: WorkbenchApp, pilot) -> int:
    """The detail of the queue's first claim, opened; its id."""
    queue = await ready(app, pilot)
    first = queue.current_id()
    assert first is not None
    await pilot.press("enter")
    await settle(app, pilot)
    return first


async def correct(app: WorkbenchApp, pilot, field: str, value: str) -> None:
    """`m` on the detail, `field` typed `value`, saved."""
    await pilot.press("m")
    await settle(app, pilot)
    form = app.screen
    assert isinstance(form, CorrectionModal)
    form.query_one(f"#field-{field}", Input).value = value
    await pilot.press("ctrl+s")
    await settle(app, pilot)


async def test_a_verdict_on_a_claim_another_analyst_just_decided_is_refused_in_one_line(
    seeded_db: str,
) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        assert first is not None
        Workbench(seeded_db, analyst="bob").set_verdict(first, "false")  # another app
        await pilot.press("c")
        await settle(app, pilot)
        [line] = errors(app)
        assert "bob set it to false" in line and "not saved" in line
        table = queue.query_one("#queue", DataTable)
        assert str(table.get_cell(str(first), "st")) == "✗"  # the screen read bob's verdict
        assert queue.current_id() == first  # back on it: the same key judges this claim
        await pilot.press("c")  # having seen it, ana replaces it
        await settle(app, pilot)
        assert str(table.get_cell(str(first), "st")) == "✓"
    history = Workbench(seeded_db).history(first)
    assert [(h.analyst, h.new_status) for h in history] == [("bob", "false"), ("ana", "confirmed")]


async def test_the_same_analysts_verdict_from_the_cli_is_not_replaced_unseen(
    seeded_db: str,
) -> None:
    """One analyst, a TUI open and a verdict given in the CLI meanwhile: the key the
    analyst presses on the queue's stale row replaces nothing unseen (a trial's 'c'
    replaced the CLI's 'false' while the row showed no verdict)."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        assert first is not None
        Workbench(seeded_db, analyst="ana").set_verdict(first, "false")  # the CLI
        await pilot.press("c")
        await settle(app, pilot)
        [line] = errors(app)
        assert "ana set it to false" in line and "not saved" in line
        table = queue.query_one("#queue", DataTable)
        assert str(table.get_cell(str(first), "st")) == "✗"
        await pilot.press("c")  # seen now: the same key replaces it
        await settle(app, pilot)
        assert str(table.get_cell(str(first), "st")) == "✓"
        await pilot.press("up", "f")  # the app's own verdicts change as quickly as keys
        await settle(app, pilot)
        assert not errors(app)[1:]
    history = Workbench(seeded_db).history(first)
    assert [h.new_status for h in history] == ["false", "confirmed", "false"]


async def test_a_note_on_a_claim_another_analyst_noted_is_kept_not_written(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await open_first_claim(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        Workbench(seeded_db, analyst="bob").set_note(first, "bob: seen in OCHA's update")
        await pilot.press("n", *"ana: single source", "enter")
        await settle(app, pilot)
        [line] = errors(app)
        assert "bob set it to unreviewed with a note" in line and "note is kept" in line
        assert app.unsaved_notes == {first: "ana: single source"}
    assert Workbench(seeded_db).claim(first).note == "bob: seen in OCHA's update"


async def test_an_undo_does_not_take_back_another_analysts_later_verdict(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        assert first is not None
        await pilot.press("c")
        await settle(app, pilot)
        Workbench(seeded_db, analyst="bob").set_verdict(first, "disputed")
        await pilot.press("u")
        await settle(app, pilot)
        [line] = errors(app)
        assert "bob set it to disputed" in line
        assert app.undo_stack == []  # spent: `u` does not try it again and again
    history = Workbench(seeded_db).history(first)
    assert [(h.analyst, h.new_status) for h in history] == [
        ("ana", "confirmed"),
        ("bob", "disputed"),
    ]


async def test_a_correction_another_analyst_made_first_is_not_replaced_and_m_offers_mine(
    seeded_db: str,
) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await open_first_claim(app, pilot)
        Workbench(seeded_db, analyst="bob").correct_claim(first, {"value": "30"})
        await correct(app, pilot, "value", "31")
        [line] = errors(app)
        assert "bob corrected its value to 30" in line
        assert Workbench(seeded_db).claim(first).value == 30
        await pilot.press("m")
        await settle(app, pilot)
        form = app.screen
        assert isinstance(form, CorrectionModal)
        assert form.query_one("#field-value", Input).value == "31"  # offered over bob's
        await pilot.press("ctrl+s")  # having read bob's, ana saves hers
        await settle(app, pilot)
    assert Workbench(seeded_db).claim(first).value == 31


async def test_u_does_not_take_back_a_correction_another_analyst_corrected_again(
    seeded_db: str,
) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await open_first_claim(app, pilot)
        await correct(app, pilot, "subject", "gendarmes")
        Workbench(seeded_db, analyst="bob").correct_claim(first, {"subject": "national guards"})
        await pilot.press("u")
        await settle(app, pilot)
        [line] = errors(app)
        assert "bob corrected its subject to national guards" in line
        assert app.undo_stack == []
    assert Workbench(seeded_db).claim(first).subject == "national guards"


async def test_a_grade_another_analyst_gave_after_the_screen_read_it_is_not_replaced(
    seeded_db: str,
) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await open_first_claim(app, pilot)
        voice = Workbench(seeded_db).claim(first).voice_id
        bob = Workbench(seeded_db, analyst="bob")
        bob.set_credibility(first, 5)
        await pilot.press("y", "2")
        await settle(app, pilot)
        bob.grade(str(voice), "e")  # after the screen read the claim again
        await pilot.press("g", "b")
        await settle(app, pilot)
        credibility, reliability = errors(app)
        assert "bob graded it 5" in credibility and "not saved" in credibility
        assert "bob graded it E" in reliability
        assert app.undo_stack == []
        await pilot.press("y", "2")  # the screen read bob's: ana replaces it knowingly
        await settle(app, pilot)
    grade = Workbench(seeded_db).credibility_grade(first)
    assert grade is not None and (grade["grade"], grade["analyst"]) == (2, "ana")
    assert Workbench(seeded_db).claim(first).voice_grade == "E"


async def test_the_queue_shows_a_verdict_given_in_the_cli_without_a_key(seeded_db: str) -> None:
    """The app looks every OUTSIDE_EVERY_S for verdicts written elsewhere (its timer
    calls `check_outside`): the row shows the CLI's verdict, the cursor stays."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("down")
        second = queue.current_id()
        assert second is not None
        app.check_outside()  # nothing written: nothing read again
        await settle(app, pilot)
        Workbench(seeded_db, analyst="ana").set_verdict(second, "false")
        app.check_outside()
        await settle(app, pilot)
        table = queue.query_one("#queue", DataTable)
        assert str(table.get_cell(str(second), "st")) == "✗"
        assert queue.current_id() == second
        assert not errors(app)


async def test_the_outside_check_on_a_closing_app_does_nothing(seeded_db: str) -> None:
    """The timer may tick once more as the app closes, its screens gone: no error (a
    CI run's app failed with 'No screens on stack')."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
    app.check_outside()  # closed: no screen on the stack


async def test_a_correction_the_same_analyst_made_in_the_cli_is_not_replaced(
    seeded_db: str,
) -> None:
    """Trial 59: the form open in the TUI, the same analyst corrected the subject in
    the CLI; saving the form put the TUI's subject over it, unsaid. Refused now, as
    another analyst's correction is, and `m` offers what was typed."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await open_first_claim(app, pilot)
        Workbench(seeded_db, analyst="ana").correct_claim(first, {"value": "30"})
        await correct(app, pilot, "value", "31")
        [line] = errors(app)
        assert "ana corrected its value to 30" in line
        assert Workbench(seeded_db).claim(first).value == 30
        await pilot.press("m")
        await settle(app, pilot)
        await pilot.press("ctrl+s")  # having read the CLI's, the TUI's is saved
        await settle(app, pilot)
    assert Workbench(seeded_db).claim(first).value == 31


async def test_u_does_not_take_back_a_correction_the_same_analyst_changed_in_the_cli(
    seeded_db: str,
) -> None:
    """Trial 59's kind: the correction marks tell only another analyst's change; `u`
    after the same analyst corrected the field again in the CLI put the old value back
    over the CLI's."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await open_first_claim(app, pilot)
        await correct(app, pilot, "subject", "gendarmes")
        Workbench(seeded_db, analyst="ana").correct_claim(first, {"subject": "national guards"})
        await pilot.press("u")
        await settle(app, pilot)
        [line] = errors(app)
        assert "ana corrected its subject to national guards" in line
    assert Workbench(seeded_db).claim(first).subject == "national guards"


async def test_u_still_takes_back_its_own_correction(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await open_first_claim(app, pilot)
        subject = Workbench(seeded_db).claim(first).subject
        await correct(app, pilot, "subject", "gendarmes")
        await pilot.press("u")
        await settle(app, pilot)
        assert errors(app) == []
    assert Workbench(seeded_db).claim(first).subject == subject
