"""The commands on what the bot recorded: ``forget`` (delete it), and the review queue
(``review``, ``accept``, ``reject``)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime

from bot.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, report_settings


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
