"""The commands on what the bot recorded: ``forget`` (delete it), and the review queue
(``review``, ``accept``, ``reject``)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, report_settings

if TYPE_CHECKING:
    from bot.records.review import ReviewGroup
    from bot.records.store import Store


def iso_date(text: str) -> float:
    """argparse type for --before: an ISO date (``2025-06-01``, midnight UTC) or date and time
    (``2025-06-01T12:00``, UTC unless it names its offset), as Unix time."""
    value = text.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
        else:
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date like 2025-06-01 (or 2025-06-01T12:00), not {text!r}"
        ) from None
    return moment.timestamp()


def cmd_forget(args: argparse.Namespace) -> int:
    from bot.records.store import Store, StoreError

    where = report_settings(args)
    if where is None:
        return EXIT_USAGE
    data, _ = where
    store = Store(data)
    when = datetime.fromtimestamp(args.before, UTC).strftime("%Y-%m-%d %H:%M UTC")
    try:
        count = store.forget(args.before)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"deleted {count} record(s) made before {when} from {store.path}")
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    import json

    from bot.cli.common import current_engine
    from bot.records.insights import since_time
    from bot.records.review import review_groups, review_report
    from bot.records.store import Store, StoreError

    where = report_settings(args)
    if where is None:
        return EXIT_USAGE
    data, knowledge = where
    store = Store(data)
    if not store.path.is_file() and not args.json:
        print(f"Nothing recorded yet: there is no {store.path} (the bot makes it when it runs).")
        return EXIT_OK
    engine = current_engine(knowledge)
    try:
        groups = review_groups(store, since=since_time(args.since), engine=engine)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.json:
        print(json.dumps([g.to_json() for g in groups], ensure_ascii=False, indent=1))
    else:
        period = "all recorded" if args.since == "all" else f"asked in the last {args.since}"
        print(review_report(groups, engine, limit=args.limit, period=period))
    return EXIT_OK


def _open_group(args: argparse.Namespace) -> tuple[Store, ReviewGroup, Path] | int:
    """(store, group, knowledge dir) for accept/reject, or an exit code after saying why not."""
    from bot.records.review import find_group
    from bot.records.store import Store, StoreError

    where = report_settings(args)
    if where is None:
        return EXIT_USAGE
    data, knowledge = where
    store = Store(data)
    try:
        group = find_group(store, args.group)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    if group is None:
        print(
            f"error: no open review group {args.group!r} (see `python -m bot review`; "
            "accepted and rejected groups are hidden)",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    return store, group, knowledge


def cmd_accept(args: argparse.Namespace) -> int:
    from bot.records.accept import accept, new_fact_template
    from bot.records.store import StoreError

    chosen = [x for x in (args.fact_id, args.gap, args.new_fact or None) if x]
    if len(chosen) != 1:
        print("error: give one of FACT_ID, --gap GAP_ID or --new-fact", file=sys.stderr)
        return EXIT_USAGE
    opened = _open_group(args)
    if isinstance(opened, int):
        return opened
    store, group, knowledge = opened
    if args.new_fact:
        print(new_fact_template(group), end="")
        print(
            f"A new fact with the questions of group {group.id}: add it to facts.yaml, write "
            "its answer and citation, run `python -m bot check`, then "
            f"`python -m bot accept {group.id} NEW_ID` to mark the group done.",
            file=sys.stderr,
        )
        return EXIT_OK
    try:
        result = accept(knowledge, group, args.gap or args.fact_id, gap=bool(args.gap), store=store)
    except (OSError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(result.text(), file=sys.stdout if result.ok else sys.stderr)
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def cmd_reject(args: argparse.Namespace) -> int:
    from bot.records.review import mark_done
    from bot.records.store import StoreError

    opened = _open_group(args)
    if isinstance(opened, int):
        return opened
    store, group, _ = opened
    try:
        mark_done(store, group.id, "rejected", None)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f'group {group.id} hidden: {group.count}× "{group.questions[0]}"')
    return EXIT_OK
