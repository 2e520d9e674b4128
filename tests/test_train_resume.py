"""Kill and resume: SIGKILL while training and while a checkpoint is being written; the resumed run
ends with parameters bit-identical to an uninterrupted run (CPU), and the older checkpoint stays loadable."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file

from mindspore_r1safe.training.checkpoints import list_checkpoints, load_checkpoint
from tests._train_fixtures import write_config, write_packed

TRAIN = {"max_steps": 6, "batch_size": 2, "grad_accum_steps": 2, "save_every": 2, "keep_last": 2,
         "balancing": "lagrangian", "safety_target": 4.0, "warmup_steps": 2, "weight_decay": 0.01,
         "tensorboard": True}
# Runs r1safe train, but SIGKILLs itself inside the write of checkpoint 4 (tensors written, not yet renamed).
KILL_IN_WRITE = """
import os, signal, sys
from mindspore_r1safe.training import checkpoints
real = checkpoints._fsync
def fsync(path):
    if ".step_00000004.tmp" in str(path):
        os.kill(os.getpid(), signal.SIGKILL)
    real(path)
checkpoints._fsync = fsync
from mindspore_r1safe.cli import main
sys.exit(main(sys.argv[1:]))
"""

# Runs r1safe train, pausing after it logs step 5 so the kill from outside lands between steps 5 and 6
# on a loaded machine too (without the pause the 6-step run could finish before the signal arrives).
PAUSE_AFTER_STEP_5 = """
import sys, time
from mindspore_r1safe.training import logs
real = logs.MetricsLogger.log
def log(self, record):
    real(self, record)
    if record.get("step") == 5:
        time.sleep(60)
logs.MetricsLogger.log = log
from mindspore_r1safe.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _cmd(cfg: Path, *extra: str):
    return [sys.executable, "-m", "mindspore_r1safe", "train", "--config", str(cfg), "--no-progress", *extra]


def _steps(out: Path):
    path = out / "metrics.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_kill_and_resume_is_bit_identical(tmp_path):
    env = dict(os.environ, GLOG_v="3")
    write_packed(tmp_path / "data.npz", rows=6)
    dirs = {}
    for name in ("full", "killed"):
        (tmp_path / name).mkdir()
        dirs[name] = write_config(tmp_path / name, TRAIN, "../data.npz")
    full = subprocess.Popen(_cmd(dirs["full"]), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = tmp_path / "killed" / "out"
    ckpts = out / "checkpoints"

    # 1) killed while writing checkpoint 4: checkpoint 2 is intact, the partial one is a hidden leftover
    hook = tmp_path / "kill_in_write.py"
    hook.write_text(KILL_IN_WRITE)
    run = subprocess.run([sys.executable, str(hook), *_cmd(dirs["killed"])[3:]], env=env, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == -signal.SIGKILL, run.stderr[-2000:]
    assert [p.name for p in list_checkpoints(ckpts)] == ["step_00000002"]
    assert (ckpts / ".step_00000004.tmp" / "tensors.safetensors").exists()
    tensors, state = load_checkpoint(ckpts / "step_00000002")
    assert state["step"] == 2 and "model.embed_tokens.weight" in tensors and "adam_m.lm_head.weight" in tensors

    # 2) resume, then SIGKILL from outside while training (after checkpoint 4, before the end)
    pause = tmp_path / "pause_after_step_5.py"
    pause.write_text(PAUSE_AFTER_STEP_5)
    proc = subprocess.Popen([sys.executable, str(pause), *_cmd(dirs["killed"], "--resume")[3:]], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 300
    while time.time() < deadline and not any(r["step"] >= 5 for r in _steps(out)) and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert not (out / "final").exists()
    assert [p.name for p in list_checkpoints(ckpts)] == ["step_00000002", "step_00000004"]
    assert not list(ckpts.glob(".step_*.tmp"))

    # 3) resume to the end
    done = subprocess.run(_cmd(dirs["killed"], "--resume"), env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    stdout, stderr = full.communicate(timeout=300)
    assert full.returncode == 0, stderr[-2000:]

    a = load_file(str(tmp_path / "full" / "out" / "final" / "model.safetensors"))
    b = load_file(str(out / "final" / "model.safetensors"))
    assert a.keys() == b.keys()
    for name in a:
        assert np.array_equal(a[name], b[name]), name
    # the logged history of the resumed run equals the uninterrupted one, step by step
    ra, rb = _steps(tmp_path / "full" / "out"), _steps(out)
    assert [r["step"] for r in rb] == list(range(1, 7))
    for x, y in zip(ra, rb):
        assert x["loss"] == y["loss"] and x["lambda"] == y["lambda"] and x["lr"] == y["lr"]
    # optimiser moments resumed too: the last checkpoints agree bit for bit
    ta, _ = load_checkpoint(tmp_path / "full" / "out" / "checkpoints" / "step_00000006")
    tb, sb = load_checkpoint(ckpts / "step_00000006")
    assert all(np.array_equal(ta[k], tb[k]) for k in ta) and sb["data"]["epoch"] >= 1
