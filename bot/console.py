"""``python -m bot chat``: talk to the bot in a terminal — same engine, same texts, plain text.

Offered questions are numbered; typing a number picks one, exactly like pressing a button in
Telegram. ``/quit``, end of input (Ctrl-D) or Ctrl-C ends the chat. Works with stdin as a pipe.

With an :class:`~bot.records.insights.Insights` the chat records its questions like the
Telegram bot (as one user, chat type ``console``), and ``/bad`` (``/good``) marks the last
answer 👎 (👍): so ``review``, ``unanswered`` and ``stats`` can be tried without a token.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from bot.conversation import render, texts
from bot.conversation.answering import Answer, Outcome
from bot.conversation.catalog import Catalog, Offer
from bot.conversation.dialogue import Turn

if TYPE_CHECKING:
    from bot.records.insights import Insights

#: Typed to leave the chat (besides end of input).
QUIT_COMMANDS = frozenset({"/quit", "/exit", "/q"})
PROMPT = "> "
#: The user id the console's records stand for (salted and hashed like a Telegram user's).
CONSOLE_USER = 0
#: The chat type recorded for the console.
CONSOLE_CHAT = "console"
#: Marking the last answer: the command, its vote and what the chat says.
VOTES = {"/bad": -1, "/good": 1}
VOTED = {
    -1: "Noted 👎 on that answer; `python -m bot review` shows it to the editor.",
    1: "Noted 👍.",
}
NOTHING_TO_VOTE = "There is no answer to mark yet."
NOT_RECORDING = "This chat records nothing (--no-record), so there is nothing to mark."
VOTE_HELP = "  /bad — mark the last answer as wrong (👎) for the editor; /good — as right (👍)"


class ConsoleChat:
    """One console conversation: remembers the numbered offers of the last reply."""

    def __init__(self, catalog: Catalog, out: TextIO, insights: Insights | None = None) -> None:
        self.catalog = catalog
        self.out = out
        self.insights = insights
        #: The fact of the last answer, for /bad and /good.
        self.last_fact: str | None = None
        self.lang = "en"
        self.offers: tuple[Offer, ...] = ()
        # The last answered question, for follow-ups ("and when?"); see bot.conversation.dialogue.
        self.previous: Turn | None = None

    def _print(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def _numbered(self, header: str | None, offers: Sequence[Offer]) -> list[str]:
        self.offers = tuple(offers)
        lines = [header] if header and offers else []
        return lines + [f"  {i}. {offer.question}" for i, offer in enumerate(offers, 1)]

    # ----------------------------------------------------------------------------------------
    # Screens
    # ----------------------------------------------------------------------------------------

    def welcome(self) -> None:
        """The title, what the bot does, how to use the console, and numbered examples."""
        lines = [
            self.catalog.say("welcome", self.lang),
            *self._numbered(None, self.catalog.examples(self.lang)),
            texts.text("chat_intro", self.lang),
        ]
        self._print("\n".join(lines))

    def help(self) -> None:
        """How to ask, and the console's commands."""
        example = self.catalog.popular[0].question if self.catalog.popular else ""
        commands = [
            f"  /{name} — {texts.text(f'cmd_{name}', self.lang)}" for name in texts.COMMANDS
        ]
        self._print(
            "\n".join(
                [
                    texts.fill("help", self.lang, example=example),
                    texts.text("commands", self.lang),
                    *commands,
                    *([VOTE_HELP] if self.insights is not None else []),
                    texts.text("chat_intro", self.lang),
                ]
            )
        )

    def source(self) -> None:
        """What the article is."""
        source = self.catalog.base.source
        self._print(
            source.text_in("title", self.lang) + "\n" + self.catalog.say("source", self.lang)
        )

    def topics(self) -> None:
        """Every topic with its questions, numbered across topics."""
        lines: list[str] = []
        offers: list[Offer] = []
        for topic in self.catalog.topics():
            lines.append(topic.title_in(self.lang) + ":")
            for offer in self.catalog.topic_offers(topic.id, self.lang):
                offers.append(offer)
                lines.append(f"  {len(offers)}. {offer.question}")
        self.offers = tuple(offers)
        self._print("\n".join(lines))

    def answer(self, answer: Answer, *, via: str = "text") -> None:
        """An answer with its quotes, then its offers numbered (and recorded, if recording)."""
        self.lang = answer.lang
        if self.insights is not None and answer.decision is not None:
            self.insights.question(
                answer.decision, via=via, chat_type=CONSOLE_CHAT, user_id=CONSOLE_USER
            )
        self.last_fact = answer.fact_id if answer.outcome is Outcome.ANSWERED else self.last_fact
        offers = self.catalog.offers_for(answer)
        header = {
            Outcome.ANSWERED: texts.text("related", answer.lang),
            Outcome.NOT_FOUND: texts.text("did_you_mean", answer.lang),
        }.get(answer.outcome)
        # The offers are numbered here, so to_plain must not list the suggestions again.
        body = render.to_plain(dataclasses.replace(answer, suggestions=()))
        self._print("\n".join([body, *self._numbered(header, offers)]))

    def vote(self, vote: int) -> None:
        """/bad or /good: record a vote on the last answer's fact."""
        if self.insights is None:
            self._print(NOT_RECORDING)
        elif self.last_fact is None:
            self._print(NOTHING_TO_VOTE)
        else:
            self.insights.vote(self.last_fact, vote, chat_type=CONSOLE_CHAT, user_id=CONSOLE_USER)
            self._print(VOTED[vote])

    # ----------------------------------------------------------------------------------------
    # Input
    # ----------------------------------------------------------------------------------------

    def handle(self, line: str) -> bool:
        """React to one line of input; False when the chat should end."""
        text = line.strip()
        if not text:
            return True
        command = text.split()[0].lower()
        if command in QUIT_COMMANDS:
            return False
        screens = {
            "/start": self.welcome,
            "/help": self.help,
            "/source": self.source,
            "/topics": self.topics,
        }
        if command in screens:
            screens[command]()
        elif text.isdigit() and 1 <= int(text) <= len(self.offers):
            answer = self.catalog.answer_offer(self.offers[int(text) - 1], self.lang)
            self.previous = self.catalog.turn_for(answer, time.monotonic()) or self.previous
            self.answer(answer, via="button")
        elif command in VOTES:
            self.vote(VOTES[command])
        else:
            # A number that picks nothing ("2019") is a question like any other.
            answer, turn = self.catalog.converse(text, self.previous, time.monotonic())
            self.previous = turn or self.previous
            self.answer(answer)
        return True


def run_chat(
    catalog: Catalog, *, stdin: TextIO, stdout: TextIO, insights: Insights | None = None
) -> int:
    """Run a console chat until /quit, end of input or Ctrl-C; return the exit code (0).
    With ``insights`` (open), the questions and votes are recorded."""
    chat = ConsoleChat(catalog, stdout, insights)
    interactive = stdin.isatty()
    chat.welcome()
    try:
        while True:
            if interactive:
                print(PROMPT, end="", file=stdout, flush=True)
            line = stdin.readline()
            if not line or not chat.handle(line):
                break
    except KeyboardInterrupt:
        print(file=stdout)
    print(catalog.say("bye", chat.lang), file=stdout, flush=True)
    return 0
