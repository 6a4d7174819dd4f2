"""Tell what a safetensors model file is from its raw header bytes, without ``json.loads``.

Speed is the point: the scanner classifies thousands of files whose headers are
~100 KB of JSON with hundreds to thousands of tensor keys; a full parse costs about a
millisecond each. So :func:`classify` works on the bytes: it samples a few keys to spot
adapters (LoRA & co), collects the set of key *families* (first dotted component, two
or three for ``model.*``) with one regex pass anchored on the ``},"`` that precedes each
tensor key, and reads the shape of at most one or two specific tensors with a small
regex over that tensor's ``{...}`` (any key order inside it). ``__metadata__`` is cut out
first so its string values cannot fake key names.

Order: **architecture** comes from the keys (metadata only when no key rule matches:
merged checkpoints sometimes carry a LoRA's metadata); **base model** comes from the
metadata first (``modelspec.architecture``, ``ss_base_model_version``, ``ss_v2``), then
from the keys. Nothing matched → ``Classification(None, None, "no rule matched")``.

Rules (key names per ComfyUI: ``comfy/model_detection.py`` (``detect_unet_config``,
``unet_prefix_from_state_dict``), ``comfy/sd.py`` (``load_checkpoint_guess_config``,
VAE detection, ``detect_te_model``), ``comfy/supported_models.py`` (text-encoder and
VAE prefixes per model), ``comfy/lora.py`` and ``comfy/weight_adapter/*`` (LoRA key
formats), ``comfy/controlnet.py`` (ControlNet formats), ``comfy/clip_vision.py``,
``comfy/sd1_clip.py`` (embeddings); upscalers per spandrel's ESRGAN/SwinIR/SRVGG key
layouts):

=================  ==============================================================
architecture       rule (first match wins, in this order)
=================  ==============================================================
embedding          tiny header (≤ 8 keys) with ``emb_params`` / ``string_to_param.*``
                   (A1111, kohya) or ``clip_l`` + ``clip_g`` (SDXL); base from width
                   (768 SD 1.5, 1024 SD 2.x, clip_g → SDXL)
controlnet         Control-LoRA: adapter keys + ``lora_controlnet``
lora               a sampled key is an adapter key: ``lora_unet_*``/``lora_te*_``
                   (kohya), ``.lora_down.``/``.lora_up.``/``.lora_A.``/``.lora_B.``/
                   ``_lora.down.``/``.lora.down.``/``.lora_linear_layer.`` (diffusers,
                   peft), ``.hada_*`` (LoHa), ``.lokr_*`` (LoKr), ``.oft_*`` (OFT),
                   ``lycoris_*``, ``.diff``/``.diff_b`` (ComfyUI diff patches)
controlnet         ``control_model.*``, ``input_hint_block.*``, ``zero_convs.*``,
                   ``controlnet_*`` (diffusers / Flux / SD3), T2I-Adapter ``body.N.resnets``
checkpoint         ``model.diffusion_model.*`` + VAE ``first_stage_model.*``/``vae.*``
                   and/or text encoder ``cond_stage_model.*``/``conditioner.*``/
                   ``text_encoders.*``
diffusion_model    ``model.diffusion_model.*`` alone, or bare DiT/UNet keys
                   (``double_blocks.``, ``joint_blocks.``, ``input_blocks.``,
                   ``transformer_blocks.``, Wan ``blocks.``+``head.modulation``,
                   diffusers UNet ``down_blocks.``+``time_embedding.``, diffusers Flux
                   ``single_transformer_blocks.``)
text_encoder       LLM ``model.layers.*`` (Qwen, Llama, Gemma, Mistral; may carry a
                   ``visual.*`` tower); CLIP ``text_model.encoder.layers.*`` (layer count
                   and width → CLIP-L 12×768, CLIP-H 24×1024, CLIP-G 32×1280); T5
                   ``encoder.block.*`` / ``shared.weight`` (UMT5 when every block has
                   its own relative_attention_bias)
clip_vision        ``vision_model.*`` (HF CLIP/SigLIP) or ``visual.transformer.*``
                   (open_clip), with or without the text tower
vae                ``encoder.*`` + ``decoder.*`` with ``decoder.conv_in``/``up``/
                   ``up_blocks``/``mid``/``middle`` (ldm, diffusers, Wan, LTXV), or
                   only ``first_stage_model.*``; ``taesd_*``
upscaler           ESRGAN old ``model.0.weight`` + ``model.1.sub.*``; RRDBNet /
                   SwinIR / HAT / DAT ``conv_first.*`` + ``body``/``RRDB_trunk``/
                   ``layers``; SRVGG compact: only ``body.N.*``
=================  ==============================================================

Base model from keys (``P`` = ``model.diffusion_model.`` or none):
Hunyuan Video ``P txt_in.individual_token_refiner``; Chroma ``P distilled_guidance_layer``;
Flux.2 ``P double_stream_modulation_img``; Flux.1 ``P double_blocks`` + ``P single_blocks``;
SD3 ``P joint_blocks``; Wan ``P head.modulation``; LTXV ``P adaln_single`` without
``pos_embed`` (that is PixArt: no base); Qwen-Image ``P txt_norm`` + ``P img_in``; UNets by
cross-attention width, shape[1] of the first ``attn2.to_k.weight`` (768 SD 1.5, 1024 SD 2.x,
2048 SDXL, 1280 SDXL Refiner), else by text-encoder prefix
(``cond_stage_model.transformer.`` SD 1.5, ``cond_stage_model.model.`` SD 2.x,
``conditioner.embedders.1.`` SDXL). LoRAs: Hunyuan Video (``individual_token_refiner``,
``double_blocks.19``, dotted ``img_attn_qkv``), Flux.1 (``double_blocks``/``single_blocks``/
``single_transformer_blocks``; Chroma LoRAs share these keys), Qwen-Image
(``transformer_blocks`` + ``img_mlp``), SD3 (``joint_blocks``, or ``transformer_blocks`` +
``add_q_proj``/``ff_context``), Wan (``cross_attn`` + ``ffn``), SDXL (``lora_te2_`` /
``text_encoder_2.``), else the in-width of the ``attn2 to_k`` down matrix (768/1024/2048),
else the width of a ``lora_te_`` q_proj down matrix (768 SD 1.5, 1024 SD 2.x).
VAEs and text encoders get no base (shared between families); their rule names the kind.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .header import metadata_span

__all__ = ["Classification", "classify", "suggested_folder", "ARCHITECTURES", "BASE_MODELS"]

ARCHITECTURES = ("checkpoint", "diffusion_model", "lora", "vae", "text_encoder", "controlnet",
                 "upscaler", "embedding", "clip_vision")
BASE_MODELS = ("SD 1.5", "SD 2.x", "SDXL", "SDXL Refiner", "SD3", "Flux.1", "Flux.2", "Chroma",
               "Wan", "Hunyuan Video", "LTXV", "Qwen-Image")

_FOLDERS = {
    "checkpoint": "checkpoints", "diffusion_model": "diffusion_models", "lora": "loras", "vae": "vae",
    "text_encoder": "text_encoders", "controlnet": "controlnet", "upscaler": "upscale_models",
    "embedding": "embeddings", "clip_vision": "clip_vision",
}


@dataclass(frozen=True)
class Classification:
    architecture: str | None
    base_model: str | None
    rule: str


NO_MATCH = Classification(None, None, "no rule matched")


def suggested_folder(c: Classification) -> str | None:
    """The ComfyUI models/ folder for a classification, or None when unknown."""
    return _FOLDERS.get(c.architecture) if c.architecture else None


# --------------------------------------------------------------------------- raw helpers

_FIRST_KEY = re.compile(rb'\s*\{\s*,?\s*"([^"]*)"')
_NEXT_KEY = re.compile(rb'\}\s*,\s*"([^"]*)"')
# key family: model.diffusion_model.X | model.X / cond_stage_model.X / ... | first component
_FAMILY = re.compile(
    rb'\}\s*,\s*"(model\.diffusion_model\.[^".]*|(?:model|cond_stage_model|conditioner|first_stage_model'
    rb'|text_encoders|control_model)\.[^".]*|[^".]*)')
_FAMILY_FIRST = re.compile(
    rb'\s*\{\s*,?\s*"(model\.diffusion_model\.[^".]*|(?:model|cond_stage_model|conditioner|first_stage_model'
    rb'|text_encoders|control_model)\.[^".]*|[^".]*)')
_ADAPTER_KEY = re.compile(rb'(?:^|[._])(?:lora|lycoris|hada|lokr|oft)[._]|\.diff(?:_b)?$')
_SHAPE = re.compile(rb'"shape"\s*:\s*\[([0-9,\s]*)\]')
_DECODER = json.JSONDecoder()
_SAMPLES = 6


def _body(raw: bytes, metadata: dict | None) -> bytes:
    """The header with ``__metadata__`` cut out (so its strings cannot fake key names)."""
    if metadata is not None and not metadata:
        return raw  # caller says: no metadata (or an empty object) — nothing to cut
    span = metadata_span(raw)
    if span is None:
        return raw
    start, end, _ = span
    return raw[:start] + raw[end:]


def _sample_keys(body: bytes) -> list[bytes]:
    keys = []
    m = _FIRST_KEY.match(body)
    if m:
        keys.append(m.group(1))
    n = len(body)
    for i in range(1, _SAMPLES):
        m = _NEXT_KEY.search(body, n * i // _SAMPLES)
        if m:
            keys.append(m.group(1))
    return keys


def _families(body: bytes) -> set[bytes]:
    fams = set(_FAMILY.findall(body))
    m = _FAMILY_FIRST.match(body)
    if m:
        fams.add(m.group(1))
    return fams


def _shape_after(body: bytes, key_end: int) -> list[int] | None:
    """Shape of the tensor whose key's closing quote ends at ``key_end``."""
    o = body.find(b"{", key_end, key_end + 16)
    if o < 0 or body[key_end:o].strip() != b":":
        return None
    c = body.find(b"}", o)
    if c < 0:
        return None
    m = _SHAPE.search(body, o, c)
    if m:
        try:
            return [int(x) for x in m.group(1).split(b",") if x.strip()]
        except ValueError:
            return None
    try:  # unusual formatting: decode just this small object
        obj, _ = _DECODER.raw_decode(body[o:c + 1].decode("utf-8"))
        shape = obj.get("shape")
        return shape if isinstance(shape, list) else None
    except (ValueError, UnicodeDecodeError, AttributeError, RecursionError):
        return None


