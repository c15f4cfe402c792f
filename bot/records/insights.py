"""What the editor learns from the running bot: unanswered questions and feedback.

:class:`Insights` decides what is recorded (:mod:`bot.records.store` keeps it): every question typed to
the bot, with its outcome, so the answer rate can be told, and its text (bounded) with the
decision's evidence: the best candidate, the closest fact, the margin and coverage (what
``review`` reads); the questions worth a look in ``unanswered`` — declined, or answered with a
score below :data:`LOW_CONFIDENCE_SCORE` — are marked for review; facts picked from buttons;
and 👍/👎 votes.

:func:`unanswered_report` and :func:`stats_report` turn the records into the plain text shown by
``python -m bot unanswered`` / ``stats`` and the admin commands ``/unanswered`` / ``/stats``.
Framework-free: no Telegram here.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from bot.engine import DEFAULT_CONFIG, Decision, Engine, Outcome
from bot.lang.normalize import fold
from bot.records.store import (
    FactCounts,
    QuestionRecord,
    ReviewRow,
    Store,
    VoteRecord,
)

#: Answers scoring below this are logged for review although answered: it is the engine's own
#: "sure" score (EngineConfig.sure_threshold), above which the runner-up no longer matters.
#: Answers under it won by a margin over another fact, or as a lone match for a freely worded
#: question, and are the ones most likely to be wrong.
LOW_CONFIDENCE_SCORE = DEFAULT_CONFIG.sure_threshold
#: Two questions are grouped as near-duplicates when their word-order-independent similarity
#: (rapidfuzz token_sort_ratio, 0-100) is at least this: typos, punctuation, word order…
GROUP_SIMILARITY = 85
#: …or when the words of one are all in the other (token_set_ratio) at least this much, both
#: having at least GROUP_SUBSET_MIN_WORDS words: "how long did he stay" ~ "how long did he
#: stay in Serbia", but not "trade" ~ "trade in 2020".
GROUP_SUBSET_SIMILARITY = 95
GROUP_SUBSET_MIN_WORDS = 3
#: Distinct question texts grouped at most (the most frequent): keeps the report fast whatever
#: the log holds.
MAX_GROUPED_TEXTS = 5_000
#: Other wordings shown under a group.
MAX_VARIANTS_SHOWN = 3
#: Facts listed under "top facts" in the stats.
TOP_FACTS = 10
#: Default period of the reports.
DEFAULT_PERIOD = "7d"
#: Units of a period: "30m", "12h", "7d", "2w".
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_PERIOD = re.compile(r"^(\d{1,6})([smhdw])$")


class PeriodError(ValueError):
    """A period that is not like 7d, 12h, 30m, 2w or "all"."""


def parse_period(text: str) -> float | None:
    """Seconds in a period like ``7d``, ``12h``, ``30m``, ``2w``; None for ``all``."""
    value = text.strip().lower()
    if value == "all":
        return None
    found = _PERIOD.match(value)
    if not found or int(found.group(1)) == 0:
        raise PeriodError(f"a period is like 7d, 12h, 30m or 2w (or all), not {text!r}")
    return int(found.group(1)) * _UNITS[found.group(2)]


def since_time(period: str, now: float | None = None) -> float | None:
    """The Unix time a period starts at (None: from the beginning)."""
    seconds = parse_period(period)
    return None if seconds is None else (time.time() if now is None else now) - seconds


# --------------------------------------------------------------------------------------------
# Recording
# --------------------------------------------------------------------------------------------


def needs_review(decision: Decision) -> bool:
    """True for a decision an editor should look at: declined, or answered with low confidence."""
    if decision.outcome in (Outcome.NOT_FOUND, Outcome.AMBIGUOUS):
        return True
    return decision.answered and decision.score < LOW_CONFIDENCE_SCORE


def question_record(
    decision: Decision,
    *,
    via: str = "text",
    chat_type: str | None = None,
    user_hash: str | None = None,
    at: float | None = None,
) -> QuestionRecord | None:
    """The record of one decision (None for small talk and empty messages: no questions).

    A typed question keeps its text and its evidence: the best candidate, the closest fact, the
    lead over the next candidate (``margin``), the share of the question the deciding entry
    explains (``coverage``) and the best other fact (``runner_id``) — nothing is matched again.
    A fact picked from a button keeps only the fact.
    """
    if decision.outcome in (Outcome.EMPTY, Outcome.SMALLTALK):
        return None
    typed = via == "text"
    review = typed and needs_review(decision)
    best_id = best_is_gap = closest_id = runner_id = None
    best_score = closest_score = margin = coverage = None
    if typed:
        best, closest = decision.best, decision.closest_fact
        if best is not None:
            best_id, best_score, best_is_gap = best.id, best.score, best.is_gap
        if closest is not None:
            closest_id, closest_score = closest.id, closest.score
        margin, coverage, runner_id = evidence(decision)
    elif decision.answered:
        best_id, best_score, best_is_gap = decision.fact_id, decision.score, False
    return QuestionRecord(
        at=time.time() if at is None else at,
        via=via,
        outcome=decision.outcome.value,
        review=review,
        question=decision.question if typed else None,
        fact_id=decision.fact_id if decision.answered else None,
        score=decision.score,
        best_id=best_id,
        best_score=best_score,
        best_is_gap=best_is_gap,
        closest_id=closest_id,
        closest_score=closest_score,
        lang=decision.lang,
        chat_type=chat_type,
        user_hash=user_hash,
        reason=decision.reason.value if decision.reason is not None else None,
        margin=margin,
        coverage=coverage,
        runner_id=runner_id,
    )


def evidence(decision: Decision) -> tuple[float | None, float | None, str | None]:
    """(margin, coverage, runner-up fact) of a decision, from its candidates.

    The deciding entry is the answering fact, the declining gap, or else the best candidate;
    the margin is its score's lead over the next candidate's (the whole score when there is
    none); the coverage is the share of the question its vocabulary explains.
    """
    if not decision.candidates:
        return None, None, None
    deciding = decision.fact_id or decision.gap_id
    deciding = deciding or decision.candidates[0].id
    chosen = next((c for c in decision.candidates if c.id == deciding), None)
    others = [c for c in decision.candidates if c.id != deciding]
    margin = decision.score - (others[0].score if others else 0.0)
    runner = next((c.id for c in others if not c.is_gap), None)
    return round(margin, 2), (chosen.vocabulary if chosen is not None else None), runner


class Insights:
    """Records questions and votes in the store in ``directory``, without ever waiting.

    Every method is safe to call from the event loop: records are queued for the store's
    writer thread. The engine is never used here: a decision carries its evidence.
    """

    def __init__(self, directory: Path) -> None:
        self.store = Store(directory)

    def open(self) -> None:
        """Open the store (StoreError when the data directory cannot be used)."""
        self.store.open()

    def close(self) -> None:
        """Write what is queued and close the store."""
        self.store.close()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything recorded so far is written."""
        return self.store.flush(timeout)

    def _user(self, user_id: int | None) -> str | None:
        return self.store.user_hash(user_id) if user_id is not None and self.store.is_open else None

    def question(
        self,
        decision: Decision,
        *,
        via: str = "text",
        chat_type: str | None = None,
        user_id: int | None = None,
    ) -> None:
        """Record how a question was decided (``via`` "text": typed; "button": picked)."""
        if decision.outcome in (Outcome.EMPTY, Outcome.SMALLTALK) or not self.store.is_open:
            return
        record = question_record(
            decision, via=via, chat_type=chat_type, user_hash=self._user(user_id)
        )
        if record is not None:
            self.store.submit(record)

    def vote(self, fact_id: str, vote: int, *, chat_type: str | None = None, user_id: int) -> bool:
        """Record a 👍 (``vote`` > 0) or 👎 on a fact; a person's latest vote on a fact counts."""
        user = self._user(user_id)
        if user is None:
            return False
        return self.store.submit(
            VoteRecord(time.time(), fact_id, 1 if vote > 0 else -1, user, chat_type)
        )


