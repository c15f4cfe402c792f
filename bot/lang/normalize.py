"""Text normalization: one documented pipeline shared by questions and the fact base.

The pipeline, in order (:meth:`Normalizer.analyze`):

1. **Clean** (:func:`clean`): Unicode NFKC, casefold, typographic quotes and dashes to ASCII,
   control/zero-width/format characters dropped, whitespace collapsed.
2. **Language** (:func:`detect_language`): English, Russian or Serbian (Latin or Cyrillic),
   from the script and a few unmistakable function words.
3. **Tokenize** (:func:`tokenize`): words and numbers ("$73.8" -> "73.8", "73,8" -> "73.8");
   possessives and contractions undone ("Kazakhstan's" -> "kazakhstan", "didn't" -> "did not").
4. **Question kind** (:func:`question_kind`): who / when / where / amount / why / yesno / what,
   read from the question words before they are dropped.
5. **Word forms**: each token is stemmed by its language's Snowball stemmer (so "agreements"
   meets "agreement" and "Казахстана" meets "Казахстан"), then transliterated to Latin and
   stripped of diacritics (:func:`fold_word`), so "Вучић", "Vučić" and "Vucic" are one token.
6. **Aliases and synonyms**: the fact base's ``aliases:`` and ``synonyms:`` spellings, normalized
   by this same pipeline, are replaced by their canonical name, longest phrase first.
7. **Stop words**: function and filler words of all three languages are dropped.

Spelling correction needs the fact base's vocabulary, so it lives in :mod:`bot.engine.spelling`, which
calls :meth:`Normalizer.analyze` with a ``correct`` hook between steps 3 and 5.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from bot.lang.typography import QUOTES_AND_DASHES

# --------------------------------------------------------------------------------------------
# 1. Cleaning
# --------------------------------------------------------------------------------------------

_PUNCTUATION = str.maketrans({**QUOTES_AND_DASHES, "\u02bc": "'", "`": "'", "\u00b4": "'"})
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """NFKC, casefold, ASCII quotes and dashes, no control or invisible characters."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_PUNCTUATION)
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            kept.append(" " if ch in "\t\n\r\x0b\x0c" else "")
        else:
            kept.append(ch)
    return _SPACE.sub(" ", "".join(kept)).strip()


# --------------------------------------------------------------------------------------------
# Transliteration and diacritics
# --------------------------------------------------------------------------------------------

