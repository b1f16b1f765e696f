"""pnpm and yarn for the local preview, from the npm registry into l4ydesk's own folder.

Each pinned version is installed once under `<data>/tools/<package>@<version>/` by the npm that
comes with Node.js (scripts off, into a temporary folder renamed into place, so a cancelled
download never leaves half a tool); afterwards it runs offline. The user installs nothing, and a
pnpm or yarn the user has is never touched.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

from l4ydesk.core.preview.errors import InstallFailedError
from l4ydesk.core.preview.managers import ManagerPlan
from l4ydesk.core.preview.node import NodeRuntime, child_env
from l4ydesk.core.preview.process import ChildProcess

LineCallback = Callable[[str, str], None]

# package name on the registry and its CLI script inside the package, per manager
_PACKAGES = {
    "pnpm": ("pnpm", "bin/pnpm.cjs"),
    "yarn": ("yarn", "bin/yarn.js"),
    "yarn-berry": ("@yarnpkg/cli-dist", "bin/yarn.js"),
}


def tool_package(plan: ManagerPlan) -> tuple[str, str]:
    """(registry package, CLI script path inside it) for a pnpm or yarn plan."""
    key = "yarn-berry" if plan.berry else plan.name
    return _PACKAGES[key]


def tool_cli(tools_dir: Path, plan: ManagerPlan) -> Path:
    package, script = tool_package(plan)
    folder = tools_dir / f"{package.replace('/', '+')}@{plan.version}"
    return folder / "node_modules" / package / script


async def ensure_tool(
    runtime: NodeRuntime,
    plan: ManagerPlan,
    tools_dir: Path,
    npm_cache: Path,
    on_line: LineCallback,
    timeout: float,
) -> Path:
    """The CLI script of `plan`'s pnpm or yarn, installing that version first if needed."""
    cli = tool_cli(tools_dir, plan)
    if cli.is_file():
        return cli
    package, _script = tool_package(plan)
    final = cli.parents[len(Path(package).parts) + 2]  # <tools>/<package>@<version>
    temp = final.with_name(f".{final.name}.{secrets.token_hex(4)}.tmp")
    temp.mkdir(parents=True)
    argv = [
        str(runtime.node),
        str(runtime.npm_cli),
        "install",
        f"{package}@{plan.version}",
        "--prefix",
        str(temp),
        "--cache",
        str(npm_cache),
        "--prefer-offline",
        "--ignore-scripts",
        "--no-save",
        "--no-audit",
        "--no-fund",
        "--progress=false",
    ]
    on_line("stdout", f"$ npm install {package}@{plan.version} (the {plan.name} this app needs)")
    try:
        child = await ChildProcess.spawn(argv, cwd=temp, env=child_env(runtime), on_line=on_line)
        try:
            code = await asyncio.wait_for(child.wait(), timeout)
        except BaseException:
            await child.stop(0.0)
            raise
        if code != 0 or not (temp / cli.relative_to(final)).is_file():
            raise InstallFailedError(
                f"{plan.label} could not be downloaded from the npm registry (npm exited with "
                f"code {code}). Check the internet connection, then start the preview again.",
                list(child.tail),
                command=f"npm install {package}@{plan.version}",
            )
        with contextlib.suppress(OSError):
            temp.replace(final)  # another preview may have won the race: theirs is as good
    except TimeoutError:
        raise InstallFailedError(
            f"Downloading {plan.label} took longer than {timeout:.0f} seconds. Check the "
            "internet connection, then start the preview again.",
            command=f"npm install {package}@{plan.version}",
        ) from None
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return cli
