"""The ``local_strait`` fixture's spec validation from an installed package (issue 20,
item 9): ``strait_local_spec = bundled`` finds the spec the wheel ships, and the
``local`` extra brings jsonschema."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from strait.local.pytest_plugin import bundled_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "strait.openapi.json"

USER_TEST = """
def test_checkout(local_strait, strait_local_validator):
    assert strait_local_validator is not None
    with local_strait.client() as client:
        job = client.jobs.create({"project_id": local_strait.project_id, "name": "Charge",
                                  "slug": "charge", "endpoint_url": "http://127.0.0.1:9/run"})
    assert job["slug"] == "charge"
    assert strait_local_validator.figures.requests_validated >= 1
"""


def _pytest_in(project: Path, ini: str) -> subprocess.CompletedProcess[str]:
    (project / "pytest.ini").write_text(f"[pytest]\n{ini}\n", encoding="utf-8")
    (project / "test_user.py").write_text(USER_TEST, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_bundled_spec_validates_a_users_tests(tmp_path: Path) -> None:
    proc = _pytest_in(tmp_path, "strait_local_spec = bundled")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert bundled_spec().read_bytes() == SPEC.read_bytes()


def test_a_spec_path_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    proc = _pytest_in(tmp_path, "strait_local_spec = openapi/strait.openapi.json")
    assert proc.returncode != 0
    assert "strait_local_spec = openapi/strait.openapi.json: no such file" in proc.stdout + proc.stderr
    assert "strait_local_spec = bundled" in proc.stdout + proc.stderr


def test_the_wheel_ships_the_spec_and_the_local_extra_jsonschema(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if build.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{build.stdout}{build.stderr}")
    (wheel,) = tmp_path.glob("strait_python-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read("strait/local/strait.openapi.json") == SPEC.read_bytes()
        (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        requires = archive.read(metadata).decode("utf-8").splitlines()
    assert any(
        line.startswith("Requires-Dist: jsonschema") and "extra == 'local'" in line for line in requires
    )