def _shape_of(body: bytes, *key_suffixes: bytes, prefix: bytes = b"") -> tuple[bytes, list[int]] | None:
    """First tensor whose key ends with one of ``key_suffixes`` (and starts with
    ``prefix``): (key, shape)."""
    for suffix in key_suffixes:
        needle = suffix + b'"'
        i = body.find(needle)
        while i >= 0:
            start = body.rfind(b'"', 0, i) + 1
            key = body[start:i + len(suffix)]
            if key.startswith(prefix):
                shape = _shape_after(body, i + len(needle))
                if shape is not None:
                    return key, shape
            i = body.find(needle, i + 1)
    return None


# --------------------------------------------------------------------------- metadata

def _base_from_metadata(md: dict | None) -> tuple[str | None, str | None, str]:
    """(base, architecture hint, rule text) from ``__metadata__``."""
    if not md:
        return None, None, ""
    arch_hint = None
    spec = str(md.get("modelspec.architecture") or "").lower()
    if spec:
        base_part, _, kind = spec.partition("/")
        if kind.startswith(("lora", "lycoris", "lokr", "loha")):
            arch_hint = "lora"
        elif kind.startswith("textual-inversion"):
            arch_hint = "embedding"
        elif kind.startswith("controlnet"):
            arch_hint = "controlnet"
        base = _spec_base(base_part)
        if base:
            return base, arch_hint, f"metadata modelspec.architecture={spec} → {base}"
    if md.get("ss_network_module"):
        arch_hint = arch_hint or "lora"
    ver = str(md.get("ss_base_model_version") or "").lower()
    base = None
    if ver.startswith("sdxl"):
        base = "SDXL"
    elif ver.startswith("sd_v1") or ver == "sd1":
        base = "SD 1.5"
    elif ver.startswith("sd_v2") or ver.startswith("sd2"):
        base = "SD 2.x"
    elif ver.startswith("sd3"):
        base = "SD3"
    elif ver.startswith("flux"):
        base = "Flux.1"
    elif ver.startswith("chroma"):
        base = "Chroma"
    if base:
        return base, arch_hint, f"metadata ss_base_model_version={ver} → {base}"
    if str(md.get("ss_v2", "")).lower() == "true":
        return "SD 2.x", arch_hint, "metadata ss_v2=True → SD 2.x"
    return None, arch_hint, ""


