"""The parts of underthesea an article needs, loaded without ``import underthesea``.

``import underthesea`` runs every one of its pipelines' imports (POS, chunking and NER
features, text normalization through joblib, classification through requests...):
about half a second, a third of ``extract article.txt``. An article needs three small
parts of it, each loaded here from underthesea's installed files (the package is
located with ``find_spec``, never imported):

* the sentence splitter (``pipeline/sent_tokenize``: plain Python and a JSON file), its
  loop over characters replaced by an equal one that jumps between end marks;
* the syllable tokenizer (``pipeline/word_tokenize/regex_tokenize.py``): its regex and
  its character normalization, the module run with its two imports from the text
  normalization supplied here, the character table read from the same rules file;
* the word segmentation model's folder (read by :mod:`extractor.wordseg`);
* for the NER evidence (:mod:`extractor.ner`): the token normalization of its
  ``word_tokenize`` (``text_normalize/token_normalize.py`` with the token table of the
  same rules file), and its part-of-speech, chunking and NER models (each
  ``model_crf.py`` and ``tagged_feature.py`` run with underthesea's singleton helper and
  dictionary loader supplied here).

The private copies are underthesea's own code and data, so the results are the
package's (``tests/test_underthesea_parts.py``); they are also out of reach of
``word_tokenize(fixed_words=...)``, which rewrites the package module's regex for every
later call in the process. Whenever a part cannot be loaded so (another layout of
underthesea), the package itself is imported and used.
"""

from __future__ import annotations

import builtins
import hashlib
import importlib.util
import pickle
import re
import types
import unicodedata
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

#: The rules file ``text_normalize/text_normalizer.py`` names (``rule_file = "..."``).
_RULE_FILE = regex.compile(r'^rule_file\s*=\s*"([^"\n]+)"', regex.MULTILINE)


@lru_cache(maxsize=1)
def root() -> Path | None:
    """underthesea's installed folder, or None."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _run_file(relative: str, imports: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Run one of underthesea's module files in a namespace of its own; an ``import`` of
    a name in ``imports`` (".name" for a relative one) gets those attributes instead of
    the package's module."""
    base = root()
    if base is None:
        raise ImportError("underthesea is not installed")
    path = base / relative

    def supplied(name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0) -> Any:
        if "." * level + name in imports:
            return types.SimpleNamespace(**imports["." * level + name])
        if level or name.split(".")[0] == "underthesea":
            raise ImportError(f"{relative} imports {name}, which this loader does not supply")
        return builtins.__import__(name, globals, locals, fromlist, level)

    namespace: dict[str, Any] = {
        "__name__": f"_vnextract_underthesea.{relative}",
        "__file__": str(path),
        "__builtins__": {**vars(builtins), "__import__": supplied},
    }
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102 - underthesea's installed code
    return namespace


@lru_cache(maxsize=1)
def sent_tokenize() -> Callable[[str], list[str]]:
    """``underthesea.sent_tokenize``: its loop over every character replaced by one that
    jumps from one ``.?!`` to the next (:class:`_Splitter`), when the installed loop is
    the one that class reproduces."""
    try:
        namespace = _run_file(_SENT_TOKENIZE, {})
        split: Callable[[str], list[str]] = namespace["sent_tokenize"]
        split("A. B.")
        tokenizer = namespace["sentence_tokenizer"]
        if _loop_digest() == _SPLIT_LOOP_SHA256 and hasattr(tokenizer, "_is_sentence_boundary"):
            split = _Splitter(tokenizer)
    except Exception:  # noqa: BLE001 - another layout: the package's own
        import underthesea

        split = underthesea.sent_tokenize
    return split


_SENT_TOKENIZE = "pipeline/sent_tokenize/__init__.py"
#: The SHA-256 of ``PunktSentenceTokenizer.sentences_from_text`` (its source text) in
#: underthesea 9.5, the loop :class:`_Splitter` reproduces.
_SPLIT_LOOP_SHA256 = "29482823a38aad3b1a2f9561aef181fa73820caa8c6ad9561ad07292a9f3514b"
_SENT_END = re.compile(r"[.?!]")  # the tokenizer's SENT_END_CHARS


