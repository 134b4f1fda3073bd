"""Run at the start of every process a test starts (the session fixture `children` in
tests/conftest.py puts this folder on their PYTHONPATH): the process starts as
Workbench's own install does, without pandas and numpy.

sqlite-utils imports both whenever they are installed (the bench extra brings them)
and uses them only to name the column types of their values, which Workbench never
stores; importing them is 0.3 s of the 0.75 s `python -m workbench` takes to start,
paid by each of the suite's few hundred processes. Neither is a dependency of
Workbench: a child that needed one would fail here, as in an install without them."""

import sys

for _optional in ("pandas", "numpy"):
    sys.modules[_optional] = None  # `import` raises ImportError, as when not installed
