"""ComfyUI Model Manager backend.

Installed as the package ``comfyui_model_manager`` (see ``pyproject.toml``); inside
ComfyUI it is imported relatively from the extension's top-level ``__init__.py``.
Modules, one job each:

- ``errors``      the API error types (HTTP status + message)
- ``folders``     model folders, name validation and path containment
- ``host``        the host seam: ComfyUI (``comfy_host``) or standalone (``standalone``)
- ``catalog``     the SQLite database (download tasks, settings)
- ``settings``    user settings and API keys
- ``urlpolicy``   which URLs may be downloaded and which host gets which API key
- ``events``      WebSocket events, throttled
- ``downloader``  the persistent download queue and engine
- ``routes``      the REST handlers under ``/model-manager/``
- ``sources``     Civitai / Hugging Face / direct URLs and hashes → candidate files
- ``services``    wires the services for one host
- ``cli``         the ``comfyui-model-manager`` command
"""

__version__ = "0.1.0"
