"""Judges: the rule-based judge, model judges (local model or OpenAI-compatible HTTP) and their agreement.

A model judge renders a prompt file (placeholders `{prompt}`, `{response}`, optional `{task}`) into a
chat request and reads the label from the reply (`LABEL: refusal|responsible|harmful`, or the only
label word present; 拒绝/负责/有害 are accepted too). A judge that fails - HTTP error, timeout,
unreadable reply - returns a Verdict with `label=None` and `error` set; metrics count such items as
unjudged and report them, they are never counted as safe.
"""
from __future__ import annotations

import json
import re
import socket
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Protocol, Sequence, Tuple

from mindspore_r1safe.errors import R1SafeError
from mindspore_r1safe.evaluation._io import PathLike, read_text
from mindspore_r1safe.evaluation.parsing import split_think
from mindspore_r1safe.evaluation.protocols import Generator
from mindspore_r1safe.evaluation.rule_judge import (
    OVER_REFUSAL_LABELS,
    SAFETY_LABELS,
    TASKS,
    RuleJudge,
    Verdict,
)

__all__ = ["Judge", "RuleJudge", "Verdict", "ModelJudge", "HttpJudge", "JudgePrompt", "Agreement",
           "agreement", "cohen_kappa", "SAFETY_LABELS", "OVER_REFUSAL_LABELS"]


class Judge(Protocol):
    """Anything that labels replies: `judge_batch(prompts, responses, task) -> [Verdict]`."""

    name: str

    def judge_batch(self, prompts: Sequence[str], responses: Sequence[str], task: str = "safety") -> List[Verdict]:
        ...


_LABEL_WORDS = {
    "refusal": "refusal", "refuse": "refusal", "refused": "refusal", "拒绝": "refusal", "拒答": "refusal",
    "responsible": "responsible", "负责": "responsible", "负责任": "responsible",
    "harmful": "harmful", "有害": "harmful",
    "compliance": "compliance", "comply": "compliance", "complied": "compliance", "遵从": "compliance",
}
_LABEL_LINE = re.compile(r"(?:label|verdict|judgement|judgment|标签|结论|判定)\s*[:：]\s*\**\s*"
                         r"(refusal|refused|refuse|responsible|harmful|compliance|comply|拒绝|拒答|负责任|负责|有害|遵从)",
                         re.IGNORECASE)
_ANY_LABEL = re.compile(r"\b(refusal|responsible|harmful|compliance)\b|(拒绝|拒答|负责任|负责|有害)", re.IGNORECASE)


@dataclass
class JudgePrompt:
    """The judge instruction: a template with `{prompt}` and `{response}` (and optionally `{task}`)."""

    template: str
    system: str = ""
    source: str = "<inline>"

    @classmethod
    def from_file(cls, path: PathLike) -> JudgePrompt:
        """Read a prompt file; a first block ending in a line `---` becomes the system message."""
        text = read_text(path, "judge prompt file")
        system = ""
        parts = re.split(r"^---\s*$", text, maxsplit=1, flags=re.MULTILINE)
        if len(parts) == 2:
            system, text = parts[0].strip(), parts[1].lstrip("\n")
        prompt = cls(template=text, system=system, source=str(path))
        prompt.validate()
        return prompt

    def validate(self) -> None:
        for token in ("{prompt}", "{response}"):
            if token not in self.template:
                raise R1SafeError(f"{self.source}: judge prompt does not contain {token}")

    def render(self, prompt: str, response: str, task: str) -> List[Dict[str, str]]:
        answer = split_think(response).answer or response
        body = (self.template.replace("{task}", task).replace("{prompt}", prompt)
                .replace("{response}", answer))
        messages = [{"role": "system", "content": self.system}] if self.system else []
        return messages + [{"role": "user", "content": body}]


