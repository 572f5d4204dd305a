"""The quickstart (``examples/quickstart.py``) against a local Strait started in-process.

``make demo`` runs the quickstart against ``python -m strait.local`` in its own process;
this does the same without a second process::

    python examples/demo.py

With ``STRAIT_BASE_URL`` / ``STRAIT_API_KEY`` / ``STRAIT_PROJECT`` / ``STRAIT_GRPC_URL``
already set it runs the quickstart against that server instead.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from strait.testing import LocalStrait

QUICKSTART = Path(__file__).with_name("quickstart.py")
NEEDED = ("STRAIT_BASE_URL", "STRAIT_API_KEY", "STRAIT_PROJECT", "STRAIT_GRPC_URL")


def main() -> int:
    if all(os.environ.get(name) for name in NEEDED):
        return _quickstart()
    with LocalStrait(grpc=True) as strait:
        os.environ.update(strait.env())
        return _quickstart()


def _quickstart() -> int:
    try:
        runpy.run_path(str(QUICKSTART), run_name="__main__")
    except SystemExit as done:
        return int(done.code or 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
