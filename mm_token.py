"""Print the Model Manager's access token in a ComfyUI install without the console script.

Run from the ComfyUI folder (the command ComfyUI's start-up line prints)::

    python custom_nodes/<this folder>/mm_token.py [--data-dir DIR] [--rotate]

The last line is the token alone. Without ``--data-dir`` it reads
``<ComfyUI>/user/__model_manager`` of the ComfyUI holding this folder in its
``custom_nodes/`` (``--user-directory`` / ``--base-directory`` installs: the start-up
line adds ``--data-dir``). Same as ``comfyui-model-manager token`` elsewhere.
ComfyUI itself imports only ``__init__.py`` of this folder, never this file.
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def _backend():
    """The backend package of this checkout, as ``comfyui_model_manager`` (what ``pip install -e`` names it)."""
    spec = importlib.util.spec_from_file_location("comfyui_model_manager", os.path.join(HERE, "py", "__init__.py"),
                                                  submodule_search_locations=[os.path.join(HERE, "py")])
    module = importlib.util.module_from_spec(spec)
    sys.modules["comfyui_model_manager"] = module
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    _backend()
    from comfyui_model_manager.cli import main
    from comfyui_model_manager.hosts.comfy import script_data_dir

    sys.exit(main(["token", "--data-dir", script_data_dir()] + sys.argv[1:]))
