"""Answer quality on a question set, with the confident-error rate the grader does not print.

Runs the shared grader (``grade.py``) over case files with ``python -m bot ask --jsonl`` and
reports, besides its buckets, the **confident errors**: questions the bot answered although the
answer was wrong or the question should have been declined, as a share of all questions. One
confident error costs more trust than several honest declines, so it is the number to watch::

    python scripts/quality.py --cases ../shared/eval/dev.yaml
    python scripts/quality.py --cases set1.hidden.yaml --cases set2.hidden.yaml --json out.json

``--grader`` points at grade.py (default: ``../shared/eval/grade.py`` beside the checkout).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GRADER = ROOT.parent / "shared" / "eval" / "grade.py"


def confident_errors(results: list[dict[str, object]]) -> list[dict[str, object]]:
    """The graded cases that failed although the bot answered them."""
    return [
        r
        for r in results
        if not r["passed"] and isinstance(r["output"], dict) and r["output"].get("answered")
    ]


def report(payload: dict[str, object]) -> str:
    """The grader's summary line, then counts per bucket and the confident-error rate."""
    results = payload["results"]
    if not isinstance(results, list):
        raise TypeError("the grader's JSON has no list of results")
    total = len(results)
    lines = [str(payload["summary"])]
    passed: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for r in results:
        counts[r["bucket"]] += 1
        passed[r["bucket"]] += bool(r["passed"])
    for bucket in sorted(counts):
        share = 100 * passed[bucket] / counts[bucket]
        lines.append(f"  {bucket:<13} {passed[bucket]:>4}/{counts[bucket]:<4} {share:5.1f}%")
    wrong = confident_errors(results)
    share = 100 * len(wrong) / total if total else 0.0
    lines.append(f"  confident errors {len(wrong)}/{total} = {share:.1f}% of all questions")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, action="append", required=True)
    parser.add_argument("--grader", type=Path, default=DEFAULT_GRADER)
    parser.add_argument("--json", type=Path, help="also keep the grader's per-case results")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        out = args.json or Path(scratch) / "results.json"
        command = [sys.executable, str(args.grader), "--json", str(out)]
        command += [f"--cases={path}" for path in args.cases]
        command += ["--", sys.executable, "-m", "bot", "ask", "--jsonl"]
        subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        payload = json.loads(out.read_text(encoding="utf-8"))
    print(report(payload))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
