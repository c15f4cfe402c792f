"""A citation that is not verbatim is reported with the place where it leaves the article."""

from __future__ import annotations

from pathlib import Path

import pytest
from knowledge_builder import ARTICLE, write_knowledge

from bot.knowledge.article import QuoteLocator, parse_article
from bot.knowledge.loader import load_fact_base
from bot.knowledge.problems import FactBaseError


def _locator() -> QuoteLocator:
    return QuoteLocator.for_article(parse_article(ARTICLE))


def test_a_typo_near_the_end_shows_the_matching_text_and_both_continuations() -> None:
    """The longest matching beginning is shown, then the quote's text against the article's."""
    found = _locator().divergence("It cost 40 million euros and took three yaers to build")
    assert found is not None
    assert found.paragraph == 1
    assert found.matched.endswith("and took three y")
    assert (found.quote_next[:4], found.article_next[:4]) == ("aers", "ears")


def test_typographic_quotes_and_spacing_do_not_count_as_divergence() -> None:
    """Only real differences count: folded whitespace still matches, so the split is at the typo."""
    found = _locator().divergence("The mayor  said the  bridge would cut travle times")
    assert found is not None
    assert (found.paragraph, found.matched[-8:]) == (2, "cut trav")
    assert (found.quote_next[:2], found.article_next[:2]) == ("le", "el")


def test_a_quote_whose_beginning_is_not_in_the_article_has_no_divergence() -> None:
    """With almost nothing in common there is nothing useful to point at."""
    assert _locator().divergence("Completely different words") is None


def test_the_loader_names_the_divergence_in_its_problem(tmp_path: Path) -> None:
    """`check` shows where a mistyped citation leaves the article instead of cutting it short."""
    write_knowledge(
        tmp_path,
        "facts:\n  - id: cost\n    topic: city\n    questions: [How much did the bridge cost?]\n"
        "    answer: It cost 40 million euros.\n"
        "    cite: [It cost 40 million euros and took three yaers to build]\n",
    )
    with pytest.raises(FactBaseError) as caught:
        load_fact_base(tmp_path)
    cited = [str(p) for p in caught.value.problems if "citation not found" in str(p)]
    assert len(cited) == 1
    assert 'then the quote has "aers to build' in cited[0]
    assert 'where the article has "ears to build' in cited[0]
