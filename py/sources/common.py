"""What the source modules share: the candidate shape, folder tables, small helpers.

A **candidate** is one downloadable model version as ``GET /model-manager/model-info``
replies it (``ModelCandidate`` in ``openapi.json``)::

    {"source": "civitai" | "huggingface" | "direct",
     "modelId": str | int | None,      # Civitai model id, HF repo id, None for direct
     "versionId": str | int | None,    # Civitai version id, HF commit sha, None
     "name": str, "versionName": str | None,
     "type": str | None,               # Civitai model type ("LORA", ...), HF guess from tags, None
     "baseModel": str | None,          # "SD 1.5", "SDXL 1.0", "Flux.1 D", ...
     "description": str | None,        # Markdown
     "previews": [url],
     "files": [File],
     "suggestedFolder": str | None,    # None: the user chooses (see folder tables)
     "url": str,                       # the page on the site
     "air": str | None, "trainedWords": [str], "notice": str | None}

    File = {"name": str, "sizeBytes": int | None, "sha256": str | None (64 hex, lower),
            "downloadUrl": str, "primary": bool, "format": str | None, "fp": str | None,
            "type": str | None, "path": str | None, "suggestedFolder": str | None}

``sizeBytes`` is exact for Hugging Face (LFS size) and approximate for Civitai
(``sizeKB * 1024`` — Civitai publishes kilobytes with two decimals), so only the
SHA-256 of a Civitai file is handed to the download engine for verification.
"""

from __future__ import annotations

import re

from markdownify import MarkdownConverter

from ..errors import ApiError

#: Civitai model ``type`` (the API's enum, developer.civitai.com ``/api/v1/enums``)
#: → ComfyUI model folder. ``None``: ComfyUI has no folder for it (or it is not a
#: model), so the user picks one — nothing is guessed.
#:
#: ===================== =================
#: Civitai type          folder
#: ===================== =================
#: Checkpoint            checkpoints
#: LORA, LoCon, DoRA     loras
#: TextualInversion      embeddings
#: VAE                   vae
#: Controlnet            controlnet
#: Upscaler              upscale_models
#: Hypernetwork          hypernetworks
#: MotionModule          animatediff_models (AnimateDiff nodes' folder; when the
#:                       host has no such folder the user picks one)
#: AestheticGradient,    None (not ComfyUI models: the user decides)
#: Poses, Wildcards,
#: Workflows, Detection,
#: Other
#: ===================== =================
CIVITAI_TYPE_FOLDERS: dict[str, str | None] = {
    "checkpoint": "checkpoints",
    "lora": "loras",
    "locon": "loras",
    "dora": "loras",
    "textualinversion": "embeddings",
    "vae": "vae",
    "controlnet": "controlnet",
    "upscaler": "upscale_models",
    "hypernetwork": "hypernetworks",
    "motionmodule": "animatediff_models",
    "aestheticgradient": None,
    "poses": None,
    "wildcards": None,
    "workflows": None,
    "detection": None,
    "other": None,
}

#: Civitai *file* ``type`` values that belong elsewhere than the model itself:
#: a version's baked-in ``VAE`` file goes to ``vae``, a ``Negative`` embedding to
#: ``embeddings``; ``Training Data`` / ``Archive`` are not models (None). Other
#: file types (``Model``, ``Pruned Model``, ``Config``) follow the model type.
CIVITAI_FILE_TYPE_FOLDERS: dict[str, str | None] = {
    "vae": "vae",
    "negative": "embeddings",
    "training data": None,
    "archive": None,
}

#: Directory names inside a Hugging Face repository that name a ComfyUI folder
#: (the layout of the Comfy-Org repackaged repos: ``split_files/<folder>/<file>``).
HF_DIR_FOLDERS: dict[str, str] = {
    "checkpoints": "checkpoints",
    "loras": "loras",
    "lora": "loras",
    "vae": "vae",
    "text_encoders": "text_encoders",
    "clip": "text_encoders",
    "diffusion_models": "diffusion_models",
    "unet": "diffusion_models",
    "clip_vision": "clip_vision",
    "controlnet": "controlnet",
    "embeddings": "embeddings",
    "upscale_models": "upscale_models",
    "style_models": "style_models",
    "model_patches": "model_patches",
    "audio_encoders": "audio_encoders",
}

#: Extensions offered as model files (others in a repository — README, configs — are not listed).
MODEL_FILE_EXTENSIONS = (".safetensors", ".sft", ".gguf", ".ckpt", ".pt", ".pth", ".bin")

_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")


class UpstreamError(ApiError):
    """Civitai or Hugging Face failed or could not be reached (HTTP 502)."""

    status = 502


def sha256_or_none(value: object) -> str | None:
    """``value`` lower-cased when it is 64 hex digits, else None."""
    if isinstance(value, str) and _SHA256.match(value.strip().strip('"')):
        return value.strip().strip('"').lower()
    return None


def file_format(name: str) -> str | None:
    """Civitai's format names from a file extension: SafeTensor, PickleTensor, GGUF."""
    lower = name.lower()
    if lower.endswith((".safetensors", ".sft")):
        return "SafeTensor"
    if lower.endswith((".ckpt", ".pt", ".pth", ".bin")):
        return "PickleTensor"
    if lower.endswith(".gguf"):
        return "GGUF"
    return None


def is_model_file(name: str) -> bool:
    return name.lower().endswith(MODEL_FILE_EXTENSIONS)


def existing_folder(name: str | None, folder_names: set[str]) -> str | None:
    """``name`` when the host has that model folder, else None (the user chooses)."""
    return name if name and name in folder_names else None


class _CivitaiMarkdown(MarkdownConverter):
    """markdownify, minus what a description must never carry: scripts and styles go
    with their content (markdownify would keep it as text)."""

    def convert_script(self, el, text, *args, **kwargs):
        return ""

    def convert_style(self, el, text, *args, **kwargs):
        return ""


def html_to_markdown(html: str | None) -> str | None:
    """Civitai's HTML descriptions as Markdown (headings, emphasis, links, lists, images),
    converted by the ``markdownify`` library; the result is sanitized when rendered
    (:mod:`..library.descriptions`). Scripts and styles are dropped with their content."""
    if not html:
        return None
    if "<" not in html:
        return html.strip()
    text = _CivitaiMarkdown(heading_style="ATX", bullets="-").convert(html)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() or None
