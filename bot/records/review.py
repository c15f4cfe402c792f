"""The review queue: what in the question log needs the editor's eye, in groups to act on.

Four kinds of group, each of near-duplicate questions (grouped as ``unanswered`` groups them):

- ``declined``: not answered (declined or "did you mean"); suggested: the closest facts;
- ``disliked``: answered by a fact that got a 👎 from the person who asked; suggested: the other
  facts it might have been (never the disliked one);
- ``weak``: answered by a fact that explains little of the question (its vocabulary covers less
  than :data:`WEAK_COVERAGE` of it) — the answer may be to another question;
- ``thin``: answered by a small lead over the next candidate (:data:`THIN_MARGIN`), or below the
  engine's "sure" score.

Everything comes from the decision's evidence as recorded (:mod:`bot.records.insights`);
an engine, when given, only names the facts and fills up the suggestions. Each group has a
stable id — a short hash of its kind, its fact and its earliest question's folded text — so the
same records give the same ids in every run, for ``accept`` and ``reject``, which mark a group
done (the ``review_done`` table) and hide it from then on.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.engine import Engine, Outcome
from bot.records.insights import LOW_CONFIDENCE_SCORE, QuestionGroup, _key, group_questions
from bot.records.rows import Dislike, ReviewRow
from bot.records.store import Store, StoreError, transaction

#: An answer leading the next candidate by fewer points than this is "thin"…
THIN_MARGIN = 10.0
#: …unless it scores at least this (a phrasing matched word for word).
EXACT_SCORE = 95.0
#: An answer whose fact explains less than this share of the question is "weak".
WEAK_COVERAGE = 0.6
#: Facts suggested per group at most.
MAX_SUGGESTIONS = 3
#: The kinds, in the order the report lists them.
KINDS = ("declined", "disliked", "weak", "thin")
#: Characters of a group id (hex).
ID_CHARS = 8


@dataclass(frozen=True, slots=True)
class ReviewGroup:
    """Questions to review together, and the facts they might belong to (best first)."""

    id: str
    kind: str
    #: The distinct wordings, the most frequent first.
    questions: tuple[str, ...]
    #: How many times they were asked.
    count: int
    suggestions: tuple[str, ...]
    #: The fact that answered them (disliked, weak, thin).
    fact_id: str | None = None
    #: The known gap that declined most of them (declined).
    gap_id: str | None = None
    #: The latest time one was asked.
    last_at: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """The group as a JSON object (what ``review --json`` prints)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "questions": list(self.questions),
            "count": self.count,
            "suggestions": list(self.suggestions),
            "fact_id": self.fact_id,
            "gap_id": self.gap_id,
        }


# --------------------------------------------------------------------------------------------
# Reading and marking
# --------------------------------------------------------------------------------------------

_ROW_COLUMNS = (
    "at, question, outcome, fact_id, score, best_id, best_score, best_is_gap, closest_id, "
    "closest_score, reason, margin, coverage, runner_id, user_hash"
)


def typed_rows(store: Store) -> list[ReviewRow]:
    """Every typed question with its text, oldest first."""
    with store.reading() as connection:
        if connection is None:
            return []
        have = {row[1] for row in connection.execute("PRAGMA table_info(questions)")}
        # A database of an older version, not yet opened by the bot: its rows lack evidence.
        columns = ", ".join(c if c in have else "NULL" for c in _ROW_COLUMNS.split(", "))
        rows = connection.execute(
            f"SELECT {columns} FROM questions "  # noqa: S608 (names from the code, not input)
            "WHERE via = 'text' AND question IS NOT NULL ORDER BY at, id"
        ).fetchall()
    return [
        ReviewRow(
            at=r[0],
            question=r[1],
            outcome=r[2],
            fact_id=r[3],
            score=r[4],
            best_id=r[5],
            best_score=r[6],
            best_is_gap=bool(r[7]),
            closest_id=r[8],
            closest_score=r[9],
            reason=r[10],
            margin=r[11],
            coverage=r[12],
            runner_id=r[13],
            user_hash=r[14],
        )
        for r in rows
    ]


