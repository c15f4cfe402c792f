"""Language knowledge: script folding, transliteration, word lists, stop words, small talk (no fact base, no engine)."""
