"""Update tracking: newer Civitai versions of the models in the library.

Which models: catalog ``models`` rows with ``source = 'civitai'`` and ``source_ids``
``{"modelId": int, "versionId": int}`` — set by a ``full`` scan's identification by
SHA-256 (:meth:`Scanner._identify`) or read from a download's ``.metadata.json``.

How a check works: one ``GET /api/v1/models/{modelId}`` per model, however many of
its files are on disk, through :class:`~..sources.civitai.CivitaiClient` (at most
``MAX_CONCURRENT`` calls in flight, 429 / 5xx retried after ``Retry-After``). A reply is
reused for :data:`MODEL_TTL` seconds unless the check asks for ``refresh``. When
Civitai still refuses after the client's retries (rate limit, outage), the check stops
asking, keeps the earlier entries of the models it could not check, and ends
``failed`` with the reason.

Newest version: Civitai's ``modelVersions`` (developer.civitai.com, ``site/reference``
``GET /api/v1/models/{id}``) lists a model's published versions newest first; creators
can reorder them, so the newest is the one with the latest ``publishedAt`` (ISO 8601
UTC; ``createdAt`` when absent), the list position breaking ties. Versions whose
``status`` is given and is not ``Published`` are ignored. A file has an update when
the newest version is not its own and is later than its own (by ``publishedAt``, then
position); when its own version is no longer listed, when the newest version's id is
higher (Civitai ids grow). A model whose newest version is already in the library (any
file identified as that version) lists no update — that also hides an entry as soon as
the downloaded new version is scanned or identified.

``Update`` (``GET /model-manager/updates``, the ``update_available`` event)::

    {"folder", "pathIndex", "relativePath",          # the file on disk
     "modelId", "modelName", "type",                 # Civitai model (type e.g. "LORA")
     "currentVersionId", "currentVersionName",       # the file's version (name None if unlisted)
     "newestVersionId", "newestVersionName",
     "publishedAt",                                  # newest version, ISO 8601 as Civitai gives it
     "url",                                          # its Civitai page
     "baseModel",                                    # newest version's base model
     "notice",                                       # early-access notice or None
     "foundAt",                                      # epoch s this newest version was first seen
     "download": {"source": "civitai", "versionId", "folder", "subfolder", "pathIndex"}}

``download`` is a ready ``POST /model-manager/download`` body: it fetches the newest
version's primary file (with the site's SHA-256 to verify) into the same folder, root
and subfolder as the file it updates — next to the old one, which stays.

Stored in the catalog (``model_updates``, and the last check in ``update_checks``),
so the list survives restarts. A periodic check runs every ``updateCheckInterval``
hours (setting; 0 = off): the first one an interval after the last check started, or
after start-up when none ever ran — so a fresh process (and a test) never checks on
its own right away. New entries (a file, or a newer version than the one listed
before) are announced with the ``update_available`` event ``{"updates": [Update]}``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import time
import uuid
from dataclasses import dataclass, field

from ..errors import ApiError, NotFound
from ..sources import civitai

log = logging.getLogger(__name__)

UPDATE_AVAILABLE = "update_available"
#: Seconds a fetched Civitai model is reused by the next check (unless ``refresh``).
MODEL_TTL = 15 * 60.0
#: Seconds in an hour of ``updateCheckInterval`` (tests shrink it).
SECONDS_PER_HOUR = 3600.0
#: Longest sleep of the periodic loop before it looks at the setting again.
POLL_SECONDS = 60.0


@dataclass
class UpdateCheck:
    """One check: progress and results (``UpdateCheck`` in ``openapi.json``)."""

    check_id: str
    trigger: str  # manual | periodic
    status: str = "running"  # running | completed | failed | cancelled
    done: int = 0
    total: int = 0
    started_at: float = field(default_factory=time.time)
    finished_at: float | None = None
    error: str | None = None
    counts: dict = field(default_factory=lambda: {"files": 0, "models": 0, "checked": 0, "errors": 0,
                                                  "updates": 0, "new": 0})
    runner: asyncio.Task | None = field(default=None, repr=False)

    def to_json(self) -> dict:
        return {
            "checkId": self.check_id, "trigger": self.trigger, "status": self.status,
            "progress": {"done": self.done, "total": self.total}, "results": dict(self.counts),
            "error": self.error, "startedAt": self.started_at, "finishedAt": self.finished_at,
        }

    @classmethod
    def from_json(cls, data: dict) -> "UpdateCheck":
        check = cls(data["checkId"], data.get("trigger", "manual"), status=data["status"],
                    started_at=data["startedAt"], finished_at=data.get("finishedAt"), error=data.get("error"))
        check.done, check.total = data["progress"]["done"], data["progress"]["total"]
        check.counts.update(data.get("results") or {})
        return check


def _when(version: dict) -> dt.datetime | None:
    """A version's ``publishedAt`` (or ``createdAt``) as an aware datetime, None when missing / bad."""
    value = version.get("publishedAt") or version.get("createdAt")
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def _listed_versions(model: dict) -> list[dict]:
    """The model's published versions with an integer id, in Civitai's order."""
    out = []
    for v in model.get("modelVersions") or []:
        if not isinstance(v, dict) or isinstance(v.get("id"), bool) or not isinstance(v.get("id"), int):
            continue
        if v.get("status") not in (None, "Published"):
            continue
        out.append(v)
    return out


