"""``python -m strait.worker``: the ``strait-worker`` command."""

from ._cli import main

raise SystemExit(main())
