"""Load: `python -m bot run` as a process against the fake Bot API, with a simulated round trip.

    python -m benchmarks.load [--scenario NAME ...] [--questions 5000] [--users 500] [--rtt 0.05]

Scenarios (all by default):

burst    limiter off (BOT_RATE_LIMIT=0), every question offered at once: throughput.
paced    limiter off, questions offered at --rate (30) per second: latency.
limited  limiter on (BOT_RATE_LIMIT=30), offered at --limited-rate (30) per second: Telegram's
         pace (the limiter keeps a 5% margin, so 30 offered per second build a queue).
flood    limiter on, 600 answers to 60 users' questions offered at once, against a fake that
         answers 429 to a 31st sendMessage within one second: how many 429s (should be 0).
long     answering 4,096-character messages (and longer) as the bot does, without Telegram:
         time per message.

Fault scenarios (issue 14; benchmarks/faults.py), each ending in a PASS or FAIL line:

kill         400 questions from 40 users; SIGKILL after ~10%, ~50% and ~90% of the answers,
             restarted each time: lost (target 0), answered twice per kill (target <= 16, the
             concurrency).
group-flood  5 users x 20 mentions in one group (20 answers a minute) while 100 private
             questions come at 5/s: the private p99 latency (target 2 s), the group's backlog
             (target <= 60).
outage       the Bot API answers 502 to every reply, or never answers; SIGTERM: time to exit
             (target 8 s), exit code 0; the next start answers every question left (0 lost).

--small runs the fault scenarios at a tenth of their size (the smoke test). The exit code is 1
when a fault scenario fails its target.

For each bot scenario: answered/asked, throughput (answers per second from the first question
offered to the last answer), latency p50/p99 (from the moment getUpdates hands the update to
the bot to the moment its reply reaches the fake — the bot's own time; "end to end" adds the
wait for the bot's next poll and the round trip of the getUpdates that fetches it), peak RSS
of the bot process (VmHWM) and its CPU time per answer. The fake runs in this process, the bot
in its own, so on 2 cores each has one. Questions are the fact base's own phrasings (all three
languages) and questions it declines; 10 per user. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fake_telegram import Call, FakeTelegram, FloodRule  # noqa: E402

from benchmarks.faults import FAULT_SCENARIOS, run_fault_scenario, spawn_bot  # noqa: E402
from bot.conversation import dialogue  # noqa: E402
from bot.engine import DEFAULT_CONFIG, Engine  # noqa: E402
from bot.knowledge.loader import load_fact_base  # noqa: E402

SEED = 20261129
SCENARIOS = ("burst", "paced", "limited", "flood", "long", *FAULT_SCENARIOS)
DECLINED = [
    "what is the weather in Astana?",
    "how old is Nurtleu?",
    "who won the football match?",
    "what did the agreements cost?",
    "Сколько стоит билет?",
]


def question_pool(engine: Engine) -> list[str]:
    """Realistic questions: every fact's phrasings, plus some the article does not answer."""
    pool = [q for fact in engine.base.facts for q in fact.questions]
    return pool + DECLINED * 20


@dataclass
class Result:
    """What one bot scenario measured."""

    name: str
    asked: int
    answered: int
    seconds: float
    latency: list[float]
    end_to_end: list[float]
    peak_rss_mb: float
    cpu_seconds: float
    refused: int = 0
    #: The shortest time in which the fake saw 31 sendMessage calls (flood: must exceed 1 s).
    tightest: float = 0.0

    def row(self) -> str:
        """One line of the results table."""
        p = percentiles(self.latency)
        e = percentiles(self.end_to_end)
        return (
            f"{self.name:<8} {self.answered:>5}/{self.asked:<5} "
            f"{self.answered / self.seconds:8.1f}/s  "
            f"p50 {p[0] * 1000:6.1f} ms  p99 {p[1] * 1000:6.1f} ms  "
            f"(end to end p50 {e[0] * 1000:6.1f}, p99 {e[1] * 1000:6.1f})  "
            f"RSS {self.peak_rss_mb:5.1f} MB  "
            f"CPU {self.cpu_seconds / max(1, self.answered) * 1000:5.2f} ms/answer"
            + (
                f"  429s {self.refused}, tightest 31 in {self.tightest * 1000:.0f} ms"
                if self.name == "flood"
                else ""
            )
        )


