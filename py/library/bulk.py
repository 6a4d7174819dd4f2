"""Bulk actions on a selection of models (the wide model browser's toolbar).

``POST /model-manager/models/bulk`` with ``{"action", "models": [ModelRef], "target"?}``:

- ``delete``: each model with its sidecars (:meth:`ModelLibrary.delete`);
- ``move``: each model (file name kept) to ``target`` ``{"folder", "pathIndex"?, "subfolder"?}``
  (:meth:`ModelLibrary.move`: sidecars move along, 409 per model when taken);
- ``rescan``: one scan of just these files (sidecars, header, SHA-256 when missing);
- ``identify``: the same, then every one looked up on Civitai by SHA-256 again.

Delete and move answer per model (``ok``, ``error``, ``status``): one file that cannot
move does not stop the others, and nothing is half done for any one model. Re-scan and
re-identify answer 202 with the scan task (progress through the usual scan events).
"""

from __future__ import annotations

from ..errors import ApiError, BadRequest

ACTIONS = ("delete", "move", "rescan", "identify")
#: At most this many models in one request (a whole 10,000-model folder fits).
MAX_MODELS = 20000


def parse_refs(models: object) -> list[tuple[str, int, str]]:
    """``[{"folder", "pathIndex", "relativePath"}]`` → unique ``(folder, index, path)`` keys,
    in order. :class:`BadRequest` for anything else (the paths are checked later, per use)."""
    if not isinstance(models, list) or not models or len(models) > MAX_MODELS:
        raise BadRequest(f"models must be a list of 1 to {MAX_MODELS} {{folder, pathIndex, relativePath}} objects")
    keys: dict[tuple[str, int, str], None] = {}
    for m in models:
        if not isinstance(m, dict):
            raise BadRequest("each model must be an object {folder, pathIndex, relativePath}")
        folder, index, rel = m.get("folder"), m.get("pathIndex", 0), m.get("relativePath")
        if not isinstance(folder, str) or not isinstance(rel, str) or not rel:
            raise BadRequest("each model needs folder and relativePath strings")
        if not isinstance(index, int) or isinstance(index, bool) or index < 0:
            raise BadRequest("pathIndex must be a non-negative integer")
        keys[(folder, index, rel)] = None
    return list(keys)


def parse_target(target: object, library) -> dict:
    """The move target ``{"folder", "pathIndex"?, "subfolder"?}``, checked once for all models."""
    from ..safety.folders import check_relative_path

    if not isinstance(target, dict) or not isinstance(target.get("folder"), str):
        raise BadRequest('move needs "target": {"folder", "pathIndex"?, "subfolder"?}')
    folder = library.folders.get(target["folder"])  # unknown folder: the whole request fails
    index = target.get("pathIndex", 0)
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(folder.roots):
        raise BadRequest(f"pathIndex must be 0..{len(folder.roots) - 1} for {folder.name}")
    subfolder = check_relative_path(target.get("subfolder") or "", "subfolder")
    return {"folder": folder.name, "pathIndex": index, "subfolder": subfolder}


def _item(key: tuple[str, int, str], **extra) -> dict:
    return {"folder": key[0], "pathIndex": key[1], "relativePath": key[2], "ok": True, "error": None, **extra}


async def run_bulk(library, scanner, body: object) -> tuple[dict, int]:
    """Run one bulk action; returns ``(BulkResult JSON, HTTP status)``.

    ``BulkResult``: ``{"action", "results": [{folder, pathIndex, relativePath, ok, error,
    status?, deleted?, model?}], "succeeded", "failed", "scan": ScanTask | null}``.
    Raises :class:`BadRequest` (bad body), :class:`Forbidden` (a path outside its folder),
    :class:`NotFound` (for a scan, a missing file; an unknown folder is a 400), :class:`Conflict`
    (a scan is running).
    """
    if not isinstance(body, dict) or body.get("action") not in ACTIONS:
        raise BadRequest('body must be {"action": "delete" | "move" | "rescan" | "identify", "models": [...]}')
    action = body["action"]
    keys = parse_refs(body.get("models"))
    out = {"action": action, "results": [], "succeeded": 0, "failed": 0, "scan": None}
    if action in ("rescan", "identify"):
        for key in keys:
            await library.locate(*key)
        task = await scanner.start_files(keys, reidentify=action == "identify")
        out["results"] = [_item(k) for k in keys]
        out["succeeded"] = len(keys)
        out["scan"] = task.to_json()
        return out, 202
    target = parse_target(body.get("target"), library) if action == "move" else None
    for key in keys:
        try:
            if action == "delete":
                item = _item(key, deleted=await library.delete(*key))
            else:
                item = _item(key, model=await library.move(*key, dict(target)))
        except ApiError as exc:
            item = {**_item(key), "ok": False, "error": str(exc), "status": exc.status}
        out["results"].append(item)
        out["succeeded" if item["ok"] else "failed"] += 1
    return out, 200
