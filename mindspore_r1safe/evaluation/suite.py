"""Evaluation suites: the YAML schema (validated dataclasses) and `run_suite`.

    name: demo                       # required
    taxonomy: tc260_5x31             # shipped scheme name or a taxonomy YAML path
    report_taxonomies: [r1safe_14dim]  # also report safety results on these schemes (via maps_to)
    generation: {max_new_tokens: 1024, temperature: 0.0}   # passed to Generator.chat as keyword args
    batch_size: 8
    baseline: runs/base/report.json  # optional: deltas vs a baseline run of the same suite
    judge:
      rule: true                     # the rule-based judge
      model:                         # optional model judge
        kind: http                   # http (OpenAI-compatible URL) or local (a Generator from the caller)
        url: http://127.0.0.1:8000   # kind http only
        model: qwen2.5-72b-instruct
        prompt_file: judge_prompt.txt   # default: the shipped bilingual prompt
        api_key_env: JUDGE_API_KEY   # name of an environment variable, never the key itself
        timeout: 60
        max_retries: 3
      primary: rule                  # whose labels feed the metrics: rule | model
    tasks:
      - {name: qa, type: safety_qa, path: safety_qa.json}
      - {name: mcq, type: safety_mcq, path: mcq.json, mode: both, default_answer: A}
      - {name: jb, type: jailbreak, path: harmful.jsonl, families: [roleplay, encoding], limit: 20,
         templates_dir: my_families/, external: [collection.json], translations: tr.json}
      - {name: xs, type: over_refusal, path: xstest_prompts.csv}
      - {name: mmlu, type: mcq, path: data/mmlu, split: test, dev_path: data/mmlu/dev, shots: 5, mode: loglik}
      - {name: gsm8k, type: gsm8k, path: test.jsonl, dev_path: train.jsonl, shots: 4}

Relative paths are resolved against the suite file. Every field is checked (unknown keys, wrong
types, keys that do not apply to a task type, missing files) before any model call, and errors name
`suite.yaml:line:field`.
"""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from mindspore_r1safe.errors import R1SafeError
from mindspore_r1safe.evaluation import datasets as ds
from mindspore_r1safe.evaluation import jailbreak as jb
from mindspore_r1safe.evaluation._io import LocDict, PathLike, fail, read_yaml
from mindspore_r1safe.evaluation.judge import HttpJudge, Judge, ModelJudge, RuleJudge, load_judge_prompt
from mindspore_r1safe.evaluation.protocols import Generator, Scorer
from mindspore_r1safe.evaluation.report import SCHEMA, attach_baseline, load_report, write_report
from mindspore_r1safe.evaluation.tasks import (
    RunContext,
    TaskResult,
    run_gsm8k,
    run_jailbreak,
    run_mcq,
    run_over_refusal,
    run_safety_mcq,
    run_safety_qa,
)
from mindspore_r1safe.evaluation.taxonomy import BUILTIN, Taxonomy, load_taxonomy

TASK_TYPES = ("safety_qa", "safety_mcq", "jailbreak", "over_refusal", "mcq", "gsm8k")
_COMMON = {"name", "type", "path", "limit"}
_TASK_KEYS = {
    "safety_qa": _COMMON,
    "safety_mcq": _COMMON | {"mode", "default_answer"},
    "jailbreak": _COMMON | {"families", "templates_dir", "external", "translations"},
    "over_refusal": _COMMON,
    "mcq": _COMMON | {"dev_path", "split", "shots", "mode"},
    "gsm8k": _COMMON | {"dev_path", "shots"},
}
_TOP_KEYS = {"name", "description", "taxonomy", "report_taxonomies", "generation", "batch_size", "baseline",
             "judge", "tasks"}
_JUDGE_KEYS = {"rule", "model", "primary"}
_MODEL_KEYS = {"kind", "url", "model", "prompt_file", "api_key_env", "timeout", "max_retries", "backoff",
               "concurrency", "name"}


@dataclass
class ModelJudgeSpec:
    """A model judge: `http` (OpenAI-compatible endpoint) or `local` (a Generator passed to run_suite)."""

    kind: str = "http"
    url: Optional[str] = None
    model: str = ""
    prompt_file: Optional[str] = None
    api_key_env: Optional[str] = None
    timeout: float = 60.0
    max_retries: int = 3
    backoff: float = 1.0
    concurrency: int = 4
    name: str = "model"