def _order_key(version: dict, position: int, count: int) -> tuple:
    """Sort key, larger = newer: publication time first (missing = oldest), then list position."""
    when = _when(version)
    return (when is not None, when or dt.datetime.min.replace(tzinfo=dt.timezone.utc), count - position)


def newest_version(model: dict) -> tuple[dict | None, dict[int, tuple]]:
    """``(newest version, {version id: order key})`` of a Civitai ``Model`` (see module docstring)."""
    versions = _listed_versions(model)
    keys = {v["id"]: _order_key(v, i, len(versions)) for i, v in enumerate(versions)}
    if not versions:
        return None, keys
    return max(versions, key=lambda v: keys[v["id"]]), keys


def is_newer(newest: dict, current_id: int, keys: dict[int, tuple]) -> bool:
    """Whether ``newest`` is a later version than ``current_id`` of the same model."""
    if newest["id"] == current_id:
        return False
    if current_id in keys:
        return keys[newest["id"]] > keys[current_id]
    return newest["id"] > current_id


def _ids(row: dict) -> tuple[int, int] | None:
    """``(modelId, versionId)`` of a catalog model row identified on Civitai, else None."""
    if row.get("source") != "civitai" or not row.get("source_ids"):
        return None
    try:
        ids = json.loads(row["source_ids"])
    except ValueError:
        return None
    if not isinstance(ids, dict):
        return None
    mid, vid = ids.get("modelId"), ids.get("versionId")
    if any(isinstance(x, bool) or not isinstance(x, int) for x in (mid, vid)):
        return None
    return mid, vid


def _key(entry: dict) -> tuple[str, int, str]:
    return entry["folder"], entry["pathIndex"], entry["relativePath"]