def _spec_base(s: str) -> str | None:
    if s.startswith("stable-diffusion-xl"):
        return "SDXL Refiner" if "refiner" in s else "SDXL"
    if s.startswith("stable-diffusion-v1"):
        return "SD 1.5"
    if s.startswith("stable-diffusion-v2"):
        return "SD 2.x"
    if s.startswith("stable-diffusion-3"):
        return "SD3"
    if s.startswith("flux-1") or s.startswith("flux.1"):
        return "Flux.1"
    if s.startswith("flux-2") or s.startswith("flux.2"):
        return "Flux.2"
    if s.startswith("chroma"):
        return "Chroma"
    if s.startswith("wan"):
        return "Wan"
    if s.startswith("hunyuan-video"):
        return "Hunyuan Video"
    if s.startswith("ltx"):
        return "LTXV"
    if s.startswith("qwen-image"):
        return "Qwen-Image"
    return None


# --------------------------------------------------------------------------- base from keys

_CONTEXT_DIM = {768: "SD 1.5", 1024: "SD 2.x", 2048: "SDXL", 1280: "SDXL Refiner"}


def _unet_base(body: bytes, prefix: bytes) -> tuple[str | None, str]:
    found = _shape_of(body, b"attn2.to_k.weight", prefix=prefix)
    if found and len(found[1]) == 2 and found[1][1] in _CONTEXT_DIM:
        key, shape = found
        base = _CONTEXT_DIM[shape[1]]
        return base, f"{key.decode(errors='replace')} shape {shape} (context {shape[1]}) → {base}"
    return None, ""


