"""The embedded model: a small transformer over task, candidate, tile and history tokens, with action heads.

Read top to bottom: config, token embedders, attention with lexical and spatial biases, an optional
Mixtral-style top-2 mixture-of-experts feed-forward, heads, loss. ``collate`` turns ``Features`` into padded
tensors; the sequence per screen is ``[ACT] task… candidates… tile tags… patches… history…``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from tilepilot.model.embedded.features import (
    ACTIONS,
    AMOUNTS,
    CROP,
    DIRECTIONS,
    MAX_HISTORY,
    MAX_TILES,
    PATCH_DIM,
    STATE_DIM,
    Features,
    Labels,
)

SEGMENTS = ("ins", "cand", "tag", "patch", "hist")
POINTED = [ACTIONS.index(a) for a in ("click", "double_click", "right_click", "type", "drag")]


@dataclass
class NetConfig:
    d: int = 128
    layers: int = 4
    heads: int = 4
    ff_mult: int = 2
    dropout: float = 0.1
    moe: bool = False  # top-2-of-8 experts in every feed-forward
    experts: int = 8
    text_dim: int = 384
    max_task_tokens: int = 96
    keys: list[str] = field(default_factory=lambda: ["Enter"])  # the key vocabulary, fixed at training
    ordinal: bool = False  # reads layout.ordinal_match ("the second button"); off in networks trained before it
    state: bool = False  # reads each candidate's state (features._state) and which task words are on screen;
    # off in networks trained before them

    def to_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------------------------------------- batches
def collate(feats: list[Features], labels: list[Labels] | None = None, keys: list[str] | None = None) -> dict:
    """Pad each segment to the longest in the batch; masks say which positions are real."""
    b = len(feats)
    lens = {"ins": [len(f.ins_off) for f in feats], "cand": [len(f.cand_box) for f in feats],
            "tag": [len(f.tag_id) for f in feats], "patch": [len(f.patch_box) for f in feats],
            "hist": [len(f.hist_kind) for f in feats]}
    m = {k: max(max(v), 1) for k, v in lens.items()}

    def pad(arrs: list[np.ndarray], n: int, dtype: torch.dtype, fill: float = 0) -> torch.Tensor:
        shape = (b, n) + tuple(arrs[0].shape[1:])
        out = np.full(shape, fill, dtype=np.float32 if dtype.is_floating_point else np.int64)
        for i, a in enumerate(arrs):
            out[i, :len(a)] = a
        return torch.from_numpy(out).to(dtype)

    bt: dict = {
        "size": torch.tensor([[f.frame_size[0], f.frame_size[1], f.scale] for f in feats], dtype=torch.float32),
        "ins_emb": pad([f.ins_emb for f in feats], m["ins"], torch.float32),
        "cand_emb": pad([f.cand_emb.reshape(-1, 384) for f in feats], m["cand"], torch.float32),
        "cand_kind": pad([f.cand_kind for f in feats], m["cand"], torch.long),
        "cand_phrase": pad([f.cand_phrase.reshape(-1, 2) for f in feats], m["cand"], torch.float32),
        "cand_state": pad([f.cand_state.reshape(-1, STATE_DIM) for f in feats], m["cand"], torch.float32),
        "cand_box": pad([f.cand_box for f in feats], m["cand"], torch.float32),
        "cand_crop": pad([f.cand_crop.reshape(-1, CROP, CROP) for f in feats], m["cand"], torch.float32),
        "tag_id": pad([f.tag_id for f in feats], m["tag"], torch.long),
        "tag_box": pad([f.tag_box for f in feats], m["tag"], torch.float32),
        "patch_pix": pad([f.patch_pix for f in feats], m["patch"], torch.float32),
        "patch_box": pad([f.patch_box for f in feats], m["patch"], torch.float32),
        "patch_tag": pad([f.tag_id[f.patch_tag] if len(f.patch_tag) else f.patch_tag for f in feats], m["patch"],
                         torch.long),
        "hist_kind": pad([f.hist_kind for f in feats], m["hist"], torch.long),
        "hist_box": pad([f.hist_box for f in feats], m["hist"], torch.float32),
        "hist_emb": pad([f.hist_emb.reshape(-1, 384) for f in feats], m["hist"], torch.float32),
        "hist_age": pad([f.hist_age for f in feats], m["hist"], torch.long),
    }
    for k in SEGMENTS:
        bt[f"{k}_mask"] = torch.arange(m[k])[None, :] < torch.tensor(lens[k])[:, None]
    lex = np.zeros((b, m["cand"] + m["hist"], m["ins"]), np.float32)
    for i, f in enumerate(feats):
        lex[i, :len(f.cand_box), :len(f.ins_off)] = f.cand_match
        lex[i, m["cand"]:m["cand"] + len(f.hist_kind), :len(f.ins_off)] = f.hist_match
    bt["lex"] = torch.from_numpy(lex)
    ordm = np.zeros((b, m["cand"], m["ins"], 2), np.float32)
    for i, f in enumerate(feats):
        ordm[i, :len(f.cand_box), :len(f.ins_off)] = f.cand_ord
    bt["ord"] = torch.from_numpy(ordm)
    done = np.zeros((b, m["ins"], 1), np.float32)  # task words an earlier action already matched (progress)
    for i, f in enumerate(feats):
        if len(f.hist_kind):
            done[i, :len(f.ins_off), 0] = f.hist_match.max(0)
    bt["ins_done"] = torch.from_numpy(done)
    if labels is not None:
        mp = m["cand"] + m["patch"]

        def tok(arrs: list[np.ndarray], f_list: list[Features], width: int | None = None) -> torch.Tensor:
            shape = (b, mp) if width is None else (b, mp, width)
            out = np.zeros(shape, np.float32)
            for i, (a, f) in enumerate(zip(arrs, f_list, strict=True)):
                n = len(f.cand_box)
                out[i, :n] = a[:n]
                out[i, m["cand"]:m["cand"] + len(f.patch_box)] = a[n:]
            return torch.from_numpy(out)

        keys = keys or []
        bt["y_act"] = torch.tensor([lb.act for lb in labels])
        bt["y_ptr"] = tok([lb.ptr for lb in labels], feats) > 0.5
        bt["y_ptr_off"] = tok([lb.ptr_off for lb in labels], feats, 2)
        bt["y_end"] = tok([lb.end for lb in labels], feats) > 0.5
        bt["y_end_off"] = tok([lb.end_off for lb in labels], feats, 2)
        bt["y_span"] = torch.tensor([lb.span for lb in labels])
        bt["y_key"] = torch.tensor([keys.index(lb.key) if lb.key in keys else -1 for lb in labels])
        bt["y_dir"] = torch.tensor([lb.direction for lb in labels])
        bt["y_amount"] = torch.tensor([lb.amount for lb in labels])
    return bt


# ---------------------------------------------------------------------------------------------- layers
def box_features(box: torch.Tensor, size: torch.Tensor) -> torch.Tensor:
    """(B, L, 4) frame-pixel boxes -> (B, L, 24): normalised corners and centre, CSS size, Fourier centre."""
    w, h, s = size[:, 0, None], size[:, 1, None], size[:, 2, None]
    x0, y0, x1, y1 = box.unbind(-1)
    cx, cy = (x0 + x1) / (2 * w), (y0 + y1) / (2 * h)
    base = [x0 / w, y0 / h, x1 / w, y1 / h, cx, cy,
            torch.log1p((x1 - x0).clamp(min=0) / s) / 5, torch.log1p((y1 - y0).clamp(min=0) / s) / 5]
    four = []
    for k in range(4):
        f = math.pi * (2 ** k)
        four += [torch.sin(f * cx), torch.cos(f * cx), torch.sin(f * cy), torch.cos(f * cy)]
    return torch.stack(base + four, -1)


class CropNet(nn.Module):
    """A tiny CNN on a candidate's 16x16 grey crop: tells a checkbox from a radio button from an icon."""

    def __init__(self, d: int) -> None:
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, 16, 3, 2, 1), nn.GELU(), nn.Conv2d(16, 32, 3, 2, 1), nn.GELU())
        self.out = nn.Linear(32 * 4 * 4, d)

    def forward(self, crop: torch.Tensor) -> torch.Tensor:
        b, n = crop.shape[:2]
        x = crop.reshape(b * n, 1, CROP, CROP)
        mu = x.mean((2, 3), keepdim=True)
        sd = x.std((2, 3), keepdim=True)
        x = (x - mu) / (sd + 8.0)
        return self.out(self.conv(x).flatten(1)).reshape(b, n, -1)


