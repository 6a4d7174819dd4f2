"""ComfyUI entry point of ComfyUI Model Manager.

ComfyUI imports this file from ``custom_nodes/<folder>/``. It registers the
``/model-manager/...`` routes on ``PromptServer.instance.routes`` now (routes added
after start-up are never served), and starts the services when the server
starts. Importing does no network, scan or install work, and a failure is
logged in one line instead of breaking ComfyUI.
"""

import logging

NODE_CLASS_MAPPINGS = {}
NODE_DISPLAY_NAME_MAPPINGS = {}
WEB_DIRECTORY = "./web"

__all__ = ["NODE_CLASS_MAPPINGS", "NODE_DISPLAY_NAME_MAPPINGS", "WEB_DIRECTORY"]

_log = logging.getLogger("comfyui_model_manager")


def _setup() -> None:
    from .py.hosts.comfy import ComfyHost
    from .py.routes import register_routes
    from .py.routes.guards import exposure_notice
    from .py.services import ServiceHub

    host = ComfyHost()
    hub = ServiceHub(host)
    register_routes(host.routes, hub)

    async def start(app):
        from .py.heap import freeze_startup_heap

        try:
            # every extension is imported, no prompt has loaded a model yet: the heap is
            # ComfyUI's start-up, which lives as long as the process (see py/heap.py)
            freeze_startup_heap()
        except Exception as exc:
            _log.warning("Model Manager: start-up heap not frozen: %s", exc)
        try:
            svc = await hub.get()  # resume the download queue without waiting for a request
            notice = exposure_notice(host, svc.settings)  # under --listen: what other machines may do
            if notice:
                _log.warning("%s", notice)
        except Exception as exc:  # the routes retry on first use and report the error there
            _log.error("Model Manager: could not start its services: %s", exc)

    async def stop(app):
        await hub.close()

    host.app.on_startup.append(start)
    host.app.on_shutdown.append(stop)


def _inside_comfyui() -> bool:
    # Outside ComfyUI (pytest imports this file as the repository's package) there
    # is nothing to register onto.
    import importlib.util

    return importlib.util.find_spec("folder_paths") is not None and importlib.util.find_spec("server") is not None


if _inside_comfyui():
    try:
        _setup()
    except Exception as _exc:  # never take ComfyUI down with us
        _log.error("Model Manager: not loaded: %s: %s", type(_exc).__name__, _exc)