# Serbian Cyrillic is written one letter to one Serbian Latin letter; Russian letters that
# Serbian lacks get their usual Latin forms. Diacritics are stripped afterwards, so Russian
# "ч" and Serbian "ч"/"ћ" all end as "c", like Serbian Latin "č"/"ć" typed without accents.
_CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "ђ": "đ",
        "е": "e",
        "ё": "e",
        "ж": "ž",
        "з": "z",
        "и": "i",
        "й": "j",
        "ј": "j",
        "к": "k",
        "л": "l",
        "љ": "lj",
        "м": "m",
        "н": "n",
        "њ": "nj",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "ћ": "ć",
        "у": "u",
        "ф": "f",
        "х": "h",
        "ц": "c",
        "ч": "č",
        "џ": "dž",
        "ш": "š",
        "щ": "šč",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "ju",
        "я": "ja",
        "є": "e",
        "і": "i",
        "ї": "i",
        "ґ": "g",
    }
)
# Letters that do not decompose into a base letter plus a combining mark.
_SPECIAL_LETTERS = str.maketrans(
    {"đ": "dj", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i", "ð": "d", "þ": "th"}
)


def to_latin(text: str) -> str:
    """Cyrillic (Serbian or Russian) to Serbian Latin letters; other text unchanged."""
    return text.translate(_CYRILLIC_TO_LATIN)


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Latin script, no diacritics: the form in which all words are compared."""
    folded = _strip_marks(to_latin(word).translate(_SPECIAL_LETTERS))
    if _CYRILLIC.search(folded):
        # A rare Cyrillic letter with a mark ("ӣ") is a plain one ("и") once the mark is gone:
        # transliterate that too, so folding twice changes nothing.
        folded = _strip_marks(to_latin(folded).translate(_SPECIAL_LETTERS))
    return folded


def _strip_marks(text: str) -> str:
    """NFKD, without the combining marks (diacritics)."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def fold(text: str) -> str:
    """:func:`clean` then :func:`fold_word` over the whole text."""
    # Stripping a mark NFKC split off a spacing accent ("´" -> " ́") can leave a space at
    # an end, so spaces are collapsed once more.
    return _SPACE.sub(" ", fold_word(clean(text))).strip()


# --------------------------------------------------------------------------------------------
# 2. Language
# --------------------------------------------------------------------------------------------

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z\u00c0-\u024f]")
_SERBIAN_ONLY_CYRILLIC = re.compile(r"[ђћџљњј]")
_RUSSIAN_ONLY_CYRILLIC = re.compile(r"[ыэъёщй]")
_SERBIAN_LATIN_LETTERS = re.compile(r"[čćšžđ]")
# Words that mark Serbian (in Latin after folding) and never start an English question.
_SERBIAN_WORDS = frozenset(
    "je su li da sta ko koji koja koje koga kome kada kad gdje kako zasto koliko ciji cija cije "
    "bio bila bilo bili nije jesu jeste ima imaju sam smo ste srbija srbije srbiji ministar "
    "predsednik poseta posete sporazum".split()
)
# Serbian words that alone mark a question as Serbian: no English word is spelt so.
_SERBIAN_MARKERS = frozenset(
    "je su li sta koji koja koje koju kog kada gde kako zasto koliko ciji cija cije".split()
)
# Russian words that Serbian does not use (after folding to Latin).
_RUSSIAN_WORDS = frozenset(
    "kto cto sto kogda kakoj kakaja kakie kakoe kakov kakova skolko pocemu zacem ili eto byl byla "
    "bylo byli s pri ne on ona oni kakih kom kem budut budet priezzal priehal vstretilsja "
    "sergii serbii kazahstana sotrudnicestvo".split()
)


# Short words and endings common in Serbian and rare in English, for Serbian typed without
# its letters č ć š ž đ.
_SERBIAN_SHORT_WORDS = frozenset("za o i u na sa od do iz po se je su li da".split())
_SERBIAN_ENDINGS = (
    "ija",
    "iju",
    "ije",
    "oj",
    "om",
    "ama",
    "ima",
    "ovi",
    "ati",
    "ili",
    "ala",
    "nje",
    "ski",
    "ska",
    "sko",
    "ske",
    "ju",
    "ih",
    "og",
    "ega",
)


def detect_language(text: str) -> str:
    """``en``, ``ru`` or ``sr`` for already :func:`clean`-ed text."""
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    words = set(re.findall(r"\w+", fold_word(text)))
    if cyrillic > latin:
        if _RUSSIAN_ONLY_CYRILLIC.search(text):
            return "ru"
        if _SERBIAN_ONLY_CYRILLIC.search(text):
            return "sr"
        serbian = len(words & _SERBIAN_WORDS)
        russian = len(words & _RUSSIAN_WORDS)
        return "sr" if serbian > russian else "ru"
    if _SERBIAN_LATIN_LETTERS.search(text):
        return "sr"
    if len(words & _SERBIAN_WORDS) >= 2 or words & _SERBIAN_MARKERS:
        return "sr"
    return "en"


# --------------------------------------------------------------------------------------------
# 3. Tokens
# --------------------------------------------------------------------------------------------

