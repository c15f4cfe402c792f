"""Every tuning constant of the engine, in one frozen record: :class:`EngineConfig`.

Each field is documented with what it does and a worked example. The defaults are the tuned
values; :data:`DEFAULT_CONFIG` is the configuration the bot runs with. A test of one stage may
build its own (``dataclasses.replace(DEFAULT_CONFIG, answer_threshold=60.0)``).
See docs/engine.md for the pipeline these constants steer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """The engine's thresholds, weights and budgets (scores are 0-100 unless said otherwise)."""

    # ----------------------------------------------------------------------------------------
    # Spelling correction (bot.engine.spelling)
    # ----------------------------------------------------------------------------------------
    #: Shortest unknown word the corrector tries to fix by similarity; shorter words have too
    #: many neighbours ("novi" is not "nov").
    typo_min_length: int = 5
    #: Swapped letters are fixed from this length ("agerement" -> "agreement").
    typo_min_swap_length: int = 5
    #: An unknown word of at least this many letters that no similarity search fixes, and that
    #: is no common word of its language, is read as the fact-base word it is one keyboard slip
    #: of (bot.lang.keyboard: a swap, a neighbouring key, a dropped or doubled letter, letters
    #: that sound alike): "vist" -> "visit", "обароны" -> "обороны" (ratio 86, below the
    #: inflected cutoff).
    typo_min_slip_length: int = 4
    #: Four-letter swaps are fixed only into common English words ("grwo" -> "grow"): among the
    #: fact base's own words, in three languages, "novi" would become Serbian "nivo".
    typo_min_english_swap_length: int = 4
    #: rapidfuzz ``fuzz.ratio`` (0-100) an unknown word needs with a fact-base word to be read
    #: as that word: "nurtlue" -> "nurtleu" is 86, "agriculure" -> "agriculture" 95.
    typo_min_similarity: float = 80
    #: The same for Russian and Serbian questions, stricter: their words differ by endings, and
    #: a loose match turns one word into another ("obavlja", performs, into "objavljena",
    #: published).
    typo_min_similarity_inflected: float = 88
    #: American spellings of the fact base's British ones are corrected from this many letters
    #: ("dialog" -> "dialogue", "program" -> "programme").
    spelling_variant_min_length: int = 5
    #: Words at least this common in English (Zipf) are real words, never "corrected" into a
    #: fact-base word ("treat" stays "treat", not "treaty"), except the spelling variants above.
    common_word_zipf: float = 3.3
    #: Of two readings one slip away from an English typo, a dictionary word this much more
    #: common (Zipf; 1.0 is ten times) than the fact-base word wins: "realy" is "really"
    #: (Zipf 6.0), not the fact base's "rely" (4.4); "vist" stays "visit" (a fact-base word
    #: as common as "vast").
    typo_common_word_margin: float = 1.0
    #: A short word (3-6 letters) rarer than this (Zipf, in the question's language) that is one
    #: keyboard slip of a question or function word is read as it (bot.lang.typos): "hoe"
    #: (3.2) is "how", "whi" (0) is "who"; "hat" (4.3) stays "hat", "fo" is too short.
    small_word_real_zipf: float = 3.6
    #: A misspelt word that matches no fact-base word is corrected to an English word at least
    #: this common (Zipf)…
    dictionary_min_zipf: float = 3.5
    #: …with at least this similarity: "mentoined" -> "mentioned", so it is weighed as the
    #: ordinary word it is rather than as a rare, informative one.
    typo_min_similarity_english: float = 85
    #: A lexicon larger than this searches only words sharing one of the misspelt word's first
    #: two letters (the English dictionary, a fact base of thousands of facts): typists rarely
    #: get both wrong, and each search stays at a few hundred words.
    large_lexicon_words: int = 5000
    #: Spelling corrections remembered per engine (the cache is emptied when full).
    max_cached_corrections: int = 10_000
    #: Unknown words looked up for a spelling correction per question (each look-up scans a
    #: lexicon, ~0.5 ms; remembered corrections are free). Words past the budget stay as
    #: typed: a 4,096-character message of gibberish costs at most ~12 ms of look-ups.
    max_corrections_per_question: int = 24

    # ----------------------------------------------------------------------------------------
    # Questions (bot.engine.analysis)
    # ----------------------------------------------------------------------------------------
    #: The engine reads at most this much of a question (cut at a space when there is one in
    #: the last quarter): a question is a sentence or two, and a Telegram message may be 4,096
    #: characters. Keeps the work per message bounded.
    max_question_chars: int = 1000
    #: Analysed questions remembered per engine (the cache is emptied when full): the same
    #: question is analysed for the answer, the follow-up test and the names of a conversation.
    max_cached_analyses: int = 512
    #: Decisions remembered per engine (emptied when full; 0: none): a button sends the same
    #: question text every time it is pressed, and popular questions come again and again.
    max_cached_decisions: int = 1024

    # ----------------------------------------------------------------------------------------
    # Word weights (bot.engine.weights)
    # ----------------------------------------------------------------------------------------
    #: A word's weight is ``zipf_ceiling`` minus its Zipf frequency, clipped to
    #: [weight_min, weight_max]: "the" (7.7) -> 0.5, "trade" (5.1) -> 1.9, "turnover" (3.8)
    #: -> 3.2, names and typos -> 4.
    zipf_ceiling: float = 7.0
    weight_min: float = 0.5
    weight_max: float = 4.0
    #: Weight of a number ("73.8", "2019"): numbers decide what is asked.
    weight_number: float = 4.0
    #: Weight of a person, place or organisation from the fact base's ``aliases:``.
    weight_name: float = 3.0
    #: An unknown word (one the fact base never uses) counts with this share of its general
    #: weight against every fact: a question about "the capital of Kazakhstan" is mostly about
    #: "capital", which no fact explains, so every fact's coverage of it is low.
    unknown_weight_share: float = 1.0
    #: A one-word foreign place is also recognised inflected: its name without final vowels, of
    #: at least ``place_stem_min_length`` letters, followed by at most
    #: ``place_ending_max_length`` letters ("Rusijom" is "rusij" + "om", "russians" "russi" +
    #: "ans"), unless an on-topic word begins so.
    place_stem_min_length: int = 5
    place_ending_max_length: int = 3
    #: A word of at least this many letters that no language's word list has, one keyboard
    #: slip from a foreign place (``bot.lang.keyboard``: "zagrbe" is "zagreb", two letters
    #: swapped), is that place misspelt: "they met in zagrbe rite" claims Zagreb. Shorter
    #: words are too often a slip of some city ("rime" of "rome").
    place_slip_min_length: int = 6
    #: A description of a person in knowledge/ (``descriptions:``: "serbia" + "defence")
    #: names them when its words are at most this many words apart in a question: in "the
    #: serbian defence guy" none is between, in "the president of Serbia" one; in "the Serbian
    #: president invited to Kazakhstan" three are between "president" and "Kazakhstan": no
    #: description of the Kazakh president.
    description_span: int = 1
    #: Numbers with at least this many digits that the fact base never mentions ("2019", "17")
    #: mean the question asks about something the article doesn't state: declined.
    unknown_number_digits: int = 2
    #: …unless it is within this share of a number the facts do mention, or that number without
    #: its decimals: "was it on the 30th" (29) and "was it 73 billion" (73.8) check a figure the
    #: article gives, wrongly remembered, and the fact's answer puts it right; "in 2019" is no
    #: such number.
    near_number_share: float = 0.05

    # ----------------------------------------------------------------------------------------
    # Retrieval and scoring (bot.engine.retrieval, bot.engine.scoring)
    # ----------------------------------------------------------------------------------------
    #: Share of the combined score from the best phrasing's overlap, the fact's whole
    #: vocabulary, and rapidfuzz token-set similarity (they sum to 1): a fact whose best
    #: phrasing overlaps 0.8, whose vocabulary explains 0.9 of the question and whose fuzzy
    #: similarity is 0.7 scores 100 * (0.5*0.8 + 0.3*0.9 + 0.2*0.7) = 81.
    share_phrasing: float = 0.5
    share_vocabulary: float = 0.3
    share_fuzzy: float = 0.2
    #: F-measure beta for phrasing overlap: >1 favours covering the question over covering the
    #: phrasing, since people add words a phrasing lacks more often than they drop its words.
    #: Question coverage 1.0 and phrasing coverage 0.5 give 0.76 (at beta 1 it would be 0.67).
    overlap_beta: float = 1.5
    #: Share of a setting word's weight (``context:`` in the fact base: Nurtleu, Serbia,
    #: visit…) credited to a fact that doesn't mention it: every fact is about the visit, so
    #: "when did Nurtleu sign the memorandum" is not held against a fact that never says
    #: "Nurtleu".
    context_credit: float = 0.25
    #: Factor on a phrasing's overlap when it asks another kind of question than the question
    #: does (one of them who/when/where/how much…): "who were the talks with?" is not the
    #: phrasing for "what were the talks about?".
    phrasing_kind_factor: float = 0.9
    #: Factor on a fact whose ``answers_to`` kinds don't include the question's kind: a "who"
    #: question scoring 60 on a fact that answers only "when" scores 45.
    kind_mismatch_factor: float = 0.75
    #: The same for the specific kinds below, which a wrong fact cannot answer at all: a "what
    #: year" question is not answered by a date without a year (60 -> 33), nor a "why" by who
    #: did it ("почему Белград называют белым городом?" against the visit to Belgrade).
    specific_kind_mismatch_factor: float = 0.55
    #: Factor on a fact whose ``speaker`` the question doesn't name while it names another
    #: person: "what did Vucic say about relations" scoring 75 on Nurtleu's words at his
    #: meeting with Vucic scores 60, below Vucic's own statement.
    speaker_mismatch_factor: float = 0.8
    specific_kinds: frozenset[str] = frozenset(
        {"year", "time", "duration", "distance", "age", "amount", "when", "why"}
    )
    #: How many most promising facts and gaps (by word overlap) are scored in full (rapidfuzz,
    #: kinds, gaps): with 10,000 facts the rest cannot win anyway.
    shortlist_size: int = 40

    # ----------------------------------------------------------------------------------------
    # Gaps (bot.engine.gaps)
    # ----------------------------------------------------------------------------------------
    #: A gap is recognised only if its best phrasing and the question cover each other to at
    #: least this share of their weight: gaps are specific ("Tokayev visiting Serbia"), and a
    #: question that only shares "Serbia" and "visit" with one is not asking it.
    gap_min_coverage: float = 0.4
    #: A gap whose required word is in the question and whose phrasing (of two or more words,
    #: names included) the question covers to at least this share is decisive: the question is
    #: declined with it, whatever else matches ("did Vucic accept the invitation to visit
    #: Astana" is the gap about his reply, not the invitation).
    gap_decisive_coverage: float = 0.8
    #: So is a gap whose required word is in the question and in no fact ("gas", "worth"), if
    #: the word is less common than this (Zipf): everyday words like "end" or "days" decide
    #: nothing alone.
    decisive_word_max_zipf: float = 5.2

    # ----------------------------------------------------------------------------------------
    # Decisions (bot.engine.decision)
    # ----------------------------------------------------------------------------------------
    #: A question whose known words carry less than this share of its weight is off-topic: in
    #: "bitcoin price forecast for Serbia" only "Serbia" is known, and it weighs less than the
    #: three unknown words together.
    min_on_topic: float = 0.5
    #: Lowest score that is answered.
    answer_threshold: float = 50.0
    #: The winner must lead the runner-up by this much (62 against 61.5 is "did you mean")…
    answer_margin: float = 1.0
    #: …unless it scores at least this: then the runner-up doesn't matter (75 against 74.9 is
    #: answered). Answers below it are also the ones the question log keeps for review.
    sure_threshold: float = 70.0
    #: The asking part of a long message that names nothing of its own ("what did they really
    #: sign?" after a forwarded claim) is still its question when it scores at least this by
    #: itself: 100 on the signed documents, where the whole message, its story's "Nov 29"
    #: included, would score 74 on the date. Below it the whole message decides ("what did
    #: the minister say they want?" after a story about farming leans on the story).
    asking_part_sure: float = 90.0
    #: A question joining two (``bot.lang.clauses.joined``) that is not answered as a whole is
    #: answered by its first part when that part alone scores at least this, says what it asks
    #: without leaning on anything before it, and the second part is not answered: "what did
    #: they sign and how much were the deals worth" gets the documents signed (100) and the
    #: article's silence on their worth. A second part answered alone, or a first one below
    #: it, is no such answer: "did Vucic accept the invite, and what month is he going?"
    #: would get the visit's month for "what month is he going" (a follow-up that leans on
    #: the first part).
    first_part_sure: float = 90.0
    #: An asking part of several sentences that is not answered as a whole is answered by the
    #: one sentence that alone scores at least this — all but a phrasing of its fact asked
    #: word for word — when every other sentence is off the topic or weak, or asks the same
    #: fact: in "…so I'm curious whether we're part of a growing trend or a lonely exception.
    #: What does the article say about growth in bilateral trade turnover? Did it go up?" the
    #: middle sentence scores 100 on the trade turnover (the first is off the topic, the
    #: last asks the turnover too), where the three together are off the topic. Below it
    #: (90–98) the other sentences' story words too often said what was asked.
    sure_sentence: float = 99.0
    #: A long message's story has its unknown words set aside when its asking part names what
    #: it asks ("…something about trade going up, how much was it?"), but only when the whole
    #: message is at least this much on topic: in "my teacher says photosynthesis happens in
    #: the mitochondria, can u check my homework" (0.20: only "happens" is known) the story is
    #: what is asked, and it is off the article's topic, not a question about what happened.
    story_aside_min_on_topic: float = 0.25
    #: …and at least this when the asking part has no known word of its own ("what must I
    #: do?"), so that all it asks about is the story's: in "my phone battery is finishing very
    #: fast, what must I do?" (0.27: only "fast" is known) the story is off the article's topic,
    #: no question about how fast trade grew; "…the trade tripled. how much was it?" (1.0)
    #: still leans on its story.
    bare_story_aside_min_on_topic: float = 0.35
    #: A long, freely worded question scores lower everywhere; it is still answered when its
    #: best fact scores at least ``dominant_min_score`` and ``dominant_ratio`` times the
    #: runner-up (40 against 30 is answered; 40 against 32 is not). Below 40 a lone lead is a
    #: word or two shared by chance: "what river goes through belgrade" scored 36.6 on the trade
    #: figure ("…goes on between…") against 25.8; at 45 a garbled name's real answer ("who sent
    #: the invite to vuchich, was it toke eye of", 44) would be lost…
    dominant_min_score: float = 40.0
    dominant_ratio: float = 1.3
    #: …provided the question is this much on topic: a lone weak match for a question half made
    #: of unknown words ("the exchange rate of the tenge") is no answer; nor is one that can't
    #: answer the question's kind when that is one of ``specific_kinds`` ("how many people came
    #: in the delegation" against who visited).
    dominant_min_on_topic: float = 0.6
    #: A when-question putting its action ahead ("а когда Вучич должен туда поехать?",
    #: ``Language.future_words``) whose best fact states no future period is answered by a fact
    #: that does (the invitation, for next year) when that fact scores within this of the best
    #: and accounts for the question: the visit's date at 61.6 and the invitation at 41.5 (20.1
    #: apart) give the invitation; "when will trade reach 100 million?" keeps the trade figure,
    #: which the invitation doesn't account for.
    future_switch_margin: float = 30.0
    #: …and scores at least this itself (the invitation at 41.5 does; a fact at 20 shares too
    #: little of the question to answer it).
    future_min_score: float = 30.0
    #: A question whether it was only one of the things a fact enumerates ("did they sign only
    #: military agreements?") is answered with the listing fact (``Fact.lists``: the documents
    #: signed, military *and* culture and sports) instead of the best fact about that thing
    #: alone, when the listing fact scores at least this share of the best: the military
    #: agreement at 100 and the documents signed at 85 (0.85) give the documents; the tiny
    #: test base's bridge at 100 and its list of decisions at 9.9 keep the bridge. The listing
    #: fact must also score ``answer_threshold`` (talks listing the economy at 48 don't stand
    #: in for a fact at 77, though 48/77 is 0.63).
    whole_list_min_share: float = 0.6
    #: A question with a word pointing at the asker's present ("today", "now", "сейчас",
    #: "danas") is about that present — which no article can know — when it also names what a
    #: clock, calendar or forecast tells ("what's today's date", "is it friday today", "the
    #: weather right now") or is of one of these kinds: "when is it now?" is declined with
    #: ``Reason.NOW``; "is the visa regime in force now?" (yes/no) is matched as usual.
    now_kinds: frozenset[str] = frozenset({"when", "time", "year"})
    #: Evidence before confidence. What a question asks beyond its names and the article's
    #: setting (``context:``) is its **asking weight** (discriminative weights); a fact that
    #: accounts for less than ``min_accounted`` of it (its phrasings, keywords, answer and
    #: quotes hold those words) while missing the question's **key word** (the heaviest of
    #: them, if it weighs at least ``key_word_min_weight``) shares a lighter word or the setting
    #: only: it is offered as "did you mean", not answered. "how big was the kazakh delegation"
    #: asks "big" (1.1) and "delegation" (3.1); the trade figure uses "big" only: 1.1 / 4.2 =
    #: 0.26 < 0.3 and no "delegation", so it is not the answer. "tokayev first name" asks
    #: "first" (0.75) and "name": its key word is too light to decide anything.
    min_accounted: float = 0.3
    key_word_min_weight: float = 1.0
    #: Two facts that both fit: the best runner-up fact within ``tie_margin`` points of the
    #: answer that fits the question's kind and accounts for it as well is told after it
    #: (``Decision.also``) — and two within ``answer_margin`` of each other are both told instead
    #: of "did you mean". "when did the kazakh foreign minister come to serbia" scores 75.8 on
    #: the Vucevic meeting ("on the same day") and 74.8 on the visit date: both are told, and
    #: the date is in the answer. Within the margin, a fact whose own answer or quote says
    #: every word the question asks beyond its setting is told in place of a winner whose
    #: answer doesn't ("what agenda did they go over": the sentence on the global and regional
    #: agenda, 88.6, over the talks, 90.6, which only a phrasing links to "agenda";
    #: :func:`bot.engine.decision.better_evidenced`). 0 answers with the winner alone.
    tie_margin: float = 5.0
    #: A claim pairing a topic with the wrong person ("the military stuff was discussed with
    #: Dacic, right?": Dacic's fact 81, the military fact 67) is answered by the fact on the
    #: topic, if it is within this many points and holds every word the claim asks beyond its
    #: names, while the named person's fact lacks the claim's key word ("military").
    claim_pairing_margin: float = 20.0
    #: Lowest score at which a gap (a known "the article doesn't say") is recognised.    #: Lowest score at which a gap (a known "the article doesn't say") is recognised.
    gap_threshold: float = 50.0
    #: Lowest score for a fact to be offered as a "did you mean" suggestion.
    suggest_threshold: float = 35.0
    #: Suggestions (and related questions) offered at most.
    max_suggestions: int = 3


#: The configuration the bot runs with.
DEFAULT_CONFIG = EngineConfig()