@dataclass
class JudgeSpec:
    rule: bool = True
    model: Optional[ModelJudgeSpec] = None
    primary: str = "rule"


@dataclass
class TaskSpec:
    """One task; which optional fields apply depends on `type` (see the module docstring)."""

    name: str
    type: str
    path: str
    limit: Optional[int] = None
    mode: Optional[str] = None
    default_answer: Optional[str] = None
    families: Optional[List[str]] = None
    templates_dir: Optional[str] = None
    external: List[str] = field(default_factory=list)
    translations: Optional[str] = None
    dev_path: Optional[str] = None
    split: str = "test"
    shots: int = 0


@dataclass
class Suite:
    name: str
    tasks: List[TaskSpec]
    taxonomy: str = "tc260_5x31"
    report_taxonomies: List[str] = field(default_factory=list)
    generation: Dict[str, Any] = field(default_factory=dict)
    batch_size: int = 8
    baseline: Optional[str] = None
    judge: JudgeSpec = field(default_factory=JudgeSpec)
    description: str = ""
    path: Optional[str] = None


# Parsing ------------------------------------------------------------------------------------------

class _Reader:
    """Typed field access on a YAML mapping with `file:line:field` errors."""

    def __init__(self, path: str):
        self.path = path

    def mapping(self, node: Any, where: str, allowed: set, line: int = 1) -> LocDict:
        if not isinstance(node, dict):
            raise fail(self.path, getattr(node, "line", line), where, f"expected a mapping, got {type(node).__name__}")
        unknown = sorted(str(k) for k in node if k not in allowed)
        if unknown:
            raise fail(self.path, node.line_of(unknown[0]), f"{where}.{unknown[0]}".lstrip("."),
                       f"unknown key (allowed: {', '.join(sorted(allowed))})")
        return node

    def get(self, node: LocDict, key: str, where: str, kind: type, default: Any = None, required: bool = False) -> Any:
        name = f"{where}.{key}".lstrip(".")
        if key not in node:
            if required:
                raise fail(self.path, node.line, name, "missing")
            return default
        value = node[key]
        line = node.line_of(key)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if kind is list:
            ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
            if not ok:
                raise fail(self.path, line, name, f"expected a list of strings, got {value!r}")
            return list(value)
        if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
            raise fail(self.path, line, name, f"expected {kind.__name__}, got {type(value).__name__} {value!r}")
        if kind is str and not value.strip():
            raise fail(self.path, line, name, "empty")
        return value

    def positive(self, node: LocDict, key: str, where: str, default: int, minimum: int = 1) -> int:
        value = self.get(node, key, where, int, default)
        if value < minimum:
            raise fail(self.path, node.line_of(key), f"{where}.{key}".lstrip("."), f"must be >= {minimum}, got {value}")
        return value