_CONTRACTIONS = (
    (re.compile(r"\b(can)'?t\b"), r"\1 not"),
    (re.compile(r"\b(won)'t\b"), "will not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"\b(what|who|where|when|how|that|there|it|he|she)'s\b"), r"\1 is"),
    (re.compile(r"'(re|ve|ll|d|m)\b"), ""),
    (re.compile(r"(\w)'s\b"), r"\1"),
    (re.compile(r"(\w)s'(\W|$)"), r"\1s\2"),
)
# A number with decimals (73.8 or 73,8), or a word of letters/digits (hyphens join words:
# "military-technical" is two tokens, as people also type it).
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+", re.UNICODE)


# "Besides the military stuff, what else…": the excluded topic is not what is asked about.
_EXCLUSION = re.compile(
    r"\b(?:besides|apart from|aside from|other than|except for|except|not counting|"
    r"кроме|помимо|osim|pored|осим|поред)\b[^,.;:?!]*[,.;:]?"
)


# Ways of asking that say nothing about what is asked: "can you tell me who…" is "who…".
_PREAMBLE = re.compile(
    r"\b(?:(?:can|could|would) you (?:please )?(?:tell|show|explain to|remind) me|"
    r"(?:i|we) (?:would like|'d like|want|wanna|need) to (?:know|find out|understand|ask)|"
    r"do you (?:happen to )?know|i (?:wonder|am wondering|was wondering)|tell me|"
    r"please (?:tell|explain)|let me know|any idea|skazhite|skazi|reci mi|recite mi|"
    r"according to (?:the|this) (?:article|report|story|text|news|piece)|"
    r"in (?:a couple of|a few|one|two|three|short|simple|plain) (?:sentences|words|lines|terms)|"
    r"in (?:short|brief)|briefly|"
    r"in (?:the|this) (?:article|report|story|text|news|piece)|"
    r"скажите|подскажите|скажи|реци ми|реците ми)\b"
)


def _drop_exclusions(cleaned: str) -> str:
    """Remove preambles and an "apart from X," clause, when a question remains without them."""
    rest = _PREAMBLE.sub(" ", _EXCLUSION.sub(" ", cleaned))
    return rest if re.search(r"\w", rest) else cleaned


def tokenize(cleaned: str) -> list[str]:
    """Words and numbers of :func:`clean`-ed text, contractions and possessives undone."""
    for pattern, replacement in _CONTRACTIONS:
        cleaned = pattern.sub(replacement, cleaned)
    return [tok.replace(",", ".") if tok[0].isdigit() else tok for tok in _TOKEN.findall(cleaned)]


# --------------------------------------------------------------------------------------------
# 4. Question kind
# --------------------------------------------------------------------------------------------

# Phrases (folded, space-separated) that reveal what a question asks for; the first kind with
# a matching phrase wins, so the specific kinds (duration, year) come before the general ones.
_KIND_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "time",
        (
            "what time",
            "at what time",
            "which time",
            "what hour",
            "at what hour",
            "v kotorom casu",
            "vo skolko",
            "u koliko sati",
            "u koje vreme",
        ),
    ),
    (
        "distance",
        (
            "how far",
            "what distance",
            "how many kilometers",
            "how many km",
            "koliko daleko",
            "kak daleko",
        ),
    ),
    ("age", ("how old", "what age", "skolko let", "koliko godina ima")),
    (
        "duration",
        (
            "how long",
            "how many days",
            "how many hours",
            "for how long",
            "duration",
            "length of",
            "skolko dnej",
            "skolko vremeni",
            "kako dugo",
            "koliko dugo",
            "koliko dana",
        ),
    ),
    (
        "year",
        (
            "what year",
            "which year",
            "in what year",
            "year of",
            "v kakom godu",
            "kakoj god",
            "koje godine",
            "koja godina",
        ),
    ),
    (
        "amount",
        (
            "how much",
            "how many",
            "how big",
            "how large",
            "how high",
            "what volume",
            "what amount",
            "what figure",
            "how fast",
            "by how much",
            "skolko",
            "koliko",
            "kakov obem",
            "kakoj obem",
            "koliki",
            "kolika",
        ),
    ),
    (
        "when",
        (
            "when",
            "what date",
            "which date",
            "what day",
            "which day",
            "kogda",
            "kada",
            "kad je",
            "kog datuma",
            "kog dana",
            "which month",
            "what month",
            "kojeg datuma",
            "kakogo cisla",
        ),
    ),
    (
        "where",
        (
            "where",
            "which city",
            "what city",
            "what place",
            "which country",
            "what country",
            "gde",
            "gdje",
            "kuda",
            "u kom gradu",
            "v kakom gorode",
            "v kakoj gorod",
            "kakoj gorod",
            "koji grad",
        ),
    ),
    (
        "who",
        (
            "who",
            "whom",
            "whose",
            "name",
            "named",
            "kto",
            "kogo",
            "kem",
            "komu",
            "cej",
            "ceje",
            "cja",
            "cji",
            "ko je",
            "ko su",
            "koga",
            "kome",
            "sa kim",
            "s kim",
            "ciji",
            "cija",
            "cije",
        ),
    ),
    (
        "why",
        (
            "why",
            "what for",
            "for what purpose",
            "pocemu",
            "zacem",
            "dlja cego",
            "zasto",
            "cemu sluz",
        ),
    ),
    (
        "yesno",
        (
            "did ",
            "does ",
            "do ",
            "is ",
            "are ",
            "was ",
            "were ",
            "has ",
            "have ",
            "can ",
            "will ",
            "da li",
            "li ",
        ),
    ),
)


