"""MindSpore's graph compile cache, as the demo uses it for its two SFT runs: a run that loads graphs
compiled by an earlier run (other data, other output directory) ends bit-identical to a run that compiles."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Optional

import numpy as np
from safetensors.numpy import load_file

from tests._train_fixtures import write_config, write_packed

TRAIN = {"max_steps": 3, "batch_size": 2, "warmup_steps": 1, "balancing": "dynamic"}


def _train(workdir: Path, data_seed: int, cache: Optional[Path] = None) -> dict:
    workdir.mkdir()
    write_packed(workdir / "data.npz", rows=6, seed=data_seed)
    cfg = write_config(workdir, TRAIN)
    env = dict(os.environ, GLOG_v="3")
    env.pop("MS_COMPILER_CACHE_ENABLE", None)
    env.pop("MS_COMPILER_CACHE_PATH", None)
    if cache is not None:
        env.update(MS_COMPILER_CACHE_ENABLE="1", MS_COMPILER_CACHE_PATH=str(cache))
    proc = subprocess.run([sys.executable, "-m", "mindspore_r1safe", "train", "--config", str(cfg), "--no-progress"],
                          env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    files = sorted((workdir / "out" / "final").glob("*.safetensors"))
    assert files
    out = {}
    for f in files:
        out.update(load_file(str(f)))
    return out


def test_cached_graphs_give_bit_identical_training(tmp_path):
    cache = tmp_path / "cache"
    first = _train(tmp_path / "first", data_seed=0, cache=cache)  # compiles and writes the cache
    assert any(p.is_file() for p in cache.rglob("*")), "MindSpore wrote no compile cache"
    cached = _train(tmp_path / "second", data_seed=1, cache=cache)  # loads the graphs
    fresh = _train(tmp_path / "fresh", data_seed=1)  # compiles
    assert cached.keys() == fresh.keys()
    assert any(not np.array_equal(first[k], fresh[k]) for k in fresh), "other data must give other weights"
    for name in fresh:
        assert np.array_equal(cached[name], fresh[name]), name
