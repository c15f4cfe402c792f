"""Follow-up questions: a short memory per chat, so "when?" or "who is he?" means something.

People talk the way people talk: after "who did Nurtleu meet?", "and when?" asks when he met
them, and "who is he?" asks who Nurtleu is. A question that doesn't stand alone — short, and
made of a pronoun, a bare question word or a continuation like "and…" / "what about…" — is
resolved against the chat's last answered question before matching; a question that stands
alone ("who is Dacic?") ignores the memory, and so does a follow-up with a subject of its own
the article can't explain ("and the weather?", "а погода?", "what about today?"). A pronoun
for a person the previous question named means that person, answered or not; a bare question
word ("how much?") takes only a fact that answers its kind. Pure logic over an :class:`~bot.engine.Engine`;
:class:`Memory` keeps the last turn per chat, in memory, for a few minutes.
"""

from __future__ import annotations

import dataclasses
import re
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass

from bot.conversation import answering
from bot.conversation.answering import Answer, Outcome
from bot.engine import Engine, bound_question
from bot.lang import CONTINUATIONS, OTHER_REFERENCES, PERSON_PRONOUNS, patterns
from bot.lang.normalize import SENTENCE_END, fold
from bot.lang.patterns import WORD

#: Seconds of silence after which a chat's memory is forgotten.
MEMORY_TTL_SECONDS = 600.0
#: Chats remembered at most (the least recently active are forgotten first).
MAX_REMEMBERED_CHATS = 10_000
#: A follow-up has at most this many content words ("and who else did he meet" has one).
MAX_FOLLOW_UP_WORDS = 3
#: …and a question of more words than this, stop words included, is never one (a cheap test
#: first, so that a long message is not analysed twice).
MAX_FOLLOW_UP_TYPED_WORDS = 24
#: Longest resolved question kept in memory, in characters (follow-ups of follow-ups chain).
MAX_REMEMBERED_QUESTION = 300
#: Words of the previous question a follow-up borrows: enough for its subject, not a history.
MAX_BORROWED_WORDS = 10

# Openings that continue the conversation ("and when?", "what about culture?", "а когда?"),
# and words that point back (PERSON_PRONOUNS, OTHER_REFERENCES), of every language.
_CONTINUATION = patterns.compile(r"^(?:" + "|".join(CONTINUATIONS) + r")\b")


@dataclass(frozen=True, slots=True)
class Turn:
    """What a chat last asked and got: the question as understood, and who it was about."""

    question: str
    fact_id: str
    people: tuple[str, ...]
    at: float


class Memory:
    """The last turn of each chat, forgotten after MEMORY_TTL_SECONDS, bounded in size."""

    def __init__(
        self, ttl: float = MEMORY_TTL_SECONDS, max_chats: int = MAX_REMEMBERED_CHATS
    ) -> None:
        self._ttl = ttl
        self._max = max_chats
        self._turns: OrderedDict[Hashable, Turn] = OrderedDict()

    def recall(self, chat: Hashable, now: float) -> Turn | None:
        """The chat's last turn, unless it is older than the TTL."""
        turn = self._turns.get(chat)
        if turn is None:
            return None
        if now - turn.at > self._ttl:
            del self._turns[chat]
            return None
        return turn

    def remember(self, chat: Hashable, turn: Turn | None) -> None:
        """Keep ``turn`` as the chat's last (None keeps the previous one)."""
        if turn is None:
            return
        self._turns[chat] = turn
        self._turns.move_to_end(chat)
        while len(self._turns) > self._max:
            self._turns.popitem(last=False)

    def __len__(self) -> int:
        return len(self._turns)


def is_follow_up(engine: Engine, question: str) -> bool:
    """Whether ``question`` doesn't stand alone and needs the conversation to be understood."""
    folded = fold(question)
    words = WORD.findall(folded)
    if not words or len(words) > MAX_FOLLOW_UP_TYPED_WORDS:
        return False  # (the second: not worth analysing, however many are stop words)
    analysis = engine.analyze(question)
    if len(analysis.tokens) > MAX_FOLLOW_UP_WORDS:
        return False
    continues = bool(_CONTINUATION.match(" ".join(words)))
    names = engine.names_in(question)
    if names and not continues:
        return False  # "who is Dacic?" stands alone
    if continues or set(words) & (PERSON_PRONOUNS | OTHER_REFERENCES):
        return True
    # "when?", "where?", "how much?": a question word and nothing to ask about.
    return not analysis.tokens and analysis.kind not in ("what", "yesno")


def has_own_subject(engine: Engine, question: str) -> bool:
    """Whether a follow-up brings a subject of its own that the context cannot explain: a word
    the fact base never uses ("а погода?", "and the price of bread?") or the asker's present
    ("what about today?"). Borrowing the previous question would answer *it* instead."""
    if engine.weigh(question).unknown:
        return True
    return engine.analyze(question).present.deictic


