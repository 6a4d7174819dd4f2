"""The house rules that a folder layout alone cannot keep (docs/ARCHITECTURE.md).

- no import circles between the backend's modules (function-level imports count too:
  a late import hides a circle from the interpreter, not from a reader);
- only ``hosts/`` imports ComfyUI (``folder_paths``, ``server``, ``comfy``, ...);
- a request travels route -> service -> storage: a room imports only rooms of its own
  rank or below (:data:`RANKS`); ``sources/`` does not import the download engine;
- a module over 450 lines says in its first lines why it is long.

Read from the source with :mod:`ast`, so nothing is imported or run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PY = Path(__file__).resolve().parent.parent / "py"
PACKAGE = "comfyui_model_manager"
#: Top-level modules of ComfyUI 0.3.75 an extension could import.
COMFYUI_MODULES = {"folder_paths", "server", "comfy", "comfy_extras", "nodes", "execution",
                   "comfy_execution", "comfy_api", "app", "latent_preview", "node_helpers"}
MAX_LINES = 450
#: Who may import whom: a module imports modules of its own rank or lower only.
#: A room not listed (a new one) counts as a service room.
RANKS = {
    "errors": 0, "events": 0, "http_headers": 0, "pacing": 0,  # leaves
    "hosts": 1, "store": 1, "safety": 1,                    # the host seam, storage, containment
    "download": 2, "library": 2, "sources": 2, "workflows": 2,  # services
    "routes": 3,                                            # aiohttp handlers
    "services": 4, "server": 4, "cli": 4,                   # wiring
}
SERVICE_RANK = 2


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PY).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([PACKAGE, *parts])


MODULES = {module_name(p): p for p in sorted(PY.rglob("*.py"))}


def imports(name: str) -> tuple[set[str], set[str]]:
    """(our modules ``name`` imports, foreign top-level names it imports), anywhere in the file."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    ours: set[str] = set()
    foreign: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                (ours if alias.name.startswith(PACKAGE + ".") else foreign).add(
                    alias.name if alias.name.startswith(PACKAGE) else alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                if (node.module or "").startswith(PACKAGE):
                    base = node.module
                else:
                    foreign.add((node.module or "").split(".")[0])
                    continue
            else:
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                if node.module:
                    base = f"{base}.{node.module}"
            for alias in node.names:  # ``from . import civitai`` names a module
                sub = f"{base}.{alias.name}"
                ours.add(sub if sub in MODULES else base)
    ours.discard(name)
    return {m for m in ours if m in MODULES}, foreign


GRAPH = {name: imports(name)[0] for name in MODULES}


def room(name: str) -> str:
    return name.split(".")[1] if "." in name else ""


def test_the_graph_sees_the_rooms():
    # The test would pass vacuously if it read nothing: check it sees known edges.
    assert f"{PACKAGE}.download.manager" in GRAPH[f"{PACKAGE}.services"]
    assert f"{PACKAGE}.download.task" in GRAPH[f"{PACKAGE}.download.transfer"]
    assert f"{PACKAGE}.sources.civitai" in GRAPH[f"{PACKAGE}.sources"]
    assert f"{PACKAGE}.library.classify" in GRAPH[f"{PACKAGE}.download.target"]  # a function-level import
    assert "folder_paths" in imports(f"{PACKAGE}.hosts.comfy")[1]


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as a list of modules (first == last), or None."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_find_cycle_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_circles():
    # A package imports its own modules in __init__ (``from .manager import X``); the
    # modules importing their package's siblings is then a circle only through the
    # package, which Python resolves. Count a package's __init__ as importing nothing
    # but what it names outside itself.
    graph = {}
    for name, deps in GRAPH.items():
        if MODULES[name].name == "__init__.py":
            deps = {d for d in deps if not d.startswith(name + ".")}
        graph[name] = deps
    cycle = find_cycle(graph)
    assert cycle is None, "import circle: " + " -> ".join(m.removeprefix(PACKAGE + ".") for m in cycle)


def test_only_hosts_import_comfyui():
    offenders = {
        name: sorted(imports(name)[1] & COMFYUI_MODULES)
        for name in MODULES
        if room(name) != "hosts" and imports(name)[1] & COMFYUI_MODULES
    }
    assert not offenders, f"only hosts/ may import ComfyUI: {offenders}"


def test_requests_travel_route_service_storage():
    upward = sorted(
        f"{n.removeprefix(PACKAGE + '.')} -> {d.removeprefix(PACKAGE + '.')}"
        for n in MODULES for d in GRAPH[n]
        if room(n) and RANKS.get(room(d), SERVICE_RANK) > RANKS.get(room(n), SERVICE_RANK)
    )
    assert not upward, f"imports against route -> service -> storage: {upward}"


def test_sources_do_not_import_the_download_engine():
    offenders = {n: sorted(d for d in GRAPH[n] if room(d) == "download")
                 for n in MODULES if room(n) == "sources"}
    assert not any(offenders.values()), offenders


@pytest.mark.parametrize("name", sorted(MODULES))
def test_long_modules_say_why(name):
    text = MODULES[name].read_text(encoding="utf-8")
    lines = text.count("\n")
    if lines <= MAX_LINES:
        return
    head = "\n".join(text.splitlines()[:15]).lower()
    assert " long" in head, (
        f"{MODULES[name].relative_to(PY.parent)} has {lines} lines: split it, or say in its first "
        f"lines why it is long (the house rule: modules ≤ ~{MAX_LINES} lines)")


#: Modules that may use asyncio's default executor: its threads wait (a fleet lock, a
#: Hugging Face request), start up or shut down, or run outside a host (the CLI).
DEFAULT_EXECUTOR_OK = {"download.fleet", "sources.huggingface", "services", "cli"}


def test_thread_work_runs_on_low_priority_threads():
    """File, hash, scan and encode work goes to ``pacing.in_background`` (threads below
    the event loop's CPU priority), not ``asyncio.to_thread`` / ``run_in_executor(None, …)``
    (asyncio's default executor, shared with the host)."""
    offenders = []
    for name, path in MODULES.items():
        short = name.removeprefix(PACKAGE + ".")
        if short in DEFAULT_EXECUTOR_OK:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr == "to_thread" or (
                    node.func.attr == "run_in_executor" and node.args
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value is None):
                offenders.append(f"{short}:{node.lineno}")
    assert not offenders, f"use pacing.in_background for thread work: {offenders}"
