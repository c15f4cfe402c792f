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
from bot.engine.vocab import OPEN_KINDS, TOPIC


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


#: Kinds that ask "what" in some way: a phrasing of one is a phrasing for the others.
_WHAT_KINDS = OPEN_KINDS | {TOPIC}


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


def f_measure(question_coverage: float, phrasing_coverage: float, beta2: float) -> float:
    """The weighted harmonic mean of the two coverages, question coverage counting ``beta2``
    times (beta squared): coverages 1 and 0.5 give 0.76 at beta 1.5."""
    q_cov, p_cov = question_coverage, phrasing_coverage
    return (1 + beta2) * q_cov * p_cov / (beta2 * p_cov + q_cov) if q_cov + p_cov else 0.0


def kinds_differ(phrasing_kind: str, question_kind: str) -> bool:
    """Whether a phrasing asks another kind of question ("who were the talks with?" is not the
    phrasing for "what were the talks about?"); two open kinds (what, yes/no, and what was
    discussed) don't differ."""
    return phrasing_kind != question_kind and not (
        question_kind in _WHAT_KINDS and phrasing_kind in _WHAT_KINDS
    )


def phrasing_overlap(
    position: int, shared: float, index: Index, question: AnalysedQuestion
) -> PhrasingMatch:
    """The match of the phrasing at ``position``, which shares ``shared`` weight with the
    question (setting credit included), marked down by ``phrasing_kind_factor`` when it asks
    another kind of question."""
    phrasing = index.phrasings[position]
    config = index.weigher.config
    q_cov = shared / question.total
    p_cov = min(1.0, shared / phrasing.weight) if phrasing.weight else 0.0
    f = f_measure(q_cov, p_cov, config.overlap_beta**2)
    if kinds_differ(phrasing.kind, question.analysis.kind):
        f *= config.phrasing_kind_factor
    return PhrasingMatch(f, position, q_cov, p_cov)


def best_phrasings(index: Index, question: AnalysedQuestion) -> dict[int, PhrasingMatch]:
    """Entry position -> its best phrasing's match (:func:`phrasing_overlap` of the weight it
    shares with the question), for every entry sharing a word; a fact's phrasing is credited
    ``context_credit`` of each setting word it lacks (every fact is about the article's
    setting). When what the question asks beyond the setting weighs at least as much as its
    setting words, a phrasing sharing only setting words with it cannot be its best, and is
    not looked at; a light question on the setting ("how does Nurtleu see Serbia": "see"
    against "Nurtleu", "Serbia") looks at them all.

    The same maximum, found faster: each phrasing sharing one of the question's own words is
    looked at, but those sharing only setting words are looked at a group at a time (the
    lightest of a :class:`~bot.engine.index.SettingGroup`), and per-question values are
    hoisted out of the loop. Of two phrasings of an entry that match exactly as well, either
    may be kept."""
    config = index.weigher.config
    setting = question.setting
    postings, phrasings = index.postings, index.phrasings
    # The question's own words first: each phrasing with one of them is looked at.
    shared: dict[int, float] = {}
    own_total = 0.0
    for token, weight in question.weights.items():
        if token in setting:
            continue
        own_total += weight
        shared_get = shared.get
        for p in postings.get(token, ()):
            shared[p] = shared_get(p, 0.0) + weight
    setting_total = question.setting_total
    credit, beta2, factor = (
        config.context_credit,
        config.overlap_beta**2,
        config.phrasing_kind_factor,
    )
    kind, total = question.analysis.kind, question.total
    differs: dict[str, float] = {}  # kind -> its factor: a dozen kinds, hundreds of phrasings
    # Entry position -> (score, phrasing position, shared weight) of its best phrasing so far;
    # the PhrasingMatch is built once per entry, not once per better phrasing.
    top: dict[int, tuple[float, int, float]] = {}
    top_get = top.get
    # f_measure(shared / total, min(1, shared / weight), beta2) is, for a phrasing of weight
    # > 0 (each word weighs at least ``weight_min``), (1 + beta2) * shared / (beta2 * total +
    # max(shared, weight)): one division per phrasing looked at. The loops compare it
    # without the constant factor, which the matches get at the end. A fact's phrasing gets
    # the setting weight it shares and ``credit`` of the rest: credit * setting_total +
    # (1 - credit) * shared setting weight.
    beta_total = beta2 * total
    lacking, keep = credit * setting_total, 1.0 - credit
    setting_get = setting.get
    for p, own in shared.items():
        phrasing = phrasings[p]
        if setting:
            in_setting = 0.0
            for token in phrasing.setting:
                in_setting += setting_get(token, 0.0)
            own += lacking + keep * in_setting if phrasing.of_fact else in_setting
        weight = phrasing.weight
        f = own / (beta_total + (own if own > weight else weight))
        p_kind = phrasing.kind
        kind_factor = differs.get(p_kind)
        if kind_factor is None:
            kind_factor = differs[p_kind] = factor if kinds_differ(p_kind, kind) else 1.0
        f *= kind_factor
        entry = phrasing.entry
        current = top_get(entry)
        if current is None or f > current[0]:
            top[entry] = (f, p, own)
    # Phrasings sharing only setting words, when they can be an entry's best: a group of
    # them at a time.
    if setting and own_total < setting_total:
        groups = index.setting_groups
        group_postings = index.setting_group_postings
        in_group: dict[int, float] = {}
        for token, weight in setting.items():
            for g in group_postings.get(token, ()):
                in_group[g] = in_group.get(g, 0.0) + weight
        for g, in_setting in in_group.items():
            group = groups[g]
            own = lacking + keep * in_setting if group.of_fact else in_setting
            weight = group.weight
            f = own / (beta_total + (own if own > weight else weight))
            kind_factor = differs.get(group.kind)
            if kind_factor is None:
                kind_factor = differs[group.kind] = (
                    factor if kinds_differ(group.kind, kind) else 1.0
                )
            f *= kind_factor
            current = top_get(group.entry)
            if current is None or f > current[0]:
                top[group.entry] = (f, group.phrasing, own)
    best: dict[int, PhrasingMatch] = {}
    scale = 1 + beta2
    for entry, (f, p, shared_weight) in top.items():
        weight = phrasings[p].weight
        p_cov = min(1.0, shared_weight / weight) if weight else 0.0
        best[entry] = PhrasingMatch(scale * f, p, shared_weight / total, p_cov)
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


def shortlist(
    index: Index, question: AnalysedQuestion, refused: frozenset[int] = frozenset()
) -> Shortlist:
    """The entries to score in full: the ``shortlist_size`` best by phrasing overlap and
    vocabulary, then the gaps that a kind of question or a phrase settles (looked at whatever
    the overlap); none of the ``refused`` (:meth:`~bot.engine.index.Admission.refused`),
    which would not be candidates, though they take their places among the best."""
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
    if refused:
        chosen = [i for i in chosen if i not in refused]
    chosen += [i for i in index.settling_gaps if i not in chosen and i not in refused]
    for position in chosen:
        if position not in best:
            best[position] = no_match(index.first_phrasing[position])
    return Shortlist(tuple(chosen), best, vocabulary)
