"""The editor's loop, offline, end to end: questions in the console chat → review → accept →
check → the same questions answered from the accepted fact.

    python scripts/editor_loop.py [--workdir DIR] [--knowledge tests/fixtures/visit_small]

In ``DIR`` (a new temporary directory by default) it copies the fact base into a git
repository (so the edit shows as a ``git diff``), and with a fresh ``BOT_DATA_DIR`` there:

1. pipes questions into ``python -m bot chat``: two wordings of one the base declines, one it
   declines for good (not in the article), and one it answers confidently but wrongly, marked
   with ``/bad``;
2. runs ``review`` (shown) and ``review --json``;
3. ``accept``s the declined group and the disliked one into the fact ``visit`` and ``reject``s
   the rest;
4. shows ``git diff`` and requires it to add lines only;
5. runs ``check`` (must pass), asks the questions again (``ask --json``: each answered from
   ``visit``), and ``review --json`` again (nothing left).

Every command is printed with its output; the first expectation that fails ends it with exit 1.
Needs git and the project's Python environment (``.venv/bin/python scripts/editor_loop.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "visit_small"
#: Declined by the small fact base; belongs to `visit` (Nurtleu is the guest from Astana).
DECLINED = ("who was the VIP from astana", "Who was the VIP from Astana?")
#: Declined, and rightly: the article doesn't say.
NOT_IN_ARTICLE = "how old is nurtleu"
#: Answered confidently by `officials-met`, but asks about Nurtleu: `visit`.
WRONG = "what's the name of the kazakh minister"
TARGET = "visit"


class LoopFailedError(Exception):
    """An expectation of the loop did not hold."""


def expect(condition: bool, message: str) -> None:
    """Stop the loop with ``message`` unless ``condition``."""
    if not condition:
        raise LoopFailedError(message)


def run(
    args: list[str], env: dict[str, str], cwd: Path, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run a command, print it and its output, and return the result."""
    print(f"$ {' '.join(args)}")
    done = subprocess.run(  # noqa: S603 (our own commands)
        args, input=stdin, capture_output=True, text=True, env=env, cwd=cwd, check=False
    )
    for stream in (done.stdout, done.stderr):
        if stream.strip():
            print("  " + stream.strip().replace("\n", "\n  "))
    return done


def bot(
    *args: str, env: dict[str, str], cwd: Path, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """``python -m bot ARGS``."""
    return run([sys.executable, "-m", "bot", *args], env, cwd, stdin)


def prepare(workdir: Path, knowledge: Path) -> tuple[Path, dict[str, str]]:
    """The fact base copied into a git repository, and the environment of the bot commands."""
    target = workdir / "knowledge"
    shutil.copytree(knowledge, target)
    git = ["git", "-c", "user.name=editor", "-c", "user.email=editor@example.org"]
    for step in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "fact base"]):
        subprocess.run([*git, *step], cwd=target, check=True, capture_output=True)  # noqa: S603
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "BOT_KNOWLEDGE_DIR": str(target),
        "BOT_DATA_DIR": str(workdir / "data"),
        "BOT_CACHE_DIR": str(workdir / "cache"),
    }
    return target, env


def act_on_groups(groups: list[dict[str, object]], env: dict[str, str], cwd: Path) -> int:
    """Accept the groups about the minister into TARGET, reject the rest; how many accepted."""
    accepted = 0
    for group in groups:
        questions = [str(q) for q in group["questions"]]  # type: ignore[attr-defined]
        if set(questions) & {*DECLINED, WRONG}:
            done = bot("accept", str(group["id"]), TARGET, env=env, cwd=cwd)
            expect(done.returncode == 0, f"accept {group['id']} failed")
            accepted += 1
        else:
            expect(bot("reject", str(group["id"]), env=env, cwd=cwd).returncode == 0, "reject")
    return accepted


def loop(workdir: Path, knowledge: Path) -> None:
    """The whole loop (LoopFailedError at the first expectation that fails)."""
    target, env = prepare(workdir, knowledge)
    chat_input = "\n".join([*DECLINED, NOT_IN_ARTICLE, WRONG, "/bad", ""])
    chat = bot("chat", env=env, cwd=workdir, stdin=chat_input)
    expect(chat.returncode == 0 and "Noted 👎" in chat.stdout, "the chat did not take /bad")

    expect(bot("review", env=env, cwd=workdir).returncode == 0, "review failed")
    groups = json.loads(bot("review", "--json", env=env, cwd=workdir).stdout)
    kinds = sorted(str(g["kind"]) for g in groups)
    expect(kinds == ["declined", "declined", "disliked"], f"unexpected groups: {kinds}")
    expect(act_on_groups(groups, env, workdir) == 2, "two groups should have been accepted")

    diff = run(["git", "diff", "--unified=0"], env, target).stdout.splitlines()
    removed = [line for line in diff if line.startswith("-") and not line.startswith("---")]
    added = [line for line in diff if line.startswith("+") and not line.startswith("+++")]
    expect(not removed, f"the diff removes or changes lines: {removed}")
    # Two groups: "who was the VIP from astana" (its "…Astana?" wording is the same question,
    # added once) and the confidently wrong one.
    expect(len(added) == 2, f"expected 2 added lines, got {added}")

    expect(bot("check", env=env, cwd=workdir).returncode == 0, "check failed after accepting")
    for question in [*DECLINED, WRONG]:
        answer = json.loads(bot("ask", "--json", question, env=env, cwd=workdir).stdout)
        expect(answer["fact_id"] == TARGET, f"{question!r} answered by {answer['fact_id']}")
    left = json.loads(bot("review", "--json", env=env, cwd=workdir).stdout)
    expect(left == [], f"groups left to review: {left}")


def main() -> int:
    """Run the loop in --workdir (or a temporary directory); exit 0 when every step held."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, help="an empty or new directory (kept)")
    parser.add_argument("--knowledge", type=Path, default=FIXTURE, help="the fact base to copy")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="editor-loop-") as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        try:
            loop(workdir, args.knowledge)
        except LoopFailedError as exc:
            print(f"FAILED: {exc}", file=sys.stderr)
            return 1
    print("OK: the loop works end to end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
