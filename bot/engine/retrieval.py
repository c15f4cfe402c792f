"""Retrieval: from an analysed question to the shortlist of entries worth scoring in full.

Per phrasing, the weighted overlap of its words with the question's gives an F-measure
(:func:`phrasing_overlap`); per entry, its best phrasing counts (:func:`best_phrasings`), and so
does how much of the question the entry's whole vocabulary explains (:func:`explained`). The
``shortlist_size`` entries best on both are kept, plus every gap that a kind of question or a
phrase settles (:func:`shortlist`).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from bot.engine.analysis import AnalysedQuestion
from bot.engine.index import Index
from bot.engine.vocab import OPEN_KINDS


@dataclass(frozen=True, slots=True)
class PhrasingMatch:
    """How well one phrasing covers the question and the question covers it."""

    #: The F-measure of the two coverages (``overlap_beta``), marked down for another kind.
    score: float
    #: Position of the phrasing in :attr:`Index.phrasings`.
    phrasing: int
    #: The share of the question's weight the phrasing has…
    question_coverage: float
    #: …and the share of the phrasing's weight the question has (at most 1).
    phrasing_coverage: float


def no_match(phrasing: int) -> PhrasingMatch:
    """An entry's match when no phrasing of it shares a word: its first phrasing, scoring 0."""
    return PhrasingMatch(0.0, phrasing, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Shortlist:
    """The entries to score in full, with what retrieval found out about each."""

    #: Entry positions, the most promising first, then the settling gaps.
    entries: tuple[int, ...]
    #: Entry position -> its best phrasing's match (every shortlisted entry has one).
    best: Mapping[int, PhrasingMatch]
    #: Entry position -> the weight of the question its whole vocabulary explains.
    explained: Mapping[int, float]


def phrasing_overlap(
    position: int, shared: float, index: Index, question: AnalysedQuestion
) -> PhrasingMatch:
    """The match of the phrasing at ``position``, which shares ``shared`` weight with the
    question: a phrasing with all of a question's words and as many again has coverages 1 and
    0.5, and F 0.76 at beta 1.5."""
    phrasing = index.phrasings[position]
    config = index.weigher.config
    q_cov = shared / question.total
    p_cov = min(1.0, shared / phrasing.weight) if phrasing.weight else 0.0
    beta2 = config.overlap_beta**2
    f = (1 + beta2) * q_cov * p_cov / (beta2 * p_cov + q_cov) if q_cov + p_cov else 0.0
    kind = question.analysis.kind
    if phrasing.kind != kind and not (kind in OPEN_KINDS and phrasing.kind in OPEN_KINDS):
        # "Who were the talks with?" is not the phrasing for "what were the talks about?".
        f *= config.phrasing_kind_factor
    return PhrasingMatch(f, position, q_cov, p_cov)


def shared_weights(index: Index, question: AnalysedQuestion) -> dict[int, float]:
    """Phrasing position -> the weight of the question's words it has, a fact's phrasing
    credited ``context_credit`` of each setting word it lacks (every fact is about the
    article's setting)."""
    overlap: dict[int, float] = defaultdict(float)
    in_setting: dict[int, float] = defaultdict(float)  # the setting words a phrasing has
    setting = question.setting
    for token, weight in question.weights.items():
        for p in index.postings.get(token, ()):
            overlap[p] += weight
        if token in setting:
            for p in index.postings.get(token, ()):
                in_setting[p] += weight
    if setting:
        credit, setting_total = index.weigher.config.context_credit, question.setting_total
        for p, shared in overlap.items():
            if index.phrasings[p].of_fact:
                overlap[p] = shared + credit * (setting_total - in_setting.get(p, 0.0))
    return overlap


def best_phrasings(index: Index, question: AnalysedQuestion) -> dict[int, PhrasingMatch]:
    """Entry position -> its best phrasing's match, for every entry sharing a word."""
    best: dict[int, PhrasingMatch] = {}
    phrasings = index.phrasings
    for p, shared in shared_weights(index, question).items():
        found = phrasing_overlap(p, shared, index, question)
        entry = phrasings[p].entry
        current = best.get(entry)
        if current is None or found.score > current.score:
            best[entry] = found
    return best


def explained(index: Index, question: AnalysedQuestion) -> dict[int, float]:
    """Entry position -> the weight of the question its whole vocabulary explains (a fact
    credited ``context_credit`` of the setting words it lacks). Entries that share words with
    the question only through keywords, answer or quotes count too ("73.8 million" is in no
    phrasing)."""
    out: dict[int, float] = defaultdict(float)
    for token, weight in question.weights.items():
        for position in index.entry_postings.get(token, ()):
            out[position] += weight
    setting = question.setting
    if setting:
        credit = index.weigher.config.context_credit
        for position in list(out):
            entry = index.entries[position]
            if entry.fact is not None:
                out[position] += credit * sum(
                    w for t, w in setting.items() if t not in entry.vocabulary
                )
    return out


def shortlist(index: Index, question: AnalysedQuestion) -> Shortlist:
    """The entries to score in full: the ``shortlist_size`` best by phrasing overlap and
    vocabulary, then the gaps that a kind of question or a phrase settles (looked at whatever
    the overlap)."""
    config = index.weigher.config
    best = best_phrasings(index, question)
    vocabulary = explained(index, question)
    total = question.total
    chosen = heapq.nlargest(
        config.shortlist_size,
        vocabulary,
        key=lambda i: (
            config.share_phrasing * (best[i].score if i in best else 0.0)
            + config.share_vocabulary * vocabulary[i] / total
        ),
    )
    chosen += [i for i in index.settling_gaps if i not in chosen]
    for position in chosen:
        if position not in best:
            best[position] = no_match(index.first_phrasing[position])
    return Shortlist(tuple(chosen), best, vocabulary)