def _dit_base(body: bytes, fams: set[bytes], p: bytes) -> tuple[str | None, str]:
    """Base model of a diffusion model whose keys start with ``p`` (families ``fams``
    already stripped of ``p``)."""
    ps = p.decode()

    def has(k: bytes) -> bool:
        return b'"' + p + k in body

    if b"txt_in" in fams and has(b"txt_in.individual_token_refiner."):
        return "Hunyuan Video", f"{ps}txt_in.individual_token_refiner.* → Hunyuan Video"
    if b"distilled_guidance_layer" in fams:
        return "Chroma", f"{ps}distilled_guidance_layer.* → Chroma"
    if b"double_stream_modulation_img" in fams:
        return "Flux.2", f"{ps}double_stream_modulation_img.* → Flux.2"
    if b"double_blocks" in fams and b"single_blocks" in fams:
        return "Flux.1", f"{ps}double_blocks.* + {ps}single_blocks.* → Flux.1"
    if b"joint_blocks" in fams:
        return "SD3", f"{ps}joint_blocks.* → SD3"
    if b"head" in fams and b"blocks" in fams and has(b"head.modulation"):
        return "Wan", f"{ps}blocks.* + {ps}head.modulation → Wan"
    if b"adaln_single" in fams and b"transformer_blocks" in fams:
        if b"pos_embed" in fams:
            return None, f"{ps}adaln_single.* + {ps}pos_embed.* → PixArt (no base in the list)"
        return "LTXV", f"{ps}adaln_single.* + {ps}transformer_blocks.* → LTXV"
    if b"txt_norm" in fams and b"img_in" in fams:
        return "Qwen-Image", f"{ps}txt_norm + {ps}img_in → Qwen-Image"
    if b"single_transformer_blocks" in fams and b"x_embedder" in fams:
        return "Flux.1", f"{ps}single_transformer_blocks.* + x_embedder (diffusers) → Flux.1"
    if b"transformer_blocks" in fams and b"context_embedder" in fams and b"pos_embed" in fams:
        return "SD3", f"{ps}transformer_blocks + context_embedder + pos_embed (diffusers) → SD3"
    if b"input_blocks" in fams or b"down_blocks" in fams:
        return _unet_base(body, p)
    return None, ""


