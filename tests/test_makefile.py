"""`make install` fails loudly when pip fails, and then writes no stamp (so it is retried)."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A Python that makes a venv whose pip answers with `status` (the rest of the recipe runs
# for real: make, bash, the pipes and the stamp).
FAKE_PYTHON = """#!/bin/bash
if [ "$1 $2" = "-m venv" ]; then
    mkdir -p "$3/bin"
    cat > "$3/bin/python" <<'INNER'
#!/bin/bash
if [ "$1 $2" = "-m pip" ]; then echo "ERROR: No matching distribution found" >&2; exit {status}; fi
exit 0
INNER
    chmod +x "$3/bin/python"
fi
"""


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize("status", [1, 0])
def test_install_fails_when_pip_fails(tmp_path: Path, status: int) -> None:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    python = tmp_path / "fake-python"
    python.write_text(textwrap.dedent(FAKE_PYTHON).replace("{status}", str(status)))
    python.chmod(0o755)
    out = subprocess.run(
        ["make", "-s", "install", f"PYTHON={python}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    stamp = tmp_path / ".venv" / ".installed"
    if status:
        assert out.returncode != 0
        assert "No matching distribution" in out.stdout + out.stderr
        assert not stamp.exists()
    else:
        assert out.returncode == 0, out.stderr
        assert stamp.exists()
