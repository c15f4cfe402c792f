"""The fact base loader and validator, on the small fixture base: every mistake is reported\nwith its file:line (the shipped base's validity is in test_shipped_knowledge.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.knowledge.loader import MAX_FILE_BYTES, FactBaseError, load_fact_base
from bot.knowledge.model import FactBase


def problems_of(directory: Path) -> list[str]:
    """Load ``directory`` expecting failure; return the problem lines."""
    with pytest.raises(FactBaseError) as caught:
        load_fact_base(directory)
    return [str(p) for p in caught.value.problems]


def line_of(path: Path, needle: str) -> int:
    """1-based line number of the first line containing ``needle``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def replace(path: Path, old: str, new: str) -> None:
    """Replace exactly one occurrence of ``old`` in the file."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_article_splits_into_its_paragraphs(small_base: FactBase) -> None:
    """The fixture's article splits into its 11 blank-line-separated paragraphs."""
    assert len(small_base.article.paragraphs) == 11


def test_source_block_states_only_what_the_article_gives(small_base: FactBase) -> None:
    """The fixture's source block is read as written: dateline, date and reporter."""
    assert small_base.source.dateline == "Astana"
    assert small_base.source.date == "Nov. 29"
    assert "press service" in small_base.source.reported_by


def test_citations_get_the_paragraph_they_are_quoted_from(small_base: FactBase) -> None:
    """Each citation is given the number of the paragraph its quote comes from."""
    report = small_base.fact("report-source").citations[0]
    assert (report.paragraph, report.quote) == (1, "reported the ministry’s press service")
    for fact in small_base.facts:
        for citation in fact.citations:
            assert citation.quote in small_base.article.paragraphs[citation.paragraph - 1], fact.id


def test_typographic_differences_in_a_quote_are_tolerated(small_copy: Path) -> None:
    """A quote typed with straight quotes and extra spaces still matches the article."""
    facts = small_copy / "facts.yaml"
    replace(
        facts,
        "- reported the ministry’s press service",
        "- reported   the ministry's press service",
    )
    base = load_fact_base(small_copy)
    quote = base.fact("report-source").citations[0].quote
    assert quote == "reported the ministry’s press service"


def test_citation_not_in_article_reported_with_line(small_copy: Path) -> None:
    """A citation edited to words not in the article is reported at its file:line."""
    facts = small_copy / "facts.yaml"
    replace(
        facts, "- reported the ministry’s press service", "- reported the ministry's press office"
    )
    line = line_of(facts, "press office")
    problems = problems_of(small_copy)
    assert any(
        p.startswith(f"{facts.parent.name}/facts.yaml:{line}:") or f"facts.yaml:{line}: " in p
        for p in problems
    ), problems
    assert any("citation not found in the article" in p for p in problems)


def test_yaml_syntax_error_reported_with_line_and_column(small_copy: Path) -> None:
    """A YAML syntax error names the file, line and column."""
    facts = small_copy / "facts.yaml"
    replace(facts, "  - id: visit\n", "  - id: visit\n    topic: [people\n")
    problems = problems_of(small_copy)
    assert len(problems) == 1
    assert re.match(r".*facts\.yaml:\d+: YAML syntax error: .*\(column \d+\)", problems[0]), (
        problems
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "    topic: visit\n    answers_to: [who, where, what]\n    questions:\n      - Who went",
            "    topic: visit\n    colour: red\n    answers_to: [who, where, what]\n    questions:\n      - Who went",
            "unknown field 'colour'",
        ),
        ("  - id: visit\n    topic: visit\n", "  - id: visit\n", "missing field 'topic'"),
        (
            "  - id: visit\n    topic: visit\n",
            "  - id: visit\n    topic: [visit]\n",
            "topic: expected text, got a list",
        ),
        ("  - id: negotiations\n", "  - id: visit\n", "duplicate id 'visit'"),
        (
            "related: [officials-met, visit-date, negotiations]",
            "related: [officials-met, no-such-fact]",
            "related id 'no-such-fact' does not exist",
        ),
        ("      - what does Nurtleu do\n", "      - What is the article about?\n", "is under both"),
        ("  - id: visit\n", "  - id: Visit Fact\n", "must be a slug"),
        (
            "  - id: visit\n    topic: visit\n",
            "  - id: visit\n    speaker: the-press\n    topic: visit\n",
            "speaker 'the-press' is not one of the people",
        ),
        (
            "  - id: visit\n    topic: visit\n",
            "  - id: visit\n    lists: [Belgrade]\n    topic: visit\n",
            "lists: needs at least two items",
        ),
        (
            "  - id: visit\n    topic: visit\n",
            "  - id: visit\n    lists: [Belgrade, Novi Sad]\n    topic: visit\n",
            "lists: 'Novi Sad' is not in the answer",
        ),
        (
            "  - id: visit\n    topic: visit\n",
            "  - id: visit\n    lists: [Belgrade, Belgrade]\n    topic: visit\n",
            "lists: 'Belgrade' is listed twice",
        ),
        (
            "  - id: visit\n    topic: visit\n",
            "  - id: visit\n    lists: [Belgrade, Belg]\n    topic: visit\n",
            "lists: 'Belg' is not in the answer",
        ),
        (
            "    answer: >-\n      Murat Nurtleu, Kazakhstan's",
            "    answer: ''\n    x-answer: >-\n      Murat Nurtleu, Kazakhstan's",
            "answer: is empty",
        ),
    ],
)
def test_each_mistake_is_reported(small_copy: Path, old: str, new: str, message: str) -> None:
    """Each class of mistake gives its own message with a file:line."""
    replace(small_copy / "facts.yaml", old, new)
    problems = problems_of(small_copy)
    assert any(message in p for p in problems), problems
    assert all(re.match(r"^\S+\.yaml:\d+: ", p) for p in problems if message in p), problems