def percentiles(values: list[float]) -> tuple[float, float]:
    """(p50, p99) of ``values`` (zeros when empty)."""
    if len(values) < 2:
        return (values[0], values[0]) if values else (0.0, 0.0)
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return statistics.median(values), cuts[98]


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set size (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def start_bot(api: FakeTelegram, workdir: Path, rate_limit: float) -> Any:
    """`python -m bot run` against ``api``; returns the process once it polls."""
    process = await spawn_bot(api, workdir, BOT_RATE_LIMIT=str(rate_limit))
    await api.wait_for(lambda c: c.method == "getUpdates", 60, finished=False)
    return process


def replies(api: FakeTelegram) -> list[Call]:
    """The sendMessage calls the fake accepted."""
    return [c for c in api.calls if c.method == "sendMessage" and c.ok]


async def run_bot_scenario(
    name: str,
    *,
    questions: int,
    users: int,
    rtt: float,
    offered_rate: float | None,
    rate_limit: float,
    flood_rule: bool = False,
    engine: Engine,
) -> Result:
    """Offer ``questions`` from ``users`` (at ``offered_rate`` per second, or all at once)."""
    rng = random.Random(SEED)
    pool = question_pool(engine)
    schedule = [(u, rng.choice(pool)) for u in range(users) for _ in range(questions // users)]
    rng.shuffle(schedule)
    rule = FloodRule(30, 1.0) if flood_rule else None
    # The fake must not stall: a full collection of the previous scenarios' leftovers would
    # hold its event loop for tens of milliseconds and bunch up the arrival times it records.
    gc.collect()
    gc.freeze()
    with tempfile.TemporaryDirectory(prefix="visit-bot-load-") as tmp:
        async with FakeTelegram(delay=rtt, fault=rule) as api:
            process = await start_bot(api, Path(tmp), rate_limit)
            await asyncio.sleep(0.5)  # let start-up settle before measuring CPU
            cpu_before = process_cpu(process.pid)
            by_chat: dict[int, list[int]] = defaultdict(list)
            started = time.monotonic()
            for n, (user_index, question) in enumerate(schedule):
                user = {"id": 10_000 + user_index, "is_bot": False, "first_name": "U"}
                chat = {"id": user["id"], "type": "private", "first_name": "U"}
                update_id = api.enqueue(api.message(question, user=user, chat=chat))
                by_chat[user["id"]].append(update_id)
                if offered_rate:
                    delay = started + (n + 1) / offered_rate - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)
            deadline = time.monotonic() + 120 + len(schedule) / 20
            # Polling the fake's record is the simplest wait here (a benchmark, not the bot).
            while len(replies(api)) < len(schedule) and time.monotonic() < deadline:  # noqa: ASYNC110
                await asyncio.sleep(0.05)
            sent = replies(api)
            finished = max((c.at for c in sent), default=time.monotonic())
            cpu = process_cpu(process.pid) - cpu_before
            rss = peak_rss_mb(process.pid)
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 60)
    arrivals = [c.at for c in api.calls if c.method == "sendMessage"]
    spans = [b - a for a, b in zip(arrivals, arrivals[30:], strict=False)]
    # Each chat's replies come in the order of its questions (one update at a time per chat).
    latency, end_to_end = [], []
    by_chat_replies: dict[int, list[Call]] = defaultdict(list)
    for call in sent:
        by_chat_replies[call.params["chat_id"]].append(call)
    for chat_id, update_ids in by_chat.items():
        for update_id, reply in zip(update_ids, by_chat_replies[chat_id], strict=False):
            latency.append(reply.at - api.delivered_at[update_id])
            end_to_end.append(reply.at - api.enqueued_at[update_id])
    return Result(
        name,
        len(schedule),
        len(sent),
        finished - started,
        latency,
        end_to_end,
        rss,
        cpu,
        refused=rule.refused if rule else 0,
        tightest=min(spans, default=0.0),
    )


def long_messages(engine: Engine, count: int) -> str:
    """Time answering (``dialogue.ask``) on 4,096-character messages of several kinds, and on longer ones."""
    rng = random.Random(SEED)
    letters = "abcdefghijklmnopqrstuvwxyz"
    kinds = {
        "typos": lambda: " ".join(
            "".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(700)
        ),
        "unicode": lambda: "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(4096)),
        "words": lambda: " ".join(rng.choice(question_pool(engine)) for _ in range(120)),
        "one word": lambda: rng.choice(letters) * 4096,
        "emoji": lambda: "👨‍👩‍👧‍👦" * 600,
    }
    lines = [
        f"long: {count} messages of each kind, as the bot asks them (a conversation with a "
        f"previous turn; English and Russian clients); the engine reads {DEFAULT_CONFIG.max_question_chars}"
    ]
    _, previous = dialogue.ask(engine, "who did nurtleu meet?", None, 0.0, hint="en")
    for kind, make in kinds.items():
        times = []
        for n in range(count):
            text = make()[:4096]
            fresh = time.perf_counter()
            dialogue.ask(engine, text, previous, 1.0, hint=("en", "ru")[n % 2])
            times.append(time.perf_counter() - fresh)
        p50, p99 = percentiles(times)
        lines.append(
            f"  {kind:<9} 4,096 chars: p50 {p50 * 1000:5.1f} ms  p99 {p99 * 1000:5.1f} ms  "
            f"max {max(times) * 1000:5.1f} ms"
        )
    started = time.perf_counter()
    dialogue.ask(engine, "who visited belgrade? " * 5000, previous, 1.0, hint="ru")
    lines.append(
        f"  110,000 chars (beyond Telegram's limit): {(time.perf_counter() - started) * 1000:.1f} ms"
    )
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> int:
    """Run the chosen scenarios; 1 when a fault scenario failed its target."""
    engine = Engine(load_fact_base(ROOT / "knowledge"))
    failed = False
    common = {"users": args.users, "rtt": args.rtt, "engine": engine}
    if set(args.scenario) - set(FAULT_SCENARIOS):
        print(
            f"{args.questions} questions from {args.users} users, round trip "
            f"{args.rtt * 1000:.0f} ms, {os.cpu_count()} cores"
        )
    for scenario in args.scenario:
        if scenario in FAULT_SCENARIOS:
            verdict = await run_fault_scenario(scenario, engine, small=args.small)
            print(verdict.report(), flush=True)
            failed = failed or not verdict.passed
            continue
        if scenario == "burst":
            result = await run_bot_scenario(
                "burst", questions=args.questions, offered_rate=None, rate_limit=0, **common
            )
        elif scenario == "paced":
            result = await run_bot_scenario(
                "paced", questions=args.questions, offered_rate=args.rate, rate_limit=0, **common
            )
        elif scenario == "limited":
            result = await run_bot_scenario(
                "limited",
                questions=args.questions,
                offered_rate=args.limited_rate,
                rate_limit=30,
                **common,
            )
        elif scenario == "flood":
            result = await run_bot_scenario(
                "flood",
                questions=600,
                users=60,
                rtt=args.rtt,
                engine=engine,
                offered_rate=None,
                rate_limit=30,
                flood_rule=True,
            )
        else:
            print(long_messages(engine, 50), flush=True)
            continue
        print(result.row(), flush=True)
    return 1 if failed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", nargs="+", choices=SCENARIOS, default=list(SCENARIOS))
    parser.add_argument("--questions", type=int, default=5000)
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--rtt", type=float, default=0.05, help="simulated round trip, seconds")
    parser.add_argument("--rate", type=float, default=30.0, help="offered rate for 'paced'")
    parser.add_argument(
        "--limited-rate", type=float, default=30.0, help="offered rate for 'limited'"
    )
    parser.add_argument(
        "--small", action="store_true", help="the fault scenarios at a tenth of their size"
    )
    sys.exit(asyncio.run(main_async(parser.parse_args())))


if __name__ == "__main__":
    main()
