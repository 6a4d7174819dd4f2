"""The ``comfyui-model-manager`` command.

::

    comfyui-model-manager serve    [--models-dir DIR] [--host 127.0.0.1] [--port 8190]
                                   [--data-dir DIR] [--extra-model-paths FILE ...]
                                   [--allow-host HOST[:PORT] ...] [--catalog postgresql://…]
    comfyui-model-manager download URL --folder loras [--subfolder x] [--filename f]
                                   [--sha256 HEX] [--models-dir DIR] [--data-dir DIR]
    comfyui-model-manager fetch-workflow FILE... [--dry-run] [--yes] [--models-dir DIR]
                                   [--data-dir DIR] [--extra-model-paths FILE ...]
                                   [--allow-host HOST[:PORT] ...]
    comfyui-model-manager tasks    [--models-dir DIR] [--data-dir DIR]
    comfyui-model-manager keys set civitai|huggingface     (key from stdin or a prompt)
    comfyui-model-manager keys clear civitai|huggingface
    comfyui-model-manager token    [--data-dir DIR | --models-dir DIR] [--rotate]

The data directory (catalog, API keys) defaults to ``<models-dir>/.model-manager``.
Every command takes ``--catalog URL`` (default ``MODEL_MANAGER_CATALOG``, else the SQLite
file in the data directory): a fleet's PostgreSQL catalog.
Exit status: 0 success, 1 failure (message on stderr), 2 bad arguments, 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import os
import sys

from .errors import ApiError

DEFAULT_PORT = 8190


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--models-dir", default="models", help="the models folder (ComfyUI layout; default ./models)")
    p.add_argument("--data-dir", default=None, help="catalog and keys (default <models-dir>/.model-manager)")
    p.add_argument("--extra-model-paths", action="append", default=[], metavar="FILE",
                   help="an extra_model_paths.yaml file (repeatable)")
    p.add_argument("--allow-host", action="append", default=[], metavar="HOST[:PORT]",
                   help="also allow downloads from this host, plain http included (repeatable)")
    p.add_argument("--catalog", default=None, metavar="URL",
                   help="shared catalog, e.g. postgresql://user:pass@db/models (default: SQLite in the "
                        "data dir; env MODEL_MANAGER_CATALOG)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="comfyui-model-manager", description="ComfyUI Model Manager")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the standalone server and UI")
    _common(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    serve.add_argument("--workflows-dir", default=None, metavar="DIR",
                       help="saved workflows (*.json): models none of them names are 'unused' in Library health")

    dl = sub.add_parser("download", help="download one model with a progress bar (run again to resume)")
    _common(dl)
    dl.add_argument("url")
    dl.add_argument("--folder", required=True, help="model folder, e.g. loras")
    dl.add_argument("--subfolder", default="")
    dl.add_argument("--filename", default=None)
    dl.add_argument("--path-index", type=int, default=0, help="which root of the folder (default 0)")
    dl.add_argument("--sha256", default=None, help="expected SHA-256 (verified)")

    fw = sub.add_parser("fetch-workflow", help="download every model a workflow (.json, PNG, WebP) needs")
    _common(fw)
    fw.add_argument("files", nargs="+", metavar="FILE", help="workflow .json (UI or API format) or an image carrying one")
    fw.add_argument("--dry-run", action="store_true", help="print the plan only")
    fw.add_argument("--yes", "-y", action="store_true", help="take high-confidence sources without asking")

    tasks = sub.add_parser("tasks", help="list download tasks")
    _common(tasks)

    keys = sub.add_parser("keys", help="store or clear an API key")
    _common(keys)
    keys.add_argument("action", choices=["set", "clear"])
    keys.add_argument("name", choices=["civitai", "huggingface"])

    token = sub.add_parser("token", help="print the access token other machines need for changes (last line)")
    token.add_argument("--models-dir", default="models", help="the models folder (default ./models)")
    token.add_argument("--data-dir", default=None, help="the data directory (default <models-dir>/.model-manager)")
    token.add_argument("--rotate", action="store_true", help="make a new token; the old one stops working")
    return parser


def _host(args, create_folders: bool = True):
    from .hosts.standalone import StandaloneHost

    return StandaloneHost(args.models_dir, args.data_dir, args.extra_model_paths, args.allow_host,
                          create_folders=create_folders, catalog=args.catalog,
                          workflows_dir=getattr(args, "workflows_dir", None))


def cmd_serve(args) -> int:
    from aiohttp import web

    from .heap import freeze_startup_heap
    from .server import build_app

    host = _host(args)
    app = build_app(host, args.host)  # bound elsewhere than loopback, it logs what other machines may do
    from .store.catalog import describe

    catalog = f"  catalog: {describe(host.catalog)}" if host.catalog else ""
    print(f"Model Manager on http://{args.host}:{args.port}/  models: {host.models_dir}  data: {host.data_dir}"
          f"{catalog}", flush=True)
    freeze_startup_heap()  # later full collections walk only what the server makes (heap.py)
    web.run_app(app, host=args.host, port=args.port, print=None, access_log=None)
    return 0


async def _download(args) -> int:
    from tqdm import tqdm

    from .download.manager import CANCELLED, COMPLETED, FAILED, PAUSED
    from .services import ServiceHub

    hub = ServiceHub(_host(args), only_tasks=set())
    svc = await hub.get()
    downloads = svc.downloads
    task = None
    try:
        url = svc.policy.check_download_url(args.url)
        for t in sorted(downloads.tasks.values(), key=lambda t: t.created_at):
            if (t.url == url and t.folder == args.folder and t.subfolder == (args.subfolder or "")
                    and t.path_index == args.path_index and t.status != COMPLETED
                    and (args.filename is None or t.filename == args.filename)):
                task = t
        if task is not None and task.owner and task.status not in (PAUSED, FAILED, CANCELLED):
            # leased by a server on the same catalog: it downloads, we follow
            print(f"task {task.task_id} runs in another process ({task.owner}); following it", file=sys.stderr)
        elif task is not None:
            print(f"resuming task {task.task_id} ({task.downloaded_bytes} bytes on disk)", file=sys.stderr)
        else:
            task, _ = await downloads.create({
                "url": url, "folder": args.folder, "subfolder": args.subfolder, "filename": args.filename,
                "pathIndex": args.path_index, "sha256": args.sha256,
            })
        downloads.only_tasks.add(task.task_id)
        await downloads.resume(task.task_id)
        with tqdm(total=task.total_bytes, initial=task.downloaded_bytes, unit="B", unit_scale=True,
                  unit_divisor=1024, desc=task.filename or "download", file=sys.stderr) as bar:
            while task.status not in (COMPLETED, FAILED, CANCELLED):
                await asyncio.sleep(0.2)
                if task.total_bytes and bar.total != task.total_bytes:
                    bar.total = task.total_bytes
                if task.filename and bar.desc != task.filename:
                    bar.set_description(task.filename)
                bar.update(task.downloaded_bytes - bar.n)
            bar.update(task.downloaded_bytes - bar.n)
        if task.status != COMPLETED:
            print(f"error: {task.error or task.status}", file=sys.stderr)
            return 1
        root = svc.folders.root(task.folder, task.path_index)
        print(os.path.join(root, *task.relative_path.split("/")))
        return 0
    except ApiError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except asyncio.CancelledError:
        if task is not None and not (task.leased or task.runner is not None):
            print(f"\nstopped following; task {task.task_id} goes on in the process that runs it", file=sys.stderr)
        elif task is not None and task.status not in (COMPLETED, FAILED, CANCELLED):
            await downloads.pause(task.task_id)
            print(f"\npaused at {task.downloaded_bytes} bytes; run the same command again to resume",
                  file=sys.stderr)
        return 130
    finally:
        await hub.close()


def cmd_download(args) -> int:
    try:
        return asyncio.run(_download(args))
    except KeyboardInterrupt:
        return 130


def cmd_fetch_workflow(args) -> int:
    from .services import ServiceHub
    from .workflows.fetch import run

    async def go() -> int:
        hub = ServiceHub(_host(args), only_tasks=set())
        try:
            return await run(await hub.get(), args.files, args.dry_run, args.yes)
        finally:
            await hub.close()

    try:
        return asyncio.run(go())
    except KeyboardInterrupt:
        return 130


def cmd_tasks(args) -> int:
    from .store.catalog import Catalog, is_url
    from .services import catalog_target

    host = _host(args, create_folders=False)
    path = catalog_target(host)
    if not is_url(path) and not os.path.exists(path):
        print("no tasks")
        return 0
    catalog = Catalog(path)
    try:
        rows = catalog.run_sync(catalog.load_tasks)
    finally:
        catalog.close()
    if not rows:
        print("no tasks")
    for r in rows:
        total = r["total_bytes"]
        pct = f"{100 * r['downloaded_bytes'] / total:5.1f}%" if total else "    ?"
        name = "/".join(p for p in (r["folder"], r["subfolder"], r["filename"] or "?") if p)
        line = f"{r['task_id']}  {r['status']:<9} {pct}  {name}  {r['url']}"
        if r["error"]:
            line += f"  ({r['error']})"
        print(line)
    return 0


def cmd_keys(args) -> int:
    from .services import Services

    value = None
    if args.action == "set":
        value = sys.stdin.readline().strip() if not sys.stdin.isatty() else getpass.getpass(f"{args.name} API key: ")
        if not value:
            print("error: no key given", file=sys.stderr)
            return 2

    async def run() -> None:
        svc = await asyncio.to_thread(Services, _host(args, create_folders=False))
        try:
            await svc.settings.set(args.name, value)
            print(f"{args.name}: {svc.settings.to_json()['apiKeys'][args.name] or 'cleared'}")
        finally:
            await asyncio.to_thread(svc.catalog.close)

    asyncio.run(run())
    return 0


def cmd_token(args) -> int:
    """Print (``--rotate``: replace, then print) the access token; the token alone on the last line."""
    from .store import token

    data_dir = os.path.abspath(args.data_dir or os.path.join(args.models_dir, ".model-manager"))
    if args.rotate:
        value = token.rotate(data_dir)
        print(f"new access token (the old one no longer works; browsers that kept it will ask again), "
              f"stored in {token.token_path(data_dir)}:")
    else:
        value = token.read_or_create(data_dir)
        print(f"access token for changes from other machines (Authorization: Bearer), stored in "
              f"{token.token_path(data_dir)}:")
    print(value)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    handlers = {"serve": cmd_serve, "download": cmd_download, "fetch-workflow": cmd_fetch_workflow,
                "tasks": cmd_tasks, "keys": cmd_keys, "token": cmd_token}
    try:
        return handlers[args.command](args)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
