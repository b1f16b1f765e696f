"""The git tree SHA of a set of files, computed locally, exactly as git would.

A resumed publish compares it with the tree of the branch head: equal means the commit was
already made (by the killed run) or nothing changed, so no second commit is created, and it
costs no API call beyond reading the head.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

FILE_MODE = b"100644"
TREE_MODE = b"40000"


def blob_sha(data: bytes) -> str:
    return _object_sha(b"blob", data)


def tree_sha(files: Mapping[str, bytes]) -> str:
    """SHA-1 of the root tree holding `files` ("dir/name.ext" → bytes), all mode 100644."""
    root: dict[str, object] = {}
    for path, data in files.items():
        *folders, name = path.strip("/").split("/")
        node = root
        for folder in folders:
            child = node.setdefault(folder, {})
            assert isinstance(child, dict), f"{path} clashes with a file"
            node = child
        node[name] = data
    return _tree(root)


def _tree(node: Mapping[str, object]) -> str:
    # git orders entries by name, a folder as if its name ended with "/".
    def key(item: tuple[str, object]) -> bytes:
        name, value = item
        return name.encode() + (b"/" if isinstance(value, dict) else b"")

    body = bytearray()
    for name, value in sorted(node.items(), key=key):
        if isinstance(value, dict):
            mode, sha = TREE_MODE, _tree(value)
        else:
            assert isinstance(value, bytes)
            mode, sha = FILE_MODE, blob_sha(value)
        body += mode + b" " + name.encode() + b"\0" + bytes.fromhex(sha)
    return _object_sha(b"tree", bytes(body))


def _object_sha(kind: bytes, data: bytes) -> str:
    return hashlib.sha1(kind + b" " + str(len(data)).encode() + b"\0" + data).hexdigest()
