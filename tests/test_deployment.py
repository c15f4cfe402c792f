"""Deployment files agree with each other: the pins (hashed, consistent, from pyproject), the
Makefile and Dockerfile installing from them, and what the Docker image declares."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([a-z0-9][a-z0-9._-]*)==(\S+)", re.MULTILINE)


def pins(name: str) -> dict[str, str]:
    """Package -> version pinned in the lock file ``name``."""
    return dict(PIN.findall((ROOT / name).read_text(encoding="utf-8")))


def requirement_name(requirement: str) -> str:
    """The normalized project name of a PEP 508 requirement string."""
    name = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert name is not None, requirement
    return re.sub(r"[-_.]+", "-", name.group()).lower()


def dockerfile() -> str:
    """The Dockerfile with line continuations joined."""
    return (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")


def instructions(keyword: str) -> list[str]:
    """The arguments of every ``keyword`` instruction in the Dockerfile."""
    return re.findall(rf"^{keyword} +(.*)$", dockerfile(), re.MULTILINE)


@pytest.mark.parametrize("lock", ["requirements.txt", "constraints.txt"])
def test_every_pin_is_exact_and_hashed_and_names_no_index(lock: str) -> None:
    """Each lock file pins every package with ==, each with a sha256 hash, and no index URL."""
    text = (ROOT / lock).read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[a-z0-9])", text.strip())
    assert len(entries) >= 10
    for entry in entries:
        assert PIN.match(entry), entry.splitlines()[0]
        assert "--hash=sha256:" in entry, entry.splitlines()[0]
    assert "://" not in text
    assert not re.search(r"^-[-a-z]", text, re.MULTILINE)  # no --index-url, --find-links…


def test_locks_agree_and_cover_pyproject() -> None:
    """Runtime pins are pyproject's dependencies; the dev lock adds tools at the same versions."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime, dev = pins("requirements.txt"), pins("constraints.txt")
    assert {requirement_name(r) for r in project["dependencies"]} <= set(runtime)
    assert {requirement_name(r) for r in project["optional-dependencies"]["dev"]} <= set(dev)
    assert {name: dev.get(name) for name in runtime} == runtime
    assert "pytest" not in runtime
    # The editable install builds with the pinned setuptools (--no-build-isolation).
    assert {"pip", "setuptools"} <= set(dev)


def test_makefile_installs_only_the_hashed_pins() -> None:
    """The Makefile installs constraints.txt in hash-checking mode, then the project without deps."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "install --require-hashes --no-deps -r constraints.txt" in makefile
    assert "install --no-deps --no-build-isolation -e ." in makefile
    assert ".venv/.installed" in makefile or "$(VENV)/.installed" in makefile


def test_image_installs_the_runtime_pins_in_their_own_layer() -> None:
    """The Dockerfile installs requirements.txt with the tested script before copying the code."""
    text = dockerfile()
    script = (ROOT / "scripts" / "install_runtime.sh").read_text(encoding="utf-8")
    assert "--require-hashes --no-deps" in script
    assert "sh /tmp/build/install_runtime.sh /opt/venv /tmp/build/requirements.txt" in text
    copies = instructions("COPY")
    assert copies[0] == "requirements.txt scripts/install_runtime.sh /tmp/build/"
    assert text.index("install_runtime.sh /opt/venv") < text.index("COPY bot/")
    assert re.search(r"^ARG PYTHON_IMAGE=python:3\.11-slim$", text, re.MULTILINE)
    assert len(re.findall(r"^FROM ", text, re.MULTILINE)) == 2  # the build stage is left behind


def test_image_runs_the_bot_as_a_non_root_user_with_volumes_and_a_health_check() -> None:
    """USER is the created non-root uid; data and knowledge are volumes; CMD runs the bot."""
    text = dockerfile()
    (user,) = instructions("USER")
    uid = user.partition(":")[0]
    assert uid.isdigit()
    assert int(uid) > 0
    assert f"--uid {uid}" in text
    assert instructions("VOLUME") == ['["/data", "/app/knowledge"]']
    env = " ".join(instructions("ENV"))
    assert "BOT_DATA_DIR=/data" in env
    assert "BOT_KNOWLEDGE_DIR=/app/knowledge" in env
    cache = re.search(r"BOT_CACHE_DIR=(\S+)", env)
    assert cache is not None
    assert f"chown bot:bot /data {cache.group(1)}" in text  # both writable by the bot user
    (healthcheck,) = instructions("HEALTHCHECK")
    assert healthcheck.endswith('CMD ["python", "-m", "bot", "health"]')
    assert instructions("ENTRYPOINT") == ['["python", "-m", "bot"]']
    assert instructions("CMD") == ['["run"]']


def test_dockerignore_lets_in_only_what_the_image_copies() -> None:
    """Everything is ignored but the COPY sources, so .env, .venv, .git and data stay out."""
    lines = [
        line
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert lines[0] == "*"
    allowed = [line[1:].rstrip("/") for line in lines if line.startswith("!")]
    sources = [
        source.rstrip("/")
        for copy in instructions("COPY")
        if not copy.startswith("--from")
        for source in copy.split()[:-1]
    ]
    assert sorted(allowed) == sorted(set(sources))
    for secret_or_junk in (".env", ".venv", ".git", "data", "tests", ".mypy_cache"):
        assert not any(fnmatch.fnmatch(secret_or_junk, pattern) for pattern in allowed)


def test_httpcore_finds_sniffio_so_no_lock_repeats_a_failed_import() -> None:
    """httpcore imports sniffio inside every lock it makes; missing, each import searches all of
    sys.path again (a quarter of the bot's CPU): the image and .venv must both have it."""
    import importlib.util

    assert "sniffio" in pins("requirements.txt")
    assert "sniffio" in pins("constraints.txt")
    assert importlib.util.find_spec("sniffio") is not None
