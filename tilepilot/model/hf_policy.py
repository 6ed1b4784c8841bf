"""A policy running a local transformers checkpoint (CPU or CUDA), speaking one model profile.

We do the image preprocessing ourselves (no processor, so no torchvision): the profile decides the image size,
and this module turns those exact pixels into each family's ``pixel_values`` and puts exactly as many image
tokens into the prompt as the vision tower will produce:

- Qwen2.5-VL family (``qwen2.5-vl``, ``mimo-vl``, ``ui-tars-*``): 14 px patches, 2 temporal copies, rows
  ordered by 2x2 merge window; ``image_grid_thw = (1, h/14, w/14)``; tokens = (h/28)*(w/28).
- InternVL (HF-native ``InternVLForConditionalGeneration``): 448x448 tiles + thumbnail, ImageNet
  normalisation; tokens = 256 per tile (pixel shuffle 0.5).
- LLaVA (``json`` profile with a fixed square ``size``): one image at the vision tower's size; tokens =
  (size/patch)^2.

Text is laid out with a ChatML template; the image placeholder ids come from the model's config.
Requires ``torch`` and ``transformers`` (optional dependencies).
"""

from __future__ import annotations

import base64
import time
from typing import Any

import cv2
import numpy as np

from tilepilot.errors import InputError, ParseError
from tilepilot.model.policy import Decision
from tilepilot.model.profiles import Profile, Turn, get_profile
from tilepilot.model.profiles.internvl import NVLM, InternVL
from tilepilot.model.profiles.json_tool import JsonTool
from tilepilot.model.profiles.qwen import Qwen25VL
from tilepilot.model.profiles.uitars import UITars15
from tilepilot.perception.observation import Observation

CLIP_MEAN, CLIP_STD = (0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711)
IMAGENET_MEAN, IMAGENET_STD = (0.485, 0.456, 0.406), (0.229, 0.224, 0.225)


def _normalise(img: np.ndarray, mean: tuple[float, ...], std: tuple[float, ...]) -> np.ndarray:
    x = img.astype(np.float32) / 255.0
    return ((x - np.array(mean, np.float32)) / np.array(std, np.float32)).transpose(2, 0, 1)  # C, H, W