def fits_kind(answer: Answer) -> bool:
    """Whether the answering fact answers the question's kind ("how much?" after "what was
    signed?" is no question the list of documents answers)."""
    decision = answer.decision
    if decision is None or decision.fact_id is None:
        return True
    return next((c.kind_fits for c in decision.candidates if c.id == decision.fact_id), True)


def _replace_person(question: str, person: str) -> str | None:
    """``question`` with its first personal pronoun replaced by ``person``, if it has one."""
    pattern = re.compile(
        r"\b(" + "|".join(sorted(PERSON_PRONOUNS, key=len, reverse=True)) + r")\b", re.I
    )
    replaced, count = pattern.subn(person, fold(question), count=1)
    return replaced if count else None


def readings(engine: Engine, question: str, previous: Turn) -> list[str]:
    """Ways to understand a follow-up in the light of the previous turn, best guess first."""
    out = []
    if previous.people:
        with_person = _replace_person(question, previous.people[0])
        if with_person:
            out.append(with_person)
    if engine.names_in(question):
        # "and Dacic?" after "who is Vucic?": the previous question, about the new name.
        rest = fold(previous.question).split()
        names = set(previous.people)
        kept = [w for w in rest if not set(engine.names_in(w)) & names]
        out.append(_one_sentence(f"{question} {' '.join(kept)}")[:MAX_REMEMBERED_QUESTION])
    borrowed = " ".join(previous.question.split()[:MAX_BORROWED_WORDS])
    out.append(_one_sentence(f"{question} {borrowed}")[:MAX_REMEMBERED_QUESTION])
    return out


def _one_sentence(text: str) -> str:
    """A follow-up and the words it borrows as one sentence, so the follow-up's question word
    decides the kind ("and when? who did he meet" would ask who)."""
    return " ".join(SENTENCE_END.sub(" ", text).split())


def _in_context(engine: Engine, question: str, previous: Turn, bare: Answer) -> tuple[Answer, str]:
    """The answer to a follow-up read in the light of ``previous``, and the question it is
    understood as (to remember). A pronoun for a person the previous question named means that
    person: the reading with their name decides, answered or not ("what did he say?" after
    "and Dacic?" is not Nurtleu's quote, and is declined if the article doesn't quote Dacic). A bare question word ("how much?") takes only a fact
    that answers its kind. A reading that borrows the previous question is remembered as that
    question, so "and where?" after "why?" doesn't chain question words."""
    elliptic = not engine.analyze(question).tokens
    # The person "he" means for sure: one the previous question named (not a guess from the
    # answered fact or the article's protagonist).
    named = bool(previous.people) and previous.people[0] in engine.names_in(
        previous.question, people_only=True
    )
    borrowed = " ".join(previous.question.split()[:MAX_BORROWED_WORDS])
    best: Answer | None = None
    understood = question
    for i, reading in enumerate(readings(engine, question, previous)):
        candidate = answering.ask(engine, reading, lang=bare.lang)
        if i == 0 and named and _replace_person(question, previous.people[0]):
            return candidate, reading
        if not candidate.answered or (elliptic and not fits_kind(candidate)):
            continue
        if best is None or candidate.score > best.score:
            best, understood = candidate, reading
    # A follow-up is meant in context: its reading wins a tie with the bare question, and any
    # bare answer read only with the article's setting ("when was it?" as the visit's date).
    by_setting = bare.decision is not None and bare.decision.by_setting
    if best is None or (bare.answered and best.score < bare.score and not by_setting):
        return bare, question
    if understood.endswith(_one_sentence(borrowed)) and understood != borrowed:
        understood = previous.question
    return best, understood


def ask(
    engine: Engine, question: str, previous: Turn | None, now: float, *, hint: str | None = None
) -> tuple[Answer, Turn | None]:
    """Answer ``question`` in a conversation; return the answer and the turn to remember.

    ``hint`` is the client's language (see :meth:`Engine.decide`). The answer always echoes the
    question as typed; only its meaning comes from the context.
    """
    typed = question
    question = bound_question(question)  # what the engine reads of it, at most
    bare = answering.ask(engine, question, hint=hint)
    understood = question
    answer = bare
    if (
        previous is not None
        and is_follow_up(engine, question)
        and not has_own_subject(engine, question)
    ):
        answer, understood = _in_context(engine, question, previous, bare)
    # The decision is about the question as typed, read in context.
    decision = answer.decision and dataclasses.replace(answer.decision, question=typed)
    answer = dataclasses.replace(answer, question=typed, decision=decision)
    if answer.outcome is not Outcome.ANSWERED or answer.fact_id is None:
        return answer, None
    # Who "he" is next: whoever this question named, else whoever the answered fact is asked
    # about, else the article's protagonist (the first person of the fact base's context).
    people = (
        engine.names_in(understood, people_only=True)
        or engine.names_in(engine.fact(answer.fact_id).questions[0], people_only=True)
        or engine.names_in(" ".join(engine.base.context), people_only=True)[:1]
    )
    return answer, Turn(understood[:MAX_REMEMBERED_QUESTION], answer.fact_id, people, now)
