"""``python -m bot check``: validate the fact base, report coverage, run the editor's checks.

After the loader's validation it asks every regression question of ``checks:``, checks that
every translation keeps the English answer's numbers and names, that no answer, reply or
translation states a number or name its evidence lacks (:mod:`bot.knowledge.claims`), and
reports translation coverage per language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from bot.engine import Engine
from bot.engine.spelling import Lexicon
from bot.knowledge.claims import numbers, unsupported_claims
from bot.knowledge.loader import load_fact_base
from bot.knowledge.model import LANGUAGES, FactBase
from bot.knowledge.problems import FactBaseError
from bot.lang.normalize import clean, tokenize
from bot.lang.translit import fold_word
from bot.lang.words import english

#: A phrasing word at least this long that English doesn't know and that is two swapped
#: letters of an English word the fact base uses more often ("turnvoer", "reliabel") is
#: likely misspelt (shorter words are often names; Serbian words aren't swaps of English).
MISSPELT_MIN_LENGTH = 5


def check_failures(engine: Engine) -> list[str]:
    """Each ``checks:`` question answered otherwise than expected, as file:line: message.

    Also used by the running bot when it reloads the fact base (bot.conversation.reload).
    """
    failures = []
    for check in engine.base.checks:
        decision = engine.decide(check.question)
        got = decision.fact_id if decision.answered else None
        if got == check.expect:
            continue
        expected = "a decline" if check.expect is None else repr(check.expect)
        found = "declined" if got is None else f"answered by {got!r}"
        failures.append(f'{check.where}: check: "{check.question}" {found}, expected {expected}')
    return failures


def translation_failures(engine: Engine) -> list[str]:
    """Translations whose numbers or names disagree with the English answer."""
    failures = []
    for fact in engine.base.facts:
        stated = numbers(fact.answer)
        names = set(engine.names_in(fact.answer))
        for lang, text in sorted(fact.translations.items()):
            missing = sorted(stated - numbers(text))
            if missing:
                failures.append(
                    f"{fact.where}: fact {fact.id!r}: {lang} translation lacks the number(s) "
                    + ", ".join(missing)
                )
            lost = sorted(names - set(engine.names_in(text, lang=lang)))
            extra = sorted(set(engine.names_in(text, lang=lang)) - names)
            if lost or extra:
                what = "; ".join(
                    part
                    for part in (
                        f"lacks {', '.join(lost)}" if lost else "",
                        f"adds {', '.join(extra)}" if extra else "",
                    )
                    if part
                )
                failures.append(f"{fact.where}: fact {fact.id!r}: {lang} translation {what}")
    return failures


def misspelt_phrasings(engine: Engine) -> list[str]:
    """Warnings for English phrasings with a word spelt wrong on purpose ("what was the
    turnvoer"): the engine reads typos in questions by itself, while a misspelt phrasing makes
    its typo a rare word of its own that pulls questions away from the word it stands for."""
    words = english()
    counts: dict[str, int] = {}
    for fact in engine.base.facts:
        for question in fact.questions:
            for word in {fold_word(t) for t in tokenize(clean(question))}:
                counts[word] = counts.get(word, 0) + 1
    # Only its swaps are looked up (Lexicon.swapped): the similarity cutoff plays no part.
    common = Lexicon([w for w, n in counts.items() if n > 1 and words.is_word(w)], cutoff=100.0)
    warnings = []
    for fact in engine.base.facts:
        for question in fact.questions:
            for token in tokenize(clean(question)):
                word = fold_word(token)
                if len(word) < MISSPELT_MIN_LENGTH or not word.isalpha() or words.is_word(word):
                    continue
                meant = common.swapped(word)
                if (
                    meant is None
                    or counts.get(meant, 0) <= counts[word]
                    or engine.names_in(token)
                    # Only English phrasings: a Serbian or Russian word is no English typo.
                    or engine.analyze(question).lang != "en"
                ):
                    continue
                warnings.append(
                    f'warning: {fact.where}: fact {fact.id!r}: phrasing "{question}" spells '
                    f'"{word}", which questions read as "{meant}": write phrasings correctly '
                    "spelt, the engine reads typos by itself"
                )
    return warnings


def translation_coverage(base: FactBase) -> str:
    """ "ru 22/22, sr 22/22": how many facts have an answer in each other language."""
    return ", ".join(
        f"{lang} {sum(lang in f.translations for f in base.facts)}/{len(base.facts)}"
        for lang in LANGUAGES
        if lang != "en"
    )


def run_check(directory: Path, *, out: TextIO, err: TextIO, cache_dir: Path | None = None) -> int:
    """Validate ``directory``; print a summary (exit 0) or every problem (exit 1)."""
    read_as = None
    if cache_dir is not None:
        from bot.engine.cache import cache_key

        try:
            read_as = cache_key(directory)
        except OSError:
            cache_dir = None
    try:
        base = load_fact_base(directory)
    except FactBaseError as exc:
        for problem in exc.problems:
            print(problem, file=err)
        print(f"FAILED: {len(exc.problems)} problem(s)", file=err)
        return 1
    engine = Engine(base)
    if cache_dir is not None:
        from bot.engine.cache import store_engine

        store_engine(engine, directory, cache_dir, read_as=read_as)
    checks = check_failures(engine)
    failures = checks + translation_failures(engine) + unsupported_claims(base)
    for sentence in base.uncited_sentences():
        print(f'warning: no fact cites the sentence "{sentence[:70]}…"', file=err)
    for warning in misspelt_phrasings(engine):
        print(warning, file=err)
    cited, total = base.coverage()
    questions = sum(len(f.questions) for f in base.facts)
    citations = sum(len(f.citations) for f in base.facts)
    for line in failures:
        print(line, file=err)
    summary = (
        f"{len(base.facts)} facts, {questions} questions, {citations} citations, "
        f"{len(base.gaps)} gaps; article coverage {100 * cited / total:.0f}% "
        f"({cited}/{total} sentences); checks {len(base.checks) - len(checks)}/"
        f"{len(base.checks)} passed; translations {translation_coverage(base)}"
    )
    if failures:
        print(f"FAILED: {summary}", file=err)
        return 1
    print(f"OK: {summary}", file=out)
    return 0
