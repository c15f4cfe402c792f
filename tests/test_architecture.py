"""Layering: the core never imports Telegram; the CLI imports it only inside the commands that need it."""

from __future__ import annotations

import ast
from pathlib import Path

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
    core = [
        p for p in BOT.rglob("*.py") if "tg" not in p.relative_to(BOT).parts and p.name != "cli.py"
    ]
    assert len(core) > 10
    offenders = [
        str(p) for p in core if _telegram_imports(ast.parse(p.read_text(encoding="utf-8")))
    ]
    assert offenders == []


def test_cli_imports_telegram_only_inside_functions() -> None:
    """bot/cli.py imports telegram (and bot.tg) lazily, so `ask`, `check` and `chat` never load it."""
    tree = ast.parse((BOT / "cli.py").read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    assert _telegram_imports(ast.Module(body=top_level, type_ignores=[])) == []
    assert not any(
        isinstance(n, ast.ImportFrom) and (n.module or "").startswith("bot.tg") for n in top_level
    )
    assert _telegram_imports(tree), "the run command does import telegram, lazily"


def test_importing_the_package_does_no_io_or_telegram() -> None:
    """Importing every core module loads neither telegram nor the fact base (no import-time work)."""
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
        "from bot.words import frequencies; "
        "assert frequencies.cache_info().currsize == 0, 'word list read'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
