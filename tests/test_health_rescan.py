"""A duplicate stays deletable after the library is scanned again (a diff scan keeps the
computed SHA-256 of unchanged files)."""

import hashlib

from test_health import HEALTH, scan, sick  # noqa: F401  (the fixture)


async def test_duplicate_cleanup_after_a_second_scan(sick):  # noqa: F811
    await scan(sick)
    await scan(sick)
    sha = hashlib.sha256(sick.dup).hexdigest()
    ref = {"folder": "loras", "pathIndex": 0, "relativePath": "sub/a-copy.safetensors"}
    _, body = await sick.call("POST", f"{HEALTH}/duplicates/delete", json={"sha256": sha, "delete": [ref]})
    assert body["success"], body
    assert not (sick.models_dir / "loras" / "sub" / "a-copy.safetensors").exists()


async def test_duplicate_cleanup_after_a_full_scan_and_a_bulk_rescan(sick):  # noqa: F811
    await scan(sick, mode="full")
    await scan(sick, folder="loras", mode="full")
    await sick.call("POST", "/model-manager/models/bulk", json={"action": "rescan", "models": [
        {"folder": "checkpoints", "pathIndex": 0, "relativePath": "used.safetensors"}]})
    await scan(sick)
    sha = hashlib.sha256(sick.dup).hexdigest()
    ref = {"folder": "loras", "pathIndex": 0, "relativePath": "sub/a-copy.safetensors"}
    _, body = await sick.call("POST", f"{HEALTH}/duplicates/delete", json={"sha256": sha, "delete": [ref]})
    assert body["success"], body
