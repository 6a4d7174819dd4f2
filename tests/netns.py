"""A real remote client: a network namespace joined to this one by a veth pair.

:class:`RemoteMachine` makes ``ip netns add mm<random>``, a veth pair with
addresses of a random ``10.x.y.0/30`` subnet (``host_ip`` on our side,
``client_ip`` inside), and runs :mod:`netns_client` in it; its requests reach a
server bound to ``0.0.0.0`` from ``client_ip``, a peer that is not loopback, as a
second PC on the LAN would. :meth:`close` deletes the namespace and the pair.
Needs root (``ip netns``); :func:`remote_machine_or_skip` skips with the reason.
"""

from __future__ import annotations

import base64
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CLIENT = Path(__file__).with_name("netns_client.py")


def _ip(*args: str, ns: str | None = None) -> None:
    cmd = ["ip", "netns", "exec", ns, "ip", *args] if ns else ["ip", *args]
    subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=20)


class RemoteMachine:
    """Another "machine": a network namespace with a client process, reachable over a veth pair."""

    def __init__(self):
        tag = f"{os.getpid() % 10000:04d}{random.randrange(16 ** 4):04x}"
        self.ns, self.host_if, self.ns_if = f"mm{tag}", f"mmh{tag}", f"mmr{tag}"
        a, b = random.randrange(64, 250), random.randrange(0, 63) * 4
        self.host_ip, self.client_ip = f"10.{a}.{b}.1", f"10.{a}.{b}.2"
        self.proc: subprocess.Popen | None = None
        _ip("netns", "add", self.ns)
        try:
            _ip("link", "add", self.host_if, "type", "veth", "peer", "name", self.ns_if)
            _ip("link", "set", self.ns_if, "netns", self.ns)
            _ip("addr", "add", f"{self.host_ip}/30", "dev", self.host_if)
            _ip("link", "set", self.host_if, "up")
            _ip("addr", "add", f"{self.client_ip}/30", "dev", self.ns_if, ns=self.ns)
            _ip("link", "set", self.ns_if, "up", ns=self.ns)
            _ip("link", "set", "lo", "up", ns=self.ns)
            self.proc = subprocess.Popen(["ip", "netns", "exec", self.ns, sys.executable, "-u", str(CLIENT)],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        except BaseException:
            self.close()
            raise

    def request(self, method: str, port: int, path: str, headers: dict | None = None,
                body: bytes | None = None, timeout: float = 30) -> dict:
        """One request from inside the namespace to ``host_ip:port``: ``{"status", "headers", "body": bytes}``."""
        req = {"host": self.host_ip, "port": port, "method": method, "path": path, "headers": headers or {},
               "body": base64.b64encode(body).decode() if body is not None else None, "timeout": timeout}
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        reply = json.loads(self.proc.stdout.readline())
        if "error" in reply:
            raise OSError(reply["error"])
        reply["body"] = base64.b64decode(reply["body"])
        return reply

    def close(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(5)
            self.proc = None
        subprocess.run(["ip", "netns", "del", self.ns], capture_output=True, timeout=20)
        # deleting the namespace deletes its end of the pair, and so the pair; make sure
        subprocess.run(["ip", "link", "del", self.host_if], capture_output=True, timeout=20)


def remote_machine_or_skip() -> RemoteMachine:
    """A :class:`RemoteMachine`, or ``pytest.skip`` saying why there cannot be one here."""
    if os.geteuid() != 0:
        pytest.skip("the remote-client tests need root: they make a network namespace and a veth pair "
                    "(ip netns add); run them as root or in a root container")
    if shutil.which("ip") is None:
        pytest.skip("the remote-client tests need iproute2's `ip` command (ip netns)")
    try:
        return RemoteMachine()
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"cannot make a network namespace here ({' '.join(exc.cmd)}: {exc.stderr.strip()})")
