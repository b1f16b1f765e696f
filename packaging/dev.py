#!/usr/bin/env python3
"""One-command set-up: `python3 packaging/dev.py app` runs l4ydesk, `... test` runs the tests.

Both create `.venv` beside the project (once), install l4ydesk with what it needs whenever
pyproject.toml changed, and then run. Only the standard library is used here, so this works
with a bare Python 3.11+.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".l4ydesk-installed"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 (this script runs on whatever python3 is)
        sys.exit(f"l4ydesk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not venv_python().exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing l4ydesk and what it needs (the first run takes minutes) …", flush=True)
        pip = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
        STAMP.write_text(wanted)
    return venv_python()


def ensure_postgresql() -> None:
    """The platform API tests also run on a real PostgreSQL: install Debian's where missing.

    Only as root on a Debian-like system (CI, fresh machines); elsewhere the tests say how to
    get it and skip that half.
    """
    import glob
    import shutil

    if glob.glob("/usr/lib/postgresql/*/bin/initdb") or shutil.which("initdb"):
        return
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"):
        print(
            "note: no PostgreSQL found; install it (Debian: apt-get install postgresql) "
            "to run the PostgreSQL half of the platform API tests.",
            flush=True,
        )
        return
    print("Installing PostgreSQL (Debian's postgresql package) for the tests …", flush=True)
    quiet = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=False, env=quiet)
    subprocess.run(
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"],
        check=False,
        env=quiet,
    )


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test"}:
        print(__doc__)
        return 2
    python = ensure_environment()
    if argv[0] == "app":
        return subprocess.call([str(python), "-m", "l4ydesk", *argv[1:]])
    ensure_postgresql()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    pytest = [str(python), "-m", "pytest", *argv[1:]]
    chosen = any(arg in ("-m", "-k") or (ROOT / arg.split("::")[0]).exists() for arg in argv[1:])
    if chosen:
        return subprocess.call(pytest, cwd=ROOT, env=env)  # the caller chose what to run
    # The whole suite. The slow tests spend most of their time waiting on npm and `next build`
    # (child processes on the other core), so they run beside the rest in a second pytest
    # process, whose report is printed when both are done; tests marked `isolated` then get a
    # pytest process of their own.
    with tempfile.TemporaryFile("w+") as slow_report:
        slow = subprocess.Popen(
            [*pytest, "-m", "slow and not isolated"],
            cwd=ROOT,
            env=env,
            stdout=slow_report,
            stderr=subprocess.STDOUT,
            text=True,
        )
        rest = subprocess.call([*pytest, "-m", "not slow and not isolated"], cwd=ROOT, env=env)
        slow_status = slow.wait()
        slow_report.seek(0)
        print("\n--- the slow tests (npm, next build), run beside the rest ---", flush=True)
        sys.stdout.write(slow_report.read())
        sys.stdout.flush()
    isolated = subprocess.call([*pytest, "-m", "isolated"], cwd=ROOT, env=env)
    return rest or slow_status or isolated


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
