"""Layering: the core never imports Telegram; the CLI imports it only inside the commands that need it."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest
from paths import SMALL

BOT = Path(__file__).resolve().parent.parent / "bot"


def _telegram_imports(tree: ast.AST) -> list[ast.stmt]:
    found: list[ast.stmt] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] == "telegram" for a in node.names
        ):
            found.append(node)
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "telegram":
            found.append(node)
    return found


def test_core_modules_never_import_telegram() -> None:
    """No module outside bot/tg (and the CLI) imports telegram, even inside a function."""
    core = [p for p in BOT.rglob("*.py") if not {"tg", "cli"} & set(p.relative_to(BOT).parts)]
    assert len(core) > 10
    offenders = [
        str(p) for p in core if _telegram_imports(ast.parse(p.read_text(encoding="utf-8")))
    ]
    assert offenders == []


def test_cli_imports_telegram_only_inside_functions() -> None:
    """bot/cli imports telegram (and bot.tg) lazily, so `ask`, `check` and `chat` never load it."""
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in (BOT / "cli").glob("*.py")]
    for tree in trees:
        top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
        assert _telegram_imports(ast.Module(body=top_level, type_ignores=[])) == []
        assert not any(
            isinstance(n, ast.ImportFrom) and (n.module or "").startswith("bot.tg")
            for n in top_level
        )
    assert any(_telegram_imports(tree) for tree in trees), "the run command imports it, lazily"


def test_importing_the_package_does_no_io_or_telegram() -> None:
    """Importing every core module loads neither telegram nor the fact base nor the rules few
    questions need, and compiles none of its regular expressions (no import-time work)."""
    import subprocess
    import sys

    modules = sorted(
        "bot." + ".".join(p.relative_to(BOT).with_suffix("").parts)
        for p in BOT.rglob("*.py")
        if "tg" not in p.relative_to(BOT).parts and p.name not in ("__main__.py", "__init__.py")
    )
    code = (
        f"import sys; import {', '.join(modules)}; "
        "assert 'telegram' not in sys.modules, 'telegram imported'; "
        "from bot.lang.words import frequencies; "
        "assert frequencies.cache_info().currsize == 0, 'word list read'; "
        # Rules that few questions need are compiled for the first that does.
        "from bot.lang.normalize import CONTRACTIONS, KIND_REWRITES; "
        "assert not CONTRACTIONS.compiled, 'contractions compiled'; "
        "assert not KIND_REWRITES.compiled, 'kind rewrites compiled'; "
        # Nor any pattern of the core (they compile on first use, from stored code).
        "from bot.lang import patterns; "
        "made = [p.pattern for p in patterns._registry.values() if patterns.is_compiled(p)]; "
        "assert len(patterns._registry) > 50 and not made, made"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_ask_with_a_warm_cache_reads_no_yaml(tmp_path: Path) -> None:
    """`python -m bot ask` on a cached engine imports neither a YAML parser nor telegram, nor
    what only writing or machine-readable output needs (json, tempfile, importlib.resources),
    nor a cryptographic hash or HTML's entity table: the cache key fingerprints the files as
    bytes, so only a rebuild needs YAML (cold start)."""
    import subprocess
    import sys

    env = {**os.environ, "BOT_CACHE_DIR": str(tmp_path)}
    subprocess.run(
        [sys.executable, "-m", "bot", "ask", "hi"], env=env, capture_output=True, check=True
    )
    code = (
        "import sys, contextlib, io\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    assert main(['ask', 'who visited']) == 0\n"
        "assert out.getvalue().strip(), 'no answer'\n"
        "for name in ('yaml', 'telegram', 'json', 'tempfile', 'importlib.resources', 'hashlib',\n"
        "             'html'):\n"
        "    assert name not in sys.modules, name + ' imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_ask_exits_at_once_with_its_whole_answer_written(tmp_path: Path) -> None:
    """`python -m bot ask` skips the interpreter's teardown (a sixth of its cold start), yet
    its answer reaches a pipe whole, with exit code 0 — plain or as JSON."""
    import json
    import subprocess
    import sys

    env = {**os.environ, "BOT_CACHE_DIR": str(tmp_path)}
    for _ in range(2):  # the first run builds the cache, the second loads it
        plain = subprocess.run(
            [sys.executable, "-m", "bot", "ask", "--knowledge-dir", str(SMALL), "who visited"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert plain.returncode == 0, plain.stderr
        assert "Nurtleu" in plain.stdout
        assert plain.stdout.endswith("\n")
    as_json = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "ask",
            "--json",
            "--knowledge-dir",
            str(SMALL),
            "who visited",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["answered"] is True
    usage = subprocess.run(
        [sys.executable, "-m", "bot", "ask"], env=env, capture_output=True, text=True, check=False
    )
    assert usage.returncode != 0
    assert "error:" in usage.stderr


#: The layers, lowest first: a module may import its own layer and the layers below it only.
#: Conversation and records are one layer but independent of each other.
LAYERS = {
    "lang": 0,
    "knowledge": 1,
    "engine": 2,
    "conversation": 3,
    "records": 3,
    "ops": 4,
    "tg": 5,
    "cli": 5,
    "console": 5,
    "__main__": 5,
}
#: Imports that go up a layer: none (the engine decides; the conversation layer words it).
KNOWN_UPWARD: set[tuple[str, str]] = set()


def _bot_imports(tree: ast.AST) -> list[str]:
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot."):
            found.append(node.module or "")
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("bot.")]
    return found


def test_layers_import_only_downwards() -> None:
    """lang → knowledge → engine → conversation/records → ops → adapters: no import goes up."""
    upward = set()
    for path in BOT.rglob("*.py"):
        if path.parent == BOT and path.name == "__init__.py":
            continue
        mine = path.relative_to(BOT).parts[0].removesuffix(".py")
        for module in _bot_imports(ast.parse(path.read_text(encoding="utf-8"))):
            theirs = module.split(".")[1]
            crosses = mine != theirs and {mine, theirs} == {"conversation", "records"}
            if LAYERS[theirs] > LAYERS[mine] or crosses:
                upward.add((str(path.relative_to(BOT.parent)), module))
    assert upward == KNOWN_UPWARD
