"""Wires the services for one host and starts them lazily on the event loop.

Started in the background: the download queue, and (servers only) the periodic
update check (:mod:`.library.updates`); :meth:`Services.close` stops them."""

from __future__ import annotations

import asyncio
import logging
import os

from .store.catalog import Catalog
from .download.manager import DownloadManager
from .events import Events
from .safety.folders import ModelFolders
from .library.health import LibraryHealth
from .library.index import LibraryIndex
from .library.listing import ModelLibrary
from .library.scanner import Scanner
from .store.settings import Settings
from .store.token import AccessToken
from .sources import Sources
from .library.updates import UpdateChecker
from .safety.urlpolicy import UrlPolicy
from .workflows.resolver import WorkflowResolver

log = logging.getLogger(__name__)

CATALOG_FILE = "catalog.sqlite3"


def catalog_target(host) -> str:
    """Where the host's catalog lives: its ``catalog`` URL, else ``<data_dir>/catalog.sqlite3``."""
    return getattr(host, "catalog", None) or os.path.join(host.data_dir, CATALOG_FILE)


class Services:
    """The service objects for one host (built off the event loop: it opens SQLite)."""

    def __init__(self, host):
        os.makedirs(host.data_dir, mode=0o700, exist_ok=True)
        self.host = host
        self.folders = ModelFolders(host.folder_source)
        self.catalog = Catalog(catalog_target(host))
        self.settings = Settings(self.catalog, host.data_dir, host.extra_hosts)
        self.token = AccessToken(host.data_dir)
        self.token.value()  # made on first start (0600)
        self.policy = UrlPolicy(self.settings)
        self.events = Events(host.emit, lambda: self.settings.get("progressInterval"))
        self.downloads = DownloadManager(self.folders, self.catalog, self.settings, self.policy, self.events,
                                         host.data_dir)
        self.scanner = Scanner(self.folders, self.catalog, self.events, self.settings)
        self.library = ModelLibrary(self.folders, self.catalog, self.scanner, self.settings, self.policy,
                                    host.data_dir)
        self.library.index = LibraryIndex(self.folders, self.catalog)  # watches the catalog's model writes
        self.downloads.on_models_elsewhere = self.library.index.invalidate  # ...and other processes' ones
        self.scanner.index = self.library.index
        self.sources = Sources(self.folders, self.catalog, self.settings, self.policy)
        self.scanner.sources = self.sources
        self.downloads.on_complete = self.scanner.record_file
        self.updates = UpdateChecker(self.catalog, self.sources, self.settings, self.events)
        self.workflows = WorkflowResolver(host, self.folders, self.catalog, self.sources, host.data_dir)
        self.health = LibraryHealth(self.folders, self.catalog, self.library, self.scanner, self.downloads,
                                    getattr(host, "workflow_dirs", lambda: []))

    async def close(self) -> None:
        await self.updates.close()
        await self.scanner.close()
        await self.downloads.close()
        await self.sources.close()
        await asyncio.to_thread(self.catalog.close)


class ServiceHub:
    """Builds and starts :class:`Services` once, on first need, on the running loop."""

    def __init__(self, host, only_tasks: set[str] | None = None):
        self.host = host
        self._only_tasks = only_tasks
        self._services: Services | None = None
        self._lock: asyncio.Lock | None = None

    async def get(self) -> Services:
        """The started services (built and started on the first call)."""
        if self._services is not None:
            return self._services
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._services is None:
                services = await asyncio.to_thread(Services, self.host)
                services.downloads.only_tasks = self._only_tasks
                await services.downloads.start()
                if self._only_tasks is None:  # a server, not the one-shot CLI download
                    services.updates.start()  # periodic update check (first run one interval on)
                self._services = services
        return self._services

    async def close(self) -> None:
        if self._services is not None:
            await self._services.close()
            self._services = None
