"""Check the Docker image's steps without a Docker engine (`make image-check`).

No Docker engine runs on our machines, so this does what the Dockerfile does, in a temporary
directory, and then uses the result the way the container would:

1. ``scripts/install_runtime.sh`` — the very script the Dockerfile runs — makes a fresh venv
   from ``requirements.txt`` (pinned, hashed, no dependencies resolved on the fly);
2. the venv has the bot's dependencies and nothing else: no pip, no test or lint tools;
3. ``bot/`` and ``knowledge/`` are laid out as ``/app`` is, compiled like the image does;
4. from there, with the image's environment: ``check`` passes, ``ask`` answers with a citation,
   ``health`` reports that nothing runs, ``run`` without a token is one line and exit 2;
5. ``run`` with a token polls a fake Bot API (tests/fake_telegram.py on 127.0.0.1), answers a
   question, reports healthy, and exits 0 on SIGTERM.

Prints one line per step and exits 0 if all pass. Takes about 10-20 seconds (the install
downloads the pinned wheels from the package registry, like ``docker build`` would).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fake_telegram import TOKEN, FakeTelegram  # noqa: E402 - needs the path above

#: Packages the image must not contain (development tools only).
DEV_ONLY = ("pip", "pytest", "mypy", "ruff", "hypothesis", "uv")
#: Seconds to wait for the bot in the image layout to start up, answer, and stop.
STEP_SECONDS = 60.0


def step(name: str, ok: bool, detail: str = "") -> None:
    """Report one step; stop with exit 1 at the first failure."""
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""))
    if not ok:
        sys.exit(1)


def run(
    argv: list[str], env: dict[str, str], cwd: Path, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run a command to completion, capturing its output."""
    return subprocess.run(  # noqa: S603 - our own interpreter and fixed arguments
        argv,
        env=env,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def install(work: Path) -> Path:
    """Steps 1-2: the Dockerfile's install step into ``work/venv``; returns its python."""
    venv = work / "venv"
    started = time.monotonic()
    result = run(
        [
            "sh",
            str(ROOT / "scripts" / "install_runtime.sh"),
            str(venv),
            str(ROOT / "requirements.txt"),
        ],
        env=dict(os.environ),
        cwd=work,
    )
    took = time.monotonic() - started
    step(
        f"install_runtime.sh from requirements.txt ({took:.1f} s)",
        result.returncode == 0,
        result.stderr[-2000:],
    )
    python = venv / "bin" / "python"
    imports = "import telegram.ext, tornado, rapidfuzz, yaml, Stemmer"
    result = run([str(python), "-c", imports], env={}, cwd=work)
    step("runtime dependencies import", result.returncode == 0, result.stderr[-2000:])
    present = [
        name
        for name in DEV_ONLY
        if run([str(python), "-c", f"import {name}"], env={}, cwd=work).returncode == 0
    ]
    step("no pip and no development tools in the venv", not present, f"found {present}")
    return python


def lay_out(work: Path, python: Path) -> Path:
    """Step 3: ``/app`` as the Dockerfile's COPY and compileall make it."""
    app = work / "app"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "bot", app / "bot", ignore=ignore)
    shutil.copytree(ROOT / "knowledge", app / "knowledge", ignore=ignore)
    result = run([str(python), "-m", "compileall", "-q", str(app / "bot")], env={}, cwd=app)
    step("app laid out and compiled", result.returncode == 0, result.stderr[-2000:])
    return app


def image_env(work: Path, python: Path, app: Path) -> dict[str, str]:
    """The environment the Dockerfile sets (paths moved into ``work``)."""
    return {
        "PATH": f"{python.parent}:/usr/bin:/bin",
        "PYTHONUNBUFFERED": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "BOT_KNOWLEDGE_DIR": str(app / "knowledge"),
        "BOT_DATA_DIR": str(work / "data"),
        "BOT_CACHE_DIR": str(work / "cache"),
    }


def commands(python: Path, app: Path, env: dict[str, str]) -> None:
    """Step 4: the one-shot commands, from the image layout."""
    bot = [str(python), "-m", "bot"]
    result = run([*bot, "check"], env, app)
    step("python -m bot check", result.returncode == 0, result.stdout + result.stderr)
    result = run([*bot, "ask", "who visited belgrade?"], env, app)
    step("python -m bot ask", result.returncode == 0 and "¶1" in result.stdout, result.stderr)
    result = run([*bot, "health"], env, app)
    step(
        "python -m bot health with no bot running is exit 1",
        result.returncode == 1 and "not running" in result.stderr,
        result.stdout + result.stderr,
    )
    result = run([*bot, "run"], env, app)
    step(
        "python -m bot run without a token is one line, exit 2",
        result.returncode == 2 and result.stderr.count("\n") == 1,
        result.stderr,
    )


async def serve_once(python: Path, app: Path, env: dict[str, str]) -> None:
    """Step 5: the container's CMD against a fake Bot API: answer, health, SIGTERM."""
    async with FakeTelegram() as api:
        process = await asyncio.create_subprocess_exec(
            str(python),
            "-m",
            "bot",
            "run",
            cwd=app,
            env=env | {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url},
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        try:
            await api.wait_for(lambda c: c.method == "getUpdates", STEP_SECONDS, finished=False)
            api.enqueue(api.message("who visited belgrade?"))
            reply = await api.wait_for(lambda c: c.method == "sendMessage", STEP_SECONDS)
            step("python -m bot run polls and answers", reply.ok and "¶1" in reply.params["text"])
            health = await asyncio.to_thread(run, [str(python), "-m", "bot", "health"], env, app)
            step("python -m bot health while it runs", health.returncode == 0, health.stderr)
        finally:
            process.send_signal(signal.SIGTERM)
            output, _ = await asyncio.wait_for(process.communicate(), STEP_SECONDS)
        text = output.decode("utf-8", errors="replace")
        step(
            "SIGTERM: exit 0, no traceback",
            process.returncode == 0 and "Traceback" not in text,
            text[-2000:],
        )
        step("the token is not in the output", TOKEN not in text)


def main() -> int:
    """Run every step in a temporary directory."""
    with tempfile.TemporaryDirectory(prefix="image-check-") as tmp:
        work = Path(tmp)
        python = install(work)
        app = lay_out(work, python)
        env = image_env(work, python, app)
        commands(python, app, env)
        asyncio.run(serve_once(python, app, env))
    print("image-check: all steps passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
