"""Finding Node.js and npm: the bundled one by default, a configured one when set, clear errors."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from conftest import MakeFakeNode, make_script

from l4ydesk.core.preview.errors import NodeMissingError, NodeTooOldError
from l4ydesk.core.preview.node import (
    MIN_NODE_VERSION,
    NodeRuntime,
    bundled_node,
    find_node,
    parse_node_version,
)


def find(configured: Path | None = None) -> NodeRuntime:
    return asyncio.run(find_node(configured))


def test_the_bundled_node_is_used_by_default() -> None:
    runtime = find()
    assert runtime.bundled
    assert runtime.node == bundled_node()
    assert runtime.version >= MIN_NODE_VERSION
    assert runtime.npm_cli.name == "npm-cli.js" and runtime.npm_cli.is_file()


def test_a_configured_node_overrides_the_bundled_one(fake_node: MakeFakeNode) -> None:
    fake = fake_node(version="v22.3.0")
    runtime = find(fake.node)
    assert not runtime.bundled
    assert runtime.node == fake.node
    assert runtime.version == (22, 3, 0) and runtime.version_text == "22.3.0"
    assert runtime.npm_cli == fake.prefix / "lib/node_modules/npm/bin/npm-cli.js"


@pytest.mark.parametrize("folder", ["", "bin"])
def test_a_configured_folder_works_too(fake_node: MakeFakeNode, folder: str) -> None:
    fake = fake_node()
    assert find(fake.prefix / folder).node == fake.node


def test_a_missing_node_says_where_it_looked_and_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(NodeMissingError) as caught:
        find(tmp_path / "nowhere" / "node")
    message = str(caught.value)
    assert f"Node.js was not found at {tmp_path / 'nowhere' / 'node'}." in message
    assert "Clear the Node.js setting" in message


def test_an_old_node_is_refused_with_both_versions(fake_node: MakeFakeNode) -> None:
    fake = fake_node(version="v16.20.2")
    with pytest.raises(NodeTooOldError) as caught:
        find(fake.node)
    assert caught.value.version == (16, 20, 2)
    message = str(caught.value)
    assert message.startswith(f"Node.js 16.20.2 at {fake.node} is too old")
    assert "needs Node.js 18.18.0 or newer" in message


@pytest.mark.parametrize(("version", "ok"), [("v18.17.1", False), ("v18.18.0", True)])
def test_the_minimum_is_18_18(fake_node: MakeFakeNode, version: str, ok: bool) -> None:
    fake = fake_node(version=version)
    if ok:
        assert find(fake.node).version == (18, 18, 0)
    else:
        with pytest.raises(NodeTooOldError):
            find(fake.node)


def test_a_program_that_is_not_node(fake_node: MakeFakeNode) -> None:
    fake = fake_node(version="")
    make_script(fake.node, "#!/bin/sh\necho 'Python 3.11.7'\n")
    with pytest.raises(NodeMissingError, match=r"did not report a Node\.js version"):
        find(fake.node)


def test_a_node_that_fails(fake_node: MakeFakeNode) -> None:
    fake = fake_node()
    make_script(fake.node, "#!/bin/sh\necho 'node: bad option' >&2\nexit 9\n")
    with pytest.raises(NodeMissingError, match=r"failed to run \(exit code 9\)"):
        find(fake.node)


def test_a_file_that_cannot_be_run(tmp_path: Path) -> None:
    node = tmp_path / "node"
    node.write_text("not a program")
    node.chmod(0o644)
    with pytest.raises(NodeMissingError, match="cannot be run"):
        find(node)


def test_node_without_npm(fake_node: MakeFakeNode) -> None:
    fake = fake_node(with_npm=False)
    with pytest.raises(NodeMissingError, match=r"npm was not found next to Node\.js"):
        find(fake.node)


def test_npm_linked_beside_node_like_linux_distributions(tmp_path: Path) -> None:
    share = make_script(tmp_path / "usr/share/nodejs/npm/bin/npm-cli.js", "// npm\n")
    make_script(tmp_path / "usr/bin/node", "#!/bin/sh\necho v20.19.2\n")
    (tmp_path / "usr/bin/npm").symlink_to(share)
    assert find(tmp_path / "usr/bin/node").npm_cli == share


def test_parse_node_version() -> None:
    assert parse_node_version("v24.19.0\n") == (24, 19, 0)
    assert parse_node_version("20.1.2") is None
    assert parse_node_version("Python 3.11.7") is None
    assert parse_node_version("hello") is None