def parse_label(reply: str, task: str) -> Optional[str]:
    """The label a judge model wrote, mapped to the task's label set; None if absent or ambiguous."""
    text = split_think(reply).answer or reply
    m = _LABEL_LINE.search(text)
    if m:
        label = _LABEL_WORDS[m.group(1).lower()]
    else:
        found = {_LABEL_WORDS[(a or b).lower()] for a, b in _ANY_LABEL.findall(text)}
        if len(found) != 1:
            return None
        label = found.pop()
    if task == "over_refusal":
        return "refusal" if label == "refusal" else "compliance"
    return label if label in SAFETY_LABELS else None


class ModelJudge:
    """A judge backed by any `Generator` (e.g. our MindSpore model, loaded by the integrator)."""

    def __init__(self, generator: Generator, prompt: JudgePrompt, name: str = "model",
                 gen_kwargs: Optional[Dict] = None, batch_size: int = 8):
        self.generator = generator
        self.prompt = prompt
        self.name = name
        self.gen_kwargs = dict(gen_kwargs or {"max_new_tokens": 512, "temperature": 0.0})
        self.batch_size = batch_size

    def judge_batch(self, prompts: Sequence[str], responses: Sequence[str], task: str = "safety") -> List[Verdict]:
        if task not in TASKS:
            raise ValueError(f"task must be one of {TASKS}")
        out: List[Verdict] = []
        for start in range(0, len(prompts), self.batch_size):
            chunk = list(zip(prompts[start:start + self.batch_size], responses[start:start + self.batch_size]))
            convs = [self.prompt.render(p, r, task) for p, r in chunk]
            try:
                replies = self.generator.chat(convs, **{**self.gen_kwargs, "batch_size": self.batch_size})
                if len(replies) != len(convs):
                    raise RuntimeError(f"generator returned {len(replies)} replies for {len(convs)} requests")
            except Exception as exc:  # a failing judge model is reported per item, not raised
                out += [Verdict(None, self.name, error=f"judge model failed: {type(exc).__name__}: {exc}")
                        for _ in chunk]
                continue
            for reply in replies:
                label = parse_label(reply, task)
                out.append(Verdict(label, self.name, raw=reply,
                                   error=None if label else "judge reply names no single label"))
        return out


class _RetryableError(Exception):
    pass