_WORDS = re.compile(r"[^\W_]+")


def question_kind(folded: str) -> str:
    """The kind of answer a folded question asks for (see :data:`bot.knowledge.model.QUESTION_KINDS`)."""
    # "Which country's technologies…" asks whose, not where; "when it comes to farming" is
    # not a when.
    folded = re.sub(r"\b(which|what) (country|city)'s\b", "what", folded)
    folded = re.sub(r"\bwhen it comes to\b", "about", folded)
    padded = " " + " ".join(_WORDS.findall(folded)) + " "
    for kind, phrases in _KIND_PATTERNS:
        for phrase in phrases:
            if kind == "yesno":
                if padded.startswith(f" {phrase}"):
                    return kind
            elif f" {phrase} " in padded:
                return kind
    return "what"


# --------------------------------------------------------------------------------------------
# 5. Word forms
# --------------------------------------------------------------------------------------------


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...  # noqa: N802 - snowballstemmer's API


@lru_cache(maxsize=3)
def _stemmer(lang: str) -> _Stemmer:
    # Import only the one algorithm: the package's __init__ loads all 30 (~20 ms).
    if lang == "ru":
        from snowballstemmer.russian_stemmer import RussianStemmer

        return RussianStemmer()  # type: ignore[no-any-return]
    if lang == "sr":
        from snowballstemmer.serbian_stemmer import SerbianStemmer

        return SerbianStemmer()  # type: ignore[no-any-return]
    from snowballstemmer.english_stemmer import EnglishStemmer

    return EnglishStemmer()  # type: ignore[no-any-return]


@lru_cache(maxsize=65536)
def word_form(token: str, lang: str) -> str:
    """The comparable form of one cleaned token: stemmed in ``lang``, then folded."""
    if token[0].isdigit():
        return token
    if lang == "sr":
        stem = _stemmer("sr").stemWord(to_latin(token))
    elif lang == "ru" and _CYRILLIC.search(token):
        stem = _stemmer("ru").stemWord(token)
    elif lang == "en" or not _CYRILLIC.search(token):
        stem = _stemmer("en").stemWord(fold_word(token))
    else:
        stem = token
    return fold_word(stem) or fold_word(token)


# --------------------------------------------------------------------------------------------
# 7. Stop words
# --------------------------------------------------------------------------------------------