_DIT_FAMILIES = (b"double_blocks", b"joint_blocks", b"input_blocks", b"transformer_blocks",
                 b"single_transformer_blocks", b"txt_in", b"double_stream_modulation_img")


def _is_bare_diffusion(body: bytes, fams: set[bytes]) -> str | None:
    for f in _DIT_FAMILIES:
        if f in fams:
            return f.decode() + ".*"
    if b"blocks" in fams and b"head" in fams and b'"head.modulation"' in body:
        return "blocks.* + head.modulation"
    if b"down_blocks" in fams and b"time_embedding" in fams:
        return "down_blocks.* + time_embedding.* (diffusers UNet)"
    return None


def _lora_base(body: bytes) -> tuple[str | None, str]:
    # Key names only (newline-separated), about half the header: the searches below
    # mostly miss, and a miss costs a scan of everything searched.
    first = _FIRST_KEY.match(body)
    names = b"\n" + (first.group(1) if first else b"") + b"\n" + b"\n".join(_NEXT_KEY.findall(body)) + b"\n"
    found = _lora_base_from_names(names)
    return found if found[0] else _lora_base_from_shapes(body, names)


def _lora_base_from_names(body: bytes) -> tuple[str | None, str]:
    if b"individual_token_refiner" in body:
        return "Hunyuan Video", "keys txt_in individual_token_refiner → Hunyuan Video"
    if b"double_blocks" in body:
        if b"double_blocks.19." in body or b"double_blocks_19_" in body or b".img_attn_qkv." in body:
            return "Hunyuan Video", "keys double_blocks with block 19 or dotted img_attn_qkv → Hunyuan Video"
        return "Flux.1", "keys double_blocks → Flux.1 (Chroma LoRAs share these keys)"
    if b"single_blocks" in body or b"single_transformer_blocks" in body:
        return "Flux.1", "keys single_blocks / single_transformer_blocks → Flux.1"
    if b"transformer_blocks" in body and b"img_mlp" in body:
        return "Qwen-Image", "keys transformer_blocks + img_mlp → Qwen-Image"
    if b"joint_blocks" in body:
        return "SD3", "keys joint_blocks → SD3"
    if b"transformer_blocks" in body and (b"add_q_proj" in body or b"ff_context" in body) \
            and b"attn2" not in body:
        return "SD3", "keys transformer_blocks + add_q_proj/ff_context → SD3"
    if b"cross_attn" in body and b"ffn" in body:
        return "Wan", "keys blocks cross_attn + ffn → Wan"
    if b"\nlora_te2_text_model" in body or b"\ntext_encoder_2." in body:
        return "SDXL", "keys lora_te2_text_model*/text_encoder_2.* (second CLIP text encoder) → SDXL"
    return None, ""


