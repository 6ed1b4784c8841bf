"""The hf policy with tiny Qwen2.5-VL, InternVL and LLaVA models built from configs (random weights, no download)
and a real byte-level BPE tokenizer trained in the test: the image-token count the model consumes equals what
the profile computed, and generation runs end to end."""

from __future__ import annotations

import contextlib

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from tilepilot.errors import InputError, ParseError  # noqa: E402
from tilepilot.model.hf_policy import HFPolicy, qwen_patches  # noqa: E402
from tilepilot.model.profiles import get_profile  # noqa: E402
from tilepilot.perception.frame import Frame  # noqa: E402
from tilepilot.perception.observation import Observation  # noqa: E402

VOCAB = 512
IMG, START, END = 500, 501, 502
TEXT = dict(vocab_size=VOCAB, hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2,
            num_key_value_heads=1, max_position_embeddings=8192, pad_token_id=0, bos_token_id=1, eos_token_id=2)


@pytest.fixture(scope="module")
def tokenizer():
    from tokenizers import ByteLevelBPETokenizer
    from transformers import PreTrainedTokenizerFast

    bpe = ByteLevelBPETokenizer()
    corpus = ["Thought: click the button\nAction: click(start_box='(10,20)')", "<|im_start|>user\nTask: <|im_end|>",
              '<tool_call>{"name": "computer_use", "arguments": {"action": "left_click"}}</tool_call>'] * 20
    bpe.train_from_iterator(corpus, vocab_size=400, min_frequency=1)
    return PreTrainedTokenizerFast(tokenizer_object=bpe)


def obs(w: int, h: int) -> Observation:
    rng = np.random.default_rng(0)
    return Observation(task="click the button", frame=Frame(image=rng.integers(0, 255, (h, w, 3), dtype=np.uint8)),
                       step=1)


def run(policy: HFPolicy, o: Observation) -> None:
    torch.manual_seed(0)
    with contextlib.suppress(ParseError):  # random weights: any answer is fine, a parse error too
        policy.decide(o)


def test_qwen_patch_layout_matches_grid():
    rows, thw = qwen_patches(np.zeros((56, 84, 3), np.uint8))
    assert thw == (1, 4, 6) and rows.shape == (24, 3 * 2 * 14 * 14)
    with pytest.raises(InputError, match="multiples of 28"):
        qwen_patches(np.zeros((50, 84, 3), np.uint8))


def test_tiny_qwen25_vl(tokenizer):
    from transformers import Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration

    cfg = Qwen2_5_VLConfig(
        text_config={**TEXT, "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0,
                                                 "mrope_section": [2, 2, 4]}},
        vision_config=dict(depth=1, hidden_size=32, intermediate_size=64, num_heads=2, out_hidden_size=32,
                           patch_size=14, spatial_merge_size=2, temporal_patch_size=2, window_size=112,
                           fullatt_block_indexes=[0]),
        image_token_id=IMG, video_token_id=503, vision_start_token_id=START, vision_end_token_id=END)
    torch.manual_seed(0)
    model = Qwen2_5_VLForConditionalGeneration(cfg)
    profile = get_profile("qwen2.5-vl", max_pixels=24 * 28 * 28)
    pol = HFPolicy(model=model, tokenizer=tokenizer, profile=profile, max_new_tokens=6)
    run(pol, obs(320, 180))
    assert pol.last["image_tokens"] == pol.last["profile_tokens"] == 18  # smart_resize -> 168x84: 6*3 tokens
    assert pol.last["tokens_out"] == 6 and isinstance(pol.last["raw"], str)


def test_checkpoint_folder_loads_through_make_policy(tokenizer, tmp_path):
    """``--policy hf --checkpoint DIR``: a saved tiny model and tokenizer load from disk, offline."""
    from transformers import InternVLConfig, InternVLForConditionalGeneration

    from tilepilot.agent.run import make_policy

    cfg = InternVLConfig(
        vision_config=dict(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64,
                           image_size=[448, 448], patch_size=[14, 14]),
        text_config={**TEXT, "model_type": "qwen2"}, image_token_id=IMG, image_seq_length=256)
    InternVLForConditionalGeneration(cfg).save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    pol = make_policy("hf", checkpoint=str(tmp_path), profile="internvl")
    pol.max_new_tokens = 2
    run(pol, obs(448, 448))
    assert pol.last["image_tokens"] == pol.last["profile_tokens"] == 256  # one tile, no thumbnail


def test_tiny_internvl_tiles_and_thumbnail(tokenizer):
    from transformers import InternVLConfig, InternVLForConditionalGeneration

    cfg = InternVLConfig(
        vision_config=dict(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64,
                           image_size=[448, 448], patch_size=[14, 14]),
        text_config={**TEXT, "model_type": "qwen2"}, image_token_id=IMG, image_seq_length=256)
    torch.manual_seed(0)
    model = InternVLForConditionalGeneration(cfg)
    pol = HFPolicy(model=model, tokenizer=tokenizer, profile=get_profile("internvl", max_num=2), max_new_tokens=4)
    run(pol, obs(1280, 720))
    assert pol.last["profile_tokens"] == 3 * 256  # 2 tiles + thumbnail
    assert pol.last["image_tokens"] == pol.last["profile_tokens"]


def test_tiny_llava_with_fixed_size_json_profile(tokenizer):
    from transformers import LlavaConfig, LlavaForConditionalGeneration

    cfg = LlavaConfig(
        vision_config=dict(model_type="clip_vision_model", hidden_size=32, intermediate_size=64, num_hidden_layers=1,
                           num_attention_heads=2, image_size=112, patch_size=14, projection_dim=32),
        text_config={**TEXT, "model_type": "llama"}, image_token_id=IMG, vision_feature_layer=-1,
        vision_feature_select_strategy="default")
    torch.manual_seed(0)
    model = LlavaForConditionalGeneration(cfg)
    pol = HFPolicy(model=model, tokenizer=tokenizer, profile=get_profile("json", size=(112, 112), patch=14),
                   max_new_tokens=4)
    run(pol, obs(640, 360))
    assert pol.last["image_tokens"] == pol.last["profile_tokens"] == 64


def test_hf_policy_refuses_what_it_cannot_run():
    with pytest.raises(InputError, match="nvlm"):
        HFPolicy(model=object(), tokenizer=object(), profile="nvlm")
    with pytest.raises(InputError, match="--checkpoint"):
        HFPolicy(profile="qwen2.5-vl")
