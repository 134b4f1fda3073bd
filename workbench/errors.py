"""Errors the shells report as one line, never as a traceback."""


class WorkbenchError(Exception):
    """A problem the user can act on; `str(error)` is the one-line message."""


class SourceError(WorkbenchError):
    """A file that cannot be read as a source document."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
