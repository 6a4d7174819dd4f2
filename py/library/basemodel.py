"""The base model (SD 1.5, SDXL, Flux.1, ...) of a safetensors file: from ``__metadata__``
first, else from its keys. Called by :func:`.classify.classify`, which says the order.

Metadata: ``modelspec.architecture`` (``stable-diffusion-xl-v1-base/lora`` ...),
kohya's ``ss_base_model_version``, ``ss_v2``. From keys (``P`` = ``model.diffusion_model.`` or none):
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

from .tensorkeys import FIRST_KEY, NEXT_KEY, shape_of


def base_from_metadata(md: dict | None) -> tuple[str | None, str | None, str]:
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




CONTEXT_DIM = {768: "SD 1.5", 1024: "SD 2.x", 2048: "SDXL", 1280: "SDXL Refiner"}


def unet_base(body: bytes, prefix: bytes) -> tuple[str | None, str]:
    """(base, rule text) of a UNet by its cross-attention width (``attn2.to_k.weight`` shape[1])."""
    found = shape_of(body, b"attn2.to_k.weight", prefix=prefix)
    if found and len(found[1]) == 2 and found[1][1] in CONTEXT_DIM:
        key, shape = found
        base = CONTEXT_DIM[shape[1]]
        return base, f"{key.decode(errors='replace')} shape {shape} (context {shape[1]}) → {base}"
    return None, ""


def dit_base(body: bytes, fams: set[bytes], p: bytes) -> tuple[str | None, str]:
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
        return unet_base(body, p)
    return None, ""


def lora_base(body: bytes) -> tuple[str | None, str]:
    """(base, rule text) of a LoRA-like adapter: by key names, else by a down matrix's width."""
    # Key names only (newline-separated), about half the header: the searches below
    # mostly miss, and a miss costs a scan of everything searched.
    first = FIRST_KEY.match(body)
    names = b"\n" + (first.group(1) if first else b"") + b"\n" + b"\n".join(NEXT_KEY.findall(body)) + b"\n"
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
        return shape_of(body, *present) if present else None

    down = (b"attn2_to_k.lora_down.weight", b"attn2.to_k.lora_down.weight", b"attn2.to_k.lora_A.weight",
            b"attn2_to_k.lora_A.weight", b"attn2.to_k.lora.down.weight", b"attn2.processor.to_k_lora.down.weight",
            b"attn2_to_k.hada_w1_b", b"attn2.to_k.hada_w1_b")
    found = lookup(*down) if b"attn2" in names else None
    if found and len(found[1]) >= 2 and found[1][1] in CONTEXT_DIM:
        key, shape = found
        base = CONTEXT_DIM[shape[1]]
        return base, f"{key.decode(errors='replace')} shape {shape} (context {shape[1]}) → {base}"
    te = lookup(b"self_attn_q_proj.lora_down.weight", b"self_attn.q_proj.lora_down.weight",
               b"self_attn.q_proj.lora_A.weight") if b"q_proj" in names else None
    if te and len(te[1]) >= 2 and te[1][1] in (768, 1024):
        base = "SD 1.5" if te[1][1] == 768 else "SD 2.x"
        return base, f"{te[0].decode(errors='replace')} shape {te[1]} (CLIP width {te[1][1]}) → {base}"
    return None, ""


def te_prefix_base(fams: set[bytes]) -> tuple[str | None, str]:
    """(base, rule text) of a checkpoint by the prefix of its text encoder's keys."""
    if any(f.startswith(b"conditioner.embedders") for f in fams):
        return "SDXL", "text encoder prefix conditioner.embedders.* → SDXL"
    if b"cond_stage_model.transformer" in fams:
        return "SD 1.5", "text encoder prefix cond_stage_model.transformer.* → SD 1.5"
    if b"cond_stage_model.model" in fams:
        return "SD 2.x", "text encoder prefix cond_stage_model.model.* → SD 2.x"
    return None, ""
