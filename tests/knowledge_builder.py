"""A tiny fact base written to a folder, for tests of loading and checking (not the shipped one)."""

from __future__ import annotations

from pathlib import Path

ARTICLE = (
    "The city opened a new bridge on Monday. It cost 40 million euros and took three years "
    "to build.\n\nThe mayor said the bridge would cut travel times across the river by half.\n"
)
SOURCE = (
    "source:\n  title: A bridge\n  dateline: Town\n  date: Monday\n"
    "  reported_by: the town hall\n  article: source/article.txt\n"
    "topics:\n  city: {en: The city}\n"
)


def write_knowledge(directory: Path, facts: str, gaps: str | None = None) -> Path:
    """Write the bridge article, its source.yaml and the given facts (and gaps) YAML."""
    (directory / "source").mkdir(parents=True, exist_ok=True)
    (directory / "source" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (directory / "source.yaml").write_text(SOURCE, encoding="utf-8")
    (directory / "facts.yaml").write_text(facts, encoding="utf-8")
    if gaps is not None:
        (directory / "gaps.yaml").write_text(gaps, encoding="utf-8")
    return directory
