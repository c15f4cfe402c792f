"""Update-to-reply latency by long polling vs by webhook, through the fake Bot API.

    python -m benchmarks.delivery [--questions N]

Runs the real application from ``build_application`` with ``serve`` against the fake Bot API
(tests/fake_telegram.py, on 127.0.0.1, no network delay), once by long polling and once as a
webhook, and sends the same questions from different users: one at a time, then all at once.
Latency is from handing the update over (enqueue for getUpdates; the webhook POST) to the
fake receiving the ``sendMessage``; throughput is the burst's size over its last reply's
latency. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fake_telegram import TOKEN, USER, FakeTelegram  # noqa: E402 - needs the path above
from tornado.httpclient import AsyncHTTPClient  # noqa: E402

from bot.engine import Engine  # noqa: E402
from bot.ops.settings import Settings  # noqa: E402
from bot.tg.app import Webhook, build_application, serve  # noqa: E402

QUESTIONS = (
    "who visited belgrade?",
    "who did nurtleu meet?",
    "how big is trade between kazakhstan and serbia?",
    "what agreements were signed?",
    "when was the visit?",
)
#: Seconds to wait for one reply before giving up.
REPLY_SECONDS = 30.0


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) of ``values``, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def measure(engine: Engine, *, webhook: bool, count: int) -> dict[str, Any]:
    """Sequential and burst latencies (ms) for ``count`` questions in one mode."""
    with tempfile.TemporaryDirectory(prefix="visit-bot-delivery-") as data:
        return await _measure(engine, webhook=webhook, count=count, data_dir=Path(data))


async def _measure(engine: Engine, *, webhook: bool, count: int, data_dir: Path) -> dict[str, Any]:
    async with FakeTelegram() as api:
        # Its own data directory: every fake numbers its updates from 1000, and a shared record
        # of answered updates would skip them. No flood control: this measures the bot's cost.
        settings = Settings(token=TOKEN, api_base_url=api.base_url, data_dir=data_dir, rate_limit=0)
        application = build_application(settings, engine)
        port = free_port()
        hook = (
            Webhook(f"http://127.0.0.1:{port}/hook", "/hook", "x" * 32, "127.0.0.1", port)
            if webhook
            else None
        )
        stop = asyncio.Event()
        task = asyncio.create_task(serve(application, stop, webhook=hook))
        async with asyncio.timeout(REPLY_SECONDS):
            while not application.running:  # noqa: ASYNC110 - serve() has no "started" event
                await asyncio.sleep(0.01)

        def update_for(i: int) -> tuple[dict[str, Any], int]:
            user = {**USER, "id": 10_000 + i}
            chat = {"id": user["id"], "type": "private", "first_name": "U"}
            return api.message(QUESTIONS[i % len(QUESTIONS)], chat=chat, user=user), user["id"]

        async def hand_over(update: dict[str, Any]) -> None:
            if webhook:
                await api.deliver(update)
            else:
                api.enqueue(update)

        def replies() -> dict[int, float]:
            """chat id -> when the fake received the reply (Call.at, time.monotonic)."""
            return {
                c.params["chat_id"]: c.at
                for c in api.calls
                if c.method == "sendMessage" and isinstance(c.params.get("chat_id"), int)
            }

        sequential = []
        for i in range(count):
            update, chat_id = update_for(i)
            started = time.monotonic()
            await hand_over(update)
            await api.wait_for(
                lambda c, chat_id=chat_id: (
                    c.method == "sendMessage" and c.params.get("chat_id") == chat_id
                ),
                REPLY_SECONDS,
            )
            sequential.append((replies()[chat_id] - started) * 1000)

        batch = [update_for(count + i) for i in range(count)]
        started = time.monotonic()
        await asyncio.gather(*(hand_over(update) for update, _ in batch))
        async with asyncio.timeout(REPLY_SECONDS):
            while len(replies()) < 2 * count:  # noqa: ASYNC110 - polling the fake's record
                await asyncio.sleep(0.005)
        done = replies()
        burst = [(done[chat_id] - started) * 1000 for _, chat_id in batch]
        stop.set()
        await task
    return {"sequential": sequential, "burst": burst}


def main(argv: list[str] | None = None) -> int:
    """Print a table of latencies for polling and webhook."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=200, help="per mode and pattern")
    args = parser.parse_args(argv)
    engine = Engine.from_directory(ROOT / "knowledge")
    # The fake's webhook client: as many connections as the burst, so it does not queue them.
    AsyncHTTPClient.configure(None, max_clients=args.questions)
    print("| mode | one at a time: p50 | p99 | all at once: p50 | p99 | throughput |")
    print("|---|---:|---:|---:|---:|---:|")
    for webhook in (False, True):
        result = asyncio.run(measure(engine, webhook=webhook, count=args.questions))
        one, burst = result["sequential"], result["burst"]
        print(
            f"| {'webhook' if webhook else 'polling'} "
            f"| {statistics.median(one):.1f} ms | {percentile(one, 99):.1f} ms "
            f"| {statistics.median(burst):.0f} ms | {percentile(burst, 99):.0f} ms "
            f"| {len(burst) / max(burst) * 1000:.0f}/s |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
