"""Running one evaluation task: build requests, call the model protocols, judge, compute metrics.

Each `run_*` function takes loaded items and returns a `TaskResult` whose `items` hold every per-item
record (prompt, raw reply, reasoning/answer split, verdicts, score) and whose `metrics` come from
`metrics.py`. Prompts for scoring follow the usual harness formats: MMLU `Answer:` few-shot headers,
C-Eval `答案：` headers; generated answers are read after the `</think>` block.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from mindspore_r1safe.errors import R1SafeError
from mindspore_r1safe.evaluation.datasets import (
    LETTERS,
    MathItem,
    MCQItem,
    MCQSet,
    OverRefusalItem,
    SafetyMCQItem,
    SafetyPrompt,
)
from mindspore_r1safe.evaluation.jailbreak import Attack, Skipped
from mindspore_r1safe.evaluation.judge import Agreement, Judge, agreement
from mindspore_r1safe.evaluation.metrics import (
    accuracy_metrics,
    jailbreak_metrics,
    over_refusal_metrics,
    safety_metrics,
)
from mindspore_r1safe.evaluation.parsing import (
    detect_lang,
    extract_choice,
    extract_final_number,
    numbers_match,
    split_think,
)
from mindspore_r1safe.evaluation.protocols import Generator, Message, Scorer
from mindspore_r1safe.evaluation.taxonomy import Taxonomy

Progress = Callable[[str, int, int], None]


@dataclass
class TaskResult:
    """Outcome of one task: metrics, every per-item record, judge agreement and notes."""

    name: str
    type: str
    metrics: Dict[str, Any]
    items: List[Dict[str, Any]]
    agreement: Optional[Dict[str, Any]] = None
    skipped: List[Dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {"type": self.type, "metrics": self.metrics, "items": self.items}
        if self.agreement is not None:
            out["agreement"] = self.agreement
        if self.skipped:
            out["skipped"] = self.skipped
        return out


@dataclass
class RunContext:
    """What every task needs: the model protocols, generation settings, judges, taxonomy."""

    generator: Optional[Generator]
    scorer: Optional[Scorer]
    gen_kwargs: Dict[str, Any]
    batch_size: int
    judges: Sequence[Judge]
    primary: str
    taxonomy: Taxonomy
    report_schemes: Sequence[Taxonomy] = ()
    progress: Optional[Progress] = None


# Model calls --------------------------------------------------------------------------------------

def generate_all(ctx: RunContext, conversations: Sequence[Sequence[Message]], what: str) -> List[str]:
    """Replies for every conversation, in batches; a wrong reply count is an error naming the task."""
    if ctx.generator is None:
        raise R1SafeError(f"{what}: needs a generator (the model's chat interface)")
    out: List[str] = []
    for start in range(0, len(conversations), ctx.batch_size):
        batch = [list(c) for c in conversations[start:start + ctx.batch_size]]
        # batch_size tells a batching backend (ModelEngine) to run the whole chunk as one batch
        replies = ctx.generator.chat(batch, **ctx.gen_kwargs, batch_size=ctx.batch_size)
        if len(replies) != len(batch):
            raise R1SafeError(f"{what}: generator returned {len(replies)} replies for {len(batch)} conversations")
        out += [str(r) for r in replies]
        if ctx.progress:
            ctx.progress(what, len(out), len(conversations))
    return out


def score_all(ctx: RunContext, prompts: Sequence[str], options: Sequence[Sequence[str]], what: str) -> List[List[float]]:
    """Option log-likelihoods in batches, checked for shape and finiteness."""
    if ctx.scorer is None:
        raise R1SafeError(f"{what}: log-likelihood scoring needs a scorer (option_logprobs)")
    out: List[List[float]] = []
    for start in range(0, len(prompts), ctx.batch_size):
        p = list(prompts[start:start + ctx.batch_size])
        o = [list(x) for x in options[start:start + ctx.batch_size]]
        scores = ctx.scorer.option_logprobs(p, o)
        if len(scores) != len(p) or any(len(s) != len(x) for s, x in zip(scores, o)):
            raise R1SafeError(f"{what}: scorer returned scores of the wrong shape")
        for row in scores:
            if any(not math.isfinite(float(v)) for v in row):
                raise R1SafeError(f"{what}: scorer returned a non-finite log-probability")
        out += [[float(v) for v in row] for row in scores]
    return out


def render_conversation(messages: Sequence[Message]) -> str:
    """A conversation as plain text for a judge prompt (the last user turn is the request)."""
    turns = [m for m in messages if m["role"] != "system"]
    if len(turns) == 1:
        return turns[0]["content"]
    return "\n".join(f"{m['role'].capitalize()}: {m['content']}" for m in turns)


def run_judges(ctx: RunContext, prompts: Sequence[str], replies: Sequence[str], task: str
               ) -> Tuple[List[Dict[str, Any]], List[Optional[str]], Optional[Dict[str, Any]]]:
    """(verdict dicts per item, primary labels, agreement dict or None)."""
    per_judge = {j.name: j.judge_batch(prompts, replies, task) for j in ctx.judges}
    if ctx.primary not in per_judge:
        raise R1SafeError(f"judge.primary {ctx.primary!r} is not among the configured judges {sorted(per_judge)}")
    verdicts = [{name: per_judge[name][i].to_dict() for name in per_judge} for i in range(len(prompts))]
    labels = [per_judge[ctx.primary][i].label for i in range(len(prompts))]
    agree: Optional[Agreement] = None
    if len(per_judge) >= 2:
        names = sorted(per_judge)
        agree = agreement([v.label for v in per_judge[names[0]]], [v.label for v in per_judge[names[1]]])
    return verdicts, labels, (dict(agree.to_dict(), judges=sorted(per_judge)) if agree else None)


def _reply_record(reply: str) -> Dict[str, Any]:
    split = split_think(reply)
    return {"response": reply, "answer": split.answer, "reasoning_chars": len(split.reasoning),
            "think_closed": split.closed}


# Safety QA ----------------------------------------------------------------------------------------

def run_safety_qa(name: str, items: Sequence[SafetyPrompt], ctx: RunContext) -> TaskResult:
    convs = [it.messages() for it in items]
    replies = generate_all(ctx, convs, name)
    prompts = [render_conversation(c) for c in convs]
    verdicts, labels, agree = run_judges(ctx, prompts, replies, "safety")
    records = []
    for it, reply, verdict, label in zip(items, replies, verdicts, labels):
        rec = {"id": it.id, "source": it.source, "lang": it.lang, "area_id": it.area_id,
               "category_id": it.category_id, "prompt": it.prompt, "turns": len(it.history),
               "label": label, "verdicts": verdict}
        rec.update(_reply_record(reply))
        records.append(rec)
    metrics = safety_metrics(records, ctx.taxonomy, ctx.report_schemes)
    metrics["by_lang"] = {lang: safety_metrics([r for r in records if r["lang"] == lang])
                          for lang in sorted({r["lang"] for r in records})}
    for block in metrics["by_lang"].values():
        for key in [k for k in block if k.startswith("by_")]:
            del block[key]
    return TaskResult(name, "safety_qa", metrics, records, agree)


# Jailbreak ----------------------------------------------------------------------------------------

def run_jailbreak(name: str, attacks: Sequence[Attack], skipped: Sequence[Skipped], ctx: RunContext) -> TaskResult:
    convs = [a.messages for a in attacks]
    replies = generate_all(ctx, convs, name)
    prompts = [render_conversation(c) for c in convs]
    verdicts, labels, agree = run_judges(ctx, prompts, replies, "safety")
    records = []
    for a, reply, verdict, label in zip(attacks, replies, verdicts, labels):
        rec = {"id": a.id, "family": a.family, "template_id": a.template_id, "base_id": a.base_id,
               "lang": a.lang, "area_id": a.area_id, "category_id": a.category_id,
               "prompt": a.messages[-1]["content"], "turns": len(a.messages) - 1, "label": label,
               "verdicts": verdict}
        rec.update(_reply_record(reply))
        records.append(rec)
    metrics = jailbreak_metrics(records, n_skipped=len(skipped))
    skipped_records = [{"template_id": s.template_id, "base_id": s.base_id, "reason": s.reason} for s in skipped]
    return TaskResult(name, "jailbreak", metrics, records, agree, skipped_records)


# Over-refusal -------------------------------------------------------------------------------------

def run_over_refusal(name: str, items: Sequence[OverRefusalItem], ctx: RunContext) -> TaskResult:
    convs = [[{"role": "user", "content": it.prompt}] for it in items]
    replies = generate_all(ctx, convs, name)
    verdicts, labels, agree = run_judges(ctx, [it.prompt for it in items], replies, "over_refusal")
    records = []
    for it, reply, verdict, label in zip(items, replies, verdicts, labels):
        rec = {"id": it.id, "source": it.source, "lang": it.lang, "safe": it.safe, "type": it.type,
               "focus": it.focus, "prompt": it.prompt, "label": label, "verdicts": verdict}
        rec.update(_reply_record(reply))
        records.append(rec)
    return TaskResult(name, "over_refusal", over_refusal_metrics(records), records, agree)


# Multiple choice ----------------------------------------------------------------------------------

def _option_lines(choices: Sequence[str]) -> str:
    return "\n".join(f"{LETTERS[i]}. {c}" for i, c in enumerate(choices))


def mcq_prompt(item: MCQItem, shots: Sequence[MCQItem]) -> str:
    """Few-shot scoring prompt: MMLU header and `Answer:` (English) or C-Eval `答案：` (Chinese)."""
    zh = detect_lang(item.question + "".join(item.choices)) == "zh"
    subject = item.subject.replace("_", " ")
    if zh:
        head = f"以下是中国关于{subject}考试的单项选择题，请选出其中的正确答案。\n\n"
        block = "{q}\n{opts}\n答案：{a}"
    else:
        head = f"The following are multiple choice questions (with answers) about {subject}.\n\n"
        block = "{q}\n{opts}\nAnswer: {a}"
    parts = [block.format(q=s.question, opts=_option_lines(s.choices), a=s.answer_letter) for s in shots]
    parts.append(block.format(q=item.question, opts=_option_lines(item.choices), a="").rstrip())
    return head + "\n\n".join(parts)


def _option_tokens(n: int, zh: bool) -> List[str]:
    return [LETTERS[i] if zh else f" {LETTERS[i]}" for i in range(n)]


def _instruction(zh: bool) -> str:
    return ("\n请直接给出正确选项的字母。" if zh else "\nAnswer with the letter of the correct option.")


def _argmax(scores: Sequence[float]) -> int:
    best = 0
    for i, v in enumerate(scores):
        if v > scores[best]:
            best = i
    return best


def _mcq_modes(mode: str) -> List[str]:
    if mode not in ("loglik", "generate", "both"):
        raise R1SafeError(f"mode must be loglik, generate or both, got {mode!r}")
    return ["loglik", "generate"] if mode == "both" else [mode]


def _score_choices(name: str, records: List[Dict[str, Any]], prompts: List[str], gen_prompts: List[str],
                   n_options: List[int], zhs: List[bool], modes: List[str], ctx: RunContext) -> None:
    """Fill `pred_loglik` / `pred_generate` (and the scores / replies) into `records`."""
    if "loglik" in modes:
        options = [_option_tokens(n, zh) for n, zh in zip(n_options, zhs)]
        scores = score_all(ctx, prompts, options, name)
        for rec, row in zip(records, scores):
            rec["logprobs"] = row
            rec["pred_loglik"] = LETTERS[_argmax(row)]
    if "generate" in modes:
        replies = generate_all(ctx, [[{"role": "user", "content": p}] for p in gen_prompts], name)
        for rec, reply, n in zip(records, replies, n_options):
            rec["response"] = reply
            rec["pred_generate"] = extract_choice(reply, n)


def _mcq_metrics(records: List[Dict[str, Any]], modes: List[str], group_key: Optional[str]) -> Dict[str, Any]:
    metrics: Dict[str, Any] = {}
    for mode in modes:
        scored = [dict(r, pred=r.get(f"pred_{mode}"), correct=r.get(f"correct_{mode}")) for r in records]
        metrics[mode] = accuracy_metrics(scored, group_key)
        metrics[f"accuracy_{mode}"] = metrics[mode]["accuracy"]
    metrics["accuracy"] = metrics[f"accuracy_{modes[0]}"]
    return metrics


def run_mcq(name: str, data: MCQSet, shots: int, mode: str, ctx: RunContext) -> TaskResult:
    """Capability MCQ (MMLU / C-Eval): few-shot log-likelihood of the option letters and/or generation."""
    modes = _mcq_modes(mode)
    records = [{"id": it.id, "source": it.source, "subject": it.subject, "gold": it.answer_letter,
                "n_shots": len(data.shots(it.subject, shots))} for it in data.items]
    prompts = [mcq_prompt(it, data.shots(it.subject, shots)) for it in data.items]
    zhs = [detect_lang(it.question + "".join(it.choices)) == "zh" for it in data.items]
    gen_prompts = [f"{it.question}\n{_option_lines(it.choices)}{_instruction(zh)}" for it, zh in zip(data.items, zhs)]
    _score_choices(name, records, prompts, gen_prompts, [len(it.choices) for it in data.items], zhs, modes, ctx)
    for rec in records:
        for m in modes:
            rec[f"correct_{m}"] = rec.get(f"pred_{m}") == rec["gold"]
    return TaskResult(name, "mcq", _mcq_metrics(records, modes, "subject"), records)


def run_safety_mcq(name: str, items: Sequence[SafetyMCQItem], mode: str, ctx: RunContext) -> TaskResult:
    """CHiSafetyBench risk identification: options already in the question; zero-shot."""
    modes = _mcq_modes(mode)
    records = [{"id": it.id, "source": it.source, "lang": it.lang, "area_id": it.area_id,
                "category_id": it.category_id, "gold": it.answer} for it in items]
    zhs = [it.lang == "zh" for it in items]
    prompts = [f"{it.question}\n{'答案：' if zh else 'Answer:'}" for it, zh in zip(items, zhs)]
    gen_prompts = [f"{it.question}{_instruction(zh)}" for it, zh in zip(items, zhs)]
    _score_choices(name, records, prompts, gen_prompts, [len(it.options) for it in items], zhs, modes, ctx)
    for rec in records:
        for m in modes:
            rec[f"correct_{m}"] = rec["gold"] is not None and rec.get(f"pred_{m}") == rec["gold"]
    metrics = _mcq_metrics(records, modes, "area_id")
    for mode in modes:
        scored = [dict(r, pred=r.get(f"pred_{mode}"), correct=r.get(f"correct_{mode}")) for r in records]
        metrics[mode]["by_category_id"] = accuracy_metrics(scored, "category_id")["by_category_id"]
    return TaskResult(name, "safety_mcq", metrics, records)


# Math ---------------------------------------------------------------------------------------------

def math_instruction(zh: bool) -> str:
    return ("请逐步解答，并在最后一行以“#### 数字”的形式给出最终答案。" if zh
            else "Solve the problem step by step, then give the final answer on the last line as '#### <number>'.")


def run_gsm8k(name: str, items: Sequence[MathItem], shots: Sequence[MathItem], ctx: RunContext) -> TaskResult:
    """GSM8K-style exact match of the final number (after the think block); optional worked examples."""
    convs = []
    for it in items:
        zh = detect_lang(it.question) == "zh"
        conv: List[Message] = []
        for ex in shots:
            conv += [{"role": "user", "content": f"{ex.question}\n{math_instruction(zh)}"},
                     {"role": "assistant", "content": f"{ex.solution}\n#### {ex.answer}".strip()}]
        conv.append({"role": "user", "content": f"{it.question}\n{math_instruction(zh)}"})
        convs.append(conv)
    replies = generate_all(ctx, convs, name)
    records = []
    for it, reply in zip(items, replies):
        pred = extract_final_number(reply)
        rec = {"id": it.id, "source": it.source, "gold": it.answer, "pred": pred,
               "correct": numbers_match(pred, it.answer)}
        rec.update(_reply_record(reply))
        records.append(rec)
    return TaskResult(name, "gsm8k", accuracy_metrics(records), records)
