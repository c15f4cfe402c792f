"""The engine: find the fact that answers a question, or decline honestly.

A thin facade over the stages (see docs/engine.md), each a module with one concern:

1. :mod:`~bot.engine.analysis`: the question is normalized, its unknown words spelling-corrected
   (:mod:`~bot.engine.spelling`) and weighed (:mod:`~bot.engine.weights`); a question mostly
   about things the fact base never mentions is off topic.
2. :mod:`~bot.engine.retrieval`: the facts and gaps whose phrasings and vocabulary share the
   most weight with the question are shortlisted (from the :mod:`~bot.engine.index`).
3. :mod:`~bot.engine.scoring`: each is scored; gaps are judged by :mod:`~bot.engine.gaps`.
4. :mod:`~bot.engine.decision`: answer, decline with a known gap, "did you mean", or decline.

Every threshold is a field of :class:`~bot.engine.config.EngineConfig`.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from bot.engine.analysis import (
    AnalysedQuestion,
    Analyser,
    bound_question,
    points_at_someone,
    puts_forward,
    read_words,
)
from bot.engine.config import DEFAULT_CONFIG, EngineConfig
from bot.engine.decision import (
    Decision,
    Outcome,
    Reason,
    asks_to_write,
    asks_translation,
    decide,
)
from bot.engine.index import build_index
from bot.engine.scoring import Match, score
from bot.engine.spelling import Speller
from bot.engine.vocab import OPEN_KINDS, TOPIC
from bot.knowledge.model import LANGUAGES, Fact, FactBase, Gap
from bot.lang import (
    ADDRESS_WORDS,
    DEMONSTRATIVES,
    IDENTITY_WORDS,
    MORE_WORDS,
    OTHER_REFERENCES,
    OTHER_THAN_WORDS,
    PAIR_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    SPEECH_WORDS,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
)
from bot.lang import LANGUAGES as LANGUAGE_RULES
from bot.lang.clauses import (
    TOPIC_PREPOSITIONS,
    article_claim,
    asking_sentences,
    comma_joined,
    focus,
    joined,
    only_a_tag,
    points_back,
    quoted_phrases,
    reported_by_the_article,
    reported_claim,
    split_sentences,
    tagged_sentence,
    without_address,
)
from bot.lang.dictation import punctuate
from bot.lang.normalize import (
    Analysis,
    Normalizer,
    clean,
    fold,
    fold_word,
    tokenize,
    without_guess_at_what,
)
from bot.lang.patterns import WORD
from bot.lang.smalltalk import small_talk, small_talk_opening, small_talk_sentences
from bot.lang.translit import mostly_cyrillic
from bot.lang.typos import RealWords
from bot.lang.words import WordFrequencies, english, frequencies

#: How many of a story's words before a person's name may describe them ("…met the *Serbian
#: foreign minister* [Dacic]"): what "that Serbian minister" is matched against.
DESCRIPTION_WINDOW = 3

#: At most this many words before the comma that starts a message's asking part are a topic
#: it is about, not a story: "а ихний главный, сербский президент, что говорил про
#: сотрудничество?" (five) asks what the Serbian president said.
TOPIC_PHRASE_WORDS = 6
#: …and at most this many words in all, small words included: "the free trade agreement of
#: EEU with serbia, when was it signed?" (eight) names a topic; "I read the whole article
#: twice and still don't get it, when…" (twelve) tells a story.
TOPIC_PHRASE_MAX_WORDS = 8

#: A noun a demonstrative points back at ("that *agreement*") has at least this many letters
#: ("that one", "this guy" point at nothing a story names as a topic)…
POINTED_NOUN_MIN_LENGTH = 5
#: …and up to this many words the story puts right before it are read with it: "the *free
#: trade* agreement" for "that agreement" (a small word before them ends them).
POINTED_MODIFIERS = 3


def _names_a_topic(phrase: str) -> bool:
    """Whether the words before an asking part are a short phrase naming a topic: at most
    ``TOPIC_PHRASE_WORDS`` that are not small words (nor the bot addressed: "бот, о чём он
    говорил?" names no topic), ``TOPIC_PHRASE_MAX_WORDS`` in all."""
    words = WORD.findall(fold(phrase))
    content = [w for w in words if w not in STOP_WORDS and w not in ADDRESS_WORDS]
    return 0 < len(content) <= TOPIC_PHRASE_WORDS and len(words) <= TOPIC_PHRASE_MAX_WORDS


#: Why a claim checked by a bare "did he?" / "is that right?" is declined with the message:
#: the claim names something the article doesn't (a gap's subject, a number, only names
#: beside unknown words). A place is none: "…is a russian-serbian commission. is that right"
#: is put right by the whole message. Nor is a weak or close match: the whole may
#: still say more.
_CLAIM_DECLINES = frozenset({Reason.GAP, Reason.NAMES_ONLY, Reason.UNKNOWN_NUMBER})

#: Declines that say a sentence is only not about the article (nothing it asks is there, or
#: too little): beside an asking sentence sure of its answer, such a sentence is set aside.
#: Declines a guess at what is asked may cause ("…about, agriculture?": the guess is no
#: word of the fact), which the question without it may answer (``Engine._without_the_guess``).
_GUESS_DECLINES = frozenset({Reason.UNACCOUNTED, Reason.WEAK})
_ASIDE_REASONS = frozenset({Reason.OFF_TOPIC, Reason.WEAK})

#: Declines about the asker's present: a question inside a long message declined for one of
#: them declines the message, and a question joining two is not split over them.
_NOW_REASONS = (Reason.NOW, Reason.HELD_NOW)

#: How many opening words of an asking part find the sentence it starts in.
_OPENING_WORDS = 3

#: Kinds of question that ask nothing particular: a part after a comma asking one of them
#: ("…, what were his words?", "…, what were they discussing?") says the part before it
#: again (see ``Engine._comma_parts``).
_RESTATING_KINDS = OPEN_KINDS | {TOPIC}

#: The most words between a name and a possessive pronoun after it that still make the
#: pronoun that person's ("what did Dacic *himself say during* his talks…": three), not someone
#: the story names (``Language.possessive_pronouns``).
PRONOUN_AFTER_NAME_WORDS = 3

#: Declines the story of a long message may bring on an asking part answered without it: a
#: place the story names ("…students in European universities. … what did they actually
#: sign?") or its judgements ("…their coaches are excellent and cheaper than Spain. Did
#: anything come out of this visit on sport?"). Past ``sure_threshold`` the asking part is
#: answered.
_STORY_REASONS = frozenset({Reason.FOREIGN_PLACE, Reason.OPINION})

#: Kinds of question that, naming nothing but "it" or "this", ask about the article's own event
#: ("when was this?", "где это было?", "kad je to bilo?"): when and where it took place.
SETTING_KINDS = frozenset({"when", "where"})


def _is_bare_check(asked: AnalysedQuestion) -> bool:
    """Whether an asking part only checks what was said before it: no word of its own, known
    or not, and a yes/no question or a claim tag ("did he?", "jel tako?", "true?") — not
    "…с россией что-нибудь было?", which asks, nor "где на самом деле?", which asks where
    (whatever the claim it doubts names)."""
    kind = asked.analysis.kind
    return (
        not asked.weights
        and not asked.unknown
        and (kind == "yesno" or (puts_forward(asked.analysis) and kind in OPEN_KINDS))
    )


def _says_he_or_she(asked: AnalysedQuestion) -> bool:
    """Whether a question points at a person with a pronoun ("he", "она", "njega"), as typed:
    the stemmer makes Russian "его" "eg". A plural pronoun the stemmer reads as a singular one
    ("что с ними делать": "ними" stems as "ним") points at no one person."""
    words = read_words(asked.analysis)
    if not PERSON_PRONOUNS.isdisjoint(words):
        return True
    if not PAIR_PRONOUNS.isdisjoint(words):
        return False
    return not PERSON_PRONOUNS.isdisjoint(asked.analysis.stems)


def _echoes_the_story(asked: AnalysedQuestion, whole: Analysis) -> bool:
    """Whether each word a message's asking part asks (beyond the setting) is in its story too
    ("…a reliable partner in some region. Which region?"): it asks about what the story says."""
    own = asked.weights.keys() - asked.setting.keys()
    counts = Counter(whole.tokens)
    return bool(own) and all(counts[token] >= 2 for token in own)


def asks_for_more(words: Sequence[str]) -> bool:
    """Whether the folded words ask for more than what was said ("who else", "кто ещё",
    ``Language.more_words``), not for something different ("something else")."""
    return any(
        word in MORE_WORDS and not (i and words[i - 1] in OTHER_THAN_WORDS)
        for i, word in enumerate(words)
    )


def asks_whose_words(analysis: Analysis, people: frozenset[str]) -> bool:
    """Whether a question asks only whose words something is: every word a person or a word
    of saying ("is that what nurtleu said", "was it Vucic who said it"), not who someone is
    ("who is nurtleu, the one who said it?"), what they said ("what did he say?") nor what they
    said about something."""
    return (
        analysis.kind != "who"
        # "What did he say?" asks what was said; "is that the quote?" whether it was.
        and (analysis.kind == "yesno" or not people.isdisjoint(analysis.tokens))
        and all(
            token in people or surface in SPEECH_WORDS
            for token, surface in zip(analysis.tokens, analysis.surfaces, strict=True)
        )
    )


def _says_his_or_her(asked: AnalysedQuestion) -> bool:
    """Whether a question points at a person with a possessive or object pronoun ("his",
    "его", "njegova"), not only with "he" or "she"."""
    words = set(read_words(asked.analysis))
    return bool((PERSON_PRONOUNS - SUBJECT_PRONOUNS) & words)


class Engine:
    """Decides about questions on one fact base. Build once; :meth:`decide` is pure (but for
    its caches of spelling corrections and analyses) and thread-safe."""

    def __init__(
        self,
        base: FactBase,
        *,
        words: WordFrequencies | None = None,
        config: EngineConfig = DEFAULT_CONFIG,
    ) -> None:
        self.base = base
        self.config = config
        self._words = words or english()
        # Russian and Serbian frequencies weigh those languages' words ("zemlje", "страны").
        weigh_by = {"en": self._words, "ru": frequencies("ru"), "sr": frequencies("sr")}
        normalizer = Normalizer(
            [base.aliases, base.synonyms],
            is_english=self._words.is_word,
            language_words=base.language_words,
            real_word=RealWords(weigh_by, config.small_word_real_zipf),
            descriptions=base.descriptions,
            description_span=config.description_span,
            names=base.aliases,
            word_lists=weigh_by,
            people=base.people,
        )
        self._normalizer = normalizer
        self.index = build_index(base, normalizer, weigh_by, config)
        speller = Speller(
            self.index.spelling,
            self._words,
            config,
            weigh_by,
            common_forms=self.index.weigher.form_zipf,
        )
        self._analyser = Analyser(normalizer, speller, self.index)
        self._decisions: dict[tuple[str, str | None, str | None], Decision] = {}

    def __getstate__(self) -> dict[str, object]:
        # The per-process cache of decisions stays out of the engine cache file.
        state = dict(self.__dict__)
        state["_decisions"] = {}
        return state

    @classmethod
    def from_directory(cls, directory: Path) -> Engine:
        """Load, validate and index the fact base in ``directory``."""
        from bot.knowledge.loader import load_fact_base

        return cls(load_fact_base(directory))

    # ----------------------------------------------------------------------------------------
    # The stages
    # ----------------------------------------------------------------------------------------

    def analyze(self, question: str, *, lang: str | None = None) -> Analysis:
        """Normalize ``question`` with spelling correction against the fact base."""
        return self._analyser.analyze(question, lang=lang)

    def weigh(self, question: str, *, lang: str | None = None) -> AnalysedQuestion:
        """The analysed question with its weights and unknown words, without scoring anything
        (cheaper than :meth:`match` when only the words matter)."""
        return self._analyser.weigh(question, self._analyser.analyze(question, lang=lang))

    def match(self, question: str, *, lang: str | None = None) -> Match:
        """Score every fact and gap for ``question``, best first."""
        analysis = self._analyser.analyze(question, lang=lang)
        return score(self.index, self._analyser.weigh(question, analysis))

    def decide(
        self, question: str, *, lang: str | None = None, hint: str | None = None
    ) -> Decision:
        """What to do about ``question``: answer, decline, "did you mean"… with the evidence.

        ``lang`` forces the language; ``hint`` (e.g. the Telegram client's language) is used
        only when the text itself doesn't tell ("Vučić?" is Serbian for a Serbian client).
        """
        key = (question, lang, hint)
        try:  # one lookup, not `in` then `[]`: safe if another thread clears the cache
            return self._decisions[key]
        except KeyError:
            pass
        text = bound_question(question, self.config.max_question_chars)
        if lang is None and hint in LANGUAGES and hint != "en" and not self._has_english(text):
            lang = hint
        decision = self._decide(text, lang=lang)
        if decision.reason is Reason.OFF_TOPIC:
            decision = self._about_the_setting(text, decision)
        if decision.reason in _GUESS_DECLINES:
            decision = self._without_the_guess(text, decision)
        if text is not question:
            decision = dataclasses.replace(decision, question=question)
        if decision.lang == "sr" and mostly_cyrillic(text):
            decision = dataclasses.replace(decision, cyrillic=True)
        # A decision depends on the words alone (and this engine's fact base): the same
        # question — a suggestion button, a popular question — is decided once.
        limit = self.config.max_cached_decisions
        if limit:
            if len(self._decisions) >= limit:
                self._decisions.clear()
            self._decisions[key] = decision
        return decision

    def _without_the_guess(self, question: str, declined: Decision) -> Decision:
        """A question with a guess at what it asks ("what did he talk with vucevic about,
        agriculture?") that the guess's words leave unanswered is answered without them when
        that is sure (``sure_threshold``): the answer puts the guess right. Else ``declined``
        stands."""
        asked = without_guess_at_what(clean(question))
        if asked is None:
            return declined
        made = self._decide(asked, lang=declined.lang)
        if made.answered and made.score >= self.config.sure_threshold:
            return dataclasses.replace(made, question=question)
        return declined

    def _about_the_setting(self, question: str, declined: Decision) -> Decision:
        """A when- or where-question that names nothing but "it" or "this" ("when was this
        even", "когда это было?", "kad je to bilo?") asks about the article's own event: it is
        read with the fact base's setting (``context`` in source.yaml: the visit, its people
        and places) and answered so, marked ``by_setting``; else ``declined`` stands. A bare
        "when?" points at nothing and stays declined. So does a claim of nothing but a place the
        article doesn't mention ("was it in Zagreb?", "јел то било у Новом Саду?"): where the
        event was puts it right. "What's this about?" naming nothing else asks the article's
        own topic and is read so too."""
        analysis = self._analyser.analyze(question, lang=declined.lang)
        if not self.base.context:
            return declined
        if analysis.tokens:
            weighed = self._analyser.weigh(question, analysis)
            if not weighed.place_claimed or weighed.total:
                return declined
        elif analysis.kind not in SETTING_KINDS and not (
            # "what's this about?", "o čemu se radi?": the article's own topic.
            analysis.kind == "what"
            and not TOPIC_PREPOSITIONS.isdisjoint(WORD.findall(fold(analysis.read)))
        ):
            return declined
        read = {fold_word(w) for w in WORD.findall(analysis.read)}
        language = LANGUAGE_RULES.get(declined.lang)
        # "Da li je bio u Novom Sadu?": a language that drops its subjects says "he" by the
        # verb alone, when a place is all the question claims.
        unsaid_he = language is not None and language.drops_subjects and bool(analysis.tokens)
        if (
            OTHER_REFERENCES.isdisjoint(read)
            and SUBJECT_PRONOUNS.isdisjoint(read)
            and not unsaid_he
        ):
            # "when was this", "where did he go": "he" with nothing else named is the
            # article's visitor, as "it" is its event.
            return declined
        setting = " ".join(self.base.context)
        made = self._decide(f"{question.rstrip(' ?!.')} {setting}?", lang=declined.lang)
        if not made.answered:
            return declined
        return dataclasses.replace(made, question=question, by_setting=True)

    def _decide(self, question: str, *, lang: str | None) -> Decision:
        """:meth:`decide` in the given or detected language."""
        if not question.strip():
            return Decision(question, Outcome.EMPTY, lang or "en")
        chat = small_talk(question) or small_talk_opening(question)
        if chat is not None:
            language = lang or self._normalizer.detect_language(clean(question))
            return Decision(question, Outcome.SMALLTALK, language, small_talk=chat)
        unaddressed = without_address(question)
        if unaddressed != question:
            # "bot, who was in Belgrade?": the one addressed is not what is asked about.
            made = self._decide(unaddressed, lang=lang)
            return dataclasses.replace(made, question=question)
        whole = self._analyser.analyze(question, lang=lang)
        dictated = punctuate(question, whole.lang)
        if dictated is not None:
            # "so yeah im listening to a podcast … what exactly is his job title my dad says…":
            # a long message without sentence marks is read as the sentences it was spoken in.
            made = self._decide(dictated, lang=whole.lang)
            return dataclasses.replace(made, question=question)
        # The whole message weighed, once, when first needed (most messages never need it).
        weighed_whole = functools.cache(functools.partial(self._analyser.weigh, question, whole))
        if whole.read and whole.read != question:
            # Russian typed in Latin letters is small talk as its Cyrillic reading is ("ty bot
            # ili chelovek? kak tebya zovut").
            chat = small_talk(whole.read)
            if chat is not None:
                return Decision(question, Outcome.SMALLTALK, whole.lang, small_talk=chat)
        if asks_to_write(read_words(whole)) or asks_translation(whole):
            # "can you write a short email to my boss saying i'll be late, train is stuck": an
            # errand asked anywhere in the message is declined for the whole of it, not read
            # as the sentence around it ("train is stuck", which transport would answer).
            return decide(self.index, question, score(self.index, weighed_whole()))
        # Sentences are told apart once their small words are read: "…she asked me. wen did
        # he come" asks in its second sentence.
        focused = focus(whole.read or question)
        chat = (
            small_talk(focused, slips=False) or small_talk_sentences(focused)
            if focused is not None and focused.endswith("?")
            # "…are you a real person? … who made you and what model are you": asking
            # sentences all about the bot are small talk, the last typed without its mark.
            else small_talk_sentences(focused)
            if focused is not None
            else None
        )
        if chat is not None:
            # The only asking sentence is small talk, the rest a story: "hey how are you doing
            # today? bored at work and just wanted to chat".
            return Decision(question, Outcome.SMALLTALK, whole.lang, small_talk=chat)
        asked_unknown: frozenset[str] | None = None
        # The story's unknown words are set aside from this share on topic (see below).
        aside_min_on_topic = self.config.story_aside_min_on_topic
        story: frozenset[str] = frozenset()
        focus_made: Decision | None = None
        if focused is not None and "?" not in question:
            # "date of Nurtleu talks Belgrade. Need it for a timeline I'm building at work…":
            # no sentence asks with its mark; one answered alone beside the asker's story is
            # what the message asks.
            answered_alone = self._one_answered_sentence(question, whole.lang)
            if answered_alone is not None:
                return dataclasses.replace(answered_alone, question=question)
        if focused is not None:
            # The question inside a long message, in the language of the whole message: if
            # it is answered (or declined for a reason of its own), so is the message — when
            # it says what it asks about by itself.
            language = whole.lang
            asked = self.weigh(focused, lang=language)
            if asks_translation(asked.analysis):
                # "Как будет спасибо по-сербски?": the word asked about, set aside as courtesy
                # in the asking part ("как будет по-сербски?"), leaves a translation asked,
                # declined as such, not "when will it be".
                made = decide(self.index, focused, score(self.index, asked))
                return dataclasses.replace(made, question=question)
            asked_unknown = frozenset(asked.unknown)
            if not asked.weights:
                aside_min_on_topic = self.config.bare_story_aside_min_on_topic
            story = frozenset((*whole.stems, *whole.forms)).difference(
                asked.analysis.stems, asked.analysis.forms
            )
            focus_made = decide(self.index, focused, score(self.index, asked))
            if not focus_made.answered and focus_made.reason in _ASIDE_REASONS:
                # "…so I'm curious whether we're part of a growing trend. What does the article
                # say about growth in trade turnover? Did it go up?": one asking sentence sure
                # of its answer, the others off the topic or asking the same, is the question.
                focus_made = (
                    self._one_sure_sentence(whole.read or question, focused, language) or focus_made
                )
            quoted = self._the_quote_asked_about(question, focused, asked, focus_made, language)
            if quoted is not None:
                return dataclasses.replace(quoted, question=question)
            # "what kind of visit was it? my colleague swears…": an asking part that opens the
            # message points back at nothing before it ("it" is the article's event).
            opens = " ".join((whole.read or question).split()).startswith(" ".join(focused.split()))
            if focus_made.reason is Reason.OFF_TOPIC:
                # "when was it? my colleague swears it was about transport": an asking part of
                # nothing but "it" asks about the article's own event, whatever the story says.
                # Not after a story of the article's topic: "the papers they signed, what were
                # they about" asks about the papers, which the whole message names.
                by_setting = self._about_the_setting(focused, focus_made)
                if not (
                    by_setting.by_setting
                    and not opens
                    and weighed_whole().weights.keys() - asked.weights.keys()
                ):
                    focus_made = by_setting
            if focus_made.reason is Reason.OTHER_PERIOD:
                # "…I know last year's figure. And this year's?": the question asks about a
                # period its fact doesn't give, whatever the story names besides.
                return dataclasses.replace(focus_made, question=question)
            decided = (
                focus_made.answered
                or focus_made.gap is not None
                or focus_made.reason in _NOW_REASONS
            )
            # "What post does he hold?" after a story naming him asks about him.
            names_no_one = self.index.people.isdisjoint(asked.weights)
            # "…mentioned Dacic. What is his position, and what did he discuss with the Kazakh
            # minister?": "he" is the one the story names, not the one the question names.
            story_people = {t for t in whole.tokens if t in self.index.people}
            # "…The guy who visited Serbia is the foreign minister, sure… What's his other
            # title?": a story naming no one leaves "he" to the asking part when it is sure.
            sure_alone = focus_made.answered and focus_made.score >= self.config.asking_part_sure
            about_someone = (
                _says_he_or_she(asked)
                and (
                    (names_no_one and (bool(story_people) or not sure_alone))
                    or len(story_people - asked.weights.keys()) == 1
                )
                # "Ivica Dačić — on kto po dolžnosti?": "he" right after a name is that one.
                and not self._pronoun_after_name(focused, language)
            )
            leans_back = points_back(focused, language) and not opens
            if (
                leans_back
                and focus_made.answered
                and not sure_alone
                # "…he met vucic. who else did he see?" asks beyond the sentence before.
                and not asks_for_more(read_words(asked.analysis))
            ):
                with_before = self._with_the_sentence_before(
                    whole.read or question, focused, asked, focus_made, language
                )
                if with_before is not None:
                    return dataclasses.replace(with_before, question=question)
            if leans_back and weighed_whole().foreign_place is not None:
                # "i heard they discussed the war in ukraine, what did they say about it": the
                # place the asking part points back at is asked, not set aside as the story's.
                asked_unknown = None
            sure = sure_alone and not leans_back
            # A gap declining an asking part that points back at the story ("73.8 mil, for
            # which year is that number?") may not see what it leans on: the whole decides.
            # "…astana wants to learn from serbia's farming. is that what nurtleu said": an
            # asking part pointing back with only whose words they are asks to check the
            # story's claim as that person's.
            whose_words = leans_back and asks_whose_words(asked.analysis, self.index.people)
            alone = self._stands_alone(asked) and not (
                (focus_made.gap is not None and leans_back and names_no_one)
                or whose_words
                # "the free trade agreement of EEU with serbia, when was it signed?": "it" is
                # the topic named before the comma, which the whole message asks about.
                or (leans_back and self._topic_phrase_before(question, focused, whole))
            )
            # An asking part that names nothing of its own ("what does the article say?", "is
            # that true?", "how much exactly?") leans on the claim; one asking for more ("…he
            # met Vucic. who else did he see?") does not.
            checks = not asks_for_more(read_words(asked.analysis))
            # "…he called us a reliable partner in some region. Which region?": every word the
            # asking part asks is one the story's claim has: it asks about that claim.
            # Not "who": "…says Dacic is the defence minister. Who is the defence minister?"
            # asks who really is, which the claim's name would only mislead.
            echoes = alone and asked.analysis.kind != "who" and _echoes_the_story(asked, whole)
            # "what year did this visit happen? it only says nov 29": an asking part of a kind
            # the article never answers (its gap settles the kind) is asked for itself,
            # whatever the story quotes.
            declined_itself = (
                focus_made.gap is not None and asked.analysis.kind in focus_made.gap.answers_to
            )
            if about_someone and len(story_people) == 1 and not _is_bare_check(asked):
                # "…our minister also met some Serbian defense guy who is a deputy PM too.
                # whats his name?": the one person the story names (here by description) is
                # "his", not whoever else its sentence or claim mentions.
                resolved = self._with_the_person(focused, asked, whole, language)
                if resolved is not None and resolved.answered:
                    return dataclasses.replace(resolved, question=question)
            if (
                focus_made.gap is not None
                # Not a gap barely brushed ("…free trade agreement. when does it take effect?"
                # at 4): it declines nothing the part asks.
                and focus_made.score >= self.config.suggest_threshold
                and leans_back
                and reported_by_the_article(whole.read or question)
            ):
                # "The article says they signed a military deal. What is that agreement worth?":
                # the article's own claim is taken as read; what is asked beyond it, a gap
                # declines.
                return dataclasses.replace(focus_made, question=question)
            claim = (
                reported_claim(whole.read or question)
                if checks and (echoes or not alone) and not declined_itself
                else None
            )
            if claim is not None:
                said = self.weigh(claim, lang=language)
                if len(said.analysis.tokens) < 2 and not self._stands_alone(said):
                    # "…something nice he said about the country. what did he say?": one
                    # light word ("about the country") is no claim to check.
                    claim = None
            if claim is not None:
                # "Moj kum kaže da trgovina samo opada… Šta kaže članak?": the asking part
                # asks to check the claim the story reports, which decides.
                text = f"{claim} {focused}" if echoes else claim + "?"
                checked = self.decide(text, lang=language)
                if checked.answered and (
                    checked.score >= self.config.sure_threshold
                    # "…vucic complained that cooperation is weak. did he": a bare check with
                    # no word of its own has nothing but the claim to be answered on ("…he
                    # says it was Vučić. Ko je to bio?" asks who really was, not the claim).
                    or (not asked.weights and asked.analysis.kind != "who")
                ):
                    return dataclasses.replace(checked, question=question)
                # "…Nurtleu also met the Serbian prime minister Ana Brnabic. Did he meet her?":
                # an asking part pointing back with nothing but the claim's own words is as
                # bare a check, and a person the article never names declines it too.
                echo = (
                    leans_back
                    and not asked.unknown
                    and asked.weights.keys() <= said.weights.keys()
                    and checked.reason is Reason.FOREIGN_PLACE
                )
                if (_is_bare_check(asked) and checked.reason in _CLAIM_DECLINES) or echo:
                    # "twitter says nurtleu met the serbian patriarch too. did he?": a bare
                    # check is asked on the claim alone, so what declines the claim (someone,
                    # something or somewhere the article never names) declines the message.
                    return dataclasses.replace(checked, question=question)
                if (
                    checked.reason is Reason.OFF_TOPIC
                    and checked.score < self.config.suggest_threshold
                    and not asked.weights
                    and asked.analysis.kind in OPEN_KINDS
                ):
                    # "my friend says Djokovic won Wimbledon 7 times. is that right?": the
                    # claim to check is off the article's topic, with no fact even worth
                    # suggesting for it, and so is the message. Not when the asking part asks
                    # where, when or who ("…she thinks in Novi Sad. Where really?"): the
                    # claim is a guess the story's question puts right.
                    return dataclasses.replace(checked, question=question)
            sentence = (
                self._topic_sentence(question, focused, whole)
                if about_someone or not (alone and focus_made.answered)
                else None
            )
            if sentence is not None and about_someone:
                # "…Dačić smiled. The talks — what did he say?": "he" is someone the story
                # names, whom the sentence alone would lose.
                named_there = self._analyser.analyze(sentence, lang=language).tokens
                if not story_people <= set(named_there):
                    sentence = None
            if sentence is not None:
                # "…Maybe I was on holiday that week. The agreements that were signed — what
                # kind of cooperation were they on?": "they" is the topic its own sentence
                # names, not the story before it, which that sentence decides without.
                made = self._decide(sentence, lang=language)
                if made.answered and made.score >= self.config.sure_threshold:
                    return self._joined(
                        question, focused, dataclasses.replace(made, question=question), lang
                    )
            pointed = (
                self._the_one_pointed_at(focused, asked, whole, language) if names_no_one else None
            )
            if pointed is not None:
                return dataclasses.replace(pointed, question=question)
            thing = self._the_thing_pointed_at(focused, asked, whole, language, focus_made)
            if thing is not None:
                return self._joined(
                    question, focused, dataclasses.replace(thing, question=question), lang
                )
            topic = (
                self._with_the_topic_person(question, focused, asked, whole, language)
                if not about_someone
                else None
            )
            if topic is not None:
                return dataclasses.replace(topic, question=question)
            pair = self._with_the_pair(focused, asked, whole, language) if names_no_one else None
            if pair is not None:
                return dataclasses.replace(pair, question=question)
            if decided and (alone or sure) and not about_someone:
                made = dataclasses.replace(focus_made, question=question)
                return self._joined(question, focused, made, lang)
            resolved = self._with_the_person(focused, asked, whole, language)
            if resolved is not None:
                # Not split into parts again: each part alone would lose who "he" is.
                return dataclasses.replace(resolved, question=question)
            if (
                not checks
                and focus_made.answered
                and focus_made.score >= self.config.asking_part_sure
            ):
                # "…said the minister only met Vucic. Who else did he meet?": asking for more,
                # the asking part doesn't lean on who "he" is among the story's people.
                made = dataclasses.replace(focus_made, question=question)
                return self._joined(question, focused, made, lang)
            tagged = (
                tagged_sentence(whole.read or question, focused) if _is_bare_check(asked) else None
            )
            if tagged is not None:
                # "pričali su i o Ukrajini na sastanku, jel tako?": a tag checks the statement
                # it ends, so a place that statement names is asked, not the story's.
                said_there = self.weigh(tagged, lang=language)
                if said_there.foreign_place is not None:
                    asked_unknown = frozenset(said_there.unknown)
        # The whole message decides, its story's unknown words set aside when what is left
        # still says what it asks about ("…the trade tripled. how much was it?"; not "…
        # something about Kazakhstan. how much was it?").
        if not ADDRESS_WORDS.isdisjoint(whole.surfaces):
            # The bot addressed by name ("@bot vucevic") is asked nothing by that word.
            if asked_unknown is None:
                asked_unknown = frozenset(weighed_whole().unknown)
            asked_unknown = asked_unknown - ADDRESS_WORDS
        weighed = self._analyser.weigh(question, whole, asked_unknown=asked_unknown)
        if asked_unknown is not None:
            plain = weighed_whole()
            if (
                not self._stands_alone(weighed, self.index.people)
                or plain.on_topic < aside_min_on_topic
            ):
                weighed = plain
        if story:
            weighed = dataclasses.replace(weighed, story=story)
        made = decide(self.index, question, score(self.index, weighed))
        if (
            focus_made is not None
            and focus_made.answered
            and (
                made.reason in (Reason.OFF_TOPIC, Reason.WEAK, *_NOW_REASONS)
                or (
                    made.reason in _STORY_REASONS and focus_made.score >= self.config.sure_threshold
                )
            )
        ):
            # The story's words drowned a question that leans on nothing in it: "what kind of
            # visit was it? my friend insists it was a stopover on the way to europe"; or made
            # it about now ("Today I'm building a worksheet… Who made the trip to Belgrade?"),
            # somewhere else or a judgement (:data:`_STORY_REASONS`).
            made = dataclasses.replace(focus_made, question=question)
        return self._joined(question, focused or whole.read, made, lang)

    def _one_answered_sentence(self, message: str, lang: str) -> Decision | None:
        """The decision on the sentence of ``message`` answered alone at ``sure_threshold``,
        when every sentence answered alone is answered by its fact and every other one is
        declined as the asker's story: off the topic, weak, or by a gap it only brushes
        (below ``answer_threshold``: "…building a who's-who spreadsheet for our newsroom"
        against the gap on where the talks were held). None otherwise, or for one sentence."""
        sentences = split_sentences(message)
        if any(only_a_tag(s) for s in sentences):
            # "my teacher says the kazakh fm only met the president. is that true": a tag typed
            # without its mark checks the claim before it, which is no keyword query.
            return None
        return self._the_one_answered(
            sentences, lang, self.config.sure_threshold, brushed_gaps=True
        )

    def _the_one_answered(
        self, sentences: Sequence[str], lang: str, threshold: float, *, brushed_gaps: bool
    ) -> Decision | None:
        """The best decision on one of two or more ``sentences``, each decided alone, when it
        scores ``threshold``, every sentence answered is answered by its fact, and every other
        is declined as off the topic or weak (:data:`_ASIDE_REASONS`) — with ``brushed_gaps``,
        or by a gap below ``answer_threshold`` that doesn't settle the sentence's kind ("What
        year was it." asks what its gap settles: no story). None otherwise; the first sentence
        that rules this out ends the look."""
        if len(sentences) < 2:
            return None
        best: Decision | None = None
        for sentence in sentences:
            made = self._decide(sentence, lang=lang)
            if made.answered:
                if best is not None and made.fact_id != best.fact_id:
                    return None  # two facts asked: the joined question's to answer
                if best is None or made.score > best.score:
                    best = made
            elif not (
                made.reason in _ASIDE_REASONS
                or (
                    brushed_gaps
                    and made.gap is not None
                    and made.score < self.config.answer_threshold
                    and self._analyser.analyze(sentence, lang=lang).kind not in made.gap.answers_to
                )
            ):
                return None
        return best if best is not None and best.score >= threshold else None

    def _the_quote_asked_about(
        self, message: str, focused: str, asked: AnalysedQuestion, made: Decision, lang: str
    ) -> Decision | None:
        """For an asking part that asks who, points back and is not sure by itself ("…asked
        who talked about the 'high level of cooperation between the countries'. … Who said
        that?"): the decision on it with the phrase the rest of the message quotes, when that
        is sure (``sure_threshold``); else None."""
        if (
            asked.analysis.kind != "who"
            or not points_back(focused, lang)
            or (made.answered and made.score >= self.config.asking_part_sure)
        ):
            return None
        # The asking part is found case-blind (it may come from the message read in lower
        # case) and cut as typed: a quote inside it is no phrase the rest of the message quotes.
        text, part = " ".join(message.split()), " ".join(focused.split())
        start = text.casefold().find(part.casefold())
        rest = text[:start] + text[start + len(part) :] if start >= 0 else text
        for quote in quoted_phrases(rest):
            # One sentence: "who said that high level of cooperation between the countries?"
            decided = self._decide(f"{focused.rstrip(' ?!.')} {quote}?", lang=lang)
            if decided.answered and decided.score >= self.config.sure_threshold:
                return decided
        return None

    def _one_sure_sentence(self, message: str, focused: str, lang: str) -> Decision | None:
        """The decision on the one asking sentence of ``message`` (:func:`asking_sentences`,
        two or more, together ``focused``) that is answered alone at ``sure_sentence``,
        when every other one is declined as off the topic or weak (:data:`_ASIDE_REASONS`) or
        answered by the same fact (:meth:`_the_one_answered`); else None."""
        best = self._the_one_answered(
            asking_sentences(message), lang, self.config.sure_sentence, brushed_gaps=False
        )
        return None if best is None else dataclasses.replace(best, question=focused)

    def _joined(
        self, question: str, focused: str | None, made: Decision, lang: str | None
    ) -> Decision:
        """``made`` for a question that joins two (:func:`bot.lang.clauses.joined`: "what did
        they sign and why does it matter", "who did he meet and when"), each part decided
        too: both parts answered by different facts get both answers, in the order asked
        (``Decision.also``); one part answered gets that answer when the whole is, and the
        other part's fact first among its related questions; a question not answered as a
        whole (too close, too weak) whose parts are both answered gets both; one not answered as
        a whole whose first part alone is sure gets that answer and the second part's decline
        (:meth:`_first_part_alone`). Otherwise a gap, an opinion or a question about now stays
        as it is. ``focused`` is the question's asking
        part (:func:`bot.lang.clauses.focus`), if it has one, else the question as its small
        words are read ("wat did they discuss and wats the trade number")."""
        asked = focused or question
        parts = joined(asked) or self._comma_parts(asked, lang)
        if parts is None or made.reason is Reason.OPINION:
            return made
        language = lang or made.lang
        # Each part decided alone, once, when first needed (an answered whole often needs none).
        decided = functools.cache(functools.partial(self._parts_decided, parts, language))
        if not made.answered:
            first_alone = self._first_part_alone(question, parts, decided(), language)
            if first_alone is not None:
                return first_alone
        if made.reason in _NOW_REASONS:
            return made
        if made.gap is not None:
            return self._both_past_the_gap(question, decided(), made)
        first_part, second_part = parts
        if (
            made.answered
            and focused is not None
            and points_back(first_part, language)
            and points_back(second_part, language)
            and " ".join(question.split()) != " ".join(focused.split())
        ):
            # "The article mentions an intergovernmental body… What is it called, and what
            # does it deal with?": "it" in both parts is what the story names, which neither
            # part says alone; the message as a whole has been answered on it.
            return made
        answers = list(decided())
        if not answers[1].answered and points_back(second_part):
            # "what did they sign and whats it for": "it" is what the first part asks about;
            # the second part, which says nothing alone, is asked with it.
            leaning = f"{second_part} {first_part}"
            answers[1] = decide(self.index, leaning, self.match(leaning, lang=language))
        first, second = answers
        if made.answered and made.fact is not None and first.answered != second.answered:
            # "kad je bio ministar u beogradu i s kim se video": a part too vague alone ("when
            # was the minister…": weak, not declined for a reason of its own) is what the
            # whole, answered by another fact than the other part's, answers; the other part
            # gets its own answer beside it.
            alone, vague = (first, second) if first.answered else (second, first)
            if alone.fact is not None and alone.fact != made.fact and vague.reason is Reason.WEAK:
                first, second = (made, alone) if second.answered else (alone, made)
        if first.fact is not None and second.fact is not None and first.fact != second.fact:
            related = tuple(
                r for r in first.related if r != self.index.question_for(second.fact.id, language)
            )
            return dataclasses.replace(first, question=question, also=second.fact, related=related)
        if not all(d.answered for d in answers):
            answers = [d for d in answers if d.answered] if made.answered else []
        if not answers:
            return made
        if not made.answered:
            made = dataclasses.replace(max(answers, key=lambda d: d.score), question=question)
        other = next((d.fact_id for d in answers if d.fact_id != made.fact_id), None)
        if other is None:
            return made
        offer = self.index.question_for(other, made.lang)
        related = (offer, *(r for r in made.related if r != offer))
        return dataclasses.replace(made, related=related[: self.config.max_suggestions])

    def _comma_parts(self, question: str, lang: str | None) -> tuple[str, str] | None:
        """The two questions of one joined by a comma (:func:`bot.lang.clauses.comma_joined`:
        "which Serbian head of state, what date?") when the second asks a kind of its own,
        neither an open "what", yes or no, nor what was discussed (``_RESTATING_KINDS``), nor
        the first's kind: "what did Vucevic say, what were his words?" asks once, in two
        wordings."""
        parts = comma_joined(question)
        if parts is None:
            return None
        first, second = (self._analyser.analyze(p, lang=lang).kind for p in parts)
        if second in _RESTATING_KINDS or second == first:
            return None
        return parts

    def _first_part_alone(
        self, question: str, parts: tuple[str, str], decided: Sequence[Decision], lang: str
    ) -> Decision | None:
        """The answer to the first part of a joined question not answered as a whole, with the
        second part's decline (``Decision.declined_part``), when the first alone scores
        ``first_part_sure`` and doesn't lean on anything before it, and the second is not
        answered ("which city did he go to and how many days did he stay": the city, and no
        length given); None otherwise. ``decided``: each part's decision alone."""
        first, second = decided
        # "he" in a first part that opens the message is the article's own (nothing before it
        # to point back at): "who did he meet in belgrade and how long did he stay there".
        opens = WORD.findall(fold(question))[:3] == WORD.findall(fold(parts[0]))[:3]
        if (
            not first.answered
            or second.answered
            or first.score < self.config.first_part_sure
            or (points_back(parts[0], lang) and not opens)
        ):
            return None
        return dataclasses.replace(first, question=question, declined_part=second)

    def _parts_decided(self, parts: tuple[str, str], lang: str) -> tuple[Decision, Decision]:
        """Each part of a joined question decided by itself, in ``lang``."""
        first, second = (decide(self.index, p, self.match(p, lang=lang)) for p in parts)
        return first, second

    def _both_past_the_gap(
        self, question: str, decided: Sequence[Decision], declined: Decision
    ) -> Decision:
        """A question of two parts that a gap declines only as a whole, its words spread over
        both ("с ким је разговарао о трговини и инвестицијама? и колико је порасла размена":
        investments in one part, how much in the other, call up the gap on investment
        figures): when each part alone is answered surely (``sure_threshold``) by a fact of
        its own, both answers are told; else ``declined`` stands — a gap one part calls up by
        itself declines what it asks. ``decided``: each part's decision alone."""
        first, second = decided
        if (
            not (first.answered and second.answered)
            or first.fact is None
            or second.fact is None
            or first.fact == second.fact
            or min(first.score, second.score) < self.config.sure_threshold
        ):
            return declined
        return dataclasses.replace(first, question=question, also=second.fact)

    def _with_the_person(
        self, focused: str, asked: AnalysedQuestion, whole: Analysis, lang: str
    ) -> Decision | None:
        """The decision on a message's asking part whose "he" or "she" is the one person its
        story names ("Milos Vucevic is in this story… What post does he hold?" asks what post
        Vucevic holds), or for "his" or "him" the last of several it names before the asking
        part ("…Nurtleu next to Dacic. What is his title?"; else the last of all), when that
        answers it or a gap declines it; None otherwise (no such pronoun, no one named, "he"
        after several, no one named before the asking part beside a story before it that
        describes someone, nothing decided)."""
        if not _says_he_or_she(asked):
            return None
        named = [t for t in whole.tokens if t in self.index.people and t not in asked.weights]
        if not named:
            return None
        if len(set(named)) > 1 and not _says_his_or_her(asked):
            # "Nurtleu told the Serbian president something nice. What did he say?": "he" may
            # be either (or the asker's teacher in "…says Dacic is…, is she right?").
            return None
        # "His" after several: the last one named ("…photo of the Kazakh minister with
        # Dacic. I need Dacic's title. How does the article give his post?") before the
        # asking part ("Vucevic's job title is a mouthful… What is his position? I need it
        # for a photo of him with the Kazakh minister" asks Vucevic's).
        before = self._named_before(focused, whole, asked)
        if not before and self._describes_someone_before(focused, whole):
            # "so there's a serbian guy who is deputy PM and defence minister. what's his
            # name? i keep thinking vucic…": the story before describes him; the name after
            # the question is the asker's guess, which the answer puts right.
            return None
        person = before[-1] if before and len(set(named)) > 1 else named[-1]
        if asks_for_more(read_words(asked.analysis)):
            # "…he met Vucic. who else did he see?": "he" is someone else; Vucic is set aside.
            analysis = dataclasses.replace(asked.analysis, excluded=(person,))
            made = decide(
                self.index,
                focused,
                score(self.index, dataclasses.replace(asked, analysis=analysis)),
            )
        else:
            made = self._decided_about(focused, person, lang)
        return made if made.answered or made.gap is not None else None

    @staticmethod
    def _story_before(focused: str, whole: Analysis) -> str:
        """The message's words before its asking part ``focused``, as typed; "" when the asking
        part opens the message or isn't found in it (found case-blind, cut as typed: capitals
        tell a chat member's name from a word)."""
        message = " ".join((whole.read or whole.text).split())
        start = message.casefold().find(" ".join(focused.split()).casefold())
        return message[:start] if start > 0 else ""

    def _describes_someone_before(self, focused: str, whole: Analysis) -> bool:
        """Whether the story before the asking part describes a person by a word for one
        ("so there's a serbian *guy* who is both deputy prime *minister*…")."""
        story = self._story_before(focused, whole)
        return not PERSON_NOUNS.isdisjoint(WORD.findall(fold(story)))

    def _named_before(self, focused: str, whole: Analysis, asked: AnalysedQuestion) -> list[str]:
        """The people the message names before its asking part ``focused`` (not those the
        asking part names itself), in order; none when the asking part opens the message or
        isn't found in it as typed."""
        before = self._story_before(focused, whole)
        if not before:
            return []
        story = self._analyser.analyze(before, lang=whole.lang)
        return [t for t in story.tokens if t in self.index.people and t not in asked.weights]

    def _with_the_pair(
        self, focused: str, asked: AnalysedQuestion, whole: Analysis, lang: str
    ) -> Decision | None:
        """The answer to a message's asking part whose "their" (``Language.pair_pronouns``) is
        the two people its story names ("…wants to know what Nurtleu and Dacic talked about. What was their
        meeting about?" asks about Nurtleu and Dacic's meeting); None when the story names
        fewer or more, or that reading answers nothing."""
        if PAIR_PRONOUNS.isdisjoint(read_words(asked.analysis)):
            return None
        named = list(
            dict.fromkeys(
                t for t in whole.tokens if t in self.index.people and t not in asked.weights
            )
        )
        if len(named) != 2:
            return None
        made = self._decided_about(focused, " ".join(named), lang)
        return made if made.answered else None

    def _with_the_sentence_before(
        self,
        message: str,
        focused: str,
        asked: AnalysedQuestion,
        alone: Decision,
        lang: str,
    ) -> Decision | None:
        """The decision on an asking part ``focused`` that points back ("С кем Нуртлеу
        говорил про это?") read with the sentence right before it, which names what "это" is
        ("…с кем обсуждали военные вопросы."), when that is sure (``sure_threshold``), beats
        the part alone (``alone``, the decision on ``asked``) and answers with another fact;
        None otherwise."""
        sentences = split_sentences(message)
        # The last sentence the asking part opens (a repeated opening, "what did they…", is
        # the later one); none before it when it is the first or is not found.
        start = " ".join(focused.split()[:_OPENING_WORDS]).casefold()
        at = next(
            (
                i
                for i in reversed(range(len(sentences)))
                if start in " ".join(sentences[i].split()).casefold()
            ),
            None,
        )
        if not at:
            return None
        # "the article says something makes cultural ties easier. what agreement helps with
        # that?": what the article reports is what "that" is; its saying so is not.
        before = article_claim(sentences[at - 1]) or sentences[at - 1]
        text = f"{before} {focused}"
        # The story's words the fact base never uses ("long and loud") don't dilute it: only
        # the asking part's own unknown words count.
        analysis = self._analyser.analyze(text, lang=lang)
        weighed = self._analyser.weigh(text, analysis, asked_unknown=frozenset(asked.unknown))
        made = decide(self.index, text, score(self.index, weighed))
        if (
            made.answered
            and made.score >= self.config.sure_threshold
            and made.score > alone.score
            and made.fact != alone.fact
        ):
            return made
        return None

    def _decided_about(self, focused: str, person: str, lang: str) -> Decision:
        """The decision on an asking part read as about ``person``: a person's token, or
        several separated by spaces (the pair "their" stands for)."""
        resolved = f"{focused} {person}"
        return decide(self.index, resolved, score(self.index, self.weigh(resolved, lang=lang)))

    def _topic_phrase_before(self, question: str, focused: str, whole: Analysis) -> bool:
        """Whether the message is a short phrase naming a topic, a comma and then its asking
        part ("the free trade agreement, when was it signed?"): no sentence of its own before
        the comma, at most ``TOPIC_PHRASE_WORDS`` words in it that are not small words and
        ``TOPIC_PHRASE_MAX_WORDS`` in all."""
        before, _, rest = " ".join((whole.read or question).split()).rpartition(
            " ".join(focused.split())
        )
        if (
            not before.rstrip().endswith(",")
            or rest.strip(" ?!.")
            or any(m in before for m in ".?!")
        ):
            return False
        return _names_a_topic(before)

    def _topic_sentence(self, question: str, focused: str, whole: Analysis) -> str | None:
        """The last sentence of a longer message when it is a short phrase naming a topic, a
        comma, colon or dash and then the asking part ("…that week. The agreements that were
        signed — what kind of cooperation were they on?"), as :meth:`_topic_phrase_before`
        reads a message of that one sentence; None otherwise."""
        text = " ".join((whole.read or question).split())
        before, _, rest = text.rpartition(" ".join(focused.split()))
        stripped = before.rstrip()
        if rest.strip(" ?!.") or not stripped.endswith((",", ":", "-", "–", "—")):
            return None
        start = max(stripped.rfind(mark) for mark in ".?!") + 1
        if start <= 0 or not _names_a_topic(stripped[start:]):
            return None
        return text[start:].strip()

    def _with_the_topic_person(
        self, question: str, focused: str, asked: AnalysedQuestion, whole: Analysis, lang: str
    ) -> Decision | None:
        """The decision on an asking part whose verb goes without a subject, after a short
        phrase before its comma naming one person ("onaj naš ministar Dačić, o čemu je pričao
        s Kazahom?" — the one spoken with may be named): asked about that person, when that is
        answered; None otherwise (a language that says its subjects, a longer story or a
        sentence of its own before it, no one or several named, nothing answered)."""
        language = LANGUAGE_RULES.get(lang)
        if language is None or not language.drops_subjects:
            return None
        # The focused part is cut from the message as read (its small words read: "о чом").
        before, _, rest = " ".join((whole.read or question).split()).rpartition(
            " ".join(focused.split())
        )
        if not before.rstrip().endswith(",") or rest.strip(" ?!."):
            return None
        if any(mark in before for mark in ".?!") or len(WORD.findall(before)) > TOPIC_PHRASE_WORDS:
            return None
        named = {t for t in whole.tokens if t in self.index.people and t not in asked.weights}
        if len(named) != 1 or not asked.weights:
            return None
        # The phrase only names and describes ("naš stari ministar", "сербский президент"):
        # "vucic je pominjao neki politički dijalog, kakav" says something of him instead.
        index = self.index
        own = set(asked.analysis.tokens)
        if any(
            token not in own
            and token not in index.names
            and surface not in PERSON_NOUNS
            and token in index.fact_known
            for token, surface in zip(whole.tokens, whole.surfaces, strict=True)
        ):
            return None
        made = self._decided_about(focused, named.pop(), lang)
        return made if made.answered else None

    def _the_one_pointed_at(
        self, focused: str, asked: AnalysedQuestion, whole: Analysis, lang: str
    ) -> Decision | None:
        """The answer to a message's asking part that points back with a demonstrative and a
        person noun ("…also met Serbia's foreign minister, apart from the president. How is
        that minister called?"): about the person the story describes with the asking part's
        own words ("этого *сербского* министра": the one described as Serbian), else the last
        one it names. None when nothing points back, the story names no one, the asking part
        says what no one in it was described with ("that defence minister" after a story
        naming only Dacic) or the answer is not confident."""
        if not points_at_someone(asked.analysis):
            return None
        analysis = asked.analysis
        own = {
            token
            for token, surface in zip(analysis.tokens, analysis.surfaces, strict=True)
            if surface not in PERSON_NOUNS and surface not in IDENTITY_WORDS
        }
        tokens = whole.tokens
        best: tuple[int, int, str] | None = None  # (words shared, position, person)
        for position, token in enumerate(tokens):
            if token not in self.index.people or token in asked.weights:
                continue
            before = tokens[max(0, position - DESCRIPTION_WINDOW) : position]
            shared = len(own.intersection(before))
            if best is None or (shared, position) >= best[:2]:
                best = (shared, position, token)
        if best is None or (own and best[0] == 0):
            return None
        resolved = f"{focused} {best[2]}"
        made = decide(self.index, resolved, score(self.index, self.weigh(resolved, lang=lang)))
        return made if made.answered else None

    def _the_thing_pointed_at(
        self,
        focused: str,
        asked: AnalysedQuestion,
        whole: Analysis,
        lang: str,
        alone: Decision,
    ) -> Decision | None:
        """The decision on a message's asking part that points back with a demonstrative and a
        noun ("…mentions the free trade agreement between the EEU and Serbia. When was *that
        agreement* signed?") read with the words the story puts before that noun ("the free
        trade agreement"), when that changes what decides it: a gap then declining it, or a
        sure answer from another fact. None otherwise (no such noun, the story doesn't name
        it, or the same decision as the asking part alone, ``alone``)."""
        language = LANGUAGE_RULES.get(lang)
        if language is None or not language.demonstratives:
            return None
        words = read_words(asked.analysis)
        if language.demonstratives.isdisjoint(words):
            return None
        # The noun is a word of the fact base's ("that agreement"), not a verb ("туда входят").
        known = {
            fold_word(surface)
            for token, surface in zip(asked.analysis.tokens, asked.analysis.surfaces, strict=True)
            if token in asked.weights
        }
        noun = next(
            (
                words[i + 1]
                for i, word in enumerate(words[:-1])
                if word in language.demonstratives
                and len(words[i + 1]) >= POINTED_NOUN_MIN_LENGTH
                and words[i + 1] in known
                and words[i + 1] not in PERSON_NOUNS
            ),
            None,
        )
        if noun is None:
            return None
        story = read_words(whole)[: -len(words) or None]
        stem = noun[: max(POINTED_NOUN_MIN_LENGTH, len(noun) - 2)]
        at = next((i for i in range(len(story) - 1, -1, -1) if story[i].startswith(stem)), None)
        if at is None:
            return None
        before: list[str] = []
        for word in reversed(story[max(0, at - POINTED_MODIFIERS) : at]):
            if word in STOP_WORDS or word in DEMONSTRATIVES:
                break
            before.insert(0, word)
        if not before:
            return None
        resolved = f"{' '.join(before)} {story[at]} {focused}"
        made = decide(self.index, resolved, self.match(resolved, lang=lang))
        if made.fact_id == alone.fact_id and made.gap_id == alone.gap_id:
            return None
        if made.gap is not None or (made.answered and made.score >= self.config.sure_threshold):
            return made
        return None

    def _pronoun_after_name(self, text: str, lang: str) -> bool:
        """Whether a person pronoun in ``text`` comes right after a name of the fact base's
        people ("Ivica Dachich — on kto…", "Dacic, is he…"), or a possessive one a few words
        after it (``PRONOUN_AFTER_NAME_WORDS``: "what did Dacic himself say during his
        talks…"): it stands for that person."""
        words = tokenize(clean(text))
        for i, word in enumerate(words):
            folded = fold_word(word.casefold())
            if folded not in PERSON_PRONOUNS:
                continue
            # "Did Nurtleu meet him?": an object pronoun is a name only right after it.
            reach = PRONOUN_AFTER_NAME_WORDS if folded in POSSESSIVE_PRONOUNS else 0
            if any(
                self._normalizer.names_person(before, lang)
                for before in words[max(0, i - 1 - reach) : i]
            ):
                return True
        return False

    def _stands_alone(self, asked: AnalysedQuestion, named: frozenset[str] | None = None) -> bool:
        """Whether the asking part of a message says what it asks about by itself: it names
        someone or something, or holds a word of its own (not the setting) of
        ``key_word_min_weight`` ("which documents were signed?"). "Is that true?" after a
        story, or "what did the minister say they want?" after one about farming, leans on the
        story: the whole message decides. ``named`` are the names that count (every name, or
        only people: a message naming just the setting says nothing of its own)."""
        names = self.index.names if named is None else named
        return any(
            token in names
            or (token not in asked.setting and weight >= self.config.key_word_min_weight)
            for token, weight in asked.weights.items()
        )

    def _has_english(self, question: str) -> bool:
        """Whether the question has a word that tells it is English (not a name or a number)."""
        cleaned = clean(question)
        if self._normalizer.detect_language(cleaned) != "en":
            return True  # the script or the words already tell
        names = set(self.names_in(question))
        return any(
            self._words.is_word(w) and w not in names
            for w in (fold_word(t) for t in tokenize(cleaned))
            if w.isalpha() and len(w) > 2
        )

    # ----------------------------------------------------------------------------------------
    # Look-ups
    # ----------------------------------------------------------------------------------------

    def question_for(self, fact_id: str, lang: str) -> str:
        """The fact's first phrasing in ``lang`` (to offer it as a suggestion), else its first."""
        return self.index.question_for(fact_id, lang)

    def names_in(
        self, text: str, *, people_only: bool = False, lang: str | None = None
    ) -> tuple[str, ...]:
        """The canonical names (aliases) ``text`` mentions, in order; only people if asked."""
        wanted = self.index.people if people_only else self.index.names
        tokens = self.analyze(text, lang=lang).tokens
        return tuple(dict.fromkeys(t for t in tokens if t in wanted))

    def fact(self, fact_id: str) -> Fact:
        """The fact with ``fact_id`` (KeyError when there is none)."""
        return self.index.facts[fact_id]

    def gap(self, gap_id: str) -> Gap:
        """The gap with ``gap_id`` (KeyError when there is none)."""
        return self.index.gaps[gap_id]