def dislikes(store: Store) -> list[Dislike]:
    """Every 👎 recorded."""
    with store.reading() as connection:
        if connection is None:
            return []
        rows = connection.execute(
            "SELECT user_hash, fact_id, at FROM votes WHERE vote < 0 ORDER BY at"
        ).fetchall()
    return [Dislike(*r) for r in rows]


def done_groups(store: Store) -> set[str]:
    """The ids of the groups accepted or rejected."""
    with store.reading() as connection:
        if connection is None:
            return set()
        exists = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'review_done'"
        ).fetchone()
        if exists is None:
            return set()
        return {row[0] for row in connection.execute("SELECT group_id FROM review_done")}


def mark_done(
    store: Store, group_id: str, action: str, target: str | None, at: float | None = None
) -> None:
    """Record that a group was accepted (into ``target``) or rejected: it is hidden from then on."""
    if not store.path.is_file():
        raise StoreError(f"nothing recorded yet: there is no {store.path}")
    with store.writing() as connection, transaction(connection):
        connection.execute(
            "INSERT OR REPLACE INTO review_done (group_id, at, action, target) VALUES (?, ?, ?, ?)",
            (group_id, time.time() if at is None else at, action, target),
        )


# --------------------------------------------------------------------------------------------
# Grouping
# --------------------------------------------------------------------------------------------


def kind_of(row: ReviewRow) -> str | None:
    """What a question's record says about it (None: nothing to review)."""
    if row.outcome != Outcome.ANSWERED.value:
        return "declined"
    if row.coverage is not None and row.coverage < WEAK_COVERAGE:
        return "weak"
    if row.score < LOW_CONFIDENCE_SCORE:
        return "thin"
    if row.margin is not None and row.margin < THIN_MARGIN and row.score < EXACT_SCORE:
        return "thin"
    return None


def _disliked(rows: Sequence[ReviewRow], votes: Iterable[Dislike]) -> set[int]:
    """The indices of the rows a 👎 was for: the asker's latest answer by that fact before it."""
    found: set[int] = set()
    for vote in votes:
        for index in range(len(rows) - 1, -1, -1):
            row = rows[index]
            if (row.user_hash, row.fact_id) == (vote.user_hash, vote.fact_id) and row.at <= vote.at:
                found.add(index)
                break
    return found


def group_id(kind: str, fact_id: str | None, earliest: str) -> str:
    """The stable id of a group: its kind, its fact and its earliest question, hashed."""
    seed = f"{kind}\n{fact_id or ''}\n{_key(earliest)}"
    return hashlib.sha256(seed.encode()).hexdigest()[:ID_CHARS]


def _suggested(kind: str, group: QuestionGroup, fact_id: str | None) -> list[str]:
    """Facts the group's records point to, best first."""
    closest = Counter(r.closest_id for r in group.rows if r.closest_id)
    runners = Counter(r.runner_id for r in group.rows if r.runner_id)
    ranked = [i for i, _ in closest.most_common()] + [i for i, _ in runners.most_common()]
    if kind in ("weak", "thin") and fact_id:
        ranked.insert(0, fact_id)
    return [i for i in dict.fromkeys(ranked) if not (kind == "disliked" and i == fact_id)]


def _fill(
    engine: Engine | None, group: QuestionGroup, ids: list[str], avoid: str | None
) -> tuple[str, ...]:
    """``ids`` of facts still in the base, filled up from the current engine's candidates
    (never ``avoid``: the disliked fact)."""
    out = list(ids)
    if engine is not None:
        known = {fact.id for fact in engine.base.facts}
        out = [i for i in out if i in known]
        if len(out) < MAX_SUGGESTIONS:
            out += [c.id for c in engine.decide(group.text).candidates if not c.is_gap]
    return tuple(i for i in dict.fromkeys(out) if i != avoid)[:MAX_SUGGESTIONS]