def qwen_patches(img: np.ndarray, patch: int = 14, merge: int = 2, temporal: int = 2) -> tuple[np.ndarray, tuple]:
    """An RGB image whose sides are multiples of patch*merge -> (rows of flattened patches, (t, gh, gw))."""
    h, w = img.shape[:2]
    if h % (patch * merge) or w % (patch * merge):
        raise InputError(f"image {w}x{h}: sides must be multiples of {patch * merge} (smart_resize first)")
    x = np.repeat(_normalise(img, CLIP_MEAN, CLIP_STD)[None], temporal, 0)  # T, C, H, W
    gh, gw = h // patch, w // patch
    c = x.shape[1]
    x = x.reshape(1, temporal, c, gh // merge, merge, patch, gw // merge, merge, patch)
    x = x.transpose(0, 3, 6, 4, 7, 2, 1, 5, 8)
    return x.reshape(gh * gw, c * temporal * patch * patch), (1, gh, gw)


def _decode(url: str) -> np.ndarray:
    data = base64.b64decode(url.split(",", 1)[1])
    return cv2.cvtColor(cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)


class HFPolicy:
    """``decide(observation)`` with a local transformers model."""

    name = "hf"

    def __init__(self, checkpoint: str | None = None, profile: str | Profile = "qwen2.5-vl", *, model: Any = None,
                 tokenizer: Any = None, device: str = "cpu", dtype: str = "float32", max_new_tokens: int = 256,
                 parse_retries: int = 1):
        import torch

        self.profile = get_profile(profile)
        if isinstance(self.profile, NVLM):
            raise InputError("--profile nvlm has no transformers implementation; serve NVLM-D with vLLM and use "
                             "--policy openai")
        if model is None or tokenizer is None:
            if not checkpoint:
                raise InputError("--policy hf needs --checkpoint /path/to/local/model")
            from transformers import AutoModelForImageTextToText, AutoTokenizer

            tokenizer = AutoTokenizer.from_pretrained(checkpoint, local_files_only=True)
            model = AutoModelForImageTextToText.from_pretrained(checkpoint, local_files_only=True,
                                                                dtype=getattr(torch, dtype))
        self.model = model.to(device).eval()
        self.tokenizer = tokenizer
        self.device = device
        self.max_new_tokens = max_new_tokens
        self.parse_retries = parse_retries
        self.config = model.config
        self._task: str | None = None
        self._turns: list[Turn] = []
        self.last: dict[str, Any] = {}

    # inputs ------------------------------------------------------------------------------------------
    def _ids(self, text: str) -> list[int]:
        return list(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def _image(self, img: np.ndarray) -> tuple[list[int], dict[str, list]]:
        """Token ids standing for one image, and its tensors (by model input name)."""
        cfg = self.config
        if isinstance(self.profile, (Qwen25VL, UITars15)):
            rows, thw = qwen_patches(img)
            n = thw[1] * thw[2] // 4
            ids = [cfg.vision_start_token_id] + [cfg.image_token_id] * n + [cfg.vision_end_token_id]
            return ids, {"pixel_values": [rows], "image_grid_thw": [thw]}
        if isinstance(self.profile, InternVL):
            ts = self.profile.tile_size
            h, w = img.shape[:2]
            tiles = [img[y:y + ts, x:x + ts] for y in range(0, h, ts) for x in range(0, w, ts)]
            if len(tiles) > 1:
                tiles.append(cv2.resize(img, (ts, ts), interpolation=cv2.INTER_AREA))  # the thumbnail
            n = cfg.image_seq_length * len(tiles)
            ids = self._ids("<img>") + [cfg.image_token_id] * n + self._ids("</img>")
            return ids, {"pixel_values": [_normalise(t, IMAGENET_MEAN, IMAGENET_STD) for t in tiles]}
        if isinstance(self.profile, JsonTool):  # LLaVA-style: one square image at the tower's size
            side = cfg.vision_config.image_size
            if img.shape[:2] != (side, side):
                raise InputError(f"the json profile must send {side}x{side} images to this model; "
                                 f"use get_profile('json', size=({side}, {side}))")
            n = (side // cfg.vision_config.patch_size) ** 2
            return [cfg.image_token_id] * n, {"pixel_values": [_normalise(img, CLIP_MEAN, CLIP_STD)]}
        raise InputError(f"profile {self.profile.name} has no transformers implementation")

    def encode(self, messages: list[dict[str, Any]]) -> tuple[dict[str, Any], int]:
        """ChatML prompt -> model inputs; returns (inputs, number of image tokens placed)."""
        import torch

        ids: list[int] = []
        tensors: dict[str, list] = {}
        for m in messages:
            ids += self._ids(f"<|im_start|>{m['role']}\n")
            parts = m["content"] if isinstance(m["content"], list) else [{"type": "text", "text": m["content"]}]
            for p in parts:
                if p["type"] == "text":
                    ids += self._ids(p["text"])
                else:
                    img_ids, t = self._image(_decode(p["image_url"]["url"]))
                    ids += img_ids
                    for k, v in t.items():
                        tensors.setdefault(k, []).extend(v)
            ids += self._ids("<|im_end|>\n")
        ids += self._ids("<|im_start|>assistant\n")
        inputs: dict[str, Any] = {"input_ids": torch.tensor([ids], device=self.device)}
        inputs["attention_mask"] = torch.ones_like(inputs["input_ids"])
        dtype = next(self.model.parameters()).dtype
        if "pixel_values" in tensors:
            pv = tensors["pixel_values"]
            arr = np.concatenate(pv, 0) if pv[0].ndim == 2 else np.stack(pv, 0)
            inputs["pixel_values"] = torch.from_numpy(arr).to(self.device, dtype)
        if "image_grid_thw" in tensors:
            inputs["image_grid_thw"] = torch.tensor(tensors["image_grid_thw"], device=self.device)
        n_img = int((inputs["input_ids"] == self.config.image_token_id).sum())
        return inputs, n_img

    def generate(self, messages: list[dict[str, Any]]) -> tuple[str, dict[str, Any]]:
        import torch

        inputs, n_img = self.encode(messages)
        t = time.perf_counter()
        with torch.inference_mode():
            out = self.model.generate(**inputs, max_new_tokens=self.max_new_tokens, do_sample=False,
                                      pad_token_id=self.config.get_text_config().pad_token_id or 0)
        new = out[0, inputs["input_ids"].shape[1]:]
        text = self.tokenizer.decode(new.tolist(), skip_special_tokens=True)
        return text, {"tokens_in": int(inputs["input_ids"].shape[1]), "tokens_out": int(new.numel()),
                      "image_tokens": n_img, "generate": time.perf_counter() - t}

    # the policy --------------------------------------------------------------------------------------
    def decide(self, observation: Observation) -> Decision:
        if observation.step <= 1 or observation.task != self._task:
            self._task, self._turns = observation.task, []
        t0 = time.perf_counter()
        prepared = self.profile.prepare(observation.frame.image)
        messages = self.profile.messages(observation.task, self._turns, prepared)
        timings = {"preprocess": time.perf_counter() - t0, "generate": 0.0}
        tokens_in = tokens_out = 0
        error: ParseError | None = None
        for attempt in range(self.parse_retries + 1):
            raw, facts = self.generate(messages)
            self.last = {**facts, "profile_tokens": prepared.tokens, "raw": raw}
            timings["generate"] += facts["generate"]
            tokens_in += facts["tokens_in"]
            tokens_out += facts["tokens_out"]
            try:
                parsed = self.profile.parse(raw, prepared)
            except ParseError as e:
                error = e
                messages = [*messages, {"role": "assistant", "content": raw},
                            {"role": "user", "content": f"Your answer could not be used: {e}. Answer again with "
                                                        f"{self.profile.expected}."}]
                continue
            self._turns.append(Turn(prepared, raw))
            return Decision(action=parsed.action, raw=raw, thought=parsed.thought, tokens_in=tokens_in,
                            tokens_out=tokens_out, timings=timings,
                            extra={"profile": self.profile.name, "attempts": attempt + 1,
                                   "image_tokens": facts["image_tokens"], "model_size": list(prepared.model_size)})
        raise ParseError(f"step {observation.step}: the {self.profile.name} answer could not be parsed after "
                         f"{self.parse_retries + 1} attempts ({error})")
