"""Engine speed: per-question latency on the shipped fact base and on synthetic ones.

    python -m benchmarks.engine [--questions N] [--sizes 1000 10000]

Prints p50/p99 latency of answering a question (``Engine.decide``, worded) on the shipped base and on synthetic bases of
1,000 and 10,000 facts, next to a naive baseline (``rapidfuzz.process.extractOne`` over every
phrasing with its default WRatio scorer), and the cold start of ``python -m bot ask`` against
a bare ``import rapidfuzz, yaml``. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import process

from bot.conversation.answering import ask
from bot.engine import DEFAULT_CONFIG, Engine
from bot.knowledge.loader import load_fact_base
from bot.knowledge.model import Fact, FactBase
from bot.lang.words import english

ROOT = Path(__file__).resolve().parent.parent
#: Fixed seed: the same synthetic bases and questions on every run.
SEED = 20261129


def synthetic_base(base: FactBase, size: int, rng: random.Random) -> FactBase:
    """``size`` facts with phrasings of random English words around the shipped facts."""
    words = english().common(3.5)
    rng.shuffle(words)
    vocabulary = words[:6000]
    citation = base.facts[0].citations
    facts: list[Fact] = list(base.facts)
    for i in range(size - len(facts)):
        topic_words = rng.sample(vocabulary, 6)
        questions = tuple(
            " ".join(rng.sample(topic_words, 3) + rng.sample(vocabulary, rng.randint(1, 3))) + "?"
            for _ in range(8)
        )
        facts.append(
            Fact(
                id=f"synthetic-{i}",
                topic="overview",
                questions=questions,
                answer=" ".join(topic_words).capitalize() + ".",
                citations=citation,
            )
        )
    return FactBase(
        source=base.source,
        article=base.article,
        topics=base.topics,
        facts=tuple(facts),
        aliases=base.aliases,
        synonyms=base.synonyms,
        gaps=base.gaps,
    )


def questions_for(base: FactBase, count: int, rng: random.Random) -> list[str]:
    """Realistic questions: phrasings with a word dropped and a typo, plus off-topic ones."""
    out: list[str] = []
    phrasings = [q for fact in base.facts for q in fact.questions]
    off_topic = ["what's the weather in paris", "who won the world cup", "tell me a joke"]
    while len(out) < count:
        if rng.random() < 0.15:
            out.append(rng.choice(off_topic))
            continue
        words = rng.choice(phrasings).split()
        if len(words) > 3:
            words.pop(rng.randrange(len(words)))
        i = rng.randrange(len(words))
        if len(words[i]) > 4:
            w = words[i]
            j = rng.randrange(len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        out.append(" ".join(words))
    return out


def latencies(fn: Callable[[str], object], questions: Sequence[str]) -> list[float]:
    """Milliseconds per call of ``fn`` for each question (after one warm-up call)."""
    fn(questions[0])
    out = []
    for q in questions:
        start = time.perf_counter()
        fn(q)
        out.append((time.perf_counter() - start) * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (0-100) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def report(
    name: str, facts: int, build_s: float, engine_ms: list[float], naive_ms: list[float]
) -> None:
    """One line of the results table."""
    print(
        f"| {name:<10} | {facts:>6,} | {build_s:6.2f} s | {pct(engine_ms, 50):6.3f} | {pct(engine_ms, 99):6.3f} "
        f"| {pct(naive_ms, 50):6.3f} | {pct(naive_ms, 99):6.3f} | {statistics.mean(engine_ms) / statistics.mean(naive_ms):5.2f} |"
    )


def bench_base(name: str, base: FactBase, questions_count: int, rng: random.Random) -> None:
    """Measure the engine and the naive baseline on one fact base."""
    start = time.perf_counter()
    # Every question decided afresh: the engine's work, not its memory of repeated questions.
    engine = Engine(base, config=dataclasses.replace(DEFAULT_CONFIG, max_cached_decisions=0))
    build_s = time.perf_counter() - start
    questions = questions_for(base, questions_count, rng)
    phrasings = [q for fact in base.facts for q in fact.questions]
    engine_ms = latencies(functools.partial(ask, engine), questions)
    naive_ms = latencies(lambda q: process.extractOne(q, phrasings), questions)
    report(name, len(base.facts), build_s, engine_ms, naive_ms)


def cold_start(runs: int = 15) -> None:
    """Median wall time of `python -m bot ask` (warm cache) against a bare import, and the median
    ratio of the two over alternating runs, both with
    their modules' bytecode compiled, as the Docker image ships it (``compileall``): a
    machine that sets PYTHONDONTWRITEBYTECODE would otherwise compile every module from
    source on every run (about 80 ms of ours, some of the libraries')."""
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as bytecode:
        env = {**os.environ, "BOT_CACHE_DIR": cache, "PYTHONPYCACHEPREFIX": bytecode}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # The first runs write the bytecode (outside the repository) and the engine cache.
        for args in (["-c", "import rapidfuzz, yaml"], ["-m", "bot", "ask", "hi"]):
            subprocess.run(
                [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, check=True
            )

        def once(args: list[str]) -> float:
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, check=True
            )
            return time.perf_counter() - start

        # Bare and warm runs alternate, and each warm run is compared with the bare run just
        # before it: a shared machine's speed drifts by a fifth within a minute, which two
        # blocks of runs would read as a difference between them.
        bares, warms, ratios = [], [], []
        for _ in range(runs):
            bares.append(once(["-c", "import rapidfuzz, yaml"]))
            warms.append(once(["-m", "bot", "ask", "who visited belgrade"]))
            ratios.append(warms[-1] / bares[-1])
        bare, warm = statistics.median(bares), statistics.median(warms)
    with tempfile.TemporaryDirectory() as cache:
        # The very first run builds the engine cache.
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bot", "ask", "hi"],
            cwd=ROOT,
            env={**env, "BOT_CACHE_DIR": cache},
            capture_output=True,
            check=True,
        )
        first = time.perf_counter() - start
    print(
        f"\ncold start: bare `import rapidfuzz, yaml` {bare * 1000:.0f} ms; "
        f"`python -m bot ask` {warm * 1000:.0f} ms ({statistics.median(ratios):.2f}x, the median "
        f"of {runs} alternating pairs) with the compiled-engine "
        f"cache, {first * 1000:.0f} ms on the very first run (builds the cache)"
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=2000, help="questions per fact base")
    parser.add_argument(
        "--sizes", type=int, nargs="*", default=[1000, 10000], help="synthetic sizes"
    )
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    shipped = load_fact_base(ROOT / "knowledge")
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; {args.questions} questions per base"
    )
    print(
        "| base       |  facts |  build   | p50 ms | p99 ms | naive p50 | naive p99 | mean ratio |"
    )
    print("|------------|-------:|---------:|-------:|-------:|-------:|-------:|------:|")
    bench_base("shipped", shipped, args.questions, rng)
    for size in args.sizes:
        bench_base("synthetic", synthetic_base(shipped, size, rng), args.questions, rng)
    cold_start()


if __name__ == "__main__":
    main()
