"""Phrases of folded words found among a question's words (bot.lang.phrases)."""

from __future__ import annotations

from bot.lang.phrases import Phrases


def test_a_phrase_is_found_as_a_run_of_whole_words() -> None:
    """A phrase of several words is found where its words follow each other."""
    phrases = Phrases(["what do you think", "kak ty dumaes"])
    assert phrases.in_words("so what do you think of it".split())
    assert phrases.in_words("a kak ty dumaes".split())


def test_a_phrase_is_not_found_inside_longer_words_or_out_of_order() -> None:
    """Words that only contain the phrase's words, or hold them apart, don't count."""
    phrases = Phrases(["what do you think"])
    assert not phrases.in_words("somewhat do you think".split())
    assert not phrases.in_words("what do you really think".split())
    assert not phrases.in_words("what do you".split())


def test_one_word_phrases_and_phrases_sharing_a_first_word() -> None:
    """A one-word phrase is a word of the question; phrases sharing a first word are each
    looked at."""
    phrases = Phrases(["today", "hello in", "hello there friend"])
    assert phrases.in_words(["is", "it", "today"])
    assert phrases.in_words(["hello", "there", "friend"])
    assert phrases.in_words(["say", "hello", "in", "kazakh"])
    assert not phrases.in_words(["hello", "there"])
    assert not Phrases([]).in_words(["anything"])


def test_a_phrase_with_a_doubled_space_is_never_found() -> None:
    """A phrase split at a doubled space has an empty word, which no question word is."""
    assert not Phrases(["hello  in"]).in_words(["hello", "in"])
