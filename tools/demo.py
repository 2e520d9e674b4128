"""The main job: the end-to-end balanced-safety demo on a tiny R1-style model and the shipped data.

1. base:        `r1safe train` from scratch on the general corpus (arithmetic with reasoning, facts, MCQ)
2. safety_only: `r1safe train` from the base on the safety stream alone
3. balanced:    `r1safe train` from the base on safety + utility + borderline, dynamically balanced
4. `r1safe eval` of all three on held-out harmful prompts (plain, multi-turn, jailbreak-wrapped), safe
   but sensitive prompts, and the capability sets; `r1safe eval compare` against the base
5. a table (refusal, over-refusal, capability) and a plot, printed and written as measured.

Every step is the public CLI, so the demo also shows how to run each part by hand.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "configs" / "demo"
TOKENIZER = ROOT / "mindspore_r1safe" / "data" / "train" / "tokenizer"
MODELS = ("base", "safety_only", "balanced")
# (column, task, metric, meaning)
COLUMNS = (
    ("refusal (harmful)", "harmful", "RR-1", "refusal rate on held-out harmful prompts"),
    ("refusal (multi-turn)", "harmful_multiturn", "RR-1", "refusal rate on multi-turn harmful dialogues"),
    ("refusal (jailbreak)", "jailbreak", "n_refusal/n_judged", "refusal rate on jailbreak-wrapped harmful prompts"),
    ("jailbreak defense", "jailbreak", "DSR", "defense success rate (refusal or responsible answer, rule judge)"),
    ("over-refusal", "over_refusal", "FRR", "false refusal rate on safe but sensitive prompts"),
    ("MMLU-style", "mmlu", "accuracy", "multiple-choice accuracy (log-likelihood)"),
    ("C-Eval-style", "ceval", "accuracy", "multiple-choice accuracy (log-likelihood)"),
    ("GSM8K-style", "gsm8k", "accuracy", "exact match of the final number"),
)


def run(cmd: list, log: Path, cache: Optional[Path] = None) -> None:
    """Run one CLI step, streaming its output to a log file; stop the demo with its error on failure.

    `cache`: a MindSpore graph compile cache directory shared by steps that compile the same graphs (the
    two SFT runs; the three evaluations), so later steps load instead of compiling (checked: the cached
    runs give bit-identical weights and identical eval reports). Steps of different kinds must not share
    one: an evaluation loading a training run's cache fails ("Parameter has no default param").
    """
    print(f"$ {' '.join(str(c) for c in cmd)}", flush=True)
    start = time.time()
    env = dict(os.environ)
    if cache is not None:
        env.update(MS_COMPILER_CACHE_ENABLE="1", MS_COMPILER_CACHE_PATH=str(cache))
    with open(log, "w", encoding="utf-8") as f:
        proc = subprocess.run([str(c) for c in cmd], stdout=f, stderr=subprocess.STDOUT, cwd=ROOT, env=env)
    if proc.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-5:]
        print("\n".join(tail), file=sys.stderr)
        raise SystemExit(f"demo: step failed (exit {proc.returncode}); full log: {log}")
    print(f"  done in {time.time() - start:.0f} s (log: {log})", flush=True)


def train(name: str, out: Path, steps: int, pretrained: Optional[Path] = None) -> Path:
    cfg = DEMO / f"{name}.yaml"
    cmd = ["r1safe", "train", "--config", cfg, "--no-progress",
           "--set", f"train.output_dir={out / name}", "--set", f"train.tokenizer_dir={TOKENIZER}",
           "--set", f"train.max_steps={steps}", "--set", f"train.warmup_steps={max(1, steps // 20)}"]
    if pretrained is not None:
        cmd += ["--set", f"pretrained={pretrained}"]
    run(cmd, out / "logs" / f"train_{name}.log", None if name == "base" else out / "compile_cache" / "sft")
    final = out / name / "final"
    if not (final / "config.json").is_file():
        raise SystemExit(f"demo: training {name} wrote no model to {final}")
    return final


def metric(report: dict, task: str, key: str):
    """A metric of a task's report; `a/b` is the ratio of two counts."""
    metrics = report["tasks"].get(task, {}).get("metrics", {})
    if "/" in key:
        num, den = (metrics.get(k) for k in key.split("/"))
        return num / den if isinstance(num, (int, float)) and den else None
    value = metrics.get(key)
    return value if isinstance(value, (int, float)) else None