class UpdateChecker:
    """Checks the library's Civitai models for newer versions (see module docstring)."""

    def __init__(self, catalog, sources, settings, events):
        self.catalog = catalog
        self.sources = sources
        self.settings = settings
        self.events = events
        self.current: UpdateCheck | None = None
        self._models: dict[int, tuple[float, dict]] = {}  # modelId → (fetched at, Model)
        self._periodic: asyncio.Task | None = None
        self._born = time.time()

    # -- public -----------------------------------------------------------------
    def start(self) -> None:
        """Start the periodic check loop on the running event loop (idempotent)."""
        if self._periodic is None or self._periodic.done():
            self._periodic = asyncio.get_running_loop().create_task(self._periodic_loop())

    async def close(self) -> None:
        """Stop the periodic loop and a running check (entries found so far are not saved)."""
        tasks = [t for t in (self._periodic, self.current.runner if self.current else None)
                 if t is not None and not t.done()]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._periodic = None

    async def check(self, refresh: bool = False, trigger: str = "manual") -> tuple[UpdateCheck, bool]:
        """Start a check in the background; ``(check, started)``.

        A running check is returned with ``started = False``. ``refresh`` asks Civitai
        again for models fetched less than :data:`MODEL_TTL` seconds ago.
        """
        if self.current is not None and self.current.status == "running":
            return self.current, False
        check = UpdateCheck(uuid.uuid4().hex, trigger)
        self.current = check
        check.runner = asyncio.get_running_loop().create_task(self._run(check, refresh))
        return check, True

    async def last_check(self) -> UpdateCheck | None:
        """The running check, else the last finished one (also from before a restart), else None."""
        if self.current is not None:
            return self.current
        data = await self.catalog.call(self.catalog.load_update_check)
        return UpdateCheck.from_json(data) if data else None

    async def list(self) -> list[dict]:
        """The current ``[Update]``, newest finds first.

        Entries whose file is gone from the catalog, is no longer that version, or whose
        newest version is now in the library are left out (until the next check drops them).
        """
        stored, rows = await asyncio.gather(self.catalog.call(self.catalog.load_updates),
                                            self.catalog.call(self.catalog.load_models))
        on_disk = {(r["folder"], r["path_index"], r["relative_path"]): _ids(r) for r in rows}
        have = {ids[1] for ids in on_disk.values() if ids}
        out = [e for e in stored
               if (on_disk.get(_key(e)) or (None, None))[1] == e["currentVersionId"]
               and e["newestVersionId"] not in have]
        out.sort(key=lambda e: (-e["foundAt"], e["folder"], e["relativePath"]))
        return out

    # -- the check ------------------------------------------------------------------
    async def _run(self, check: UpdateCheck, refresh: bool) -> None:
        try:
            await self._check(check, refresh)
            check.status = "failed" if check.error else "completed"
        except asyncio.CancelledError:
            check.status, check.finished_at = "cancelled", time.time()
            raise
        except Exception as exc:  # a failing check must not take the server down
            log.exception("model manager: update check failed")
            check.status, check.error = "failed", str(exc) or type(exc).__name__
        check.finished_at = time.time()
        try:
            await self.catalog.call(self.catalog.save_update_check, check.to_json())
        except Exception:
            log.exception("model manager: could not store the update check")

    async def _check(self, check: UpdateCheck, refresh: bool) -> None:
        rows = await self.catalog.call(self.catalog.load_models)
        files: dict[int, list[tuple[dict, int]]] = {}  # modelId → [(row, versionId)]
        for row in rows:
            ids = _ids(row)
            if ids:
                files.setdefault(ids[0], []).append((row, ids[1]))
        have = {vid for group in files.values() for _, vid in group}
        check.total = len(files)
        check.counts["files"] = sum(len(g) for g in files.values())
        check.counts["models"] = len(files)

        fetched: dict[int, dict | None] = {}  # None: no longer on Civitai
        queue = list(files)
        stop: list[str] = []

        async def worker() -> None:
            while queue and not stop:
                mid = queue.pop(0)
                try:
                    fetched[mid] = await self._model(mid, refresh)
                    check.counts["checked"] += 1
                except NotFound:
                    fetched[mid] = None
                    check.counts["checked"] += 1
                except ApiError as exc:  # rate-limited past the client's retries, key refused, outage
                    check.counts["errors"] += 1
                    stop.append(f"Civitai model {mid}: {exc}")
                check.done += 1

        await asyncio.gather(*(worker() for _ in range(civitai.MAX_CONCURRENT)))

        previous = {_key(e): e for e in await self.catalog.call(self.catalog.load_updates)}
        now = time.time()
        entries: list[dict] = []
        for mid, group in files.items():
            if mid not in fetched:  # not checked this time: keep what an earlier check found
                entries += [previous[k] for row, _ in group
                            if (k := (row["folder"], row["path_index"], row["relative_path"])) in previous]
                continue
            model = fetched[mid]
            if model is None:
                continue
            newest, keys = newest_version(model)
            if newest is None or newest["id"] in have:
                continue
            for row, vid in group:
                if is_newer(newest, vid, keys):
                    entries.append(self._entry(row, model, newest, vid, now))
        new = []
        for e in entries:
            old = previous.get(_key(e))
            if old is not None and old["newestVersionId"] == e["newestVersionId"]:
                e["foundAt"] = old["foundAt"]
            else:
                new.append(e)
        await self.catalog.call(self.catalog.save_updates, entries)
        check.counts["updates"], check.counts["new"] = len(entries), len(new)
        if stop:
            check.error = f"stopped early, earlier results kept for the rest: {stop[0]}"
        if new:
            self.events.send(UPDATE_AVAILABLE, {"updates": new})

    async def _model(self, model_id: int, refresh: bool) -> dict:
        cached = self._models.get(model_id)
        if cached is not None and not refresh and time.time() - cached[0] < MODEL_TTL:
            return cached[1]
        model = await self.sources.civitai.model(model_id)
        if not isinstance(model, dict):
            raise NotFound(f"model {model_id}: Civitai sent no model record")
        self._models[model_id] = (time.time(), model)
        return model

    @staticmethod
    def _entry(row: dict, model: dict, newest: dict, current_id: int, now: float) -> dict:
        names = {v.get("id"): v.get("name") for v in model.get("modelVersions") or [] if isinstance(v, dict)}
        rel = row["relative_path"]
        subfolder = rel.rsplit("/", 1)[0] if "/" in rel else ""
        candidate = civitai.version_candidate(newest, model, set())
        return {
            "folder": row["folder"], "pathIndex": row["path_index"], "relativePath": rel,
            "modelId": model.get("id"), "modelName": model.get("name") or "", "type": model.get("type"),
            "currentVersionId": current_id, "currentVersionName": names.get(current_id),
            "newestVersionId": newest["id"], "newestVersionName": newest.get("name"),
            "publishedAt": newest.get("publishedAt") or newest.get("createdAt"),
            "url": candidate["url"], "baseModel": newest.get("baseModel"), "notice": candidate["notice"],
            "foundAt": now,
            "download": {"source": "civitai", "versionId": newest["id"], "folder": row["folder"],
                         "subfolder": subfolder, "pathIndex": row["path_index"]},
        }

    # -- periodic -------------------------------------------------------------------
    async def _periodic_loop(self) -> None:
        while True:
            try:
                hours = self.settings.get("updateCheckInterval")
                if not hours:
                    await asyncio.sleep(POLL_SECONDS)
                    continue
                last = await self.last_check()
                since = last.started_at if last is not None else self._born
                wait = since + hours * SECONDS_PER_HOUR - time.time()
                if wait > 0:
                    await asyncio.sleep(min(wait, POLL_SECONDS))
                    continue
                check, _ = await self.check(trigger="periodic")
                await asyncio.gather(check.runner, return_exceptions=True)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("model manager: periodic update check")
                await asyncio.sleep(POLL_SECONDS)
