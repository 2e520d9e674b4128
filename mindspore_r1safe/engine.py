"""A loaded model + tokenizer behind the evaluation protocols (`chat`, `option_logprobs`) and the server.

`ModelEngine.from_dir(DIR)` reads an HF-layout model directory (weights, `config.json`, tokenizer files).
Conversations go through the tokenizer's chat template (DeepSeek-R1's for our models); generation uses
the KV-cache `Generator` with compiled prefill/decode graphs, reused across calls.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Sequence

from mindspore_r1safe.errors import R1SafeError
from mindspore_r1safe.generation import ROW_BUCKET, GenerationConfig, Generator, bucket, sequence_logprobs

Message = Dict[str, str]
SCORE_ROWS = 32  # option-scoring batch (fixed, so one graph per width bucket)
_GEN_KEYS = {"max_new_tokens", "do_sample", "temperature", "top_k", "top_p", "repetition_penalty", "seed"}


@dataclass
class Completion:
    """One generated reply with its token accounting (what an OpenAI-style API reports)."""

    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str  # "stop" (EOS) or "length"


def generation_config(tokenizer: Any, model_cfg: Any, **kwargs: Any) -> GenerationConfig:
    """GenerationConfig from suite/API keyword arguments; temperature > 0 means sampling."""
    known = {k: v for k, v in kwargs.items() if k in _GEN_KEYS and v is not None}
    if "do_sample" not in known:
        known["do_sample"] = float(known.get("temperature", 0.0) or 0.0) > 0
    if not known["do_sample"]:
        known.pop("temperature", None)
    eos = sorted({*model_cfg.eos_ids, tokenizer.eos_id} - {None})
    pad = tokenizer.pad_id if tokenizer.pad_id is not None else (eos[0] if eos else 0)
    return GenerationConfig(eos_token_ids=tuple(eos), pad_token_id=pad, **known)


class ModelEngine:
    """Implements `evaluation.protocols.Generator` and `Scorer` over one MindSpore model."""

    def __init__(self, model: Any, config: Any, tokenizer: Any, name: str = "model"):
        self.model = model
        self.config = config
        self.tokenizer = tokenizer
        self.name = name
        self.generator = Generator(model)
        self.lock = threading.Lock()  # one model call at a time (graphs and caches are not re-entrant)

    @classmethod
    def from_dir(cls, model_dir: str, attn_impl: Optional[str] = None, name: Optional[str] = None) -> ModelEngine:
        from mindspore_r1safe.models import load_pretrained
        from mindspore_r1safe.tokenization import load_tokenizer

        model, cfg = load_pretrained(model_dir, attn_impl=attn_impl)
        model.set_train(False)
        return cls(model, cfg, load_tokenizer(model_dir), name or os.path.basename(os.path.normpath(model_dir)))

    def generation_eos(self) -> List[int]:
        """Token ids that end a reply."""
        return list(generation_config(self.tokenizer, self.config).eos_token_ids)

    def encode_chat(self, conversation: Sequence[Message]) -> List[int]:
        if not conversation:
            raise R1SafeError("a conversation needs at least one message")
        text = self.tokenizer.apply_chat_template(list(conversation), add_generation_prompt=True)
        return self.tokenizer.encode(text)

    def complete(self, conversations: Sequence[Sequence[Message]],
                 on_tokens: Optional[Callable[[int, List[int]], None]] = None, rows: int = 0,
                 **gen_kwargs: Any) -> List[Completion]:
        """Generate one reply per conversation (batched), with token counts and finish reasons; the
        batch is padded to `rows` rows so that batches of different sizes share compiled graphs."""
        gen = generation_config(self.tokenizer, self.config, **gen_kwargs)
        prompts = [self.encode_chat(c) for c in conversations]
        with self.lock:
            outs = self.generator.generate(prompts, gen, on_tokens=on_tokens, rows=rows)
        eos = set(gen.eos_token_ids)
        result = []
        for prompt, out in zip(prompts, outs):
            stopped = bool(out) and out[-1] in eos
            body = out[:-1] if stopped else out
            result.append(Completion(self.tokenizer.decode(body), len(prompt), len(out), "stop" if stopped else "length"))
        return result

    def chat(self, conversations: Sequence[Sequence[Message]], **gen_kwargs: Any) -> List[str]:
        """`evaluation.protocols.Generator`: reply texts (with any `<think>` block)."""
        batch = int(gen_kwargs.pop("batch_size", 8) or 8)
        texts: List[str] = []
        for start in range(0, len(conversations), batch):
            chunk = conversations[start:start + batch]
            # idle rows up to a multiple of ROW_BUCKET: few graph shapes, little wasted compute on small batches
            texts += [c.text for c in self.complete(chunk, rows=bucket(len(chunk), ROW_BUCKET), **gen_kwargs)]
        return texts

    def option_logprobs(self, prompts: Sequence[str], options: Sequence[Sequence[str]]) -> List[List[float]]:
        """`evaluation.protocols.Scorer`: summed log p(option | prompt), tokens split as lm-eval does
        (encode prompt+option; the continuation is what follows the prompt's own tokens)."""
        pairs, owners = [], []
        for i, (prompt, opts) in enumerate(zip(prompts, options)):
            ctx = self.tokenizer.encode(prompt)
            for j, opt in enumerate(opts):
                whole = self.tokenizer.encode(prompt + opt)
                cont = whole[len(ctx):] if whole[:len(ctx)] == ctx else self.tokenizer.encode(opt)
                pairs.append((ctx, cont))
                owners.append((i, j))
        scores: List[List[float]] = [[0.0] * len(o) for o in options]
        with self.lock:
            for start in range(0, len(pairs), SCORE_ROWS):
                chunk = pairs[start:start + SCORE_ROWS]
                values = sequence_logprobs(self.model, [p for p, _ in chunk], [c for _, c in chunk], rows=SCORE_ROWS)
                for (i, j), v in zip(owners[start:start + SCORE_ROWS], values):
                    scores[i][j] = v
        return scores
