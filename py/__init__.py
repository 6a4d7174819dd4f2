"""ComfyUI Model Manager backend.

Installed as the package ``comfyui_model_manager`` (see ``pyproject.toml``); inside
ComfyUI it is imported relatively from the extension's top-level ``__init__.py``.
Rooms, one concern each (``docs/ARCHITECTURE.md`` has the map):

- ``hosts/``    the host seam: ComfyUI (``comfy``) or standalone; only here is ComfyUI imported
- ``routes/``   the REST handlers under ``/model-manager/``, the envelope, guards, ``openapi.json``
- ``download/`` the persistent download queue (``manager``) and engine: ``task``, ``transfer``,
  ``split``, ``finish``, ``target``, ``client``
- ``library/``  walking, listing, scanning, headers and classification, sidecars,
  descriptions, previews, update checks
- ``sources/``  Civitai / Hugging Face / direct URLs and hashes -> candidate files
- ``workflows/`` the models a workflow names: found, relinked, or candidates to download
- ``store/``    the catalog (tasks, models, settings) and API keys
- ``safety/``   model-folder containment, the URL policy, atomic small-file writes
- ``errors``, ``events`` (WebSocket events, throttled), ``heap`` (the start-up heap frozen
  out of the garbage collector's sight), ``http_headers`` (reply headers
  both the engine and the sources read), ``services`` (wires the services for one
  host), ``server`` (the standalone app), ``cli`` (the command)
"""

__version__ = "0.1.0"
