"""The editor's loop end to end, offline (scripts/editor_loop.py): chat → review → accept →
check → the same questions answered from the accepted fact."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from paths import ROOT

SCRIPT = ROOT / "scripts" / "editor_loop.py"


@pytest.mark.slow
def test_the_loop_runs_offline_from_chat_to_accepted_answers(tmp_path: Path) -> None:
    """Questions piped into `chat` (two declined wordings, one off the article, one confidently
    wrong marked /bad) are grouped by `review`, accepted into `visit` with only added lines in
    `git diff`, `check` passes, and `ask` then answers them from `visit`."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--workdir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert done.stdout.rstrip().endswith("OK: the loop works end to end")
    # Checked again here, from the files the loop left behind.
    knowledge = tmp_path / "knowledge"
    diff = subprocess.run(
        ["git", "diff", "--unified=0"], cwd=knowledge, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    changed = [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert [yaml.safe_load(line[1:].strip())[0] for line in changed] == [
        "who was the VIP from astana",
        "what's the name of the kazakh minister",
    ]
    facts = yaml.safe_load((knowledge / "facts.yaml").read_text(encoding="utf-8"))["facts"]
    visit = next(f for f in facts if f["id"] == "visit")
    assert visit["questions"][-1] == "what's the name of the kazakh minister"
    records = tmp_path / "data" / "insights.sqlite3"
    assert records.is_file()
    assert (tmp_path / "data").stat().st_mode & 0o077 == 0
    review = subprocess.run(
        [sys.executable, "-m", "bot", "review", "--json", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "BOT_KNOWLEDGE_DIR": str(knowledge),
            "BOT_CACHE_DIR": str(tmp_path / "cache"),
        },
    )
    assert json.loads(review.stdout) == []