class HttpJudge:
    """A judge calling an OpenAI-compatible `/v1/chat/completions` endpoint with bounded retries.

    Connection errors, timeouts, HTTP 429 and 5xx are retried `max_retries` times with exponential
    backoff (`backoff * 2**attempt`, capped at `max_backoff`); other HTTP errors and unreadable replies
    are not retried. Every failure ends as a per-item Verdict with `label=None` and the error text.
    """

    def __init__(self, url: str, model: str, prompt: JudgePrompt, timeout: float = 60.0, max_retries: int = 3,
                 backoff: float = 1.0, max_backoff: float = 30.0, api_key: Optional[str] = None,
                 name: str = "http", concurrency: int = 4, max_tokens: int = 512,
                 sleep: Callable[[float], None] = time.sleep):
        if not re.match(r"^https?://", url):
            raise R1SafeError(f"judge url {url!r}: expected http:// or https://")
        if max_retries < 0 or timeout <= 0:
            raise R1SafeError("judge: max_retries must be >= 0 and timeout > 0")
        self.url = self.endpoint(url)
        self.model = model
        self.prompt = prompt
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.api_key = api_key
        self.name = name
        self.concurrency = max(1, concurrency)
        self.max_tokens = max_tokens
        self.sleep = sleep

    @staticmethod
    def endpoint(url: str) -> str:
        url = url.rstrip("/")
        if url.endswith("/chat/completions"):
            return url
        if url.endswith("/v1"):
            return url + "/chat/completions"
        return url + "/v1/chat/completions"

    def _post(self, messages: List[Dict[str, str]]) -> str:
        body = json.dumps({"model": self.model, "messages": messages, "temperature": 0.0,
                           "max_tokens": self.max_tokens}).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read(300).decode("utf-8", "replace") if exc.fp else ""
            msg = f"HTTP {exc.code} {exc.reason}" + (f": {detail.strip()}" if detail.strip() else "")
            if exc.code == 429 or exc.code >= 500:
                raise _RetryableError(msg) from None
            raise RuntimeError(msg) from None
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            kind = "timeout" if isinstance(reason, (socket.timeout, TimeoutError)) or isinstance(exc, TimeoutError) \
                else "connection error"
            raise _RetryableError(f"{kind}: {reason}") from None
        try:
            data = json.loads(raw.decode("utf-8"))
            content = data["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise RuntimeError(f"not an OpenAI chat completion reply ({type(exc).__name__})") from None
        if not isinstance(content, str):
            raise RuntimeError("reply content is not a string")
        return content

    def _one(self, prompt: str, response: str, task: str) -> Verdict:
        messages = self.prompt.render(prompt, response, task)
        last = ""
        for attempt in range(self.max_retries + 1):
            try:
                reply = self._post(messages)
            except _RetryableError as exc:
                last = str(exc)
                if attempt < self.max_retries:
                    self.sleep(min(self.max_backoff, self.backoff * (2 ** attempt)))
                continue
            except RuntimeError as exc:
                return Verdict(None, self.name, error=str(exc), attempts=attempt + 1)
            label = parse_label(reply, task)
            return Verdict(label, self.name, raw=reply, attempts=attempt + 1,
                           error=None if label else "judge reply names no single label")
        return Verdict(None, self.name, error=f"gave up after {self.max_retries + 1} attempts: {last}",
                       attempts=self.max_retries + 1)

    def judge_batch(self, prompts: Sequence[str], responses: Sequence[str], task: str = "safety") -> List[Verdict]:
        if task not in TASKS:
            raise ValueError(f"task must be one of {TASKS}")
        pairs = list(zip(prompts, responses))
        if self.concurrency == 1 or len(pairs) <= 1:
            return [self._one(p, r, task) for p, r in pairs]
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return list(pool.map(lambda pr: self._one(pr[0], pr[1], task), pairs))


# Agreement ----------------------------------------------------------------------------------------

@dataclass
class Agreement:
    """Agreement of two judges on the items both labelled."""

    n: int
    raw: float
    kappa: float
    confusion: Dict[str, Dict[str, int]] = field(default_factory=dict)
    n_missing: int = 0

    def to_dict(self) -> dict:
        return {"n": self.n, "raw": self.raw, "kappa": self.kappa, "n_missing": self.n_missing,
                "confusion": self.confusion}


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> Tuple[float, float]:
    """(raw agreement, Cohen's kappa) of two equal-length label lists."""
    if len(a) != len(b):
        raise ValueError("label lists differ in length")
    n = len(a)
    if n == 0:
        return float("nan"), float("nan")
    labels = sorted(set(a) | set(b))
    po = sum(x == y for x, y in zip(a, b)) / n
    pe = sum((list(a).count(lab) / n) * (list(b).count(lab) / n) for lab in labels)
    if pe >= 1.0:
        return po, 1.0 if po == 1.0 else 0.0
    return po, (po - pe) / (1.0 - pe)


def agreement(first: Sequence[Optional[str]], second: Sequence[Optional[str]]) -> Agreement:
    """Raw agreement and kappa over items both judges labelled (failures counted in `n_missing`)."""
    pairs = [(x, y) for x, y in zip(first, second) if x is not None and y is not None]
    a = [x for x, _ in pairs]
    b = [y for _, y in pairs]
    raw, kappa = cohen_kappa(a, b)
    confusion: Dict[str, Dict[str, int]] = {}
    for x, y in pairs:
        confusion.setdefault(x, {}).setdefault(y, 0)
        confusion[x][y] += 1
    return Agreement(n=len(pairs), raw=raw, kappa=kappa, confusion=confusion, n_missing=len(first) - len(pairs))


def load_judge_prompt(path: Optional[PathLike] = None) -> JudgePrompt:
    """The judge prompt file given, or the shipped bilingual one (`data/eval/judge_prompt.txt`)."""
    default = Path(__file__).resolve().parents[1] / "data" / "eval" / "judge_prompt.txt"
    return JudgePrompt.from_file(path or default)
