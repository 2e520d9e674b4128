"""Logits and greedy-decoding parity of our MindSpore models with transformers (PyTorch, fp32)."""
from __future__ import annotations

import mindspore as ms
import numpy as np
import pytest
import torch
from _convert_fixtures import make_model, save_model

from mindspore_r1safe.generation import GenerationConfig, Generator, positions_from_mask
from mindspore_r1safe.models import load_pretrained

YARN = {"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 32, "mscale": 1.0,
        "mscale_all_dim": 1.0, "beta_fast": 32, "beta_slow": 1}
LLAMA3 = {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
          "original_max_position_embeddings": 16}
CASES = {
    "qwen2_tied_1kv": ("qwen2", dict(tie_word_embeddings=True, num_key_value_heads=1)),
    "qwen2_untied": ("qwen2", dict(tie_word_embeddings=False)),
    "llama_llama3_bias": ("llama", dict(rope_scaling=LLAMA3, attention_bias=True, mlp_bias=True)),
    "deepseek_yarn_groups": ("deepseek_v3", dict(rope_scaling=YARN, n_group=4, topk_group=2,
                                                 num_experts_per_tok=3)),
    "deepseek_no_qlora": ("deepseek_v3", dict(q_lora_rank=None, rope_interleave=False, norm_topk_prob=False,
                                              n_shared_experts=2, first_k_dense_replace=0,
                                              routed_scaling_factor=1.5)),
}
TOL = 1e-4


@pytest.fixture(autouse=True)
def graph_mode():
    ms.set_context(mode=ms.GRAPH_MODE)


@pytest.fixture(scope="module", params=sorted(CASES))
def pair(request, tmp_path_factory):
    arch, overrides = CASES[request.param]
    hf = make_model(arch, seed=3, **overrides)
    path = save_model(hf, tmp_path_factory.mktemp(request.param))
    models = {}

    def ours(impl: str = "eager"):
        if impl not in models:
            models[impl] = load_pretrained(path, attn_impl=impl)
        return models[impl]

    return request.param, hf, ours


def _hf_logits(hf, ids, mask=None, pos=None):
    with torch.no_grad():
        kwargs = {}
        if mask is not None:
            kwargs = {"attention_mask": torch.from_numpy(mask).long(), "position_ids": torch.from_numpy(pos).long()}
        return hf(torch.from_numpy(ids).long(), **kwargs).logits.numpy()


def test_logits_match_transformers(pair):
    name, hf, load = pair
    ours, cfg = load()
    ids = np.random.default_rng(0).integers(0, cfg.vocab_size, (2, 13)).astype(np.int32)
    got = ours(ms.Tensor(ids)).asnumpy()
    ref = _hf_logits(hf, ids)
    assert got.shape == ref.shape == (2, 13, cfg.vocab_size)
    assert np.abs(got - ref).max() <= TOL, name


@pytest.mark.parametrize("impl", ["eager", "flash"])
def test_left_padded_batch_matches_transformers(pair, impl):
    name, hf, load = pair
    ours, cfg = load(impl)
    rng = np.random.default_rng(1)
    ids = rng.integers(1, cfg.vocab_size, (3, 11)).astype(np.int32)
    mask = np.ones_like(ids)
    mask[1, :4] = 0
    mask[2, :9] = 0
    pos = positions_from_mask(mask)
    got = ours(ms.Tensor(ids), ms.Tensor(mask), ms.Tensor(pos)).asnumpy()
    ref = _hf_logits(hf, ids, mask, pos)
    real = mask.astype(bool)
    assert np.abs(got[real] - ref[real]).max() <= TOL, (name, impl)


@pytest.mark.parametrize("arch", ["qwen2", "llama", "deepseek_v3"])
def test_greedy_kv_cache_decoding(arch, tmp_path):
    hf = make_model(arch, seed=5)
    ours, cfg = load_pretrained(save_model(hf, tmp_path), attn_impl="eager")
    prompts = [[5, 9, 17, 3, 44, 8], [7, 8, 99]]
    got = Generator(ours).generate(prompts, GenerationConfig(max_new_tokens=16))
    # 1) repeated full forwards of our model, one prompt at a time (no cache, no padding); the ids are
    # right-padded to one fixed width so the graph compiles once (causal: the tail cannot change the head)
    width = max(map(len, prompts)) + 16
    for prompt, new in zip(prompts, got):
        seq = list(prompt)
        for _ in range(16):
            ids = np.zeros((1, width), np.int32)
            ids[0, :len(seq)] = seq
            seq.append(int(ours(ms.Tensor(ids)).asnumpy()[0, len(seq) - 1].argmax()))
        assert new == seq[len(prompt):]
    # 2) transformers' generate on the same left-padded batch
    ids = np.array([prompts[0], [0] * 3 + prompts[1]])
    mask = np.array([[1] * 6, [0] * 3 + [1] * 3])
    with torch.no_grad():
        ref = hf.generate(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask), do_sample=False,
                          max_new_tokens=16, pad_token_id=0, eos_token_id=None)
    assert got == ref[:, 6:].tolist()
    # 3) padded with idle rows to a fixed batch (as the evaluation suite runs it): same tokens
    assert Generator(ours).generate(prompts, GenerationConfig(max_new_tokens=16), rows=5) == ref[:, 6:].tolist()
