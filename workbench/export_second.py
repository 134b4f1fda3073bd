"""The second process of an export written in two: `python -m workbench.export_second
JOB` reads the database as the first process does and writes the middle part of the
export (workbench/export_middle.py says how the two share the work). It is the one
module that imports the service for an export's sake; the service never imports it,
so the two make no import cycle."""

from __future__ import annotations

import json
import sys
from contextlib import closing

from workbench.errors import WorkbenchError
from workbench.export import PARTS, Publisher
from workbench.export_middle import CHANGED, MiddleJob
from workbench.service import Exporter, Workbench
from workbench.vocabulary import ClaimFilter


def main(job_json: str) -> int:
    """Write the middle part the job asks for; 0 when written, `CHANGED` when the
    database is not the one the first process reads (nothing written), 1 on failure
    (its one line on stderr)."""
    fields = json.loads(job_json)
    narrow = ClaimFilter(**fields["narrow"])
    job = MiddleJob(**{**fields, "publisher": Publisher(**fields["publisher"]), "narrow": narrow})
    try:
        with closing(Workbench(job.database)) as workbench, workbench.store.reading():
            if job.state and workbench.store.state() != job.state:
                return CHANGED  # the first process writes the middle itself
            report = Exporter(workbench).report(
                job.statuses, job.contested, job.publisher, job.title, job.narrow
            )
            with open(job.path, "w", encoding="utf-8") as out:
                PARTS[job.fmt].middle(report, out)
    except WorkbenchError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
