"""Batched generation with the KV cache (greedy and sampling) and sequence log-likelihoods.

Prompts are left-padded; one graph-mode prefill fills the cache buffers, then one compiled decode
step runs per new token. Token selection follows transformers' order: repetition penalty,
temperature, top-k, top-p.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence, Tuple

import mindspore as ms
import numpy as np
from mindspore import Tensor, ops

from mindspore_r1safe.errors import R1SafeError
from mindspore_r1safe.models.base import CausalLM, DecodeCell, PrefillCell


@dataclass
class GenerationConfig:
    """Decoding settings (transformers' names)."""

    max_new_tokens: int = 64
    do_sample: bool = False
    temperature: float = 1.0
    top_k: int = 0
    top_p: float = 1.0
    repetition_penalty: float = 1.0
    eos_token_ids: Sequence[int] = field(default_factory=tuple)
    pad_token_id: int = 0
    seed: int = 0

    def validate(self) -> None:
        if self.max_new_tokens <= 0:
            raise R1SafeError(f"max_new_tokens must be positive, got {self.max_new_tokens}")
        if self.do_sample and self.temperature <= 0:
            raise R1SafeError(f"temperature must be > 0 when sampling, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise R1SafeError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.top_k < 0 or self.repetition_penalty <= 0:
            raise R1SafeError("top_k must be >= 0 and repetition_penalty > 0")


BUCKET = 32  # sequence widths are rounded up to a multiple of this, so graphs compile once per bucket
CACHE_BUCKET = 64  # KV-cache lengths likewise: one decode graph serves prompts of several widths
ROW_BUCKET = 8  # batches are padded with idle rows to a multiple of this


def bucket(n: int, size: int = BUCKET) -> int:
    return -(-n // size) * size


def left_pad(prompts: Sequence[Sequence[int]], pad_id: int, width: int = 0) -> Tuple[np.ndarray, np.ndarray]:
    """(ids [B, W] int32, attention mask [B, W] int32) with prompts aligned to the right."""
    if not prompts or any(len(p) == 0 for p in prompts):
        raise R1SafeError("every prompt needs at least one token")
    width = max(width, max(len(p) for p in prompts))
    ids = np.full((len(prompts), width), pad_id, np.int32)
    mask = np.zeros((len(prompts), width), np.int32)
    for row, prompt in enumerate(prompts):
        ids[row, width - len(prompt):] = prompt
        mask[row, width - len(prompt):] = 1
    return ids, mask


def positions_from_mask(mask: np.ndarray) -> np.ndarray:
    """Position ids counting real tokens only (pads get 1, as transformers does)."""
    pos = np.cumsum(mask, -1) - 1
    return np.where(mask == 0, 1, pos).astype(np.int32)


def select_tokens(logits: np.ndarray, history: List[List[int]], cfg: GenerationConfig,
                  rng: np.random.Generator) -> np.ndarray:
    """Pick the next token per row from fp32 logits [B, V]."""
    logits = logits.astype(np.float64, copy=True)
    if cfg.repetition_penalty != 1.0:
        for row, seen in enumerate(history):
            idx = np.unique(np.asarray(seen, np.int64))
            vals = logits[row, idx]
            logits[row, idx] = np.where(vals < 0, vals * cfg.repetition_penalty, vals / cfg.repetition_penalty)
    if not cfg.do_sample:
        return logits.argmax(-1)
    logits = logits / cfg.temperature
    if cfg.top_k and cfg.top_k < logits.shape[-1]:
        kth = np.sort(logits, -1)[:, -cfg.top_k][:, None]
        logits = np.where(logits < kth, -np.inf, logits)
    if cfg.top_p < 1.0:
        order = np.argsort(logits, -1)
        sorted_logits = np.take_along_axis(logits, order, -1)
        probs = np.exp(sorted_logits - sorted_logits.max(-1, keepdims=True))
        probs /= probs.sum(-1, keepdims=True)
        drop_sorted = np.cumsum(probs, -1) <= 1 - cfg.top_p
        drop_sorted[:, -1] = False
        drop = np.zeros_like(drop_sorted)
        np.put_along_axis(drop, order, drop_sorted, -1)
        logits = np.where(drop, -np.inf, logits)
    probs = np.exp(logits - logits.max(-1, keepdims=True))
    probs /= probs.sum(-1, keepdims=True)
    return np.array([rng.choice(probs.shape[-1], p=p) for p in probs])


class Generator:
    """Compiled prefill/decode over one model; reuse it across calls to reuse the compiled graphs."""

    def __init__(self, model: CausalLM):
        self.model = model
        self.prefill_cell = PrefillCell(model)
        self.decode_cell = DecodeCell(model)
        self.prefill_cell.set_train(False)
        self.decode_cell.set_train(False)

    def generate(self, prompts: Sequence[Sequence[int]], cfg: GenerationConfig,
                 on_tokens: Optional[Callable[[int, List[int]], None]] = None,
                 bucketed: bool = True, rows: int = 0) -> List[List[int]]:
        """New tokens per prompt, up to and including the first EOS.

        `on_tokens(row, [token])` is called as each token is chosen (streaming). With `bucketed`, the
        prompt width is rounded up to a multiple of `BUCKET` (more left padding) and the cache length
        to a multiple of `CACHE_BUCKET`, and the batch is padded with idle rows up to `rows`, so calls
        of different sizes reuse the same compiled graphs.
        """
        cfg.validate()
        n_real = len(prompts)
        if bucketed and prompts and rows > n_real:
            prompts = list(prompts) + [[cfg.pad_token_id]] * (rows - n_real)
        width = bucket(max(len(p) for p in prompts)) if bucketed and prompts else 0
        ids, mask = left_pad(prompts, cfg.pad_token_id, width)
        batch, width = ids.shape
        length = bucket(width + cfg.max_new_tokens, CACHE_BUCKET) if bucketed else width + cfg.max_new_tokens
        # mutable: a tuple of tensors is otherwise a compile-time constant and every step would recompile
        cache = ms.mutable(tuple(tuple(ops.zeros(shape, ms.float32) for shape in shapes)
                                 for shapes in self.model.cache_shapes(batch, length)))
        pos = positions_from_mask(mask)
        logits, cache = self.prefill_cell(Tensor(ids), Tensor(mask), Tensor(pos), cache)
        key_mask = np.zeros((batch, length), np.int32)
        key_mask[:, :width] = mask
        next_pos = pos[:, -1:] + 1
        rng = np.random.default_rng(cfg.seed)
        history = [list(p) for p in prompts]
        out: List[List[int]] = [[] for _ in prompts]
        done = np.arange(batch) >= n_real  # padding rows are idle from the start
        eos = set(cfg.eos_token_ids)
        for step in range(cfg.max_new_tokens):
            tokens = select_tokens(logits.asnumpy(), history, cfg, rng)
            tokens = np.where(done, cfg.pad_token_id, tokens)
            for row, tok in enumerate(tokens):
                if not done[row]:
                    out[row].append(int(tok))
                    history[row].append(int(tok))
                    done[row] = int(tok) in eos
                    if on_tokens is not None:
                        on_tokens(row, [int(tok)])
            if done.all() or step == cfg.max_new_tokens - 1:
                break
            slot = width + step
            key_mask[:, slot] = 1
            logits, cache = self.decode_cell(Tensor(tokens.reshape(batch, 1).astype(np.int32)),
                                             Tensor(next_pos.astype(np.int32)), Tensor(slot, ms.int32),
                                             Tensor(key_mask), ms.mutable(cache))
            next_pos = next_pos + 1
        return out[:n_real]


def sequence_logprobs(model: CausalLM, prompts: Sequence[Sequence[int]],
                      continuations: Sequence[Sequence[int]], rows: int = 0) -> List[float]:
    """Sum of log p(continuation | prompt) per pair, from one right-padded full forward.

    The width is rounded up to a multiple of `BUCKET` and the batch padded to `rows` rows, so repeated
    calls reuse one compiled graph.
    """
    if len(prompts) != len(continuations):
        raise R1SafeError("prompts and continuations must have the same length")
    seqs = [list(p) + list(c) for p, c in zip(prompts, continuations)]
    if any(len(c) == 0 for c in continuations):
        raise R1SafeError("every continuation needs at least one token")
    width = bucket(max(len(s) for s in seqs))
    ids = np.zeros((max(rows, len(seqs)), width), np.int32)
    mask = np.zeros_like(ids)
    for row, seq in enumerate(seqs):
        ids[row, :len(seq)] = seq
        mask[row, :len(seq)] = 1
    logits = model(Tensor(ids), Tensor(mask)).asnumpy().astype(np.float64)
    logp = logits - logits.max(-1, keepdims=True)
    logp = logp - np.log(np.exp(logp).sum(-1, keepdims=True))
    scores = []
    for row, (p, c) in enumerate(zip(prompts, continuations)):
        start = len(p)
        targets = np.asarray(c)
        scores.append(float(logp[row, np.arange(start - 1, start - 1 + len(c)), targets].sum()))
    return scores