def _loop_digest() -> str | None:
    base = root()
    if base is None:
        return None
    text = (base / _SENT_TOKENIZE).read_text(encoding="utf-8")
    start, end = text.find("    def sentences_from_text"), text.find("    def _is_sentence_boundary")
    return hashlib.sha256(text[start:end].encode("utf-8")).hexdigest() if 0 <= start < end else None


class _Splitter:
    """underthesea's ``sentences_from_text`` step for step, except that it moves from one
    sentence-ending character to the next instead of through every character between
    them (a line of news is ~90 % letters); the boundary test is the tokenizer's own."""

    def __init__(self, tokenizer: Any) -> None:
        self.is_boundary: Callable[[str, int], bool] = tokenizer._is_sentence_boundary

    def __call__(self, text: str) -> list[str]:
        if not text or not text.strip():
            return []
        sentences: list[str] = []
        start = i = 0
        n = len(text)
        while (m := _SENT_END.search(text, i)) is not None:
            i = m.start()
            if text[i] == ".":
                dot_end = i
                while dot_end < n and text[dot_end] == ".":
                    dot_end += 1
                if dot_end - i >= 3:  # an ellipsis: a boundary before a capital or the end
                    after = dot_end
                    while after < n and text[after] in " \t":
                        after += 1
                    if after >= n or text[after].isupper():
                        sentence = text[start:dot_end].strip()
                        if sentence:
                            sentences.append(sentence)
                        while dot_end < n and text[dot_end] in " \t\n\r":
                            dot_end += 1
                        start = dot_end
                    i = dot_end
                    continue
            if self.is_boundary(text, i):
                end = i + 1
                while end < n and text[end] in ".?!":
                    end += 1
                sentence = text[start:end].strip()
                if sentence:
                    sentences.append(sentence)
                while end < n and text[end] in " \t\n\r":
                    end += 1
                start = i = end
                continue
            i += 1
        final = text[start:].strip()
        if final:
            sentences.append(final)
        return sentences


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any] | None:
    """The rules of underthesea's text normalization (its character and token tables)."""
    base = root()
    if base is None:
        return None
    folder = base / "pipeline" / "text_normalize"
    found = _RULE_FILE.findall((folder / "text_normalizer.py").read_text(encoding="utf-8"))
    if len(found) != 1:
        return None
    with (folder / found[0]).open("rb") as f:
        data = pickle.load(f)  # noqa: S301 - underthesea's installed rules (a joblib dump of a dict)
    return data if isinstance(data, dict) else None


def character_map() -> dict[str, str] | None:
    """The character table of underthesea's text normalization, or None."""
    table = (_rules() or {}).get("character")
    return table if isinstance(table, dict) else None


def token_map() -> dict[str, str] | None:
    """The token table of underthesea's text normalization ("hoà" -> "hòa"), or None."""
    table = (_rules() or {}).get("token")
    return table if isinstance(table, dict) else None