#: Function and filler words in all three languages (folded). They carry no topic, so they
#: neither help a match nor count as unexplained words of a question.
STOP_WORDS = frozenset(
    """
    a an the is are was were be been being am do does did doing done have has had having of in on
    at to for from by with about into over as and or but if then so than that this these those
    there here it its they them their theirs he him his she her we us our you your i me my mine
    what which who whom whose when where why how any anything some something all each every other
    else also too very really actually just still even only much many more most can could would
    should will shall may might must not no yes please tell know let give get got gotten anyway
    guy guys stuff thing things kind sort like well ok okay hey wanna gonna gotta besides exactly
    basically whole one ones either both such way lot lots bit again ever around per via up out
    off down now then today currently anybody anyone somebody someone people folks mean meant
    whats whos hows wheres whens whys sure maybe perhaps go going talk talked talking regarding
    concerning u ur pls plz thx wich wat waht hwo teh abt bout wut whta
    want wants wanted take took taken place
    chto cto sto kto kogda gde kak kakoj kakaja kakie kakoe kakov kakova kakovy skolko pocemu zacem
    li ili i v vo na s so k ko po o ob ot do iz za u a no eto byl byla bylo byli est budet
    ego ee ih on ona oni my vy ja ty chej cej ceja ceje cji cja kotoryj kotoraja kotorye kogo komu kem
    mezhdu mezdu pri pro dlja sebja svoj svoi takoe takoj takaja takie takov takova tot ta te to
    zhe ze uze uzhe tozhe toze
    je su sam smo ste bio bila bilo bili biti jeste nije nisu da sta ko koji koja koje koga kome
    kim kada kad gde gdje kako zasto koliko cemu ciji cija cije sa se od kod ka pa te ni niti
    ovo ono taj ta to ovaj ova ove ovi tih tim njih njega njemu njegov njegova njihov ima imaju
    koju kog kojeg kojoj nesto izmedju mogu moze bi cime mi daj kakuju kakogo javljaetsja
    yo lol lmao haha hehe bro dude omg btw idk tbh wtf ugh hmm hm uh um erm ah oh
    kakim kakom kakih kakimi kakomu kakaja kakie kotorogo kotoromu kotorym kotorom kotoruju
    kotoryh etot eta eti etogo etom etu etoj etih takim takoj tom toj teh during between among
    ovom ovoj ovog ovim ovaj tho though anyways
    budut budet bylo mozet mozno nuzno dolzny vse ves takze ese ocen tut zdes vot nu cem cego
    ramkah ramki
    """.split()
)

#: Cleaned tokens that are dropped before stemming (so a stemmed form can't become a stop word).
_STOP_FOLDED = STOP_WORDS


