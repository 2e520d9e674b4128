"""The two model-side interfaces the evaluation suite needs; the MindSpore model implements them.

Keeping the suite behind these protocols lets every metric, judge and report be tested without a
model (a scripted generator does), and lets any backend (our MindSpore models, an HTTP server) plug in.
"""
from __future__ import annotations

from typing import Any, Dict, List, Protocol, Sequence, runtime_checkable

Message = Dict[str, str]  # {"role": "system"|"user"|"assistant", "content": str}


@runtime_checkable
class Generator(Protocol):
    """Chat generation: one reply per conversation, in order.

    `gen_kwargs` carries the suite's generation settings (`max_new_tokens`, `temperature`, `top_p`,
    `top_k`, `seed`, ...) and `batch_size` (how many conversations the suite hands over at once, so a
    batching backend runs them as one batch); an implementation ignores keys it does not know. Replies
    are the raw text the model produced, including any `<think>...</think>` block.
    """

    def chat(self, conversations: Sequence[Sequence[Message]], **gen_kwargs: Any) -> List[str]:
        ...


@runtime_checkable
class Scorer(Protocol):
    """Log-likelihood scoring of continuations.

    `option_logprobs(prompts, options)[i][j]` is the summed log-probability of the text `options[i][j]`
    following the raw text `prompts[i]` (no chat template is applied by the suite; few-shot prompts
    end with `Answer:` / `答案：`).
    """

    def option_logprobs(self, prompts: Sequence[str], options: Sequence[Sequence[str]]) -> List[List[float]]:
        ...
