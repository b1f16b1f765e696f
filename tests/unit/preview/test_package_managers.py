"""Choosing the package manager, its command lines, the dev flags, scripts and the environment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from l4ydesk.core.preview.dev_command import dev_command
from l4ydesk.core.preview.managers import (
    DEFAULT_PNPM,
    YARN_BERRY,
    YARN_CLASSIC,
    choose_manager,
    install_step,
    lockfile_out_of_date,
    peer_conflicts,
)
from l4ydesk.core.preview.node import minimal_env
from l4ydesk.core.preview.scripts import (
    PreviewOptions,
    blamed_packages,
    load_options,
    packages_with_scripts,
    save_options,
    scripts_note,
)

CACHE = {"npm": "/c/npm", "pnpm": "/c/pnpm", "yarn": "/c/yarn"}
PACKAGE = b'{"name": "x", "dependencies": {"next": "15.5.29"}}'


def package(**fields: object) -> bytes:
    return json.dumps({"name": "x", **fields}).encode()


@pytest.mark.parametrize(
    ("files", "name", "version", "lockfile"),
    [
        ({"pnpm-lock.yaml": b"lockfileVersion: '9.0'\n"}, "pnpm", DEFAULT_PNPM, "pnpm-lock.yaml"),
        ({"pnpm-lock.yaml": b"lockfileVersion: '6.0'\n"}, "pnpm", "8.15.9", "pnpm-lock.yaml"),
        ({"yarn.lock": b"# yarn lockfile v1\n"}, "yarn", YARN_CLASSIC, "yarn.lock"),
        ({"yarn.lock": b"__metadata:\n  version: 8\n"}, "yarn", YARN_BERRY, "yarn.lock"),
        ({"package-lock.json": b"{}"}, "npm", None, "package-lock.json"),
        ({}, "npm", None, None),
        # v0 apps often carry both: pnpm is what Vercel builds them with.
        (
            {"package-lock.json": b"{}", "pnpm-lock.yaml": b"lockfileVersion: '9.0'"},
            "pnpm",
            DEFAULT_PNPM,
            "pnpm-lock.yaml",
        ),
    ],
)
def test_the_lockfile_chooses_the_manager(
    files: dict[str, bytes], name: str, version: str | None, lockfile: str | None
) -> None:
    plan = choose_manager({"package.json": PACKAGE, **files})
    assert (plan.name, plan.version, plan.lockfile) == (name, version, lockfile)


def test_package_manager_field_names_the_version() -> None:
    plan = choose_manager(
        {
            "package.json": package(packageManager="pnpm@9.15.4+sha512.b2dc20e2fc72b3e18848"),
            "pnpm-lock.yaml": b"lockfileVersion: '9.0'",
        }
    )
    assert (plan.name, plan.version, plan.lockfile) == ("pnpm", "9.15.4", "pnpm-lock.yaml")
    ranged = choose_manager({"package.json": package(packageManager="pnpm@^9")})
    assert (ranged.name, ranged.version) == ("npm", None)  # no exact version: the lockfile rules


def test_bun_falls_back_to_lenient_npm_with_a_sentence() -> None:
    for files in ({"bun.lockb": b"\0"}, {"package.json": package(packageManager="bun@1.3.14")}):
        plan = choose_manager({"package.json": PACKAGE, **files})
        assert plan.name == "npm" and plan.lockfile is None
        assert "Bun" in plan.notes[0] and "not support" in plan.notes[0]


def test_install_commands() -> None:
    pnpm = choose_manager({"package.json": PACKAGE, "pnpm-lock.yaml": b"lockfileVersion: '9.0'"})
    frozen = install_step(pnpm, CACHE, frozen=True, scripts=False, lenient=False)
    assert frozen.shown("pnpm") == "pnpm install --frozen-lockfile --ignore-scripts"
    assert "/c/pnpm" in frozen.args
    thawed = install_step(pnpm, CACHE, frozen=False, scripts=True, lenient=False)
    assert thawed.shown("pnpm") == "pnpm install --no-frozen-lockfile"
    npm = choose_manager({"package.json": PACKAGE})
    lenient = install_step(npm, CACHE, frozen=False, scripts=False, lenient=True)
    assert lenient.shown("npm") == "npm install --legacy-peer-deps --ignore-scripts"
    berry = choose_manager({"package.json": PACKAGE, "yarn.lock": b"__metadata:\n"})
    step = install_step(berry, CACHE, frozen=True, scripts=False, lenient=False)
    assert step.args == ("install", "--immutable")
    assert step.env["YARN_ENABLE_SCRIPTS"] == "false"
    assert step.env["YARN_NODE_LINKER"] == "node-modules"


def test_outdated_lockfiles_are_recognised() -> None:
    pnpm = choose_manager({"package.json": PACKAGE, "pnpm-lock.yaml": b"lockfileVersion: '9.0'"})
    outdated = [
        ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because '
        "pnpm-lock.yaml is not up to date with package.json"
    ]
    assert lockfile_out_of_date(pnpm, outdated)
    assert not lockfile_out_of_date(pnpm, [" ERR_PNPM_FETCH_404  GET https://registry/x: 404"])


def test_peer_conflicts_from_npm_and_pnpm() -> None:
    npm = [
        "npm error code ERESOLVE",
        "npm error While resolving: my-v0-project@0.1.0",
        "npm error Found: react@19.2.9",
        "npm error Could not resolve dependency:",
        'npm error peer react@"^16.8 || ^17.0 || ^18.0" from vaul@0.9.9',
    ]
    assert peer_conflicts(npm) == [
        'vaul@0.9.9 wants react@"^16.8 || ^17.0 || ^18.0" but the app has react@19.2.9'
    ]
    pnpm = [
        " WARN  Issues with peer dependencies found",
        ".",
        "└─┬ react-day-picker 8.10.1",
        '  └── ✕ unmet peer date-fns@"^2.28.0 || ^3.0.0": found 4.1.0',
    ]
    assert peer_conflicts(pnpm) == [
        'react-day-picker@8.10.1 wants date-fns@"^2.28.0 || ^3.0.0" (found 4.1.0)'
    ]


def write_package(folder: Path, name: str, scripts: dict[str, str] | None = None) -> None:
    folder.mkdir(parents=True)
    manifest: dict[str, object] = {"name": name, "version": "1.0.0"}
    if scripts:
        manifest["scripts"] = scripts
    (folder / "package.json").write_text(json.dumps(manifest))


def test_packages_with_install_scripts_in_npm_and_pnpm_layouts(tmp_path: Path) -> None:
    modules = tmp_path / "node_modules"
    write_package(modules / "sharp", "sharp", {"install": "node install/check"})
    write_package(modules / "clsx", "clsx", {"build": "tsup"})
    write_package(modules / "@scope" / "native", "@scope/native", {"postinstall": "node-gyp"})
    write_package(modules / "clsx" / "node_modules" / "inner", "inner", {"preinstall": "x"})
    write_package(
        modules / ".pnpm" / "esbuild@0.25.0" / "node_modules" / "esbuild",
        "esbuild",
        {"postinstall": "node install.js"},
    )
    gyp = modules / "gyp-only"
    write_package(gyp, "gyp-only")
    (gyp / "binding.gyp").write_text("{}")
    (modules / "linked").symlink_to(modules / "sharp")  # pnpm's links are not counted twice
    assert packages_with_scripts(tmp_path) == [
        "@scope/native",
        "esbuild",
        "gyp-only",
        "inner",
        "sharp",
    ]
    note = scripts_note(["esbuild", "sharp"])
    assert note is not None and "2 packages have one that did not run (esbuild, sharp)" in note
    assert scripts_note([]) is None
    assert blamed_packages(["esbuild", "sharp"], ["Error: Could not load the sharp module"]) == [
        "sharp"
    ]


def test_install_scripts_choice_is_kept_per_app(tmp_path: Path) -> None:
    assert load_options(tmp_path, "shop") == PreviewOptions(allow_install_scripts=False)
    save_options(tmp_path, "shop", PreviewOptions(allow_install_scripts=True))
    assert load_options(tmp_path, "shop").allow_install_scripts
    assert not load_options(tmp_path, "other").allow_install_scripts


def test_minimal_environment_keeps_no_secrets() -> None:
    env = {
        "PATH": "/usr/bin",
        "HOME": "/home/u",
        "LANG": "en_US.UTF-8",
        "LC_ALL": "C",
        "HTTPS_PROXY": "http://proxy:3128",
        "OPENAI_API_KEY": "sk-secret",
        "AWS_SECRET_ACCESS_KEY": "secret",
        "GITHUB_TOKEN": "ghp_secret",
        "NODE_ENV": "production",  # would make npm skip dev dependencies
        "NODE_OPTIONS": "--require /tmp/evil.js",
    }
    assert minimal_env(env) == {
        "PATH": "/usr/bin",
        "HOME": "/home/u",
        "LANG": "en_US.UTF-8",
        "LC_ALL": "C",
        "HTTPS_PROXY": "http://proxy:3128",
    }


def next_app(tmp_path: Path, version: str, dev: str = "next dev") -> Path:
    write_package(tmp_path / "node_modules" / "next", "next")
    (tmp_path / "node_modules" / "next" / "package.json").write_text(
        json.dumps({"name": "next", "version": version})
    )
    (tmp_path / "package.json").write_text(json.dumps({"scripts": {"dev": dev}}))
    return tmp_path


@pytest.mark.parametrize(
    ("version", "dev", "turbopack", "flags", "bundler"),
    [
        ("14.2.35", "next dev", None, (), "webpack"),
        ("15.5.29", "next dev", None, (), "webpack"),
        ("15.5.29", "next dev", True, ("--turbopack",), "Turbopack"),
        ("15.5.29", "next dev --turbopack", None, ("--turbopack",), "Turbopack"),
        ("16.1.6", "next dev", None, (), "Turbopack"),
        ("16.1.6", "next dev --webpack", None, ("--webpack",), "webpack"),
        ("14.2.35", "next dev --turbo", None, ("--turbo",), "Turbopack"),
    ],
)
def test_dev_flags_follow_the_installed_next(
    tmp_path: Path,
    version: str,
    dev: str,
    turbopack: bool | None,
    flags: tuple[str, ...],
    bundler: str,
) -> None:
    command = dev_command(next_app(tmp_path, version, dev), turbopack)
    assert (command.flags, command.bundler, command.next_version) == (flags, bundler, version)


def test_npm_override_conflicts_are_said_in_a_sentence() -> None:
    from l4ydesk.core.preview.installer import _override_sentence

    sentence = _override_sentence(
        [
            "npm error code EOVERRIDE",
            "npm error Override for postcss@^8.5.25 conflicts with direct dependency",
        ]
    )
    assert sentence is not None
    assert '"overrides" entry for postcss (^8.5.25)' in sentence
    assert '"$postcss"' in sentence
    assert _override_sentence(["npm error code E404"]) is None


@pytest.mark.parametrize(
    "line",
    [
        # pnpm: the tarball's address (a version the lockfile pins was withdrawn)
        " ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/@acme/pay-core/-/pay-core-2.3.6.tgz:"
        " Not Found - 404",
        # npm 10 and 11
        "npm error 404  '@acme/pay-core@2.3.6' is not in this registry.",
        "npm error 404  The requested resource '@acme/pay-core@2.3.6' could not be found or you "
        "do not have permission to access it.",
    ],
)
def test_a_package_the_registry_lacks_is_named(line: str) -> None:
    from l4ydesk.core.preview.installer import _unpublished_sentence

    plan = choose_manager({"package.json": b"{}", "pnpm-lock.yaml": b""})
    sentence = _unpublished_sentence(plan, ["Progress: resolved 719", line, ""])
    assert sentence is not None
    assert ": @acme/pay-core 2.3.6 is not on the package registry (it answered 404" in sentence
    assert _unpublished_sentence(plan, ["npm error code E404"]) is None


def test_a_package_missing_altogether_is_named_without_a_version() -> None:
    from l4ydesk.core.preview.installer import _unpublished_sentence

    plan = choose_manager({"package.json": b"{}", "pnpm-lock.yaml": b""})
    pnpm = [
        " ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/@acme%2Fcharts-pro: Not Found - 404",
        "This error happened while installing a direct dependency of /previews/harbor-and-pine",
        "@acme/charts-pro is not in the npm registry, or you have no permission to fetch it.",
    ]
    sentence = _unpublished_sentence(plan, pnpm)
    assert sentence is not None
    assert "packages: @acme/charts-pro is not on the package registry (it answered 404" in sentence
