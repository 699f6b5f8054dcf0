"""`unicc build` for the test suites without starting Python each time.

The suites build thousands of programs; each `python -m unicc build` spends
about a second starting the interpreter and importing mypy, llvmlite and the
compiler before it compiles anything.  A server started once per test worker
imports them once and forks a child per build: every build still runs in a
fresh process of its own (its own environment, working directory and exit
status; nothing a build leaves behind reaches the next), only the imports are
shared.  The child runs `unicc.cli.main` as `python -m unicc` would.

Protocol, one JSON line each way per build: {"args", "cwd", "env", "out",
"err"} in; {"pid"} when the child is started, then {"status"} when it ends.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
from pathlib import Path

SERVER = r"""
import json, os, sys, traceback
if sys.path and sys.path[0] == "":   # the working directory, as python -m unicc drops it
    del sys.path[0]
import unicc.cli, unicc.driver, unicc.run.qemu   # the imports every build shares

def child(req):
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)   # the requests are the server's
    os.chdir(req["cwd"])
    os.environ.clear()
    os.environ.update(req["env"])
    for fd, path in ((1, req["out"]), (2, req["err"])):
        f = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(f, fd)
        os.close(f)
    try:
        status = unicc.cli.main(req["args"])
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)

for line in sys.stdin:
    req = json.loads(line)
    pid = os.fork()
    if pid == 0:
        child(req)
    print(json.dumps({"pid": pid}), flush=True)
    _, wstatus = os.waitpid(pid, 0)
    print(json.dumps({"status": os.waitstatus_to_exitcode(wstatus)}), flush=True)
"""


class BuildServer:
    def __init__(self, python: str, env: dict[str, str], cwd: Path) -> None:
        self.proc = subprocess.Popen([python, "-c", SERVER], cwd=cwd, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.pending = b""   # read from the server, not yet a whole line

    def alive(self) -> bool:
        return self.proc.poll() is None

    def build(self, args: list[str], cwd: Path, env: dict[str, str], out: Path, err: Path,
              timeout: float) -> int | None:
        """The exit status of `unicc ARGS` (negative: killed by that signal);
        None when it ran past `timeout` seconds (it is killed)."""
        assert self.proc.stdin is not None
        req = {"args": args, "cwd": str(cwd), "env": env, "out": str(out), "err": str(err)}
        self.proc.stdin.write(json.dumps(req).encode() + b"\n")
        self.proc.stdin.flush()
        started = self.reply(None)
        assert started is not None
        pid = started["pid"]
        done = self.reply(timeout)
        if done is None:
            os.kill(pid, signal.SIGKILL)
            self.reply(None)
            return None
        return int(done["status"])

    def reply(self, timeout: float | None) -> dict[str, int] | None:
        """The server's next line (None: none within `timeout` seconds)."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.pending:
            if not select.select([fd], [], [], timeout)[0]:
                return None
            chunk = os.read(fd, 4096)
            if not chunk:
                raise RuntimeError("the build server ended")
            self.pending += chunk
        line, _, self.pending = self.pending.partition(b"\n")
        return dict(json.loads(line))

    def close(self) -> None:
        if self.alive():
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=10)


_server: BuildServer | None = None


def server(python: str, env: dict[str, str], cwd: Path) -> BuildServer:
    """This process's build server, started on first use."""
    global _server
    if _server is None or not _server.alive():
        _server = BuildServer(python, env, cwd)
    return _server


def stop() -> None:
    if _server is not None:
        _server.close()

