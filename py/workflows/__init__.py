"""Workflows: every model a workflow names, where it is, and where to get it.

- :mod:`.finder` — read UI / API format workflows, ``.json`` files and PNG / WebP
  images; find the model values and their folders
- :mod:`.loaders` — ComfyUI's core loader nodes → model folders (and hints)
- :mod:`.templates` — the offline index of the official templates' models
  (package ``comfyui-workflow-templates-json``)
- :mod:`.candidates` — download candidates with a confidence (Civitai by hash and
  search, Hugging Face search), cached
- :mod:`.resolver` — :class:`~.resolver.WorkflowResolver`, the service: statuses
  ``present`` / ``relink`` / ``download`` / ``unresolved``
- :mod:`.fetch` — the ``fetch-workflow`` command's plan and downloads
"""