def gap_problems(small_copy: Path, field: str) -> list[str]:
    """The problems of the small base with ``field`` (one YAML line) added to a gap, each
    expected with its gaps.yaml:line."""
    replace(
        small_copy / "gaps.yaml",
        "  - id: no-sector-documents\n",
        f"  - id: no-sector-documents\n    {field}\n",
    )
    return [p for p in problems_of(small_copy) if re.match(r"^\S+gaps\.yaml:\d+: ", p)]


@pytest.mark.parametrize(
    ("corrects", "message"),
    [
        (
            "no-such-fact",
            "gap 'no-sector-documents': corrects: fact id 'no-such-fact' does not exist",
        ),
        ("[signed-documents]", "gap 'no-sector-documents': corrects: expected the id of a fact"),
    ],
)
def test_a_gap_correcting_with_a_fact_that_is_not_one_is_reported(
    small_copy: Path, corrects: str, message: str
) -> None:
    """A gap's ``corrects`` must name one fact that exists, with a file:line."""
    problems = gap_problems(small_copy, f"corrects: {corrects}")
    assert any(message in p for p in problems), problems


def test_a_gap_declining_claims_takes_true_or_false(small_copy: Path) -> None:
    """ "declines_claims: yes please" is refused with a file:line; "true" loads."""
    problems = gap_problems(small_copy, "declines_claims: yes please")
    message = "gap 'no-sector-documents': declines_claims must be true or false"
    assert any(message in p for p in problems), problems
    replace(small_copy / "gaps.yaml", "declines_claims: yes please", "declines_claims: true")
    base = load_fact_base(small_copy)
    assert next(g for g in base.gaps if g.id == "no-sector-documents").declines_claims


def test_too_long_answer_is_reported(small_copy: Path) -> None:
    """An answer over 1,000 characters is refused with its length."""
    (small_copy / "more.yaml").write_text(
        "facts:\n"
        "  - id: wordy\n"
        "    topic: visit\n"
        "    questions: [one?, two?, three?, four?]\n"
        f"    answer: {'x' * 1001}\n"
        "    cite: [paid an official visit]\n",
        encoding="utf-8",
    )
    problems = problems_of(small_copy)
    assert any(
        "more.yaml:5: fact 'wordy': answer: 1001 characters; the limit is 1000" in p
        for p in problems
    ), problems


def test_too_few_phrasings_are_reported(small_copy: Path) -> None:
    """A fact with fewer than four phrasings is reported."""
    (small_copy / "more.yaml").write_text(
        "facts:\n"
        "  - id: thin\n"
        "    topic: visit\n"
        "    questions: [one?, two?]\n"
        "    answer: Thin.\n"
        "    cite: [paid an official visit]\n",
        encoding="utf-8",
    )
    problems = problems_of(small_copy)
    assert any(
        "more.yaml:4: fact 'thin': has 2 question phrasings; at least 4" in p for p in problems
    ), problems


def test_every_problem_is_listed_not_only_the_first(small_copy: Path) -> None:
    """Several independent mistakes are all reported in one run."""
    facts = small_copy / "facts.yaml"
    replace(
        facts, "- reported the ministry’s press service", "- reported by the ministry's spokesman"
    )
    replace(facts, "related: [officials-met, visit-date, negotiations]", "related: [nowhere]")
    replace(small_copy / "gaps.yaml", "  - id: no-venue\n", "  - id: no-venue\n    mood: sad\n")
    problems = problems_of(small_copy)
    assert len(problems) >= 3
    assert any("spokesman" in p for p in problems)
    assert any("'nowhere'" in p for p in problems)
    assert any("unknown field 'mood'" in p for p in problems)


def test_object_constructing_tag_is_refused(small_copy: Path) -> None:
    """A YAML tag that would construct a Python object is refused, with its line."""
    (small_copy / "evil.yaml").write_text(
        "facts:\n  - !!python/object/apply:os.system ['echo hi']\n", encoding="utf-8"
    )
    problems = problems_of(small_copy)
    assert any(
        re.match(r".*evil\.yaml:2: YAML tag .*python/object/apply:os.system.* not allowed", p)
        for p in problems
    ), problems


