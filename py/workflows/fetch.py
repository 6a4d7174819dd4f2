"""``comfyui-model-manager fetch-workflow FILE...``: get every model a workflow needs, headless.

Reads each FILE (a workflow ``.json`` in the UI or API format, or a PNG / WebP that
carries one), resolves it (:class:`~.resolver.WorkflowResolver`), prints the plan — one
line per model: status, folder, name, source, size — and downloads with the engine
(resumable tasks, SHA-256 verified, a progress bar each).

Choice per model with candidates: the best candidate of confidence ≥
:data:`~.candidates.HIGH` is taken with ``--yes``, asked about on a terminal, skipped
otherwise; lower ones are only ever asked about on a terminal. ``relink`` models are on
disk under another path: the plan says which value to put in the node (the file is not
changed, nothing is downloaded).

Exit status: 0 when every model is present afterwards (``--dry-run``: when nothing is
unresolved), 1 otherwise with the list of what is still missing.
"""

from __future__ import annotations

import asyncio
import os
import sys

from ..errors import ApiError
from ..pacing import in_background
from .candidates import HIGH


def _size(n: int | None) -> str:
    if not n:
        return "?"
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return "?"


def plan_lines(models: list[dict]) -> list[str]:
    """The plan as printed: ``status  folder/name  source  size``."""
    lines = []
    for m in models:
        where = f"{m['directory'] or '?'}/{m['name']}"
        if m["status"] == "present":
            lines.append(f"present     {where}")
        elif m["status"] == "relink":
            at = m["foundAt"]
            lines.append(f"relink      {where}  -> you have {at['folder']}/{at['relativePath']} "
                         f"(set the node to {at['relativePath']!r})")
        elif m["status"] == "download":
            c = m["candidates"][0]
            conf = "high" if c["confidence"] >= HIGH else "low"
            lines.append(f"download    {where}  from {c['source']} ({conf}, {c['confidence']:.2f})  "
                         f"{_size(c.get('sizeBytes'))}  {c['url']}")
        else:
            lines.append(f"unresolved  {where}" + (f"  ({'; '.join(m['errors'])})" if m.get("errors") else ""))
    return lines


def _ask(prompt: str) -> str:
    try:
        return input(prompt).strip().lower()
    except EOFError:
        return ""


def choose(m: dict, yes: bool, tty: bool) -> dict | None:
    """The candidate to download for ``m`` (see module docstring), or None."""
    best = m["candidates"][0]
    if best["confidence"] >= HIGH:
        if yes:
            return best
        if tty:
            return best if _ask(f"download {m['name']} from {best['url']}? [Y/n] ") in ("", "y", "yes") else None
        return None
    if not tty:
        return None
    print(f"{m['name']}: no sure source; candidates:", file=sys.stderr)
    for i, c in enumerate(m["candidates"][:9], 1):
        print(f"  {i}. {c['source']} {c['confidence']:.2f} {c.get('modelName') or ''} {c['url']}", file=sys.stderr)
    answer = _ask("pick a number, or Enter to skip: ")
    if answer.isdigit() and 1 <= int(answer) <= min(9, len(m["candidates"])):
        return m["candidates"][int(answer) - 1]
    return None


def _merge(results: list[dict]) -> list[dict]:
    seen: dict[tuple, dict] = {}
    for r in results:
        for m in r["models"]:
            seen.setdefault((m["directory"], m["name"]), m)
    return list(seen.values())


async def _resolve_files(svc, files: list[str], online: bool) -> list[dict]:
    results = []
    for path in files:
        data = await in_background(lambda p=path: open(p, "rb").read())
        workflow, prompt = svc.workflows.read_file(data, os.path.basename(path))
        results.append(await svc.workflows.resolve(workflow, prompt, online=online))
    return _merge(results)


async def _download_all(svc, picks: list[tuple[dict, dict]]) -> None:
    from tqdm import tqdm

    from ..download.manager import CANCELLED, COMPLETED, FAILED

    downloads = svc.downloads
    tasks = []
    for m, c in picks:
        sub, _, filename = m["name"].rpartition("/")
        request = {"url": c["url"], "folder": m["directory"] or c.get("directory"), "subfolder": sub,
                   "filename": filename, "pathIndex": 0, "sha256": c.get("sha256")}
        if c["source"] == "huggingface" and c.get("sizeBytes"):
            request["size"] = c["sizeBytes"]
        try:
            url = svc.policy.check_download_url(c["url"])
            task = next((t for t in downloads.tasks.values() if t.url == url and t.folder == request["folder"]
                         and t.relative_path == m["name"] and t.status != COMPLETED), None)
            if task is None:
                task, _ = await downloads.create(request)
            downloads.only_tasks.add(task.task_id)
            await downloads.resume(task.task_id)
            tasks.append(task)
        except ApiError as exc:
            print(f"error: {m['name']}: {exc}", file=sys.stderr)
    bars = [tqdm(total=t.total_bytes, initial=t.downloaded_bytes, unit="B", unit_scale=True, unit_divisor=1024,
                 desc=t.filename or "download", position=i, file=sys.stderr, leave=True)
            for i, t in enumerate(tasks)]
    try:
        while any(t.status not in (COMPLETED, FAILED, CANCELLED) for t in tasks):
            await asyncio.sleep(0.2)
            for t, bar in zip(tasks, bars):
                if t.total_bytes and bar.total != t.total_bytes:
                    bar.total = t.total_bytes
                bar.update(t.downloaded_bytes - bar.n)
        for t, bar in zip(tasks, bars):
            bar.update(t.downloaded_bytes - bar.n)
    except asyncio.CancelledError:
        for t in tasks:
            if t.status not in (COMPLETED, FAILED, CANCELLED):
                await downloads.pause(t.task_id)
        raise
    finally:
        for bar in bars:
            bar.close()
    for t in tasks:
        if t.status != COMPLETED:
            print(f"error: {t.filename}: {t.error or t.status}", file=sys.stderr)


async def run(svc, files: list[str], dry_run: bool, yes: bool, tty: bool | None = None) -> int:
    """The command (see module docstring) on started services (the CLI's one-shot
    :class:`~..services.ServiceHub`, ``only_tasks`` set); returns the exit status."""
    tty = sys.stdin.isatty() and sys.stderr.isatty() if tty is None else tty
    try:
        models = await _resolve_files(svc, files, online=True)
        for line in plan_lines(models):
            print(line)
        if dry_run:
            left = [m for m in models if m["status"] == "unresolved"]
            return _report(left, "unresolved")
        picks = [(m, c) for m in models if m["status"] == "download" for c in [choose(m, yes, tty)] if c]
        if picks:
            await _download_all(svc, picks)
        after = await _resolve_files(svc, files, online=False)
        before = {m["name"]: m for m in models}
        return _report([before.get(m["name"], m) for m in after if m["status"] != "present"], "not present")
    except ApiError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _report(left: list[dict], what: str) -> int:
    if not left:
        return 0
    print(f"{len(left)} model(s) {what}:", file=sys.stderr)
    for m in left:
        print(f"  {m['directory'] or '?'}/{m['name']} ({m['status']})", file=sys.stderr)
    return 1
