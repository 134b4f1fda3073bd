"""Errors the shells report as one line, never as a traceback."""


class WorkbenchError(Exception):
    """A problem the user can act on; `str(error)` is the one-line message."""


class WrongValue(WorkbenchError):
    """A value typed for a field that the field cannot take ("abc" as a figure, a date
    in the future): the command line exits 2 for it, as for a wrong option."""


class SourceError(WorkbenchError):
    """A file that cannot be read as a source document."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class FeedSource(SourceError):
    """An address that serves an RSS or Atom feed where a page was asked for: its items'
    pages are what to load (`ingest --feed`, the TUI's dialog does it by itself)."""


class DatabaseError(WorkbenchError):
    """The claims database could not do what was asked; the message names the
    database and the cause in words an analyst can act on."""

    def __init__(self, database: str, cause: str) -> None:
        super().__init__(f"{database}: {cause}")
        self.database = database
        self.cause = cause


class DatabaseBusy(DatabaseError):
    """Another process held the write lock past the busy timeout."""


class DatabaseReadOnly(DatabaseError):
    """The file or its folder cannot be written."""


class DatabaseUnopened(DatabaseReadOnly):
    """The file cannot be opened or made: its folder is missing, or cannot be written."""


class DatabaseFull(DatabaseError):
    """The disk is full, or the write failed on it."""


class DatabaseDamaged(DatabaseError):
    """The file is damaged, not a database, or lacks what Workbench keeps in it."""


class ClaimGone(WorkbenchError):
    """No claim of this id is stored: it never was, or it went with its document
    (`removed`: what the archive says of it, "it was removed with x.txt ...")."""

    def __init__(self, claim_id: int, removed: str | None = None) -> None:
        said = f"no claim with id {claim_id}"
        super().__init__(f"{said}: {removed}" if removed else said)
        self.claim_id = claim_id


class ChangedMeanwhile(WorkbenchError):
    """Another analyst changed a claim (or a voice's grade) after the one writing now
    read it: nothing was written, so that their judgement is not replaced unseen. Read
    it again (it shows theirs) and decide again to replace it. `subject` names what
    changed ("claim 12", "voice NRC"); `what` says what they did ("set it to false",
    "corrected its value to 20", "graded it B")."""

    def __init__(self, subject: str, analyst: str, what: str, at: str) -> None:
        when = at[:16].replace("T", " ") + " UTC"
        super().__init__(
            f"{subject}: {analyst} {what} at {when}, after this was read;"
            " not saved: read theirs, then decide again to replace it"
        )
        self.analyst = analyst


class EventsChanged(ChangedMeanwhile):
    """The events an undo would put back are no longer as the edit it takes back left
    them (`Store.restore_event_state`): nothing was written, and the undo is spent.
    `why` says what changed them ("ana merged claims into event 7 at ..."); `analyst`
    is who did, None where it was a regrouping or a removed document."""

    def __init__(self, event_ids: list[int], why: str, analyst: str | None) -> None:
        named = " ".join(map(str, event_ids))
        WorkbenchError.__init__(
            self, f"event{'s' if len(event_ids) > 1 else ''} {named}: {why}; nothing undone"
        )
        self.analyst = analyst or ""


class NameChanged(ChangedMeanwhile):
    """Another analyst named an event after the name the one renaming it now was
    shown (`Seen`): nothing was written, so that their name is not replaced unseen."""

    def __init__(self, event_id: int, name: str, analyst: str, at: str) -> None:
        super().__init__(f"event {event_id}", analyst, f"named it {name!r}", at)


class VerdictChanged(ChangedMeanwhile):
    """Another analyst set the claim's verdict or note after it was read."""

    def __init__(self, claim_id: int, status: str, analyst: str, at: str, noted: bool) -> None:
        what = f"set it to {status}" + (" with a note" if noted else "")
        super().__init__(f"claim {claim_id}", analyst, what, at)
        self.claim_id = claim_id
        self.status = status


class CorrectionChanged(ChangedMeanwhile):
    """Another analyst corrected the same field of the claim after it was read."""

    def __init__(self, claim_id: int, field: str, value: str, analyst: str, at: str) -> None:
        super().__init__(f"claim {claim_id}", analyst, f"corrected its {field} to {value}", at)
        self.claim_id = claim_id
        self.field = field


class GradeChanged(ChangedMeanwhile):
    """Another analyst graded a voice's reliability (A-F) or a claim's credibility
    (1-6) after the grade the one grading now was shown: `grade` is theirs, None where
    they took the grade away."""

    def __init__(self, subject: str, grade: str | None, analyst: str, at: str) -> None:
        what = f"graded it {grade}" if grade else "took its grade away"
        super().__init__(subject, analyst, what, at)
        self.grade = grade
