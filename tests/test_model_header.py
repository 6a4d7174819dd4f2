"""model_header (bounded safetensors / GGUF header readers) and classify (architecture and
base model from the raw header bytes), on real files written with the safetensors library."""

from __future__ import annotations

import json
import struct
import time
import tracemalloc

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safetensors.numpy import save_file

from comfyui_model_manager.library import classify as classify_mod
from comfyui_model_manager.library.classify import Classification, classify, suggested_folder
from comfyui_model_manager.library.header import (
    HeaderError, header_metadata, parse_header, read_gguf_architecture, read_safetensors_header,
)


def t(*shape):
    return np.zeros(shape, dtype=np.float16)


def tiny():
    return np.zeros((1,), dtype=np.float16)


def write(tmp_path, name, tensors, metadata=None):
    path = tmp_path / name
    save_file(tensors, str(path), metadata=metadata)
    return str(path)


def classify_file(path):
    raw = read_safetensors_header(path)
    return classify(raw, header_metadata(raw), path)


# ------------------------------------------------------------------ mini models

def sd15_checkpoint():
    p = "model.diffusion_model."
    return {
        p + "input_blocks.0.0.weight": t(320, 4, 3, 3),
        p + "input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight": t(320, 768),
        p + "input_blocks.1.1.transformer_blocks.0.attn1.to_k.weight": t(4, 4),
        p + "middle_block.1.proj_in.weight": tiny(),
        p + "out.2.weight": tiny(),
        "first_stage_model.encoder.down.0.block.0.conv1.weight": tiny(),
        "first_stage_model.decoder.up.0.block.0.conv1.weight": tiny(),
        "first_stage_model.decoder.conv_in.weight": tiny(),
        "cond_stage_model.transformer.text_model.encoder.layers.0.self_attn.k_proj.weight": tiny(),
        "cond_stage_model.transformer.text_model.final_layer_norm.weight": tiny(),
    }


def sdxl_checkpoint():
    p = "model.diffusion_model."
    return {
        p + "input_blocks.0.0.weight": t(320, 4, 3, 3),
        p + "input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight": t(640, 2048),
        p + "label_emb.0.0.weight": tiny(),
        "first_stage_model.encoder.down.0.block.0.conv1.weight": tiny(),
        "first_stage_model.decoder.up.0.block.0.conv1.weight": tiny(),
        "conditioner.embedders.0.transformer.text_model.encoder.layers.0.mlp.fc1.weight": tiny(),
        "conditioner.embedders.1.model.transformer.resblocks.0.attn.in_proj_weight": tiny(),
    }


def sd3_checkpoint():
    p = "model.diffusion_model."
    return {
        p + "joint_blocks.0.context_block.attn.qkv.weight": tiny(),
        p + "x_embedder.proj.weight": tiny(),
        "first_stage_model.decoder.conv_in.weight": tiny(),
        "text_encoders.clip_l.transformer.text_model.encoder.layers.0.mlp.fc1.weight": tiny(),
    }


def flux_bare():
    return {
        "double_blocks.0.img_attn.norm.key_norm.scale": tiny(),
        "double_blocks.0.img_attn.qkv.weight": tiny(),
        "single_blocks.0.linear1.weight": tiny(),
        "img_in.weight": tiny(),
        "txt_in.weight": tiny(),
        "final_layer.linear.weight": tiny(),
    }