def test_alias_bomb_is_refused_quickly(small_copy: Path) -> None:
    """A 'billion laughs' alias bomb is refused instead of expanded."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(9))}]" for i in range(1, 10)]
    (small_copy / "bomb.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = problems_of(small_copy)
    assert any("bomb.yaml:" in p and "aliases" in p for p in problems), problems


def test_file_over_the_size_limit_is_refused(small_copy: Path) -> None:
    """A YAML file over 1 MB is refused before it is parsed."""
    (small_copy / "big.yaml").write_text("# " + "x" * MAX_FILE_BYTES + "\n", encoding="utf-8")
    problems = problems_of(small_copy)
    assert any("big.yaml: file is" in p and "the limit is 1,000,000" in p for p in problems), (
        problems
    )


def test_non_utf8_file_is_refused_with_line(small_copy: Path) -> None:
    """A file that is not UTF-8 is reported with the line of the first bad byte."""
    (small_copy / "latin1.yaml").write_bytes(b"popular:\n  - caf\xe9?\n")
    problems = problems_of(small_copy)
    assert any("latin1.yaml:2: not UTF-8 text" in p for p in problems), problems


def test_binary_file_is_refused(small_copy: Path) -> None:
    """Binary content gives a clear error rather than a crash."""
    (small_copy / "binary.yaml").write_bytes(b"facts: \x00\x01\x02\n")
    problems = problems_of(small_copy)
    assert any("binary.yaml:" in p for p in problems), problems


def test_duplicate_key_is_reported(small_copy: Path) -> None:
    """A key written twice in one mapping is reported rather than silently overwritten."""
    replace(
        small_copy / "facts.yaml",
        "  - id: visit\n    topic: visit\n",
        "  - id: visit\n    topic: visit\n    topic: people\n",
    )
    problems = problems_of(small_copy)
    assert any("duplicate key 'topic'" in p for p in problems), problems


def test_ambiguous_quote_must_be_lengthened(small_copy: Path) -> None:
    """A quote found in several paragraphs asks the editor to quote more words."""
    replace(
        small_copy / "facts.yaml",
        "- reported the ministry’s press service",
        "- military-technical cooperation",
    )
    problems = problems_of(small_copy)
    assert any("occurs in paragraphs 1, 4, 10" in p for p in problems), problems


def test_missing_directory_is_reported(tmp_path: Path) -> None:
    """A knowledge directory that does not exist gives one clear problem."""
    problems = problems_of(tmp_path / "nope")
    assert problems == [f"{tmp_path / 'nope'}: knowledge directory not found"]


def test_gap_requires_can_be_groups(small_copy: Path) -> None:
    """A gap's ``requires`` may be a list of lists: one word of each group must be present."""
    base = load_fact_base(small_copy)
    gap = next(g for g in base.gaps if g.id == "no-sector-documents")
    assert len(gap.requires) == 2
    assert "tourism" in gap.requires[1]
    single = next(g for g in base.gaps if g.id == "no-energy")
    assert len(single.requires) == 1


def test_gap_requires_mixing_words_and_lists_is_reported(small_copy: Path) -> None:
    """Mixing plain words and lists in ``requires`` is a clear error at its line."""
    (small_copy / "more.yaml").write_text(
        "gaps:\n  - id: mixed\n    requires: [gas, [oil]]\n    questions: [q?]\n    reply: No.\n",
        encoding="utf-8",
    )
    problems = problems_of(small_copy)
    assert any(
        "more.yaml:3: gap 'mixed': requires: give words, or lists of words, not both" in p
        for p in problems
    ), problems


def test_descriptions_are_loaded_and_their_mistakes_reported_with_lines(small_copy: Path) -> None:
    """``descriptions:`` names an alias by groups of words; a name that is no alias, or a
    description of one group, is reported at its line."""
    vocabulary = small_copy / "vocabulary.yaml"
    text = vocabulary.read_text(encoding="utf-8")
    vocabulary.write_text(
        text + "\ndescriptions:\n  vucic:\n    - [serbia, [head, top man]]\n", encoding="utf-8"
    )
    assert load_fact_base(small_copy).descriptions == {
        "vucic": ((("serbia",), ("head", "top man")),)
    }
    vocabulary.write_text(
        text + "\ndescriptions:\n  nobody:\n    - [serbia, head]\n  vucic:\n    - [serbia]\n",
        encoding="utf-8",
    )
    problems = problems_of(small_copy)
    nobody = line_of(vocabulary, "nobody:")
    assert f"vocabulary.yaml:{nobody}: descriptions.nobody: 'nobody' is not an alias name" in [
        p.split("/")[-1] for p in problems
    ]
    assert any(
        "descriptions.vucic: a description is a list of two or more groups" in p for p in problems
    )
