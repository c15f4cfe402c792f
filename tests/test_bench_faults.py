"""The fault scenarios of `python -m benchmarks.load` (kill, group-flood, outage) run, small,
as the command an engineer types, so that they cannot rot: each prints its figures and PASS."""

from __future__ import annotations

import subprocess
import sys

import pytest
from paths import ROOT


@pytest.mark.slow
@pytest.mark.parametrize("scenario", ["kill", "group-flood", "outage"])
def test_a_fault_scenario_runs_small_and_passes(scenario: str) -> None:
    """`python -m benchmarks.load --scenario <scenario> --small` exits 0 with its figures and a
    `<scenario>: PASS` line (it starts and kills real `python -m bot run` processes)."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.load", "--scenario", scenario, "--small"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert f"{scenario}: PASS" in done.stdout, output[-3000:]
    assert "lost 0" in done.stdout or scenario == "group-flood", output[-3000:]
    assert "Traceback" not in output
