"""Packaging glue: py/ is installed as ``comfyui_model_manager`` with every subpackage it holds.

pyproject.toml cannot both rename a folder (py/ -> comfyui_model_manager) and
find the packages under it, so the list is found here; everything else is in
pyproject.toml.
"""

from setuptools import find_packages, setup

PACKAGE = "comfyui_model_manager"

setup(
    package_dir={PACKAGE: "py"},
    packages=[PACKAGE] + [f"{PACKAGE}.{name}" for name in find_packages("py")],
)