CASES = {
    "sd15_ckpt": (sd15_checkpoint, None, "checkpoint", "SD 1.5"),
    "sdxl_ckpt": (sdxl_checkpoint, None, "checkpoint", "SDXL"),
    "sd3_ckpt": (sd3_checkpoint, None, "checkpoint", "SD3"),
    "flux_unet": (flux_bare, None, "diffusion_model", "Flux.1"),
    "flux_prefixed": (lambda: {"model.diffusion_model." + k: v for k, v in flux_bare().items()}, None,
                      "diffusion_model", "Flux.1"),
    "sd15_unet_only": (lambda: {k: v for k, v in sd15_checkpoint().items() if k.startswith("model.")}, None,
                       "diffusion_model", "SD 1.5"),
    "chroma": (lambda: {**flux_bare(), "distilled_guidance_layer.norms.0.scale": tiny()}, None,
               "diffusion_model", "Chroma"),
    "wan": (lambda: {"blocks.0.self_attn.q.weight": tiny(), "blocks.0.cross_attn.k.weight": tiny(),
                     "head.modulation": t(1, 2, 1536), "head.head.weight": tiny(),
                     "patch_embedding.weight": tiny()}, None, "diffusion_model", "Wan"),
    "hunyuan_video": (lambda: {**flux_bare(), "txt_in.individual_token_refiner.blocks.0.norm1.weight": tiny()},
                      None, "diffusion_model", "Hunyuan Video"),
    "qwen_image": (lambda: {"transformer_blocks.0.img_mlp.net.0.proj.weight": tiny(), "txt_norm.weight": tiny(),
                            "img_in.weight": tiny()}, None, "diffusion_model", "Qwen-Image"),
    "ltxv": (lambda: {"transformer_blocks.0.attn2.to_k.weight": tiny(),
                      "adaln_single.emb.timestep_embedder.linear_1.bias": tiny()}, None, "diffusion_model", "LTXV"),
    "sdxl_lora_kohya": (lambda: {
        "lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_k.lora_down.weight": t(4, 2048),
        "lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_k.lora_up.weight": t(640, 4),
        "lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_k.alpha": tiny(),
        "lora_te1_text_model_encoder_layers_0_self_attn_q_proj.lora_down.weight": t(4, 768),
        "lora_te2_text_model_encoder_layers_0_self_attn_q_proj.lora_down.weight": t(4, 1280),
    }, None, "lora", "SDXL"),
    "sdxl_lora_unet_only_by_shape": (lambda: {
        "lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_k.lora_down.weight": t(4, 2048),
        "lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_k.lora_up.weight": t(640, 4),
    }, None, "lora", "SDXL"),
    "sd15_lora_by_shape": (lambda: {
        "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k.lora_down.weight": t(4, 768),
        "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k.lora_up.weight": t(320, 4),
        "lora_te_text_model_encoder_layers_0_self_attn_q_proj.lora_down.weight": t(4, 768),
    }, None, "lora", "SD 1.5"),
    "sd15_lora_metadata": (lambda: {
        "lora_unet_down_blocks_0_attentions_0_proj_in.lora_down.weight": t(4, 320),
    }, {"ss_base_model_version": "sd_v1", "ss_network_module": "networks.lora"}, "lora", "SD 1.5"),
    "sdxl_lora_modelspec": (lambda: {
        "lora_unet_down_blocks_0_attentions_0_proj_in.lora_down.weight": t(4, 320),
    }, {"modelspec.architecture": "stable-diffusion-xl-v1-base/lora", "modelspec.sai_model_spec": "1.0.0"},
        "lora", "SDXL"),
    "flux_lora_peft": (lambda: {
        "transformer.single_transformer_blocks.0.attn.to_k.lora_A.weight": t(4, 3072),
        "transformer.single_transformer_blocks.0.attn.to_k.lora_B.weight": t(3072, 4),
        "transformer.transformer_blocks.0.attn.add_k_proj.lora_A.weight": t(4, 3072),
    }, None, "lora", "Flux.1"),
    "flux_lora_comfy": (lambda: {
        "diffusion_model.double_blocks.0.img_attn.qkv.lora_A.weight": tiny(),
        "diffusion_model.double_blocks.0.img_attn.qkv.lora_B.weight": tiny(),
    }, None, "lora", "Flux.1"),
    "loha": (lambda: {
        "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k.hada_w1_a": t(320, 4),
        "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k.hada_w1_b": t(4, 768),
    }, None, "lora", "SD 1.5"),
    "lokr_diff": (lambda: {"diffusion_model.input_blocks.0.0.diff": tiny(),
                           "diffusion_model.input_blocks.0.0.diff_b": tiny()}, None, "lora", None),
    "vae_ldm": (lambda: {"encoder.down.0.block.0.conv1.weight": tiny(), "encoder.conv_in.weight": tiny(),
                         "decoder.conv_in.weight": t(512, 4, 3, 3), "decoder.up.0.block.0.conv1.weight": tiny(),
                         "quant_conv.weight": tiny(), "post_quant_conv.weight": tiny()}, None, "vae", None),
    "vae_prefixed": (lambda: {"first_stage_model.encoder.down.0.block.0.conv1.weight": tiny(),
                              "first_stage_model.decoder.up.0.block.0.conv1.weight": tiny()}, None, "vae", None),
    "clip_l": (lambda: {**{f"text_model.encoder.layers.{i}.mlp.fc1.weight": tiny() for i in range(12)},
                        "text_model.final_layer_norm.weight": t(768),
                        "text_model.embeddings.token_embedding.weight": tiny()}, None, "text_encoder", None),
    "clip_g": (lambda: {**{f"text_model.encoder.layers.{i}.mlp.fc1.weight": tiny() for i in range(32)},
                        "text_model.final_layer_norm.weight": t(1280),
                        "text_projection.weight": tiny()}, None, "text_encoder", None),
    "t5xxl": (lambda: {"encoder.block.0.layer.0.SelfAttention.k.weight": tiny(),
                       "encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight": tiny(),
                       "encoder.block.23.layer.1.DenseReluDense.wi_1.weight": tiny(),
                       "encoder.final_layer_norm.weight": tiny(), "shared.weight": t(8, 4096)},
              None, "text_encoder", None),
    "qwen_vl_te": (lambda: {"model.layers.0.self_attn.k_proj.bias": tiny(), "model.embed_tokens.weight": t(4, 3584),
                            "model.norm.weight": tiny(), "visual.blocks.0.attn.qkv.weight": tiny()},
                   None, "text_encoder", None),
    "controlnet_ldm": (lambda: {
        "control_model.input_hint_block.0.weight": tiny(), "control_model.zero_convs.0.0.weight": tiny(),
        "control_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight": t(320, 768),
        "control_model.middle_block_out.0.weight": tiny()}, None, "controlnet", "SD 1.5"),
    "controlnet_diffusers_sdxl": (lambda: {
        "controlnet_cond_embedding.conv_in.weight": tiny(), "controlnet_down_blocks.0.weight": tiny(),
        "down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_k.weight": t(640, 2048),
        "time_embedding.linear_1.weight": tiny()}, None, "controlnet", "SDXL"),
    "control_lora": (lambda: {
        "lora_controlnet": tiny(), "input_hint_block.0.weight": tiny(),
        "input_blocks.4.1.transformer_blocks.0.attn2.to_k.up": tiny(),
        "input_blocks.4.1.transformer_blocks.0.attn2.to_k.down": tiny(),
        "input_blocks.4.1.proj_in.lora_up.weight": tiny()}, None, "controlnet", None),
    "esrgan_old": (lambda: {"model.0.weight": tiny(), "model.0.bias": tiny(),
                            "model.1.sub.0.RDB1.conv1.0.weight": tiny(), "model.3.weight": tiny()},
                   None, "upscaler", None),
    "esrgan_new": (lambda: {"conv_first.weight": tiny(), "body.0.rdb1.conv1.weight": tiny(),
                            "conv_body.weight": tiny(), "conv_up1.weight": tiny(), "conv_last.weight": tiny()},
                   None, "upscaler", None),
    "embedding_sd15": (lambda: {"emb_params": t(2, 768)}, None, "embedding", "SD 1.5"),
    "embedding_sdxl": (lambda: {"clip_l": t(2, 768), "clip_g": t(2, 1280)}, None, "embedding", "SDXL"),
    "clip_vision_h": (lambda: {"vision_model.encoder.layers.0.layer_norm1.weight": tiny(),
                               "vision_model.embeddings.patch_embedding.weight": tiny(),
                               "vision_model.post_layernorm.weight": t(1280)}, None, "clip_vision", None),
    "unknown": (lambda: {"foo.bar": tiny(), "baz": tiny()}, None, None, None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_classify_real_files(tmp_path, name):
    make, md, arch, base = CASES[name]
    c = classify_file(write(tmp_path, name + ".safetensors", make(), md))
    assert (c.architecture, c.base_model) == (arch, base), c.rule
    assert c.rule
    if arch is None:
        assert c.rule == "no rule matched"
        assert suggested_folder(c) is None
    else:
        assert suggested_folder(c)


def test_rules_name_the_evidence(tmp_path):
    c = classify_file(write(tmp_path, "a.safetensors", sd15_checkpoint()))
    assert "model.diffusion_model" in c.rule and "first_stage_model" in c.rule and "cond_stage_model" in c.rule
    assert "[320, 768]" in c.rule
    c = classify_file(write(tmp_path, "b.safetensors", CASES["clip_l"][0]()))
    assert "CLIP-L" in c.rule and "12 layers" in c.rule and "768" in c.rule
    c = classify_file(write(tmp_path, "c.safetensors", CASES["clip_g"][0]()))
    assert "CLIP-G" in c.rule and "32 layers" in c.rule
    c = classify_file(write(tmp_path, "d.safetensors", CASES["t5xxl"][0]()))
    assert "T5-XXL" in c.rule


def test_suggested_folders():
    expect = {"checkpoint": "checkpoints", "diffusion_model": "diffusion_models", "lora": "loras", "vae": "vae",
              "text_encoder": "text_encoders", "controlnet": "controlnet", "upscaler": "upscale_models",
              "embedding": "embeddings", "clip_vision": "clip_vision"}
    for arch, folder in expect.items():
        assert suggested_folder(Classification(arch, None, "x")) == folder
    assert suggested_folder(Classification(None, None, "no rule matched")) is None


def test_metadata_strings_cannot_fake_keys(tmp_path):
    md = {"note": '{"model.diffusion_model.x": 1, "lora_unet_x": 2}', "ss_tag_frequency": '{"double_blocks.": 3}'}
    c = classify_file(write(tmp_path, "u.safetensors", {"foo": tiny()}, md))
    assert c.architecture is None and c.rule == "no rule matched"


def test_key_order_inside_tensor_objects_does_not_matter():
    raw = json.dumps({
        "model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight":
            {"data_offsets": [0, 10], "shape": [640, 2048], "dtype": "F16"},
        "first_stage_model.decoder.up.0.block.0.conv1.weight": {"shape": [1], "dtype": "F16", "data_offsets": [10, 12]},
        "conditioner.embedders.1.model.ln_final.weight": {"dtype": "F16", "data_offsets": [12, 14], "shape": [1]},
    }, indent=1).encode()
    c = classify(raw)
    assert (c.architecture, c.base_model) == ("checkpoint", "SDXL"), c.rule


# ------------------------------------------------------------------ header reader

def raw_file(tmp_path, data: bytes, name="x.safetensors"):
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


def test_reader_returns_json_and_parse_header(tmp_path):
    path = write(tmp_path, "m.safetensors", {"a.weight": t(2, 3)}, {"k": "v"})
    raw = read_safetensors_header(path)
    assert raw.startswith(b"{")
    doc = parse_header(raw)
    assert doc == {"tensors": {"a.weight": {"dtype": "F16", "shape": [2, 3]}}, "metadata": {"k": "v"}}
    assert header_metadata(raw) == {"k": "v"}


@pytest.mark.parametrize("data, message", [
    (b"", "shorter than"),
    (b"\x05\x00\x00", "shorter than"),
    (struct.pack("<Q", 0) + b"{}", "is 0"),
    (struct.pack("<Q", 50) + b"{}", "past the end"),
    (struct.pack("<Q", 2**62) + b"{}", "exceeds the limit"),
    (struct.pack("<Q", 4) + b"[1,2]", "does not start with"),
    (struct.pack("<Q", 4) + b"PK\x03\x04", "does not start with"),
])
def test_reader_refuses(tmp_path, data, message):
    with pytest.raises(HeaderError, match=message):
        read_safetensors_header(raw_file(tmp_path, data))


def test_reader_limit(tmp_path):
    body = b'{"a":{"dtype":"F16","shape":[1],"data_offsets":[0,2]}}'
    path = raw_file(tmp_path, struct.pack("<Q", len(body)) + body + b"\0\0")
    assert read_safetensors_header(path) == body
    with pytest.raises(HeaderError, match="exceeds the limit"):
        read_safetensors_header(path, max_bytes=len(body) - 1)


def test_truncated_and_non_json_headers(tmp_path):
    for body in (b'{"a":{"dtype":"F16","sha', b"{not json}", b'{"a": 1}'):
        raw = read_safetensors_header(raw_file(tmp_path, struct.pack("<Q", len(body)) + body))
        with pytest.raises(HeaderError):
            parse_header(raw)
    # a broken __metadata__ value falls back to the full parse, which refuses
    with pytest.raises(HeaderError):
        header_metadata(b'{"__metadata__":{"a":')
    assert header_metadata(b'{"x":{"dtype":"F16"}}') == {}


def test_huge_claimed_length_is_never_allocated(tmp_path):
    path = raw_file(tmp_path, struct.pack("<Q", 2**62) + b"{" + b" " * 100)
    tracemalloc.start()
    try:
        with pytest.raises(HeaderError, match="past the end"):
            read_safetensors_header(path, max_bytes=2**63)  # only the file-size check stands in the way
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.one_of(st.binary(min_size=0, max_size=8), st.integers(0, 2**64 - 1).map(lambda n: struct.pack("<Q", n))),
       tail=st.binary(max_size=200))
def test_random_files_only_raise_header_error(tmp_path, prefix, tail):
    path = raw_file(tmp_path, prefix + tail, "fuzz.safetensors")
    try:
        raw = read_safetensors_header(path)
    except HeaderError:
        return
    assert raw[:1] == b"{" and len(raw) <= len(tail)
    for fn in (parse_header, header_metadata):
        try:
            fn(raw)
        except HeaderError:
            pass
    assert isinstance(classify(raw), Classification)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300),
                 st.text(alphabet='{}[]":,. _0123456789abdelmnorstu\\', max_size=300).map(str.encode)))