# --------------------------------------------------------------------------------------------
# The unanswered-questions report
# --------------------------------------------------------------------------------------------


@dataclass
class QuestionGroup:
    """Near-duplicate questions logged for review, most frequent wording first."""

    key: str
    words: int
    texts: Counter[str] = field(default_factory=Counter)
    rows: list[ReviewRow] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many times these questions were asked."""
        return len(self.rows)

    @property
    def text(self) -> str:
        """The most frequent wording."""
        return self.texts.most_common(1)[0][0]

    @property
    def declined(self) -> int:
        """How many were declined (the rest were answered with low confidence)."""
        return sum(1 for r in self.rows if r.outcome != Outcome.ANSWERED.value)

    def closest(self) -> tuple[str, float] | None:
        """The fact most often closest to these questions, with its best score."""
        ids = Counter(r.closest_id for r in self.rows if r.closest_id)
        if not ids:
            return None
        fact_id = ids.most_common(1)[0][0]
        return fact_id, max(r.closest_score or 0.0 for r in self.rows if r.closest_id == fact_id)

    def gap(self) -> str | None:
        """The known gap that declined most of these questions, if one did."""
        gaps = Counter(r.best_id for r in self.rows if r.best_is_gap and r.best_id)
        if not gaps:
            return None
        gap_id, count = gaps.most_common(1)[0]
        return gap_id if 2 * count > self.count else None


def _key(text: str) -> str:
    """The form in which questions are compared: Latin letters, no case or punctuation."""
    return str(utils.default_process(fold(text)))


def group_questions(rows: Sequence[ReviewRow]) -> list[QuestionGroup]:
    """Rows grouped by near-duplicate text, the most frequent group first."""
    by_key: dict[str, list[ReviewRow]] = {}
    for row in rows:
        key = _key(row.question)
        if key:
            by_key.setdefault(key, []).append(row)
    # Most frequent first, then most recent: they name the groups the rest join.
    keys = sorted(by_key, key=lambda k: (-len(by_key[k]), -by_key[k][-1].at))[:MAX_GROUPED_TEXTS]
    groups: list[QuestionGroup] = []
    names: list[str] = []
    for key in keys:
        words = len(key.split())
        found = process.extractOne(
            key, names, scorer=fuzz.token_sort_ratio, score_cutoff=GROUP_SIMILARITY
        )
        if found is None and words >= GROUP_SUBSET_MIN_WORDS:
            found = process.extractOne(
                key, names, scorer=fuzz.token_set_ratio, score_cutoff=GROUP_SUBSET_SIMILARITY
            )
            if found is not None and groups[found[2]].words < GROUP_SUBSET_MIN_WORDS:
                found = None
        if found is None:
            groups.append(QuestionGroup(key, words))
            names.append(key)
            group = groups[-1]
        else:
            group = groups[found[2]]
        for row in by_key[key]:
            group.rows.append(row)
            group.texts[row.question.strip()] += 1
    groups.sort(key=lambda g: (-g.count, -max(r.at for r in g.rows)))
    return groups


def _fact_label(engine: Engine | None, fact_id: str) -> str:
    """``fact-id "its first question"`` when the fact is in the current base, else the id."""
    if engine is not None:
        fact = next((f for f in engine.base.facts if f.id == fact_id), None)
        if fact is not None:
            return f'{fact_id} "{fact.questions[0]}"'
        return f"{fact_id} (no longer in the fact base)"
    return fact_id


def _nothing_yet(store: Store) -> str:
    return f"Nothing recorded yet: there is no {store.path} (the bot makes it when it runs)."


def _period_words(since: float | None, period: str) -> str:
    if since is None:
        return "all time"
    start = datetime.fromtimestamp(since, UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"the last {period} (since {start})"


def unanswered_report(
    store: Store,
    *,
    period: str = DEFAULT_PERIOD,
    limit: int = 20,
    engine: Engine | None = None,
    now: float | None = None,
) -> str:
    """The most frequent questions declined or answered with low confidence, near-duplicates
    grouped, each with its count and closest fact; with ``engine`` (the current fact base),
    also whether it is answered now."""
    if not store.path.is_file():
        return _nothing_yet(store)
    since = since_time(period, now)
    groups = group_questions(store.review_rows(since))
    total = sum(g.count for g in groups)
    if not groups:
        return f"No unanswered questions in {_period_words(since, period)}."
    lines = [
        f"Unanswered questions in {_period_words(since, period)}: {total} "
        f"({len(groups)} different), the most frequent first:"
    ]
    for number, group in enumerate(groups[:limit], 1):
        low = group.count - group.declined
        how = "declined" if not low else ("low confidence" if not group.declined else "mixed")
        lines.append(f'{number:>3}. {group.count}× "{group.text}" — {how}')
        variants = [t for t, _ in group.texts.most_common() if t != group.text]
        if variants:
            shown = ", ".join(f'"{v}"' for v in variants[:MAX_VARIANTS_SHOWN])
            more = len(variants) - MAX_VARIANTS_SHOWN
            lines.append(f"       also: {shown}{f' and {more} more' if more > 0 else ''}")
        closest = group.closest()
        if closest is not None:
            lines.append(
                f"       closest fact: {_fact_label(engine, closest[0])} (score {closest[1]:.0f})"
            )
        gap = group.gap()
        if gap is not None:
            lines.append(f"       declined by the gap {gap} (the article doesn't say)")
        if engine is not None:
            today = engine.decide(group.text)
            if today.answered and today.score >= LOW_CONFIDENCE_SCORE:
                lines.append(f"       now answered by {today.fact_id}")
    if len(groups) > limit:
        lines.append(f"…and {len(groups) - limit} more (--limit to see them)")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# The stats report
# --------------------------------------------------------------------------------------------


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"


def stats_report(
    store: Store,
    *,
    period: str = DEFAULT_PERIOD,
    engine: Engine | None = None,
    now: float | None = None,
) -> str:
    """Questions asked, answer rate, top facts and each fact's feedback in a period."""
    if not store.path.is_file():
        return _nothing_yet(store)
    since = since_time(period, now)
    counts = store.counts(since)
    facts = store.fact_counts(since)
    lines = [
        f"In {_period_words(since, period)}:",
        f"questions asked: {counts.asked}",
        f"answered: {counts.answered} ({_percent(counts.answered, counts.asked)}), "
        f"of which with low confidence: {counts.low_confidence}",
        f"declined: {counts.declined} ({_percent(counts.declined, counts.asked)})",
        f"answers picked from buttons: {counts.buttons}",
    ]
    top = sorted((f for f in facts if f.answers), key=lambda f: (-f.answers, f.fact_id))
    if top:
        lines.append("top facts (answers shown, 👍, 👎):")
        lines.extend(_fact_line(engine, f) for f in top[:TOP_FACTS])
    voted = sorted((f for f in facts if f.up or f.down), key=lambda f: (-f.down, -f.up, f.fact_id))
    if voted:
        lines.append("feedback by fact (👍, 👎), the most 👎 first:")
        lines.extend(
            f"  👍 {f.up:<4} 👎 {f.down:<4} {_fact_label(engine, f.fact_id)}" for f in voted
        )
    else:
        lines.append("feedback: none")
    return "\n".join(lines)


def _fact_line(engine: Engine | None, counts: FactCounts) -> str:
    return (
        f"  {counts.answers:>5}  👍 {counts.up:<4} 👎 {counts.down:<4} "
        f"{_fact_label(engine, counts.fact_id)}"
    )