def _lora_base_from_shapes(body: bytes, names: bytes) -> tuple[str | None, str]:
    # each suffix is looked up in the (smaller) name list before the header is searched
    def lookup(*suffixes: bytes):
        present = [x for x in suffixes if x + b"\n" in names]
        return _shape_of(body, *present) if present else None

    down = (b"attn2_to_k.lora_down.weight", b"attn2.to_k.lora_down.weight", b"attn2.to_k.lora_A.weight",
            b"attn2_to_k.lora_A.weight", b"attn2.to_k.lora.down.weight", b"attn2.processor.to_k_lora.down.weight",
            b"attn2_to_k.hada_w1_b", b"attn2.to_k.hada_w1_b")
    found = lookup(*down) if b"attn2" in names else None
    if found and len(found[1]) >= 2 and found[1][1] in _CONTEXT_DIM:
        key, shape = found
        base = _CONTEXT_DIM[shape[1]]
        return base, f"{key.decode(errors='replace')} shape {shape} (context {shape[1]}) → {base}"
    te = lookup(b"self_attn_q_proj.lora_down.weight", b"self_attn.q_proj.lora_down.weight",
               b"self_attn.q_proj.lora_A.weight") if b"q_proj" in names else None
    if te and len(te[1]) >= 2 and te[1][1] in (768, 1024):
        base = "SD 1.5" if te[1][1] == 768 else "SD 2.x"
        return base, f"{te[0].decode(errors='replace')} shape {te[1]} (CLIP width {te[1][1]}) → {base}"
    return None, ""


# --------------------------------------------------------------------------- classify

def classify(raw_header: bytes, metadata: dict | None = None, filename: str = "") -> Classification:
    """Classify a safetensors file from its raw header (see the module docstring).

    ``metadata`` is the ``__metadata__`` map when the caller already has it (from
    :func:`.model_header.header_metadata`); ``{}`` tells that there is none, None lets
    this function look. ``filename`` is accepted for callers' convenience and only
    mentioned in no rule: names lie too often to decide anything.
    """
    raw = bytes(raw_header)
    if metadata is None:
        span = metadata_span(raw)
        metadata = span[2] if span else {}
    body = _body(raw, metadata)
    md_base, md_arch, md_rule = _base_from_metadata(metadata)

    arch, base, rule = _classify_keys(body, want_base=not md_base)
    if arch is None:
        if md_arch is None:
            return NO_MATCH if not md_rule else Classification(None, md_base, md_rule + "; no key rule matched")
        arch, rule = md_arch, f"metadata says {md_arch} (no key rule matched)"
    if md_base:
        return Classification(arch, md_base, f"{rule}; {md_rule}")
    return Classification(arch, base, rule)


