"""Export one commit of a mirrored repository into a folder, skipping blobs the mirror lacks.

`git archive` aborts at the first missing blob (the library's snapshots leave out big media and
committed `node_modules`), which silently truncates a checkout. This reads the tree with
`git ls-tree` and the blobs with one `git cat-file --batch`, and prints each path it could not
write, so a labelled checkout is whole wherever the source is.

    python bench/export_snapshot.py <git dir> <commit> <destination folder>
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SYMLINK_MODE = b"120000"


def tree_blobs(git_dir: str, commit: str) -> list[tuple[bytes, str, str]]:
    """(mode, sha, path) of every file in the commit's tree."""
    listing = subprocess.run(
        ["git", f"--git-dir={git_dir}", "ls-tree", "-r", "-z", commit],
        capture_output=True,
        check=True,
    ).stdout
    blobs = []
    for entry in filter(None, listing.split(b"\0")):
        meta, path = entry.split(b"\t", 1)
        mode, kind, sha = meta.split()
        if kind == b"blob":
            blobs.append((mode, sha.decode(), path.decode("utf-8", "surrogateescape")))
    return blobs


def export(git_dir: str, commit: str, destination: Path) -> list[str]:
    """Write the commit's files under `destination`; return the paths the mirror lacks."""
    missing: list[str] = []
    reader = subprocess.Popen(
        ["git", f"--git-dir={git_dir}", "cat-file", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert reader.stdin is not None and reader.stdout is not None
    for mode, sha, path in tree_blobs(git_dir, commit):
        reader.stdin.write(sha.encode() + b"\n")
        reader.stdin.flush()
        header = reader.stdout.readline().split()
        if header[-1] == b"missing":
            missing.append(path)
            continue
        data = reader.stdout.read(int(header[2]))
        reader.stdout.read(1)  # the newline after each object
        if mode == SYMLINK_MODE:
            continue  # a link could point outside the checkout
        target = destination / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    reader.stdin.close()
    reader.wait()
    return missing


def main() -> None:
    git_dir, commit, destination = sys.argv[1:4]
    for path in export(git_dir, commit, Path(destination)):
        print(f"missing\t{path}")


if __name__ == "__main__":
    main()
