"""Prove a refactoring left the answers alone: the same questions, byte-identical ``ask --jsonl``.

Two steps, each a subcommand::

    # 1. Questions: the article's own sentences cut, shuffled, misspelt, transliterated and
    #    joined with filler, plus every line of the given case files (dev or held-out sets).
    python scripts/answer_snapshot.py questions --count 20000 --seed 1 \
        --cases ../shared/eval/dev.yaml > /tmp/questions.txt

    # 2. Answers of two checkouts (each run as `python -m bot ask --jsonl` from its own folder,
    #    so each answers with its own code and its own knowledge/), compared line by line.
    python scripts/answer_snapshot.py compare /tmp/questions.txt OLD_TREE NEW_TREE

``compare`` prints how many lines are identical and the first few that differ, and exits 1 when
any differs. It needs only the standard library and PyYAML (for case files).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Words people put around a question; mixed into generated ones.
FILLER = (
    "so",
    "hey",
    "ok",
    "pls",
    "thx",
    "um",
    "like",
    "tell me",
    "quick question",
    "btw",
    "ну",
    "а",
    "скажи",
    "пожалуйста",
    "bre",
    "reci mi",
    "molim",
    "ajde",
    "lol",
    "?",
    "!!",
)
QUESTION_WORDS = (
    "who",
    "what",
    "when",
    "where",
    "why",
    "how much",
    "how many",
    "which",
    "did",
    "was",
    "кто",
    "что",
    "когда",
    "где",
    "сколько",
    "ko",
    "šta",
    "kada",
    "gde",
    "koliko",
    "ко",
    "шта",
)
LATIN_TO_CYRILLIC = str.maketrans("abvgdeziklmnoprstufhc", "абвгдезиклмнопрстуфхц")


def _typo(word: str, rng: random.Random) -> str:
    """One keyboard-style slip: a letter dropped, doubled, swapped or replaced."""
    if len(word) < 3:
        return word
    i = rng.randrange(len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice("aeioustnr") + word[i + 1 :]


def _mutate(words: list[str], rng: random.Random) -> str:
    """A question-like line from some words: cut, shuffled, misspelt, re-scripted, padded."""
    if len(words) > 3 and rng.random() < 0.7:
        start = rng.randrange(len(words))
        words = words[start : start + rng.randint(1, 8)]
    words = list(words)
    if rng.random() < 0.3:
        rng.shuffle(words)
    words = [_typo(w, rng) if rng.random() < 0.15 else w for w in words]
    if rng.random() < 0.5:
        words.insert(0, rng.choice(QUESTION_WORDS))
    if rng.random() < 0.3:
        words.insert(0, rng.choice(FILLER))
    if rng.random() < 0.2:
        words.append(rng.choice(FILLER))
    text = " ".join(words)
    roll = rng.random()
    if roll < 0.1:
        text = text.lower().translate(LATIN_TO_CYRILLIC)
    elif roll < 0.3:
        text = text.lower()
    elif roll < 0.35:
        text = text.upper()
    if rng.random() < 0.4:
        text += "?"
    return text


def _case_questions(path: Path) -> list[str]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = data.get("cases", data) if isinstance(data, dict) else data
    return [str(case["q"]) for case in cases]


def questions(count: int, seed: int, case_files: list[Path]) -> list[str]:
    """``count`` generated questions, then every question of ``case_files``."""
    rng = random.Random(seed)
    article = (ROOT / "knowledge" / "source" / "article.txt").read_text(encoding="utf-8")
    sentences = [s.split() for s in article.replace("\n", " ").split(".") if s.strip()]
    generated = [_mutate(rng.choice(sentences), rng) for _ in range(count)]
    cased = [q for path in case_files for q in _case_questions(path)]
    return [" ".join(q.split()) for q in generated + cased if q.strip()]


def answers(tree: Path, lines: bytes) -> list[bytes]:
    """``python -m bot ask --jsonl`` of the checkout at ``tree`` over ``lines``."""
    with tempfile.TemporaryDirectory() as cache:
        # A cache of its own: neither checkout's compiled engine can answer for the other.
        env = dict(os.environ, PYTHONPATH=str(tree), BOT_CACHE_DIR=cache)
        done = subprocess.run(
            [sys.executable, "-m", "bot", "ask", "--jsonl"],
            cwd=tree,
            input=lines,
            capture_output=True,
            env=env,
            check=True,
        )
    return done.stdout.splitlines()


def compare(question_file: Path, old: Path, new: Path, shown: int = 5) -> int:
    """Compare two checkouts' answers; 0 when every line is byte-identical."""
    lines = question_file.read_bytes()
    before, after = answers(old, lines), answers(new, lines)
    total = len(lines.splitlines())
    same = sum(a == b for a, b in zip(before, after, strict=False))
    print(f"{same}/{total} answers byte-identical ({len(before)} vs {len(after)} lines)")
    differing = [i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]
    for i in differing[:shown]:
        print(f"line {i + 1}:\n  old {before[i].decode()}\n  new {after[i].decode()}")
    return 0 if same == total == len(before) == len(after) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("questions", help="print generated questions, one a line")
    make.add_argument("--count", type=int, default=20_000)
    make.add_argument("--seed", type=int, default=1)
    make.add_argument("--cases", type=Path, action="append", default=[])
    check = commands.add_parser("compare", help="compare two checkouts' answers")
    check.add_argument("questions", type=Path)
    check.add_argument("old", type=Path)
    check.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "questions":
        sys.stdout.write("".join(q + "\n" for q in questions(args.count, args.seed, args.cases)))
        return 0
    return compare(args.questions, args.old.resolve(), args.new.resolve())


if __name__ == "__main__":
    raise SystemExit(main())
