"""A voice merged into another names the voice it went into: `claim edit --voice`
and `claim add --voice` given a merged-away voice's name (or id) credit the claim to
the surviving voice. A trial's `claim edit 32 --voice "A Chadian source"`, after that
voice was merged into the journalist's, credited the claim to the merged-away voice:
it was listed under a name `workbench voices` no longer shows, and counted as one more
independent voice. Real SQLite in tmp_path, through the CLI."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import main
from workbench.service import Workbench

MERGED = "A Chadian source"
SURVIVOR = "A Chadian journalist called Abdelnasser Garboa"


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _merged(db: str) -> tuple[int, int]:
    """The seeds with MERGED merged into SURVIVOR; (the merged voice's id, the
    survivor's)."""
    run("voice", "merge", SURVIVOR, MERGED, "--db", db)
    bench = Workbench(db)
    by_name = {v.name: v for v in bench.voices()}
    return by_name[MERGED].id, by_name[SURVIVOR].id


def _claim_of(bench: Workbench, voice: str) -> int:
    return next(c.id for c in bench.claims() if c.voice != voice)


def test_claim_edit_with_a_merged_voices_name_credits_the_surviving_voice(
    seeded_db: str,
) -> None:
    _merged_id, survivor = _merged(seeded_db)
    claim = _claim_of(Workbench(seeded_db), SURVIVOR)
    out = run("claim", "edit", str(claim), "--voice", MERGED, "--db", seeded_db)
    assert SURVIVOR in out
    edited = Workbench(seeded_db).claim(claim)
    assert (edited.voice_id, edited.voice) == (survivor, SURVIVOR)


def test_claim_edit_with_a_merged_voices_id_credits_the_surviving_voice(
    seeded_db: str,
) -> None:
    merged_id, survivor = _merged(seeded_db)
    claim = _claim_of(Workbench(seeded_db), SURVIVOR)
    run("claim", "edit", str(claim), "--voice", str(merged_id), "--db", seeded_db)
    assert Workbench(seeded_db).claim(claim).voice_id == survivor


def test_claim_add_with_a_merged_voices_name_credits_the_surviving_voice(
    seeded_db: str,
) -> None:
    _merged_id, survivor = _merged(seeded_db)
    bench = Workbench(seeded_db)
    some = next(c for c in bench.claims() if c.value is not None)
    run(
        "claim",
        "add",
        str(some.document_id),
        "--start",
        str(some.start),
        "--end",
        str(some.end),
        "--category",
        some.category,
        "--value",
        f"{some.value:g}",
        "--voice",
        MERGED,
        "--duplicate",
        "--db",
        seeded_db,
    )
    added = max(Workbench(seeded_db).claims(), key=lambda c: c.id)
    assert added.voice_id == survivor


def test_voice_relay_of_a_merged_voices_name_sets_it_on_the_surviving_voice(
    seeded_db: str,
) -> None:
    """`voice relay "A Chadian source" CNN` after the merge set the relay on the
    merged-away voice, which speaks no claim: the events still counted the journalist
    and CNN as two independent voices."""
    merged_id, survivor = _merged(seeded_db)
    out = run("voice", "relay", MERGED, "CNN", "--db", seeded_db)
    assert out.startswith(f"voice {survivor}: {SURVIVOR}")
    by_id = {v.id: v for v in Workbench(seeded_db).voices()}
    assert by_id[survivor].relays == "CNN"
    assert by_id[merged_id].relays is None


def test_voice_relay_to_a_merged_voices_name_points_at_the_surviving_voice(
    seeded_db: str,
) -> None:
    _merged(seeded_db)
    run("voice", "relay", "CNN", MERGED, "--db", seeded_db)
    cnn = next(v for v in Workbench(seeded_db).voices() if v.name == "CNN")
    assert cnn.relays == SURVIVOR
