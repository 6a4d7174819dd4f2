"""Which model folder a loader node's input reads from, without ComfyUI running.

The table is ComfyUI 0.3.75's core loaders (``nodes.py``, ``comfy_extras/nodes_*.py``:
each input whose options are ``folder_paths.get_filename_list(<folder>)``), plus the
popular GGUF loaders (city96's ComfyUI-GGUF, ``.gguf`` files): class → the model
inputs in widget order, each ``(input name, folder)``. Widget order matters for the UI
format, whose ``widgets_values`` is positional: the k-th value naming a model file is
the k-th model input (other widgets — strengths, types, devices — name no file).

Inside ComfyUI the node definitions win over this table (``Host.node_input_folders``);
a node in neither is placed by its input name (:data:`INPUT_HINTS`) or class name
(:data:`CLASS_HINTS`); failing those, the folder stays ``None`` and the resolver tells it
from the file once one is found.
"""

from __future__ import annotations

import re

#: class_type → ((input name, folder), ...) in widget order.
CORE_LOADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "CheckpointLoaderSimple": (("ckpt_name", "checkpoints"),),
    "CheckpointLoader": (("config_name", "configs"), ("ckpt_name", "checkpoints")),
    "unCLIPCheckpointLoader": (("ckpt_name", "checkpoints"),),
    "ImageOnlyCheckpointLoader": (("ckpt_name", "checkpoints"),),
    "CreateHookModelAsLora": (("ckpt_name", "checkpoints"),),
    "LoraLoader": (("lora_name", "loras"),),
    "LoraLoaderModelOnly": (("lora_name", "loras"),),
    "CreateHookLora": (("lora_name", "loras"),),
    "CreateHookLoraModelOnly": (("lora_name", "loras"),),
    "VAELoader": (("vae_name", "vae"),),
    "UNETLoader": (("unet_name", "diffusion_models"),),
    "CLIPLoader": (("clip_name", "text_encoders"),),
    "DualCLIPLoader": (("clip_name1", "text_encoders"), ("clip_name2", "text_encoders")),
    "TripleCLIPLoader": (("clip_name1", "text_encoders"), ("clip_name2", "text_encoders"),
                         ("clip_name3", "text_encoders")),
    "QuadrupleCLIPLoader": (("clip_name1", "text_encoders"), ("clip_name2", "text_encoders"),
                            ("clip_name3", "text_encoders"), ("clip_name4", "text_encoders")),
    "ControlNetLoader": (("control_net_name", "controlnet"),),
    "DiffControlNetLoader": (("control_net_name", "controlnet"),),
    "CLIPVisionLoader": (("clip_name", "clip_vision"),),
    "UpscaleModelLoader": (("model_name", "upscale_models"),),
    "LatentUpscaleModelLoader": (("model_name", "latent_upscale_models"),),
    "StyleModelLoader": (("style_model_name", "style_models"),),
    "GLIGENLoader": (("gligen_name", "gligen"),),
    "HypernetworkLoader": (("hypernetwork_name", "hypernetworks"),),
    "PhotoMakerLoader": (("photomaker_model_name", "photomaker"),),
    "ModelPatchLoader": (("name", "model_patches"),),
    "AudioEncoderLoader": (("audio_encoder_name", "audio_encoders"),),
    # ComfyUI-GGUF (city96): the same folders, .gguf files.
    "UnetLoaderGGUF": (("unet_name", "diffusion_models"),),
    "UnetLoaderGGUFAdvanced": (("unet_name", "diffusion_models"),),
    "CLIPLoaderGGUF": (("clip_name", "text_encoders"),),
    "DualCLIPLoaderGGUF": (("clip_name1", "text_encoders"), ("clip_name2", "text_encoders")),
    "TripleCLIPLoaderGGUF": (("clip_name1", "text_encoders"), ("clip_name2", "text_encoders"),
                             ("clip_name3", "text_encoders")),
    "QuadrupleCLIPLoaderGGUF": (("clip_name1", "text_encoders"), ("clip_name2", "text_encoders"),
                                ("clip_name3", "text_encoders"), ("clip_name4", "text_encoders")),
}

#: Input names custom nodes commonly give their model inputs → folder.
INPUT_HINTS: dict[str, str] = {
    "ckpt_name": "checkpoints", "checkpoint": "checkpoints",
    "lora_name": "loras", "lora": "loras", "vae_name": "vae", "unet_name": "diffusion_models",
    "clip_name": "text_encoders", "text_encoder": "text_encoders", "control_net_name": "controlnet",
    "controlnet_name": "controlnet", "upscale_model": "upscale_models", "style_model_name": "style_models",
    "clip_vision": "clip_vision", "clip_vision_name": "clip_vision", "hypernetwork_name": "hypernetworks",
    "embedding": "embeddings", "gligen_name": "gligen",
}

#: Words in a custom node's class name → folder (first match wins; checked in order).
CLASS_HINTS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), f) for p, f in (
    (r"lora", "loras"),
    (r"controlnet", "controlnet"),
    (r"clipvision", "clip_vision"),
    (r"upscal", "upscale_models"),
    (r"vae", "vae"),
    (r"(dual|triple|quadruple)?clip|textencoder|t5", "text_encoders"),
    (r"unet|diffusion", "diffusion_models"),
    (r"checkpoint|ckpt", "checkpoints"),
))


def table_inputs(class_type: str, node_folders: dict | None = None) -> list[tuple[str, str]]:
    """The model inputs ``[(input name, folder)]`` of ``class_type``, widget order.

    ``node_folders`` (``{class_type: {input: folder}}``, from the running host's node
    definitions) wins over :data:`CORE_LOADERS`; ``[]`` when neither knows the class.
    """
    if node_folders and class_type in node_folders and node_folders[class_type]:
        return list(node_folders[class_type].items())
    return list(CORE_LOADERS.get(class_type, ()))


def hint_folder(class_type: str, input_name: str | None = None) -> str | None:
    """A folder guessed from an input name, else from the class name; ``None`` when neither says."""
    if input_name:
        name = input_name.lower()
        if name in INPUT_HINTS:
            return INPUT_HINTS[name]
        base = re.sub(r"_?\d+$", "", name)
        if base in INPUT_HINTS:
            return INPUT_HINTS[base]
    for pattern, folder in CLASS_HINTS:
        if pattern.search(class_type or ""):
            return folder
    return None
