"""The download engine: a persistent queue of tasks streamed into model folders.

``manager`` is the public face (:class:`DownloadManager`) and the queue; ``task``
the task and its states; ``transfer`` one stream with retries; ``split`` ranged
connections; ``finish`` verify, place, sidecar; ``target`` where the bytes go;
``client`` the HTTP session and redirects. Each module's docstring says what it owns.
"""

from .manager import DownloadManager

__all__ = ["DownloadManager"]