def parse_suite(tree: Any, path: str) -> Suite:
    """Validate a parsed suite YAML into a `Suite` (no file checks; see `check_files`)."""
    r = _Reader(path)
    top = r.mapping(tree, "", _TOP_KEYS)
    suite = Suite(name=r.get(top, "name", "", str, required=True), tasks=[], path=path)
    suite.description = r.get(top, "description", "", str, "")
    suite.taxonomy = r.get(top, "taxonomy", "", str, "tc260_5x31")
    suite.report_taxonomies = r.get(top, "report_taxonomies", "", list, [])
    suite.generation = dict(r.get(top, "generation", "", dict, {}))
    for key, value in suite.generation.items():
        if not isinstance(key, str) or not isinstance(value, (int, float, str, bool)) or value is None:
            raise fail(path, top["generation"].line_of(key), f"generation.{key}", "expected a scalar value")
        if key == "batch_size":
            raise fail(path, top["generation"].line_of(key), "generation.batch_size",
                       "set the batch size at the top level (`batch_size:`), not under generation")
    suite.batch_size = r.positive(top, "batch_size", "", 8)
    suite.baseline = r.get(top, "baseline", "", str, None)
    if "judge" in top:
        jnode = r.mapping(top["judge"], "judge", _JUDGE_KEYS, top.line_of("judge"))
        spec = JudgeSpec(rule=r.get(jnode, "rule", "judge", bool, True), primary=r.get(jnode, "primary", "judge", str, "rule"))
        if "model" in jnode:
            mnode = r.mapping(jnode["model"], "judge.model", _MODEL_KEYS, jnode.line_of("model"))
            m = ModelJudgeSpec()
            m.kind = r.get(mnode, "kind", "judge.model", str, "http")
            if m.kind not in ("http", "local"):
                raise fail(path, mnode.line_of("kind"), "judge.model.kind", f"expected http or local, got {m.kind!r}")
            m.url = r.get(mnode, "url", "judge.model", str, None)
            if m.kind == "http" and not m.url:
                raise fail(path, mnode.line, "judge.model.url", "required for kind http")
            m.model = r.get(mnode, "model", "judge.model", str, "")
            m.prompt_file = r.get(mnode, "prompt_file", "judge.model", str, None)
            m.api_key_env = r.get(mnode, "api_key_env", "judge.model", str, None)
            m.timeout = r.get(mnode, "timeout", "judge.model", float, 60.0)
            if m.timeout <= 0:
                raise fail(path, mnode.line_of("timeout"), "judge.model.timeout", "must be > 0")
            m.max_retries = r.positive(mnode, "max_retries", "judge.model", 3, minimum=0)
            m.backoff = r.get(mnode, "backoff", "judge.model", float, 1.0)
            m.concurrency = r.positive(mnode, "concurrency", "judge.model", 4)
            m.name = r.get(mnode, "name", "judge.model", str, "model")
            spec.model = m
        names = (["rule"] if spec.rule else []) + ([spec.model.name] if spec.model else [])
        if not names:
            raise fail(path, jnode.line, "judge", "no judge enabled (set rule: true or add a model judge)")
        if spec.primary not in names:
            raise fail(path, jnode.line_of("primary"), "judge.primary",
                       f"{spec.primary!r} is not an enabled judge ({', '.join(names)})")
        suite.judge = spec
    tasks = top.get("tasks")
    if not isinstance(tasks, list) or not tasks:
        raise fail(path, top.line_of("tasks") if "tasks" in top else top.line, "tasks", "expected a non-empty list")
    seen: Dict[str, int] = {}
    for i, node in enumerate(tasks):
        where = f"tasks[{i}]"
        if not isinstance(node, dict):
            raise fail(path, tasks.line, where, "expected a mapping")
        ttype = r.get(node, "type", where, str, required=True)
        if ttype not in TASK_TYPES:
            raise fail(path, node.line_of("type"), f"{where}.type", f"unknown task type {ttype!r} "
                                                                    f"(known: {', '.join(TASK_TYPES)})")
        all_keys = set().union(*_TASK_KEYS.values())
        for key in node:
            if key not in all_keys:
                raise fail(path, node.line_of(key), f"{where}.{key}", f"unknown key (allowed for {ttype}: "
                                                                        f"{', '.join(sorted(_TASK_KEYS[ttype]))})")
            if key not in _TASK_KEYS[ttype]:
                raise fail(path, node.line_of(key), f"{where}.{key}", f"does not apply to task type {ttype}")
        t = TaskSpec(name=r.get(node, "name", where, str, ttype), type=ttype, path=r.get(node, "path", where, str, required=True))
        if t.name in seen:
            raise fail(path, node.line_of("name") if "name" in node else node.line, f"{where}.name",
                       f"duplicate task name {t.name!r} (first at line {seen[t.name]})")
        seen[t.name] = node.line
        if "limit" in node:
            t.limit = r.positive(node, "limit", where, 0)
        t.mode = r.get(node, "mode", where, str, None)
        if t.mode is not None and t.mode not in ("loglik", "generate", "both"):
            raise fail(path, node.line_of("mode"), f"{where}.mode", f"expected loglik, generate or both, got {t.mode!r}")
        t.default_answer = r.get(node, "default_answer", where, str, None)
        if t.default_answer is not None and t.default_answer not in ds.LETTERS:
            raise fail(path, node.line_of("default_answer"), f"{where}.default_answer", "expected an option letter")
        t.families = r.get(node, "families", where, list, None)
        t.templates_dir = r.get(node, "templates_dir", where, str, None)
        t.external = r.get(node, "external", where, list, [])
        t.translations = r.get(node, "translations", where, str, None)
        t.dev_path = r.get(node, "dev_path", where, str, None)
        t.split = r.get(node, "split", where, str, "test")
        if "shots" in node:
            t.shots = r.positive(node, "shots", where, 0, minimum=0)
        suite.tasks.append(t)
    return suite