def test_random_headers_never_crash(raw):
    c = classify(b"{" + raw)
    assert c.architecture in classify_mod.ARCHITECTURES + (None,)
    for fn in (parse_header, header_metadata):
        try:
            fn(b"{" + raw)
        except HeaderError:
            pass


# ------------------------------------------------------------------ speed

def realistic_checkpoint_header() -> bytes:
    """An SD 1.5-like header: ~1,100 keys, ~100 KB, compact as the Rust writer makes it."""
    keys = {}
    p = "model.diffusion_model."
    for b in range(12):
        for n in ("in_layers.0.weight", "in_layers.0.bias", "in_layers.2.weight", "in_layers.2.bias",
                  "emb_layers.1.weight", "emb_layers.1.bias", "out_layers.0.weight", "out_layers.0.bias",
                  "out_layers.3.weight", "out_layers.3.bias", "skip_connection.weight"):
            keys[f"{p}input_blocks.{b}.0.{n}"] = [320, 320, 3, 3]
            keys[f"{p}output_blocks.{b}.0.{n}"] = [320, 320, 3, 3]
        for n in ("norm.weight", "norm.bias", "proj_in.weight", "proj_out.weight", "attn1.to_q.weight",
                  "attn1.to_k.weight", "attn1.to_v.weight", "attn1.to_out.0.weight", "attn2.to_q.weight",
                  "attn2.to_k.weight", "attn2.to_v.weight", "ff.net.0.proj.weight", "norm1.weight"):
            keys[f"{p}output_blocks.{b}.1.transformer_blocks.0.{n}"] = [320, 768]
            keys[f"{p}input_blocks.{b}.1.transformer_blocks.0.{n}"] = [320, 768]
    for layer in range(12):
        for n in ("self_attn.k_proj", "self_attn.v_proj", "self_attn.q_proj", "self_attn.out_proj",
                  "mlp.fc1", "mlp.fc2", "layer_norm1", "layer_norm2"):
            for w in ("weight", "bias"):
                keys[f"cond_stage_model.transformer.text_model.encoder.layers.{layer}.{n}.{w}"] = [768, 768]
    for side in ("encoder.down", "decoder.up"):
        for b in range(4):
            for r in range(3):
                for n in ("conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "norm1.weight", "norm1.bias"):
                    keys[f"first_stage_model.{side}.{b}.block.{r}.{n}"] = [128, 128, 3, 3]
    header, off = {}, 0
    for k in sorted(keys):
        header[k] = {"dtype": "F16", "shape": keys[k], "data_offsets": [off, off + 1000]}
        off += 1000
    return json.dumps(header, separators=(",", ":")).encode()


def realistic_lora_header() -> bytes:
    header, off = {"__metadata__": {"ss_network_module": "networks.lora", "ss_base_model_version": "sdxl_base_v1-0",
                                    "ss_tag_frequency": json.dumps({"d": {f"tag{i}": i for i in range(300)}})}}, 0
    for b in range(350):
        stem = f"lora_unet_output_blocks_{b % 9}_1_transformer_blocks_{b}_attn1_to_q"
        for n, shape in ((".alpha", []), (".lora_down.weight", [16, 1280]), (".lora_up.weight", [1280, 16])):
            header[stem + n] = {"dtype": "F16", "shape": shape, "data_offsets": [off, off + 2]}
            off += 2
    return json.dumps(header, separators=(",", ":")).encode()


def test_classify_is_fast_and_never_parses_the_whole_header(monkeypatch):
    ckpt, lora = realistic_checkpoint_header(), realistic_lora_header()
    assert 80_000 < len(ckpt) < 200_000 and ckpt.count(b'"dtype"') > 800
    expected = {id(ckpt): ("checkpoint", "SD 1.5"), id(lora): ("lora", "SDXL")}

    def timed(fn, raw, n):
        start = time.perf_counter()
        for _ in range(n):
            fn(raw)
        return (time.perf_counter() - start) / n * 1e6

    report = []
    for raw in (ckpt, lora):
        t_loads = timed(json.loads, raw, 30)
        t_meta = timed(header_metadata, raw, 200)
        t_cls = timed(lambda r: classify(r, header_metadata(r)), raw, 200)
        report.append(f"{len(raw) // 1024} KB, {raw.count(b'dtype')} keys: json.loads {t_loads:.0f} µs, "
                      f"header_metadata {t_meta:.0f} µs, header_metadata+classify {t_cls:.0f} µs")
    print("\n" + "\n".join(report))

    # No full parse: json.loads is made to fail, and a header whose tail is cut off
    # (invalid JSON) still classifies from its bytes.
    def no_loads(*a, **k):
        raise AssertionError("json.loads called")

    monkeypatch.setattr(json, "loads", no_loads)
    for raw in (ckpt, lora):
        c = classify(raw, header_metadata(raw))
        assert (c.architecture, c.base_model) == expected[id(raw)], c.rule
        cut = raw[: len(raw) * 3 // 4]
        with pytest.raises(ValueError):
            json.JSONDecoder().decode(cut.decode())
        c = classify(cut, header_metadata(cut))
        assert (c.architecture, c.base_model) == expected[id(raw)], c.rule


# ------------------------------------------------------------------ GGUF

GGUF_STRING, GGUF_UINT32, GGUF_ARRAY = 8, 4, 9


def gguf_bytes(kvs, version=3, bo="<"):
    def s(b):
        return struct.pack(bo + ("I" if version == 1 else "Q"), len(b)) + b
    out = b"GGUF" + struct.pack(bo + "I", version)
    n = "I" if version == 1 else "Q"
    out += struct.pack(bo + n, 0) + struct.pack(bo + n, len(kvs))
    for key, vtype, value in kvs:
        out += s(key.encode()) + struct.pack(bo + "I", vtype)
        if vtype == GGUF_STRING:
            out += s(value.encode())
        elif vtype == GGUF_UINT32:
            out += struct.pack(bo + "I", value)
        elif vtype == GGUF_ARRAY:
            out += struct.pack(bo + "I", GGUF_STRING) + struct.pack(bo + n, len(value))
            out += b"".join(s(v.encode()) for v in value)
    return out


@pytest.mark.parametrize("version, bo", [(3, "<"), (2, "<"), (1, "<"), (3, ">")])
def test_gguf_architecture(tmp_path, version, bo):
    kvs = [("general.alignment", GGUF_UINT32, 32), ("tokenizer.ggml.tokens", GGUF_ARRAY, ["a", "bc"]),
           ("general.architecture", GGUF_STRING, "flux")]
    path = raw_file(tmp_path, gguf_bytes(kvs, version, bo), "m.gguf")
    assert read_gguf_architecture(path) == "flux"
    path = raw_file(tmp_path, gguf_bytes(kvs[:2], version, bo), "n.gguf")
    assert read_gguf_architecture(path) is None


@pytest.mark.parametrize("data, message", [
    (b"GGML\x03\x00\x00\x00", "magic"),
    (b"GGUF\x09\x00\x00\x00" + b"\0" * 16, "version"),
    (b"GGUF\x03\x00\x00\x00" + struct.pack("<QQ", 0, 2**60), "absurd"),
    (b"GGUF\x03\x00\x00\x00" + struct.pack("<QQQ", 0, 1, 2**40), "exceeds"),
    (b"GGUF\x03\x00\x00\x00" + struct.pack("<QQQ", 0, 1, 3) + b"abc" + struct.pack("<IQ", 8, 2**20), "truncated"),
    (b"GGUF\x03\x00\x00\x00" + struct.pack("<QQQ", 0, 1, 3) + b"abc" + struct.pack("<I", 99), "unknown"),
])
def test_gguf_refuses(tmp_path, data, message):
    with pytest.raises(HeaderError, match=message):
        read_gguf_architecture(raw_file(tmp_path, data, "bad.gguf"))


def test_gguf_package_cross_check(tmp_path):
    gguf = pytest.importorskip("gguf")
    path = str(tmp_path / "w.gguf")
    w = gguf.GGUFWriter(path, "qwen2")
    w.add_uint32("general.alignment", 32)
    w.add_tensor("t", np.zeros((2, 2), dtype=np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    assert read_gguf_architecture(path) == "qwen2"
