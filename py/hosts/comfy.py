"""The ComfyUI host: model folders from ``folder_paths``, events through ``PromptServer``.

The only module that imports ComfyUI (``server``, ``folder_paths``); facts
checked against ComfyUI 0.3.75 (``folder_paths.py``, ``server.py``).
"""

from __future__ import annotations

import os
import shlex

from .base import FolderMap, env_allowed_hosts, env_catalog, python_command, transport_peer

#: The folder of this extension (``custom_nodes/<folder>``), as ComfyUI reached it (links kept).
EXTENSION_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
#: The script a git-clone install runs from the ComfyUI folder to print the access token.
TOKEN_SCRIPT = os.path.join(EXTENSION_DIR, "mm_token.py")


def script_data_dir(cwd: str | None = None) -> str:
    """The data directory ``mm_token.py`` reads when given no ``--data-dir``: the
    ``user/__model_manager`` folder of the ComfyUI that holds this extension in its
    ``custom_nodes/`` (else of the ComfyUI folder ``cwd``). ComfyUI started with
    ``--user-directory`` / ``--base-directory`` puts it elsewhere: the start-up line
    then prints the command with ``--data-dir``."""
    parent = os.path.dirname(EXTENSION_DIR)
    root = os.path.dirname(parent) if os.path.basename(parent) == "custom_nodes" else (cwd or os.getcwd())
    return os.path.join(root, "user", "__model_manager")

#: ComfyUI folders that hold no models.
_NOT_MODEL_FOLDERS = {"custom_nodes"}


class ComfyHost:
    """Host backed by the running ComfyUI process."""

    def __init__(self):
        import folder_paths  # ComfyUI's module: present only inside ComfyUI
        from server import PromptServer

        self._folder_paths = folder_paths
        self._server = PromptServer.instance
        self.data_dir = self._data_dir()
        self.extra_hosts = env_allowed_hosts()
        self.catalog = env_catalog()

    @property
    def routes(self):
        """ComfyUI's route table; routes added here at import time are served."""
        return self._server.routes

    @property
    def app(self):
        return self._server.app

    def _data_dir(self) -> str:
        fp = self._folder_paths
        # A "system user" folder (``__`` prefix) is refused by ComfyUI's /userdata
        # API, so API keys and the catalog stay private.
        if hasattr(fp, "get_system_user_directory"):
            return fp.get_system_user_directory("model_manager")
        return os.path.join(fp.get_user_directory(), "__model_manager")

    def folder_source(self) -> FolderMap:
        fp = self._folder_paths
        pt = set(getattr(fp, "supported_pt_extensions", set()))
        folders: FolderMap = {}
        for name, (paths, exts) in list(fp.folder_names_and_paths.items()):
            if name in _NOT_MODEL_FOLDERS:
                continue
            exts = set(exts)
            if pt and pt <= exts:
                exts.add(".gguf")  # our copy: ComfyUI's set is left alone
            folders[name] = (list(paths), exts)
        return folders

    def node_input_folders(self) -> dict[str, dict[str, str]]:
        """``{class_type: {input name: model folder}}`` from the node definitions.

        An input is a model input when its combo options are exactly
        ``folder_paths.get_filename_list(folder)`` of a non-empty folder (what
        ``/object_info`` shows). Runs every node's ``INPUT_TYPES``: call it off the loop.
        """
        import nodes  # ComfyUI's module

        fp = self._folder_paths
        lists: dict[tuple, str] = {}
        for name in list(fp.folder_names_and_paths):
            if name in _NOT_MODEL_FOLDERS:
                continue
            try:
                files = fp.get_filename_list(name)
            except Exception:  # a broken folder must not break the resolver
                continue
            if files:
                lists.setdefault(tuple(files), name)
        out: dict[str, dict[str, str]] = {}
        for class_type, cls in list(getattr(nodes, "NODE_CLASS_MAPPINGS", {}).items()):
            try:
                types = cls.INPUT_TYPES()
            except Exception:
                continue
            found: dict[str, str] = {}
            for section in ("required", "optional"):
                for input_name, spec in ((types or {}).get(section) or {}).items():
                    options = spec[0] if isinstance(spec, (list, tuple)) and spec else None
                    if isinstance(options, list) and options:
                        folder = lists.get(tuple(options))
                        if folder:
                            found[input_name] = folder
            if found:
                out[class_type] = found
        return out

    def workflow_dirs(self) -> list[str]:
        """``<user directory>/<user>/workflows`` of every user (ComfyUI saves workflows there,
        through ``/userdata``); system users (``__`` prefix) have none."""
        try:
            base = self._folder_paths.get_user_directory()
            users = sorted(os.listdir(base))
        except (AttributeError, OSError):
            return []
        dirs = [os.path.join(base, u, "workflows") for u in users if not u.startswith(("__", "."))]
        return [d for d in dirs if os.path.isdir(d)]

    def bind_addresses(self) -> list[str]:
        """``--listen`` of this ComfyUI (comma-separated; 127.0.0.1 when not given)."""
        try:
            from comfy.cli_args import args

            listen = getattr(args, "listen", None) or "127.0.0.1"
        except Exception:  # an older / newer ComfyUI without that module: assume the default
            listen = "127.0.0.1"
        return [a.strip() for a in str(listen).split(",") if a.strip()]

    def peer_address(self, request) -> str | None:
        return transport_peer(request)

    def token_command(self) -> str:
        """``python custom_nodes/<folder>/mm_token.py`` (relative when run from the ComfyUI
        folder), with ``--data-dir`` when the data directory is not the script's default."""
        script = TOKEN_SCRIPT
        rel = os.path.relpath(script)
        if not rel.startswith(".."):
            script = rel
        cmd = f"{python_command()} {shlex.quote(script)}"
        if os.path.abspath(self.data_dir) != os.path.abspath(script_data_dir()):
            cmd += f" --data-dir {shlex.quote(self.data_dir)}"
        return cmd

    def emit(self, event: str, data: dict) -> None:
        # send_sync queues onto ComfyUI's loop, so it is safe from any thread.
        self._server.send_sync(event, data)
