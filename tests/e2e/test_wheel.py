"""A built wheel works on its own: resources/ travels inside it as package data.

The wheel is built from this tree and installed (without dependencies) into a fresh venv
whose only link to the dev environment is a .pth line naming the dev site-packages for the
third-party dependencies; the dev tree's own l4ydesk is not reachable (no editable finder,
cwd outside the tree). Then `l4ydesk --version` and `l4ydesk analyze --json` on the sample
that came with the wheel must work.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from l4ydesk import __version__

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return done.stdout


def test_an_installed_wheel_runs_with_its_bundled_sample(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env["L4YDESK_DATA_DIR"] = str(tmp_path / "data")
    wheels = tmp_path / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)],
        tmp_path,
        env,
    )
    (wheel,) = wheels.glob("l4ydesk-*.whl")

    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(
        _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
             tmp_path, env).strip()
    )  # fmt: skip
    # Dependencies (PySide6, tree-sitter …) from the dev environment; l4ydesk from the wheel.
    (site / "dev-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # pip's --python installs into the fresh venv (its console script included).
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q"]
    _run([*pip, str(wheel)], tmp_path, env)

    where = _run(
        [str(python), "-c",
         "import l4ydesk, l4ydesk.app as a; print(l4ydesk.__file__); print(a.sample_app_dir())"],
        tmp_path,
        env,
    ).split()  # fmt: skip
    assert Path(where[0]).is_relative_to(site)  # the wheel's package, not the source tree
    sample = Path(where[1])
    assert sample.is_relative_to(site) and (sample / "app" / "page.tsx").is_file()
    assert (site / "l4ydesk" / "resources" / "inspector" / "inspector.js").is_file()

    script = target / ("Scripts/l4ydesk.exe" if os.name == "nt" else "bin/l4ydesk")
    assert _run([str(script), "--version"], tmp_path, env).strip().endswith(__version__)
    report = json.loads(_run([str(script), "analyze", str(sample), "--json"], tmp_path, env))
    types = {d["type"] for d in report["detections"]}
    assert {"product", "booking", "form"} <= types