def review_groups(
    store: Store,
    *,
    since: float | None = None,
    engine: Engine | None = None,
    include_done: bool = False,
) -> list[ReviewGroup]:
    """The groups to review with a question asked since ``since``, the most asked first.

    Grouped over the whole log whatever ``since`` is, so a group's id does not depend on it.
    """
    rows = typed_rows(store)
    disliked = _disliked(rows, dislikes(store))
    parts: dict[tuple[str, str | None], list[ReviewRow]] = {}
    for index, row in enumerate(rows):
        kind = "disliked" if index in disliked else kind_of(row)
        if kind is not None:
            parts.setdefault((kind, None if kind == "declined" else row.fact_id), []).append(row)
    done = set() if include_done else done_groups(store)
    groups: list[ReviewGroup] = []
    for (kind, fact_id), members in parts.items():
        for group in group_questions(members):
            earliest = min(group.rows, key=lambda r: r.at)
            gid = group_id(kind, fact_id, earliest.question)
            last = max(r.at for r in group.rows)
            if gid in done or (since is not None and last < since):
                continue
            ids = _suggested(kind, group, fact_id)
            avoid = fact_id if kind == "disliked" else None
            groups.append(
                ReviewGroup(
                    id=gid,
                    kind=kind,
                    questions=tuple(t for t, _ in group.texts.most_common()),
                    count=group.count,
                    suggestions=_fill(engine, group, ids, avoid),
                    fact_id=fact_id,
                    gap_id=group.gap() if kind == "declined" else None,
                    last_at=last,
                )
            )
    groups.sort(key=lambda g: (KINDS.index(g.kind), -g.count, -g.last_at, g.id))
    return groups


def find_group(store: Store, wanted: str, engine: Engine | None = None) -> ReviewGroup | None:
    """The open group whose id is ``wanted`` (or starts with it, if only one does)."""
    wanted = wanted.strip().lower()
    matches = [g for g in review_groups(store, engine=engine) if g.id.startswith(wanted)]
    exact = [g for g in matches if g.id == wanted]
    return (exact or matches)[0] if len(exact or matches) == 1 else None


# --------------------------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------------------------

_WHY = {
    "declined": "declined",
    "disliked": "👎 on the answer by {fact}",
    "weak": "answered by {fact}, which explains little of it",
    "thin": "answered by {fact} by a thin margin",
}


def fact_label(engine: Engine | None, fact_id: str) -> str:
    """``fact-id "its first question"`` when the fact is in the current base, else the id."""
    if engine is not None:
        fact = next((f for f in engine.base.facts if f.id == fact_id), None)
        if fact is not None:
            return f'{fact_id} "{fact.questions[0]}"'
    return fact_id


def group_lines(group: ReviewGroup, engine: Engine | None, *, variants: int = 3) -> list[str]:
    """One group as a few lines of plain text."""
    why = _WHY[group.kind].format(fact=group.fact_id)
    lines = [f'[{group.id}] {group.kind}: {group.count}× "{group.questions[0]}" — {why}']
    others = group.questions[1:]
    if others:
        more = len(others) - variants
        shown = ", ".join(f'"{q}"' for q in others[:variants])
        lines.append(f"    also: {shown}{f' and {more} more' if more > 0 else ''}")
    if group.gap_id:
        lines.append(f"    declined by the gap {group.gap_id} (the article doesn't say)")
    for number, fact_id in enumerate(group.suggestions, 1):
        lines.append(f"    {number}. add to {fact_label(engine, fact_id)}")
    return lines


def review_report(
    groups: Sequence[ReviewGroup], engine: Engine | None, *, limit: int = 20, period: str = ""
) -> str:
    """The groups as plain text, with how to act on them."""
    where = f" ({period})" if period else ""
    if not groups:
        return f"Nothing to review{where}."
    lines = [f"To review{where}: {len(groups)} group(s), declined first:"]
    for group in groups[:limit]:
        lines.extend(group_lines(group, engine))
    if len(groups) > limit:
        lines.append(f"…and {len(groups) - limit} more (--limit to see them)")
    lines.append(
        "Add a group's questions to a fact: python -m bot accept ID FACT_ID (or --gap GAP_ID, "
        "or --new-fact); hide it: python -m bot reject ID"
    )
    return "\n".join(lines)