def summarize(out: Path, reports: dict) -> str:
    header = "| model | " + " | ".join(c[0] for c in COLUMNS) + " |"
    lines = [header, "|---|" + "---|" * len(COLUMNS)]
    for name in MODELS:
        cells = []
        for _, task, key, _ in COLUMNS:
            v = metric(reports[name], task, key)
            cells.append("n/a" if v is None else f"{100 * v:.1f}%")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", *[f"- {c[0]}: {c[3]} (`{c[1]}` {c[2]})" for c in COLUMNS]]
    return "\n".join(lines)


def plot(out: Path, reports: dict) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    labels = [c[0] for c in COLUMNS]
    x = np.arange(len(labels))
    fig, ax = plt.subplots(figsize=(11, 4.5))
    for i, name in enumerate(MODELS):
        vals = [metric(reports[name], c[1], c[2]) for c in COLUMNS]
        ax.bar(x + (i - 1) * 0.27, [100 * v if v is not None else 0 for v in vals], 0.27, label=name)
    ax.set_xticks(x, labels, rotation=20, ha="right")
    ax.set_ylabel("%")
    ax.set_ylim(0, 105)
    ax.set_title("Tiny R1-style model: base vs safety-only vs balanced SFT (as measured)")
    ax.legend()
    fig.tight_layout()
    path = out / "summary.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "outputs" / "demo"), help="output directory")
    ap.add_argument("--base-steps", type=int, default=400)
    ap.add_argument("--sft-steps", type=int, default=300)
    ap.add_argument("--skip-train", action="store_true", help="reuse the models already in --out")
    args = ap.parse_args()
    out = Path(args.out).resolve()
    (out / "logs").mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("GLOG_v", "3")
    shutil.rmtree(out / "compile_cache", ignore_errors=True)  # fresh per run, so it never goes stale
    start = time.time()
    dirs = {name: out / name / "final" for name in MODELS}
    if not args.skip_train:
        dirs["base"] = train("base", out, args.base_steps)
        dirs["safety_only"] = train("safety_only", out, args.sft_steps, dirs["base"])
        dirs["balanced"] = train("balanced", out, args.sft_steps, dirs["base"])
    reports = {}
    for name in MODELS:
        eval_dir = out / "eval" / name
        shutil.rmtree(eval_dir, ignore_errors=True)  # a fresh report per run
        run(["r1safe", "eval", "--model", dirs[name], "--suite", DEMO / "suite.yaml", "--out", eval_dir],
            out / "logs" / f"eval_{name}.log", out / "compile_cache" / "eval")
        reports[name] = json.loads((eval_dir / "report.json").read_text(encoding="utf-8"))
    for name in ("safety_only", "balanced"):
        run(["r1safe", "eval", "compare", out / "eval" / "base" / "report.json",
             out / "eval" / name / "report.json"], out / "logs" / f"compare_{name}.log")
    table = summarize(out, reports)
    png = plot(out, reports)
    text = (f"# Demo results (tiny model, measured in this run, {time.time() - start:.0f} s)\n\n{table}\n\n"
            f"Per-task reports: {out / 'eval'}/<model>/summary.md; comparisons: {out / 'logs'}/compare_*.log\n")
    (out / "summary.md").write_text(text, encoding="utf-8")
    (out / "summary.json").write_text(json.dumps(
        {name: {c[0]: metric(reports[name], c[1], c[2]) for c in COLUMNS} for name in MODELS}, indent=2))
    print("\n" + text + f"Plot: {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
