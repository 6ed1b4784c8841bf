"""Rows and columns of like things on a screen, so that "the second button" or "the last link under Media"
can be matched by position.

A 4-layer model does not learn to count from box coordinates: ordinals were the largest class of wrong
clicks (docs/model.md). So the candidates are chained into sequences here, and each one's place in its row
(from the left) and in its column (from the top) is matched against the ordinal words of the task
(``ordinal_match``), the way the lexical bias matches words: the model only has to learn *whether* the task
counts along a row or a column, not how to count.
"""

from __future__ import annotations

import numpy as np

ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])}
ORDINAL_WORDS.update({f"{i}{s}": i for i, s in zip(range(1, 11), ["st", "nd", "rd"] + ["th"] * 7, strict=True)})
ORDINAL_WORDS["last"] = -1
LIST_MARKERS = set("•·◦▪▫‣⁃∙●○-–—*")


def is_list_marker(text: str) -> bool:
    """A bullet read as text ("•", "-"): a column of them stands beside every list, and counting it made "the
    first link under Security" click the first bullet."""
    t = text.strip()
    return bool(t) and all(ch in LIST_MARKERS or ch.isspace() for ch in t)


def ordinal_of(word: str) -> int | None:
    """1 for "first" or "1st", ..., 10; -1 for "last"; None for any other word."""
    return ORDINAL_WORDS.get(word.lower())


def _chains(boxes: np.ndarray, axis: int, scale: float, labelled: bool = False, ratio: float = 1.4) -> list[list[int]]:
    """Sequences of boxes along ``axis`` (0: a row, left to right; 1: a column, top to bottom).

    Each box joins the sequence whose last box is aligned with it across the axis (same row: centres within
    a third of the height; same column: left edges or centres within half a height), about as tall (within
    ``ratio``, 1.4x), and next to it along the axis: in a row, the gap between the boxes; in a column, the distance
    between their centres (OCR boxes of stacked lines overlap). A step much longer than the ones before it ends
    the sequence (the next panel, a heading between two lists). ``labelled`` boxes (radio buttons, checkboxes)
    have their label between them in a row, so a row of them allows gaps of up to 12 heights, not 4, and only
    boxes about as wide join (a focus ring or a pill around a label is not the next radio button)."""
    x0, y0, x1, y1 = (v.tolist() for v in boxes.astype(np.float64).T)
    n = len(x0)
    h = [max(y1[i] - y0[i], 1.0) for i in range(n)]
    w = [max(x1[i] - x0[i], 1.0) for i in range(n)]
    cx = [(x0[i] + x1[i]) / 2 for i in range(n)]
    cy = [(y0[i] + y1[i]) / 2 for i in range(n)]
    # chains are looked up by where their last box sits across the axis (buckets of ``size`` px), so each box
    # is compared with the few chains it could continue, not with all of them: 300 boxes in a few ms
    size = 8.0 * scale
    row_gap = 12.0 if labelled else 4.0
    keys = [(lambda i: [round(cy[i] / size)])] if axis == 0 else [lambda i: [round(x0[i] / size)],
                                                                   lambda i: [round(cx[i] / size)]]
    buckets: list[dict[int, set[int]]] = [{} for _ in keys]
    chains: list[list[int]] = []
    steps: list[list[float]] = []
    for i in sorted(range(n), key=lambda i: x0[i] if axis == 0 else cy[i]):
        reach = int(max(0.5 * h[i], 4 * scale) * 1.4 / size) + 1
        near: set[int] = set()
        for bk, key in zip(buckets, keys, strict=True):
            k0 = key(i)[0]
            for k in range(k0 - reach, k0 + reach + 1):
                near |= bk.get(k, set())
        best, best_step = -1, np.inf
        for c in near:
            j = chains[c][-1]
            hh = max(h[i], h[j])
            if hh > ratio * min(h[i], h[j]) or (labelled and max(w[i], w[j]) > 1.4 * min(w[i], w[j])):
                continue
            if axis == 0:
                step = x0[i] - x1[j]
                ok = abs(cy[i] - cy[j]) <= hh / 3 and -0.3 * hh <= step <= max(row_gap * hh, 48 * scale)
                slack = 2.5 * max(sum(steps[c]) / len(steps[c]), 2 * scale) + 8 * scale if steps[c] else np.inf
            else:
                step = cy[i] - cy[j]
                tol = max(hh / 2, 4 * scale)
                ok = ((abs(x0[i] - x0[j]) <= tol or abs(cx[i] - cx[j]) <= tol)
                      and 0.6 * hh <= step <= max(3 * hh, 30 * scale))
                slack = 1.5 * sum(steps[c]) / len(steps[c]) + 4 * scale if steps[c] else np.inf
            if ok and step <= slack and (step < best_step or (step == best_step and c < best)):
                best, best_step = c, step
        if best < 0:
            best = len(chains)
            chains.append([])
            steps.append([])
        else:
            for bk, key in zip(buckets, keys, strict=True):
                bk[key(chains[best][-1])[0]].discard(best)
            steps[best].append(max(best_step, 0.0))
        chains[best].append(i)
        for bk, key in zip(buckets, keys, strict=True):
            bk.setdefault(key(i)[0], set()).add(best)
    return [c for c in chains if len(c) >= 2]


def sequences(boxes: np.ndarray, kinds: np.ndarray, scale: float, labelled: tuple[int, ...] = (),
              counted: np.ndarray | None = None, ratio: float = 1.4) -> list[tuple[int, list[int]]]:
    """Every row (axis 0, left to right) and column (axis 1, top to bottom) of two or more candidates, as
    candidate indices. Only candidates of one kind (text, field, widget) are chained together; ``labelled``
    kinds stand with a label between them (a row of radio buttons); where ``counted`` is False a candidate is
    in no sequence (list markers); members differ in height by ``ratio`` at most."""
    out: list[tuple[int, list[int]]] = []
    keep = np.ones(len(boxes), bool) if counted is None else np.asarray(counted, bool)
    for k in np.unique(kinds):
        idx = np.flatnonzero((kinds == k) & keep)
        if len(idx) < 2:
            continue
        for axis in (0, 1):
            out += [(axis, [int(idx[j]) for j in chain])
                    for chain in _chains(boxes[idx], axis, scale, labelled=int(k) in labelled, ratio=ratio)]
    return out


def positions(boxes: np.ndarray, kinds: np.ndarray, scale: float, labelled: tuple[int, ...] = (),
              counted: np.ndarray | None = None) -> np.ndarray:
    """(N, 4): each candidate's place in its row and its length, its place in its column and its length
    (1-based; 0 when it is in no sequence of two or more; see ``sequences``)."""
    out = np.zeros((len(boxes), 4), np.int64)
    for axis, chain in sequences(boxes, kinds, scale, labelled, counted):
        for p, j in enumerate(chain):
            out[j, 2 * axis] = p + 1
            out[j, 2 * axis + 1] = len(chain)
    return out


def ordinal_match(task_words: list[str], tok_word: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """(N, T, 2): 1 where task word piece t is an ordinal ("second", "last") and candidate n is at that place in
    its row (channel 0) or its column (channel 1)."""
    n, t = len(pos), len(tok_word)
    out = np.zeros((n, t, 2), np.float32)
    for ti, wi in enumerate(tok_word):
        k = ordinal_of(task_words[wi]) if wi >= 0 else None
        if k is None or n == 0:
            continue
        for axis in (0, 1):
            place, length = pos[:, 2 * axis], pos[:, 2 * axis + 1]
            hit = (place == length) if k == -1 else (place == k)
            out[:, ti, axis] = (hit & (length >= 2)).astype(np.float32)
    return out