class Expert(nn.Module):
    def __init__(self, d: int, hidden: int, dropout: float) -> None:
        super().__init__()
        self.up, self.down, self.drop = nn.Linear(d, hidden), nn.Linear(hidden, d), nn.Dropout(dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.drop(self.down(F.gelu(self.up(x))))


class MoE(nn.Module):
    """Mixtral-style sparse feed-forward: each token goes to its top 2 of ``experts``, weights renormalised."""

    def __init__(self, d: int, hidden: int, experts: int, dropout: float) -> None:
        super().__init__()
        self.gate = nn.Linear(d, experts, bias=False)
        self.experts = nn.ModuleList(Expert(d, hidden, dropout) for _ in range(experts))
        self.aux = torch.zeros(())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape
        x = x.reshape(-1, shape[-1])
        probs = self.gate(x).softmax(-1)
        w, idx = probs.topk(2, -1)
        w = w / w.sum(-1, keepdim=True)
        out = torch.zeros_like(x)
        for e, expert in enumerate(self.experts):
            rows, slot = (idx == e).nonzero(as_tuple=True)
            if len(rows):
                out.index_add_(0, rows, expert(x[rows]) * w[rows, slot, None])
        # load balancing (Switch/Mixtral): share of tokens routed x mean gate probability, per expert
        share = F.one_hot(idx[:, 0], len(self.experts)).float().mean(0)
        self.aux = len(self.experts) * (share * probs.mean(0)).sum()
        return out.reshape(shape)


class Block(nn.Module):
    def __init__(self, cfg: NetConfig) -> None:
        super().__init__()
        d, self.heads = cfg.d, cfg.heads
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv, self.proj = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.lex = nn.Parameter(torch.ones(cfg.heads))  # per head: how much a lexical match draws attention
        # per head: how much an ordinal match (a row's or a column's n-th) draws attention; 0 = as before it existed
        self.ord = nn.Parameter(torch.zeros(cfg.heads, 2)) if cfg.ordinal else None
        hidden = cfg.ff_mult * d
        self.ff = (MoE(d, hidden // 2, cfg.experts, cfg.dropout) if cfg.moe else Expert(d, hidden, cfg.dropout))
        self.drop = nn.Dropout(cfg.dropout)

    def forward(self, x: torch.Tensor, lex: torch.Tensor, bias: torch.Tensor,
                ordm: torch.Tensor | None = None) -> torch.Tensor:
        b, n, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).reshape(b, n, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        mask = bias + self.lex[None, :, None, None] * lex[:, None]
        if self.ord is not None and ordm is not None:
            mask = mask + torch.einsum("hc,bcnm->bhnm", self.ord, ordm)
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        x = x + self.drop(self.proj(y.transpose(1, 2).reshape(b, n, d)))
        return x + self.ff(self.ln2(x))


def _zero(layer: nn.Linear) -> nn.Linear:
    nn.init.zeros_(layer.weight)
    nn.init.zeros_(layer.bias)
    return layer


# ---------------------------------------------------------------------------------------------- model
class TilePilotNet(nn.Module):
    def __init__(self, cfg: NetConfig) -> None:
        super().__init__()
        self.cfg = cfg
        d = cfg.d
        self.act_tok = nn.Parameter(torch.zeros(1, 1, d))
        self.seg = nn.Embedding(len(SEGMENTS), d)
        self.text = nn.Linear(cfg.text_dim, d)
        self.ins_pos = nn.Embedding(cfg.max_task_tokens, d)
        self.ins_done = nn.Linear(1, d)
        self.box = nn.Sequential(nn.Linear(24, d), nn.GELU(), nn.Linear(d, d))
        self.kind = nn.Embedding(3, d)
        self.crop = CropNet(d)
        self.lex_summary = nn.Linear(4, d)
        # inputs added after networks were shipped start at zero: a network given them decides as before
        if cfg.ordinal:
            self.ord_summary = _zero(nn.Linear(2, d))
        if cfg.state:
            self.state = _zero(nn.Linear(STATE_DIM, d))
            self.ins_seen = _zero(nn.Linear(1, d))  # how well a task word matches anything on screen
        self.tag = nn.Embedding(MAX_TILES + 1, d)  # learned 1-D tile tags <tile_1..k>, <tile_global_thumbnail>
        self.patch = nn.Linear(PATCH_DIM, d)
        self.hist_kind = nn.Embedding(len(ACTIONS), d)
        self.hist_age = nn.Embedding(MAX_HISTORY + 1, d)
        self.spatial = nn.Sequential(nn.Linear(6, 32), nn.GELU(), nn.Linear(32, cfg.heads * cfg.layers))
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.layers))
        self.ln = nn.LayerNorm(d)
        self.act_head = nn.Linear(d, len(ACTIONS))
        self.key_head = nn.Linear(d, len(cfg.keys))
        self.dir_head = nn.Linear(d, len(DIRECTIONS))
        self.amount_head = nn.Linear(d, len(AMOUNTS))
        self.ptr_q, self.ptr_k = nn.Linear(d, d), nn.Linear(d, d)
        self.end_q, self.end_k = nn.Linear(d, d), nn.Linear(d, d)
        self.span_q, self.span_k = nn.Linear(d, 2 * d), nn.Linear(d, 2 * d)
        self.off = nn.Sequential(nn.Linear(2 * d, d), nn.GELU(), nn.Linear(d, 4))  # click point, drag end

    def forward(self, bt: dict) -> dict:
        cfg, size = self.cfg, bt["size"]
        b = size.shape[0]
        seg = self.seg.weight
        t_ins = bt["ins_emb"].shape[1]
        pos = torch.arange(t_ins, device=size.device).clamp(max=cfg.max_task_tokens - 1)
        ins = self.text(bt["ins_emb"]) + self.ins_pos(pos) + self.ins_done(bt["ins_done"]) + seg[0]
        lex = bt["lex"]
        nc = bt["cand_box"].shape[1]
        if cfg.state:  # a target named in the task but matched by nothing on screen: scroll to it, or done
            ins = ins + self.ins_seen(lex[:, :nc].amax(1, keepdim=True).transpose(1, 2) if nc else
                                      torch.zeros_like(bt["ins_done"]))
        summ = torch.cat([torch.stack([lex[:, :nc].amax(-1), lex[:, :nc].sum(-1) / 4], -1), bt["cand_phrase"]], -1)
        cand = (self.text(bt["cand_emb"]) + self.kind(bt["cand_kind"]) + self.box(box_features(bt["cand_box"], size))
                + self.crop(bt["cand_crop"]) + self.lex_summary(summ) + seg[1])
        if cfg.ordinal:
            cand = cand + self.ord_summary(bt["ord"].amax(2))
        if cfg.state:
            cand = cand + self.state(bt["cand_state"])
        tag = self.tag(bt["tag_id"]) + self.box(box_features(bt["tag_box"], size)) + seg[2]
        patch = (self.patch(bt["patch_pix"]) + self.tag(bt["patch_tag"])
                 + self.box(box_features(bt["patch_box"], size)) + seg[3])
        has_box = (bt["hist_box"].abs().sum(-1, keepdim=True) > 0).float()
        hist = (self.hist_kind(bt["hist_kind"]) + self.text(bt["hist_emb"]) + self.hist_age(bt["hist_age"])
                + has_box * self.box(box_features(bt["hist_box"], size)) + seg[4])
        x = torch.cat([self.act_tok.expand(b, 1, -1), ins, cand, tag, patch, hist], 1)
        n = x.shape[1]
        masks = [torch.ones(b, 1, dtype=torch.bool, device=size.device)] + [bt[f"{k}_mask"] for k in SEGMENTS]
        valid = torch.cat(masks, 1)
        # lexical bias between task tokens and text-bearing tokens (candidates, history), both directions
        lexm = torch.zeros(b, n, n, device=size.device)
        i0, c0 = 1, 1 + t_ins
        nh = bt["hist_box"].shape[1]
        h0 = n - nh
        lexm[:, c0:c0 + nc, i0:i0 + t_ins] = lex[:, :nc]
        lexm[:, h0:, i0:i0 + t_ins] = lex[:, nc:]
        lexm = lexm + lexm.transpose(1, 2)
        ordm = None
        if cfg.ordinal:  # ordinal matches between task tokens and candidates, both directions, per channel
            ordm = torch.zeros(b, 2, n, n, device=size.device)
            ordm[:, :, c0:c0 + nc, i0:i0 + t_ins] = bt["ord"].permute(0, 3, 1, 2)
            ordm = ordm + ordm.transpose(2, 3)
        # spatial bias between boxed tokens (candidates, tags, patches, history), from relative CSS offsets
        boxes = torch.cat([bt["cand_box"], bt["tag_box"], bt["patch_box"], bt["hist_box"]], 1)
        cx, cy = (boxes[..., 0] + boxes[..., 2]) / 2, (boxes[..., 1] + boxes[..., 3]) / 2
        s = size[:, 2, None]
        dx = ((cx[:, None, :] - cx[:, :, None]) / (100 * s[:, :, None])).clamp(-10, 10)
        dy = ((cy[:, None, :] - cy[:, :, None]) / (100 * s[:, :, None])).clamp(-10, 10)
        hh = ((boxes[..., 3] - boxes[..., 1]) / (100 * s))
        pair = torch.stack([dx, dy, dx.abs(), dy.abs(), hh[:, :, None].expand_as(dx), hh[:, None, :].expand_as(dx)],
                           -1)
        sp = self.spatial(pair).reshape(b, boxes.shape[1], boxes.shape[1], cfg.layers, cfg.heads)
        bias = torch.zeros(b, cfg.layers, cfg.heads, n, n, device=size.device)
        bias[:, :, :, c0:, c0:] = sp.permute(0, 3, 4, 1, 2)
        bias = bias.masked_fill(~valid[:, None, None, None, :], float("-inf"))
        for li, blk in enumerate(self.blocks):
            x = blk(x, lexm, bias[:, li], ordm)
        x = self.ln(x)
        act = x[:, 0]
        ins_h = x[:, i0:i0 + t_ins]
        np_ = bt["patch_box"].shape[1]
        ng = bt["tag_box"].shape[1]
        p0 = c0 + nc + ng
        tok = torch.cat([x[:, c0:c0 + nc], x[:, p0:p0 + np_]], 1)
        tok_mask = torch.cat([bt["cand_mask"], bt["patch_mask"]], 1)
        d = cfg.d
        ptr = torch.einsum("bd,bnd->bn", self.ptr_q(act), self.ptr_k(tok)) / math.sqrt(d)
        end = torch.einsum("bd,bnd->bn", self.end_q(act), self.end_k(tok)) / math.sqrt(d)
        sq, sk = self.span_q(act), self.span_k(ins_h)
        start = torch.einsum("bd,bnd->bn", sq[:, :d], sk[..., :d]) / math.sqrt(d)
        stop = torch.einsum("bd,bnd->bn", sq[:, d:], sk[..., d:]) / math.sqrt(d)
        neg = float("-inf")
        off = torch.tanh(self.off(torch.cat([tok, act[:, None].expand_as(tok)], -1))) * 1.5
        return {
            "act": self.act_head(act), "key": self.key_head(act), "dir": self.dir_head(act),
            "amount": self.amount_head(act),
            "ptr": ptr.masked_fill(~tok_mask, neg), "end": end.masked_fill(~tok_mask, neg),
            "span_start": start.masked_fill(~bt["ins_mask"], neg), "span_end": stop.masked_fill(~bt["ins_mask"], neg),
            "ptr_off": off[..., :2], "end_off": off[..., 2:],
        }

    def aux_loss(self) -> torch.Tensor:
        zero = torch.zeros((), device=self.act_tok.device)
        return sum((blk.ff.aux for blk in self.blocks if isinstance(blk.ff, MoE)), zero)


def _multi_positive(logits: torch.Tensor, pos: torch.Tensor) -> torch.Tensor:
    """-log P(any positive): the pointer may pick any candidate lying on the target."""
    has = pos.any(1)
    if not has.any():
        return logits.sum() * 0
    lg = logits[has]
    return (torch.logsumexp(lg, 1) - torch.logsumexp(lg.masked_fill(~pos[has], float("-inf")), 1)).mean()


def loss_fn(out: dict, bt: dict, moe_aux: torch.Tensor | None = None) -> tuple[torch.Tensor, dict]:
    y = bt["y_act"]
    parts = {"act": F.cross_entropy(out["act"], y)}
    pointed = torch.isin(y, torch.tensor(POINTED, device=y.device))
    pos = bt["y_ptr"] & pointed[:, None]
    parts["ptr"] = _multi_positive(out["ptr"], pos)
    if pos.any():
        parts["off"] = F.smooth_l1_loss(out["ptr_off"][pos], bt["y_ptr_off"][pos])
    epos = bt["y_end"]
    if epos.any():
        parts["end"] = _multi_positive(out["end"], epos)
        parts["end_off"] = F.smooth_l1_loss(out["end_off"][epos], bt["y_end_off"][epos])
    span = bt["y_span"]
    has = span[:, 0] >= 0
    if has.any():
        parts["span"] = (F.cross_entropy(out["span_start"][has], span[has, 0])
                         + F.cross_entropy(out["span_end"][has], span[has, 1]))
    for name, key in (("key", "y_key"), ("dir", "y_dir"), ("amount", "y_amount")):
        t = bt[key]
        if (t >= 0).any():
            parts[name] = F.cross_entropy(out[name][t >= 0], t[t >= 0])
    total = sum(parts.values())
    if moe_aux is not None:
        total = total + 0.01 * moe_aux
    return total, {k: float(v.detach()) for k, v in parts.items()}