# --------------------------------------------------------------------------------------------
# The pipeline
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Analysis:
    """A text after normalization."""

    text: str
    cleaned: str
    lang: str
    kind: str
    tokens: tuple[str, ...]
    surfaces: tuple[str, ...]
    #: Every word form, stop words included, after alias and synonym replacement…
    forms: tuple[str, ...] = ()
    #: …and before it.
    stems: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The normalized text as one string, for string similarity."""
        return " ".join(self.tokens)


#: A spelling-correction hook: (folded surface word, its word form, language) -> the
#: (surface, form) of the word it is a misspelling of, or None to keep the word as it is.
Corrector = Callable[[str, str, str], tuple[str, str] | None]


class Normalizer:
    """The pipeline above, with the fact base's aliases and synonyms compiled in."""

    def __init__(
        self,
        vocabularies: Iterable[Mapping[str, Iterable[str]]] = (),
        *,
        is_english: Callable[[str], bool] | None = None,
    ) -> None:
        self._is_english = is_english
        # Spellings as typed (folded), and as each language's stemmer sees them. A stem that
        # two names share (Russian "визит" and "виза" both stem to "виз") is dropped: those
        # words are then recognised by their exact spellings only.
        self._spellings: dict[tuple[str, ...], str] = {}
        stems: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for vocabulary in vocabularies:
            for canonical, spellings in vocabulary.items():
                for spelling in (canonical.replace("_", " "), *spellings):
                    raw = tokenize(clean(spelling))
                    if not raw:
                        continue
                    self._spellings.setdefault(tuple(fold_word(t) for t in raw), canonical)
                    for lang in ("en", "ru", "sr"):
                        stems[tuple(word_form(t, lang) for t in raw)].add(canonical)
        self._phrases = {seq: next(iter(names)) for seq, names in stems.items() if len(names) == 1}
        self._longest = max(map(len, [*self._spellings, *self._phrases]), default=1)
        self._canonical = frozenset([*self._phrases.values(), *self._spellings.values()])

    def _language(self, cleaned: str) -> str:
        """:func:`detect_language`, not fooled by names ("what did Vučić say" is English), and
        Serbian typed without diacritics or telling words ("vize za Srbiju") told from English
        by its words that English doesn't have."""
        lang = detect_language(cleaned)
        if lang == "sr" and not _CYRILLIC.search(cleaned):
            # Serbian letters only inside names (Vučić, Dačić) don't make a question Serbian.
            unnamed = " ".join(
                w for w in _WORDS.findall(cleaned) if (fold_word(w),) not in self._spellings
            )
            lang = detect_language(unnamed) if unnamed else lang
        if lang != "en" or self._is_english is None:
            return lang
        words = [fold_word(w) for w in _WORDS.findall(cleaned) if w.isalpha()]
        foreign = [
            w
            for w in words
            if len(w) >= 3 and (w,) not in self._spellings and not self._is_english(w)
        ]
        english = [w for w in words if len(w) >= 3 and self._is_english(w)]
        serbian_hints = sum(w in _SERBIAN_SHORT_WORDS for w in words) + sum(
            w.endswith(_SERBIAN_ENDINGS) for w in foreign
        )
        if foreign and len(foreign) > len(english) and serbian_hints >= 2:
            return "sr"
        return lang

    def canonical(self, form: str) -> str:
        """The canonical name a single word form stands for (itself when it has none)."""
        return self._phrases.get((form,)) or self._spellings.get((form,)) or form

    def forms_of(self, phrase: str, names: frozenset[str] = frozenset()) -> set[tuple[str, ...]]:
        """The word-form sequences ``phrase`` may take in a question, as each language's
        stemmer sees it; with aliases replaced too when it holds one of ``names`` (so
        "Tokayev" also meets "Tokaev"), but not synonyms ("weapons" must not meet "army")."""
        raw = tokenize(clean(phrase))
        out: set[tuple[str, ...]] = set()
        for lang in ("en", "ru", "sr"):
            stems = [word_form(t, lang) for t in raw]
            out.add(tuple(stems))
            forms, _ = self._replace_phrases(stems, [fold_word(t) for t in raw])
            if names.intersection(forms):
                out.add(tuple(forms))
        return out

    @property
    def canonical_names(self) -> frozenset[str]:
        """Every canonical name an alias or synonym maps to."""
        return self._canonical

    def analyze(
        self, text: str, *, lang: str | None = None, correct: Corrector | None = None
    ) -> Analysis:
        """Run the whole pipeline over ``text`` (see the module docstring)."""
        cleaned = clean(text)
        language = lang or self._language(cleaned)
        raw = tokenize(_drop_exclusions(cleaned))
        kind = question_kind(fold_word(_drop_exclusions(cleaned)))
        forms: list[str] = []
        surfaces: list[str] = []
        for tok in raw:
            folded = fold_word(tok)
            form = word_form(tok, language)
            if correct is not None and folded not in _STOP_FOLDED:
                folded, form = correct(folded, form, language) or (folded, form)
            forms.append(form)
            surfaces.append(folded)
        merged, merged_surfaces = self._replace_phrases(forms, surfaces)
        canonical = self._canonical
        kept = [
            (f, s)
            for f, s in zip(merged, merged_surfaces, strict=True)
            if f in canonical or s not in _STOP_FOLDED
        ]
        return Analysis(
            text=text,
            cleaned=cleaned,
            lang=language,
            kind=kind,
            tokens=tuple(f for f, _ in kept),
            surfaces=tuple(s for _, s in kept),
            forms=tuple(merged),
            stems=tuple(forms),
        )

    def _replace_phrases(
        self, forms: list[str], surfaces: list[str]
    ) -> tuple[list[str], list[str]]:
        out: list[str] = []
        out_surfaces: list[str] = []
        i = 0
        while i < len(forms):
            for size in range(min(self._longest, len(forms) - i), 0, -1):
                canonical = self._spellings.get(tuple(surfaces[i : i + size])) or self._phrases.get(
                    tuple(forms[i : i + size])
                )
                if canonical is not None:
                    out.append(canonical)
                    out_surfaces.append(" ".join(surfaces[i : i + size]))
                    i += size
                    break
            else:
                out.append(forms[i])
                out_surfaces.append(surfaces[i])
                i += 1
        return out, out_surfaces
