"""`python -m bot run` as a child process against the fake Bot API, for end-to-end tests."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from fake_telegram import TOKEN
from paths import ROOT, SMALL


class BotProcess:
    """A running `python -m bot run` whose output is drained continuously (no pipe stalls)."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.output = bytearray()
        self._drains = [
            asyncio.create_task(self._drain(stream))
            for stream in (process.stdout, process.stderr)
            if stream is not None
        ]

    async def _drain(self, stream: asyncio.StreamReader) -> None:
        while chunk := await stream.read(65536):
            self.output += chunk

    async def wait_for_output(self, text: str, seconds: float = 30.0) -> None:
        """Wait until ``text`` has appeared in the output (TimeoutError if it does not)."""
        async with asyncio.timeout(seconds):
            while text.encode() not in self.output:
                if self.process.returncode is not None:
                    raise AssertionError(self.output.decode("utf-8", errors="replace")[-3000:])
                await asyncio.sleep(0.02)

    async def finish(self, seconds: float = 20.0) -> tuple[int, str]:
        """Wait for the exit code and all output."""
        code = await asyncio.wait_for(self.process.wait(), seconds)
        await asyncio.gather(*self._drains)
        return code, self.output.decode("utf-8", errors="replace")


async def start_bot(
    base_url: str,
    cache: Path,
    token: str = TOKEN,
    log_level: str = "DEBUG",
    **more: str,
) -> BotProcess:
    """Start `python -m bot run` configured only by its environment (``more`` adds variables)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=ROOT,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={
            "PATH": "/usr/bin:/bin",
            "TELEGRAM_BOT_TOKEN": token,
            "TELEGRAM_API_BASE_URL": base_url,
            "LOG_LEVEL": log_level,
            "BOT_KNOWLEDGE_DIR": str(SMALL),
            "BOT_CACHE_DIR": str(cache),
            "BOT_DATA_DIR": str(cache / "data"),
            **more,
        },
    )
    return BotProcess(process)


async def health(cache: Path) -> tuple[int, str]:
    """`python -m bot health` for the bot whose BOT_CACHE_DIR is ``cache``."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "health",
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env={"PATH": "/usr/bin:/bin", "BOT_CACHE_DIR": str(cache)},
    )
    out, _ = await process.communicate()
    return process.returncode or 0, out.decode()
