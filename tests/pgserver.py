"""A real PostgreSQL server for tests: Debian's ``postgresql`` binaries, ``initdb`` + ``pg_ctl``
on a temporary directory and a loopback port, run as the ``postgres`` user when we are root
(``runuser -u postgres --``; PostgreSQL refuses to run as root).

``scripts/test.sh`` installs the package when it is missing; where it cannot be had, the
fixtures skip with :data:`MISSING` as the reason.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile

MISSING = "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install -y postgresql"


def find_bindir() -> str | None:
    """The directory holding ``initdb`` and ``pg_ctl`` (``$PG_BINDIR``, PATH, Debian's layout; 15 first)."""
    candidates = [os.environ.get("PG_BINDIR")]
    found = shutil.which("initdb")
    if found:
        candidates.append(os.path.dirname(os.path.realpath(found)))
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: (not p.startswith("/usr/lib/postgresql/15/"), p))
    candidates += debian
    for d in candidates:
        if d and os.path.exists(os.path.join(d, "initdb")) and os.path.exists(os.path.join(d, "pg_ctl")):
            return d
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """One throw-away PostgreSQL cluster; :meth:`start` / :meth:`stop`, :meth:`create_database`."""

    def __init__(self, bindir: str):
        self.bindir = bindir
        self.dir = tempfile.mkdtemp(prefix="mm-pg-")
        self.data = os.path.join(self.dir, "data")
        self.log = os.path.join(self.dir, "server.log")
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        self.user = "postgres"

    def _cmd(self, name: str, *args: str) -> list[str]:
        cmd = [os.path.join(self.bindir, name), *args]
        return ["runuser", "-u", "postgres", "--", *cmd] if self._as_postgres else cmd

    def start(self) -> None:
        if self._as_postgres:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root but there is no postgres user to run PostgreSQL as")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        subprocess.run(self._cmd("initdb", "-D", self.data, "-U", self.user, "-A", "trust", "-E", "UTF8",
                                 "--no-sync", "--no-instructions"),
                       check=True, capture_output=True)
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.dir} "
                   "-c fsync=off -c synchronous_commit=off -c max_connections=100")
        result = subprocess.run(self._cmd("pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", "60",
                                          "-o", options, "start"), capture_output=True, text=True)
        if result.returncode != 0:
            log = open(self.log).read() if os.path.exists(self.log) else ""
            raise RuntimeError(f"pg_ctl start failed: {result.stderr}\n{log}")

    def url(self, database: str = "postgres") -> str:
        """``postgresql://postgres@127.0.0.1:<port>/<database>`` (trust auth on loopback)."""
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """Create an empty database; returns its URL."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def version(self) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres") as conn:
            return conn.execute("SHOW server_version").fetchone()[0]

    def stop(self) -> None:
        subprocess.run(self._cmd("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"), capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)