def _resolve(base: Optional[str], value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    expanded = os.path.expanduser(value)
    if os.path.isabs(expanded) or base is None:
        return expanded
    return str(Path(base).parent / expanded)


def load_suite(path: PathLike) -> Suite:
    """Read, validate and resolve a suite file; every referenced file must exist."""
    tree = read_yaml(path, "suite file")
    suite = parse_suite(tree, str(path))
    check_files(suite, tree)
    return suite


def check_files(suite: Suite, tree: LocDict) -> None:
    """Resolve relative paths against the suite file and check that they exist (errors name the key)."""
    p = suite.path

    def need(value: Optional[str], node: LocDict, key: str, where: str, kind: str = "any") -> Optional[str]:
        resolved = _resolve(p, value)
        if resolved is None:
            return None
        exists = Path(resolved).is_dir() if kind == "dir" else Path(resolved).exists()
        if not exists:
            raise fail(p, node.line_of(key) if isinstance(node, LocDict) else 0, where,
                       f"{'directory' if kind == 'dir' else 'file'} not found: {resolved}")
        return resolved

    if suite.taxonomy not in BUILTIN:
        suite.taxonomy = need(suite.taxonomy, tree, "taxonomy", "taxonomy")
    suite.report_taxonomies = [t if t in BUILTIN else need(t, tree, "report_taxonomies", "report_taxonomies")
                               for t in suite.report_taxonomies]
    suite.baseline = need(suite.baseline, tree, "baseline", "baseline")
    if suite.judge.model and suite.judge.model.prompt_file:
        jnode = tree["judge"]["model"]
        suite.judge.model.prompt_file = need(suite.judge.model.prompt_file, jnode, "prompt_file", "judge.model.prompt_file")
    for i, (t, node) in enumerate(zip(suite.tasks, tree["tasks"])):
        where = f"tasks[{i}]"
        t.path = need(t.path, node, "path", f"{where}.path")
        t.dev_path = need(t.dev_path, node, "dev_path", f"{where}.dev_path")
        t.templates_dir = need(t.templates_dir, node, "templates_dir", f"{where}.templates_dir", "dir")
        t.translations = need(t.translations, node, "translations", f"{where}.translations")
        t.external = [need(e, node, "external", f"{where}.external[{j}]") for j, e in enumerate(t.external)]


# Running ------------------------------------------------------------------------------------------

@dataclass
class _Loaded:
    spec: TaskSpec
    payload: Any


def _limit(items: List[Any], limit: Optional[int]) -> List[Any]:
    return items[:limit] if limit else items


def _load_task(t: TaskSpec, tax: Taxonomy) -> _Loaded:
    """Load and validate a task's data (before any model call)."""
    if t.type == "safety_qa":
        return _Loaded(t, _limit(ds.load_safety_qa(t.path, tax), t.limit))
    if t.type == "safety_mcq":
        return _Loaded(t, _limit(ds.load_safety_mcq(t.path, tax, t.default_answer), t.limit))
    if t.type == "over_refusal":
        return _Loaded(t, _limit(ds.load_over_refusal(t.path), t.limit))
    if t.type == "mcq":
        data = ds.load_mcq(t.path, t.dev_path, t.split)
        data.items = _limit(data.items, t.limit)
        return _Loaded(t, data)
    if t.type == "gsm8k":
        items = _limit(ds.load_gsm8k(t.path), t.limit)
        shots = ds.load_gsm8k(t.dev_path)[:t.shots] if t.dev_path and t.shots else []
        if t.shots and not t.dev_path:
            raise R1SafeError(f"task {t.name}: shots > 0 needs dev_path (worked examples, e.g. GSM8K train)")
        return _Loaded(t, (items, shots))
    base = _limit(ds.load_safety_qa(t.path, tax), t.limit)
    templates = jb.load_library(t.families, t.templates_dir) if (t.families or t.templates_dir or not t.external) else []
    for ext in t.external:
        templates += jb.load_external_templates(ext)
    translations = jb.load_translations(t.translations) if t.translations else None
    attacks, skipped = jb.build_attacks(templates, base, tax, translations)
    if not attacks:
        raise R1SafeError(f"task {t.name}: no attack could be built ({len(skipped)} skipped)")
    return _Loaded(t, (attacks, skipped))


def build_judges(spec: JudgeSpec, judge_generator: Optional[Generator] = None) -> List[Judge]:
    judges: List[Judge] = []
    if spec.rule:
        judges.append(RuleJudge())
    m = spec.model
    if m is not None:
        prompt = load_judge_prompt(m.prompt_file)
        if m.kind == "http":
            key = os.environ.get(m.api_key_env) if m.api_key_env else None
            if m.api_key_env and key is None:
                raise R1SafeError(f"judge.model.api_key_env: environment variable {m.api_key_env} is not set")
            judges.append(HttpJudge(m.url, m.model, prompt, timeout=m.timeout, max_retries=m.max_retries,
                                    backoff=m.backoff, api_key=key, name=m.name, concurrency=m.concurrency))
        else:
            if judge_generator is None:
                raise R1SafeError("judge.model.kind local: run_suite needs judge_generator (the judge model)")
            judges.append(ModelJudge(judge_generator, prompt, name=m.name))
    return judges


def run_suite(suite: Suite, generator: Optional[Generator], scorer: Optional[Scorer], out_dir: Optional[PathLike],
              judge_generator: Optional[Generator] = None, model_info: Optional[Dict[str, Any]] = None,
              progress: Optional[Callable[[str, int, int], None]] = None) -> Dict[str, Any]:
    """Run every task of `suite` and return the report; with `out_dir`, also write JSON/Markdown/PNGs.

    All data files, templates, the taxonomy and the judges are loaded and validated before the first
    model call, so bad input fails fast with a one-line error.
    """
    tax = load_taxonomy(suite.taxonomy)
    schemes = [load_taxonomy(t) for t in suite.report_taxonomies]
    for s in schemes:
        if s.maps_to_taxonomy not in (tax.name, suite.taxonomy):
            raise R1SafeError(f"report_taxonomies: {s.name} maps to {s.maps_to_taxonomy!r}, not to {tax.name!r}")
    loaded = [_load_task(t, tax) for t in suite.tasks]
    judges = build_judges(suite.judge, judge_generator)
    baseline = load_report(suite.baseline) if suite.baseline else None
    needs_scorer = [t.name for t in suite.tasks if t.type in ("mcq", "safety_mcq")
                    and (t.mode or ("loglik" if t.type == "mcq" else "both")) in ("loglik", "both")]
    if needs_scorer and scorer is None:
        raise R1SafeError(f"tasks {', '.join(needs_scorer)} score options by log-likelihood: a scorer is required")
    ctx = RunContext(generator=generator, scorer=scorer, gen_kwargs=dict(suite.generation),
                     batch_size=suite.batch_size, judges=judges, primary=suite.judge.primary, taxonomy=tax,
                     report_schemes=schemes, progress=progress)
    results: Dict[str, TaskResult] = {}
    for item in loaded:
        t = item.spec
        if t.type == "safety_qa":
            res = run_safety_qa(t.name, item.payload, ctx)
        elif t.type == "safety_mcq":
            res = run_safety_mcq(t.name, item.payload, t.mode or "both", ctx)
        elif t.type == "over_refusal":
            res = run_over_refusal(t.name, item.payload, ctx)
        elif t.type == "mcq":
            res = run_mcq(t.name, item.payload, t.shots, t.mode or "loglik", ctx)
        elif t.type == "gsm8k":
            res = run_gsm8k(t.name, item.payload[0], item.payload[1], ctx)
        else:
            res = run_jailbreak(t.name, item.payload[0], item.payload[1], ctx)
        results[t.name] = res
    report: Dict[str, Any] = {
        "schema": SCHEMA,
        "suite": suite.name,
        "suite_path": suite.path,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "model": model_info or {},
        "taxonomy": tax.name,
        "generation": dict(suite.generation),
        "judges": [j.name for j in judges],
        "primary_judge": suite.judge.primary,
        "tasks": {name: res.to_dict() for name, res in results.items()},
    }
    if baseline is not None:
        attach_baseline(report, baseline, label=str(suite.baseline))
    if out_dir is not None:
        write_report(report, out_dir)
    return report