def _character_normalizer(table: dict[str, str]) -> Callable[[str], str]:
    """``normalize_characters_in_text``: NFC, then every replacement of the table in its order."""

    def normalize(text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        for before, after in table.items():
            text = text.replace(before, after)
        return text

    return normalize


def _no_token_normalize(*args: object, **kwargs: object) -> Any:
    raise NotImplementedError("token normalization is not loaded (vnextract never uses it)")


def _regex_tokenize(token_normalize: Callable[..., Any]) -> dict[str, Any]:
    """underthesea's ``regex_tokenize.py``, run with its character normalization (from the
    rules file) and the given token normalization."""
    table = character_map()
    if table is None:
        raise ImportError("no character table")
    return _run_file(
        "pipeline/word_tokenize/regex_tokenize.py",
        {
            "underthesea.pipeline.text_normalize": {"token_normalize": token_normalize},
            "underthesea.pipeline.text_normalize.character_normalize": {
                "normalize_characters_in_text": _character_normalizer(table)
            },
        },
    )


@lru_cache(maxsize=1)
def syllables() -> tuple[Callable[[str], str], Any]:
    """(character normalization, token regex) of underthesea's ``regex_tokenize``: its
    ``tokenize(text, use_token_normalize=False)`` is every match of the regex over the
    normalized text."""
    try:
        module = _regex_tokenize(_no_token_normalize)
        normalize: Callable[[str], str] = module["normalize_characters_in_text"]
        pattern = module["patterns"]
        pattern.pattern  # noqa: B018 - a compiled regex, or an AttributeError
    except Exception:  # noqa: BLE001 - another layout: the package's own
        from underthesea.pipeline.word_tokenize import regex_tokenize as rt

        return rt.normalize_characters_in_text, rt.patterns
    return normalize, pattern


@lru_cache(maxsize=1)
def normalized_tokens() -> Callable[[str], list[str]]:
    """underthesea's ``tokenize(text)`` with its token normalization: the syllables its
    ``word_tokenize(sentence)`` segments, which its NER reads."""
    try:
        table, tokens = character_map(), token_map()
        if table is None or tokens is None:
            raise ImportError("no normalization tables")
        token_normalize = _run_file(
            "pipeline/text_normalize/token_normalize.py",
            {
                ".character_normalize": {"normalize_characters_in_text": _character_normalizer(table)},
                ".text_normalizer": {"token_map": tokens},
            },
        )["token_normalize"]
        tokenize: Callable[[str], list[str]] = _regex_tokenize(token_normalize)["tokenize"]
        tokenize("Thành uỷ.")
    except Exception:  # noqa: BLE001 - another layout: the package's own
        from underthesea.pipeline.word_tokenize import regex_tokenize

        return regex_tokenize.tokenize  # type: ignore[no-any-return]
    return tokenize


class _Singleton:
    """underthesea's ``util.singleton.Singleton``: ``Instance()`` builds the class once."""

    def __init__(self, decorated: type) -> None:
        self._decorated = decorated
        self._instance: Any = None

    def Instance(self) -> Any:  # noqa: N802 - underthesea's name
        if self._instance is None:
            self._instance = self._decorated()
        return self._instance


@lru_cache(maxsize=4)
def _dictionary_words(name: str) -> list[str]:
    """``underthesea.corpus.DictionaryLoader(name).words``."""
    base = root()
    if base is None:
        raise ImportError("underthesea is not installed")
    return (base / "corpus" / "data" / name).read_text(encoding="utf-8").strip().split("\n")


#: underthesea's CRF taggers behind ``underthesea.ner``: folder and predictor class.
NER_MODELS = (("pos_tag", "CRFPOSTagPredictor"), ("chunking", "CRFChunkingPredictor"), ("ner", "CRFNERPredictor"))


@lru_cache(maxsize=1)
def ner_models() -> tuple[tuple[Any, list[str], Callable[[str, str], Any]], ...] | None:
    """(tagger, feature template, ``apply_function``) of underthesea's part-of-speech,
    chunking and NER models, in that order: each ``model_crf.py`` and
    ``tagged_feature.py`` run from its files (the tagger is ``underthesea_core``'s). None
    on another layout (the caller imports the package)."""
    try:
        out = []
        for folder, name in NER_MODELS:
            features = _run_file(
                f"pipeline/{folder}/tagged_feature.py",
                {"underthesea.corpus": {"DictionaryLoader": lambda f: types.SimpleNamespace(words=_dictionary_words(f))}},
            )
            module = _run_file(
                f"pipeline/{folder}/model_crf.py",
                {
                    "underthesea.util.singleton": {"Singleton": _Singleton},
                    ".tagged_feature": {"word2features": features["word2features"]},
                },
            )
            predictor = module[name].Instance()
            out.append((predictor.model, list(predictor.transformer.template), features["apply_function"]))
    except Exception:  # noqa: BLE001 - another layout
        return None
    return tuple(out)


def word_tokenize_folder() -> Path | None:
    """The folder of underthesea's word segmentation models, or None."""
    base = root()
    return base / "pipeline" / "word_tokenize" / "models" if base is not None else None
