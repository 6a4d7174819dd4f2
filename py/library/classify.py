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

Base-model rules: :mod:`.basemodel`; reading keys and shapes from the bytes: :mod:`.tensorkeys`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .basemodel import base_from_metadata, dit_base, lora_base, te_prefix_base, unet_base
from .header import metadata_span
from .tensorkeys import ADAPTER_KEY, SHAPE, body_without_metadata, families, sample_keys, shape_of

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


# --------------------------------------------------------------------------- classify

def classify(raw_header: bytes, metadata: dict | None = None, filename: str = "") -> Classification:
    """Classify a safetensors file from its raw header (see the module docstring).

    ``metadata`` is the ``__metadata__`` map when the caller already has it (from
    :func:`.header.header_metadata`); ``{}`` tells that there is none, None lets
    this function look. ``filename`` is accepted for callers' convenience and only
    mentioned in no rule: names lie too often to decide anything.
    """
    raw = bytes(raw_header)
    if metadata is None:
        span = metadata_span(raw)
        metadata = span[2] if span else {}
    body = body_without_metadata(raw, metadata)
    md_base, md_arch, md_rule = base_from_metadata(metadata)

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
        fams = families(body)
        if b"emb_params" in fams or b"string_to_param" in fams:
            m = SHAPE.search(body)
            dims = [int(x) for x in m.group(1).split(b",") if x.strip()] if m else []
            width = dims[-1] if dims else None
            base = {768: "SD 1.5", 1024: "SD 2.x"}.get(width)
            return "embedding", base, f"key emb_params/string_to_param (width {width}) → embedding" + \
                (f", {base}" if base else "")
        if b"clip_l" in fams and b"clip_g" in fams and len(fams) <= 3:
            return "embedding", "SDXL", "keys clip_l + clip_g only → embedding, SDXL"

    samples = sample_keys(body)
    adapter = next((k for k in samples if ADAPTER_KEY.search(k)), None)
    if adapter is not None:
        if b'"lora_controlnet"' in body:
            base, why = unet_base(body, b"")
            return "controlnet", base, "keys lora_controlnet + LoRA pairs → controlnet (Control-LoRA)" + \
                (f"; {why}" if why else "")
        base, why = lora_base(body) if want_base else (None, "")
        rule = f"adapter key {adapter.decode(errors='replace')} → lora" + (f"; {why}" if why else "")
        return "lora", base, rule

    fams = families(body)
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
        base, why = unet_base(body, b"")
        return "controlnet", base, f"keys {names} → controlnet" + (f"; {why}" if why else "")
    if b"body" in fams and b'"body.0.resnets.' in body or b"adapter" in fams and b'"adapter.body.' in body:
        return "controlnet", None, "keys body.N.resnets (T2I-Adapter) → controlnet"

    # checkpoint / diffusion model with ComfyUI's UNet prefix
    if dit:
        base, why = dit_base(body, dit, mdm)
        parts = ["model.diffusion_model.*"]
        if has_vae:
            parts.append("first_stage_model.*" if any(f.startswith(b"first_stage_model.") for f in fams) else "vae.*")
        parts += [t.decode() + "*" for t in te]
        if not base and te:
            base, why = te_prefix_base(fams)
        if has_vae or te:
            return "checkpoint", base, f"keys {' + '.join(parts)} → checkpoint" + (f"; {why}" if why else "")
        return "diffusion_model", base, "keys model.diffusion_model.* without VAE/text encoder → diffusion_model" + \
            (f"; {why}" if why else "")

    # text encoders before VAE / clip_vision: T5 has encoder.*, Qwen-VL has visual.*
    if any(f.startswith(b"model.layers") for f in fams) or any(f.startswith(b"model.embed_tokens") for f in fams):
        found = shape_of(body, b"model.embed_tokens.weight")
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
        found = shape_of(body, b"vision_model.post_layernorm.weight", b"visual.ln_post.weight")
        width = f", width {found[1][0]}" if found and found[1] else ""
        return "clip_vision", None, f"keys {tower}{both}{width} → clip_vision"

    # bare diffusion models
    bare = _is_bare_diffusion(body, fams)
    if bare:
        base, why = dit_base(body, fams, b"")
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
                found = shape_of(body, b"decoder.conv_in.weight")
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
        base, why = lora_base(body)
        return "lora", base, "keys .lora_down./.lora_A./lora_unet_ (found by search) → lora" + \
            (f"; {why}" if why else "")
    return None, None, "no rule matched"


def _clip_text_rule(body: bytes) -> str:
    layers = next((n for n in (32, 24, 12) if b"text_model.encoder.layers.%d." % (n - 1) in body), None)
    found = shape_of(body, b"text_model.final_layer_norm.weight")
    width = found[1][0] if found and found[1] else None
    name = {768: "CLIP-L", 1024: "CLIP-H", 1280: "CLIP-G"}.get(width, "CLIP text model")
    desc = f"{layers or '?'} layers, hidden {width or '?'}"
    return f"keys text_model.encoder.layers.* ({desc}) → text_encoder, {name}"


def _t5_rule(body: bytes) -> str:
    found = shape_of(body, b"shared.weight")
    width = found[1][-1] if found and found[1] else None
    umt5 = b'"encoder.block.1.layer.0.SelfAttention.relative_attention_bias.weight"' in body
    name = ("UMT5" if umt5 else "T5") + {4096: "-XXL", 2048: "-XL", 1024: "-Large", 768: "-Base"}.get(width, "")
    return f"keys encoder.block.* / shared.weight (hidden {width or '?'}) → text_encoder, {name}"
