"""What the analyst is told when the review app stops on an error nothing expected:
one line naming the error and the file that keeps its traceback, and an exit status
that is not 0 (a script, a wrapper or a terminal multiplexer can tell it failed)."""

from __future__ import annotations

import tempfile
import traceback

#: The exit status of a review that crashed: sysexits.h's EX_SOFTWARE.
CRASH_STATUS = 70


def crash_report(error: BaseException) -> str:
    """Write `error`'s traceback to a new file in the temporary folder; the one line
    that says what stopped the review and where its traceback is."""
    cause = str(error).splitlines()[0] if str(error) else ""
    line = f"the review stopped on an unexpected error: {type(error).__name__}: {cause}"
    try:
        with tempfile.NamedTemporaryFile(
            "w", prefix="workbench-crash-", suffix=".txt", delete=False, encoding="utf-8"
        ) as kept:
            kept.write("".join(traceback.format_exception(error)))
    except OSError:
        return f"{line.rstrip(': ')} (its traceback could not be written)"
    return f"{line.rstrip(': ')} (traceback in {kept.name})"
