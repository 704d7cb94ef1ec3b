"""A test that needs the model skips with one clear reason where the model is absent, and fails
under CI=true, so CI can never pass by skipping. Checked by running pytest itself on one such test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import NO_MODEL_REASON, REPO

NEEDS_MODEL = "tests/test_embed.py::test_model_dir_may_be_the_folder_or_its_parent"


def run_pytest(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CLAUSECHECK_MODEL_DIR=str(tmp_path / "no-model"))
    env.pop("CI", None)
    if ci is not None:
        env["CI"] = ci
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist", "-ra",
               "--basetemp", str(tmp_path / f"inner-{ci}"), NEEDS_MODEL]  # fmt: skip
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


def test_a_missing_model_is_a_named_skip_for_a_user_and_a_failure_in_ci(tmp_path: Path) -> None:
    user = run_pytest(tmp_path, None)
    assert user.returncode == 0, user.stdout
    assert "1 skipped" in user.stdout and NO_MODEL_REASON in user.stdout

    ci = run_pytest(tmp_path, "true")
    assert ci.returncode == 1, ci.stdout
    assert NO_MODEL_REASON in ci.stdout and "CI=true" in ci.stdout and "1 skipped" not in ci.stdout