def _classify_keys(body: bytes, want_base: bool = True) -> tuple[str | None, str | None, str]:
    # embeddings: tiny headers
    if len(body) < 2048:
        fams = _families(body)
        if b"emb_params" in fams or b"string_to_param" in fams:
            m = _SHAPE.search(body)
            dims = [int(x) for x in m.group(1).split(b",") if x.strip()] if m else []
            width = dims[-1] if dims else None
            base = {768: "SD 1.5", 1024: "SD 2.x"}.get(width)
            return "embedding", base, f"key emb_params/string_to_param (width {width}) → embedding" + \
                (f", {base}" if base else "")
        if b"clip_l" in fams and b"clip_g" in fams and len(fams) <= 3:
            return "embedding", "SDXL", "keys clip_l + clip_g only → embedding, SDXL"

    samples = _sample_keys(body)
    adapter = next((k for k in samples if _ADAPTER_KEY.search(k)), None)
    if adapter is not None:
        if b'"lora_controlnet"' in body:
            base, why = _unet_base(body, b"")
            return "controlnet", base, "keys lora_controlnet + LoRA pairs → controlnet (Control-LoRA)" + \
                (f"; {why}" if why else "")
        base, why = _lora_base(body) if want_base else (None, "")
        rule = f"adapter key {adapter.decode(errors='replace')} → lora" + (f"; {why}" if why else "")
        return "lora", base, rule

    fams = _families(body)
    mdm = b"model.diffusion_model."
    dit = {f[len(mdm):] for f in fams if f.startswith(mdm)}
    has_vae = any(f.startswith(b"first_stage_model.") for f in fams) or b"vae" in fams
    te = [t for t in (b"cond_stage_model.", b"conditioner.", b"text_encoders.") if any(f.startswith(t) for f in fams)]

    # ControlNet
    cn = [f for f in (b"control_model", b"input_hint_block", b"zero_convs", b"controlnet_cond_embedding",
                      b"controlnet_down_blocks", b"controlnet_blocks", b"controlnet_x_embedder",
                      b"controlnet_single_blocks", b"controlnet_mid_block")
          if f in fams or any(x.startswith(f + b".") for x in fams)]
    if cn:
        names = " + ".join(c.decode() + ".*" for c in cn)
        if b"double_blocks" in fams or b"single_transformer_blocks" in fams or b"controlnet_single_blocks" in fams:
            return "controlnet", "Flux.1", f"keys {names} with Flux blocks → controlnet, Flux.1"
        if b"pos_embed_input" in fams or b"joint_blocks" in fams:
            return "controlnet", "SD3", f"keys {names} with pos_embed_input → controlnet, SD3"
        base, why = _unet_base(body, b"")
        return "controlnet", base, f"keys {names} → controlnet" + (f"; {why}" if why else "")
    if b"body" in fams and b'"body.0.resnets.' in body or b"adapter" in fams and b'"adapter.body.' in body:
        return "controlnet", None, "keys body.N.resnets (T2I-Adapter) → controlnet"

    # checkpoint / diffusion model with ComfyUI's UNet prefix
    if dit:
        base, why = _dit_base(body, dit, mdm)
        parts = ["model.diffusion_model.*"]
        if has_vae:
            parts.append("first_stage_model.*" if any(f.startswith(b"first_stage_model.") for f in fams) else "vae.*")
        parts += [t.decode() + "*" for t in te]
        if not base and te:
            base, why = _te_prefix_base(fams)
        if has_vae or te:
            return "checkpoint", base, f"keys {' + '.join(parts)} → checkpoint" + (f"; {why}" if why else "")
        return "diffusion_model", base, "keys model.diffusion_model.* without VAE/text encoder → diffusion_model" + \
            (f"; {why}" if why else "")

    # text encoders before VAE / clip_vision: T5 has encoder.*, Qwen-VL has visual.*
    if any(f.startswith(b"model.layers") for f in fams) or any(f.startswith(b"model.embed_tokens") for f in fams):
        found = _shape_of(body, b"model.embed_tokens.weight")
        width = f", hidden {found[1][-1]}" if found and found[1] else ""
        extra = " + visual.* (vision-language)" if b"visual" in fams else ""
        return "text_encoder", None, f"keys model.layers.*{extra} → text_encoder (LLM: Qwen/Llama/Gemma/Mistral{width})"
    if b"text_model" in fams and b"vision_model" not in fams:
        return "text_encoder", None, _clip_text_rule(body)
    if (b"encoder" in fams and b'"encoder.block.0.' in body) or (b"shared" in fams and b'"shared.weight"' in body):
        return "text_encoder", None, _t5_rule(body)

    # CLIP vision
    if b"vision_model" in fams or (b"visual" in fams and b'"visual.transformer.' in body):
        tower = "vision_model.*" if b"vision_model" in fams else "visual.transformer.*"
        both = " + text tower (full CLIP)" if b"text_model" in fams or b"transformer" in fams else ""
        found = _shape_of(body, b"vision_model.post_layernorm.weight", b"visual.ln_post.weight")
        width = f", width {found[1][0]}" if found and found[1] else ""
        return "clip_vision", None, f"keys {tower}{both}{width} → clip_vision"

    # bare diffusion models
    bare = _is_bare_diffusion(body, fams)
    if bare:
        base, why = _dit_base(body, fams, b"")
        return "diffusion_model", base, f"bare keys {bare} → diffusion_model" + (f"; {why}" if why else "")

    # VAE
    if fams and all(f.startswith(b"first_stage_model.") for f in fams):
        return "vae", None, "keys first_stage_model.* only → vae"
    if b"decoder" in fams and b"encoder" in fams or b"decoder" in fams and b"post_quant_conv" in fams:
        for probe, kind in ((b'"decoder.middle.0.residual.0.gamma"', "Wan-style 3D causal VAE"),
                            (b'"decoder.up_blocks.0.res_blocks.', "LTXV VAE"),
                            (b'"decoder.conv_in.conv.', "Hunyuan Video VAE"),
                            (b'"decoder.up.', "ldm AutoencoderKL"),
                            (b'"decoder.up_blocks.', "diffusers AutoencoderKL"),
                            (b'"decoder.mid.', "ldm AutoencoderKL"),
                            (b'"decoder.conv_in.', "VAE")):
            if probe in body:
                if probe == b'"decoder.up_blocks.0.res_blocks.':
                    return "vae", "LTXV", f"keys {probe.decode().strip(chr(34))}* → vae, LTXV"
                found = _shape_of(body, b"decoder.conv_in.weight")
                lat = f", {found[1][1]} latent channels" if found and len(found[1]) > 1 else ""
                return "vae", None, f"keys encoder.* + {probe.decode().strip(chr(34))}* ({kind}{lat}) → vae"
    if b"taesd_decoder" in fams or b"taesd_encoder" in fams:
        return "vae", None, "keys taesd_decoder/taesd_encoder → vae (TAESD)"

    # upscalers
    if b"model.0" in fams and b'"model.1.sub.' in body:
        return "upscaler", None, "keys model.0.weight + model.1.sub.* → upscaler (ESRGAN, old RRDB layout)"
    if b"conv_first" in fams and (fams & {b"body", b"RRDB_trunk", b"trunk_conv", b"layers", b"conv_after_body"}):
        return "upscaler", None, "keys conv_first.* + body/RRDB_trunk/layers → upscaler (RRDBNet/SwinIR/HAT/DAT)"
    if fams == {b"body"} and b'"body.0.weight"' in body:
        return "upscaler", None, "keys body.N.* only → upscaler (SRVGG compact)"

    # an adapter whose sampled keys were all full tensors
    if b"lora_down" in body or b".lora_A." in body or b'"lora_unet_' in body:
        base, why = _lora_base(body)
        return "lora", base, "keys .lora_down./.lora_A./lora_unet_ (found by search) → lora" + \
            (f"; {why}" if why else "")
    return None, None, "no rule matched"


