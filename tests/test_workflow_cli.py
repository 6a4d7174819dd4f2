"""``comfyui-model-manager fetch-workflow`` as a real process against the Civitai / Hugging Face stand-ins."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from civitai_standin import populate
from fileserver import sha256
from test_library import lora_file
from test_process import CLI, CLI_ARGS
from test_workflows import lora_workflow, png_with

pytest.importorskip("schemathesis")
from test_schemathesis import Sites  # noqa: E402  (the stand-ins on a loop in a thread)


@pytest.fixture(scope="module")
def sites():
    s = Sites()
    s.files = populate(s.civ, gated=False)
    yield s
    s.close()


def fetch(sites, models, *args, timeout=120):
    env = dict(os.environ, CIVITAI_BASE_URL=sites.civ.base, HF_ENDPOINT=sites.hf.base)
    env.pop("CIVITAI_API_TOKEN", None)
    env.pop("HF_TOKEN", None)
    cdn, civ, hf = sites.ports
    hosts = [a for p in (cdn, civ, hf) for a in ("--allow-host", f"127.0.0.1:{p}")] + ["--allow-host", f"localhost:{cdn}"]
    return subprocess.run([CLI, *CLI_ARGS, "fetch-workflow", *args, "--models-dir", str(models), *hosts],
                          capture_output=True, text=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL)


def test_dry_run_on_a_png_then_fetch_with_yes(tmp_path, sites):
    models = tmp_path / "models"
    lora_file(models / "checkpoints" / "sd15" / "base.safetensors")
    wf = lora_workflow()
    (tmp_path / "wf.json").write_text(json.dumps(wf))
    (tmp_path / "wf.png").write_bytes(png_with(wf, None))

    plan = fetch(sites, models, str(tmp_path / "wf.png"), "--dry-run")
    assert plan.returncode == 0, plan.stderr
    lines = plan.stdout.splitlines()
    assert any(line.startswith("present") and "checkpoints/sd15/base.safetensors" in line for line in lines)
    assert any(line.startswith("download") and "loras/add_detail.safetensors" in line and "civitai (high" in line
               and "/api/download/models/1000" in line for line in lines), plan.stdout
    assert not (models / "loras" / "add_detail.safetensors").exists()

    skipped = fetch(sites, models, str(tmp_path / "wf.json"))  # no --yes, no terminal: nothing taken
    assert skipped.returncode == 1 and "loras/add_detail.safetensors (download)" in skipped.stderr
    assert not (models / "loras" / "add_detail.safetensors").exists()

    done = fetch(sites, models, str(tmp_path / "wf.json"), "--yes")
    assert done.returncode == 0, done.stdout + done.stderr
    target = models / "loras" / "add_detail.safetensors"
    assert sha256(target.read_bytes()) == sha256(sites.files[(1000, "add_detail.safetensors")])
    assert "100%" in done.stderr

    again = fetch(sites, models, str(tmp_path / "wf.json"), "--yes")
    assert again.returncode == 0 and all(line.startswith("present") for line in again.stdout.splitlines())


def test_unresolved_models_exit_1_with_the_list(tmp_path, sites):
    models = tmp_path / "models"
    (tmp_path / "wf.json").write_text(json.dumps(lora_workflow("no_such_lora_anywhere.safetensors")))
    out = fetch(sites, models, str(tmp_path / "wf.json"), "--yes")
    assert out.returncode == 1
    assert "loras/no_such_lora_anywhere.safetensors (unresolved)" in out.stderr
    bad = fetch(sites, models, str(tmp_path / "missing.json"))
    assert bad.returncode == 1 and "error:" in bad.stderr
    (tmp_path / "x.json").write_text('{"a": 1}')
    bad = fetch(sites, models, str(tmp_path / "x.json"))
    assert bad.returncode == 1 and "not a ComfyUI workflow" in bad.stderr