def _te_prefix_base(fams: set[bytes]) -> tuple[str | None, str]:
    if any(f.startswith(b"conditioner.embedders") for f in fams):
        return "SDXL", "text encoder prefix conditioner.embedders.* → SDXL"
    if b"cond_stage_model.transformer" in fams:
        return "SD 1.5", "text encoder prefix cond_stage_model.transformer.* → SD 1.5"
    if b"cond_stage_model.model" in fams:
        return "SD 2.x", "text encoder prefix cond_stage_model.model.* → SD 2.x"
    return None, ""


def _clip_text_rule(body: bytes) -> str:
    layers = next((n for n in (32, 24, 12) if b"text_model.encoder.layers.%d." % (n - 1) in body), None)
    found = _shape_of(body, b"text_model.final_layer_norm.weight")
    width = found[1][0] if found and found[1] else None
    name = {768: "CLIP-L", 1024: "CLIP-H", 1280: "CLIP-G"}.get(width, "CLIP text model")
    desc = f"{layers or '?'} layers, hidden {width or '?'}"
    return f"keys text_model.encoder.layers.* ({desc}) → text_encoder, {name}"


def _t5_rule(body: bytes) -> str:
    found = _shape_of(body, b"shared.weight")
    width = found[1][-1] if found and found[1] else None
    umt5 = b'"encoder.block.1.layer.0.SelfAttention.relative_attention_bias.weight"' in body
    name = ("UMT5" if umt5 else "T5") + {4096: "-XXL", 2048: "-XL", 1024: "-Large", 768: "-Base"}.get(width, "")
    return f"keys encoder.block.* / shared.weight (hidden {width or '?'}) → text_encoder, {name}"
