"""A fake GitHub (REST API + OAuth device flow) over REAL bare git repositories (dulwich).

Repositories live at ``<root>/<owner>/<name>.git``: every blob, tree and commit a client
creates is a real git object, and branches are real refs, so a test can clone or read back
exactly what was published, and the Vercel fake can check a commit out. Behaviour follows
docs.github.com/en/rest (API 2022-11-28); the section is cited beside each route. Requests
are served one at a time (the base class's route lock), so dulwich is never used concurrently.
"""

from __future__ import annotations

import base64
import itertools
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

from dulwich.objects import Blob, Commit, Tree
from dulwich.repo import Repo

from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Response, json_reply

DOCS = "https://docs.github.com/rest"
FILE_MODES = {"100644": 0o100644, "100755": 0o100755, "040000": 0o040000, "120000": 0o120000}


def _error(status: int, message: str, **extra: Any) -> Response:
    return json_reply(status, {"message": message, "documentation_url": DOCS, **extra})


@dataclass
class _RepoMeta:
    id: int
    owner: str
    name: str
    private: bool
    description: str
    default_branch: str = "main"


@dataclass
class _Device:
    device_code: str
    user_code: str
    client_id: str
    scope: str
    expires_at: float
    interval: int
    last_poll: float | None = None
    state: str = "pending"  # pending | approved | denied | used


class FakeGitHub(FakeHTTPServer):
    """`token` is accepted as the user `login`'s; `orgs` are organizations they belong to."""

    def __init__(
        self,
        root: Path,
        *,
        token: str = "ghp_fake0000000000000000000000000000000001",
        login: str = "octo",
        orgs: tuple[str, ...] = ("acme",),
        client_id: str = "Iv1.fakeclientid",
        device_interval: int = 5,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.root = root
        self.login = login
        self.orgs = {org.lower(): org for org in orgs}
        self.tokens = {token}
        self.client_id = client_id
        self.device_interval = device_interval
        self.clock = clock
        self.rate_limit_reset: float | None = None  # set: every API call answers 403
        self._repos: dict[tuple[str, str], _RepoMeta] = {}
        self._ids = itertools.count(1000)
        self._devices: dict[str, _Device] = {}

    # test controls --------------------------------------------------------------------------

    def add_repo(self, owner: str, name: str, *, auto_init: bool = True) -> Path:
        """A repository as if made on github.com (with a README commit when auto_init)."""
        with self._route_lock:
            meta = self._create(owner, name, private=True, description="", auto_init=auto_init)
        return self.repo_path(meta.owner, meta.name)

    def repo_path(self, owner: str, name: str) -> Path:
        return self.root / owner / f"{name}.git"

    def push(self, owner: str, name: str, branch: str, files: Mapping[str, bytes]) -> str:
        """Someone else commits on `branch` (as `git push` would): the branch moves."""
        with self._route_lock:
            repo = Repo(str(self.repo_path(owner, name)))
            try:
                ref = f"refs/heads/{branch}".encode()
                parents = [repo.refs[ref]] if ref in repo.refs else []
                tree = _write_tree(repo, {p: (0o100644, _blob(repo, c)) for p, c in files.items()})
                sha = _commit(repo, tree, parents, "Edited on GitHub", "someone")
                repo.refs[ref] = sha
                return sha.decode()
            finally:
                repo.close()

    def files_at(self, owner: str, name: str, ref: str) -> dict[str, bytes]:
        """Every file of the commit at `ref` (a branch or a sha), read back with dulwich."""
        with self._route_lock:
            repo = Repo(str(self.repo_path(owner, name)))
            try:
                target = f"refs/heads/{ref}".encode()
                sha = repo.refs[target] if target in repo.refs else ref.encode()
                commit = repo[sha]
                assert isinstance(commit, Commit)
                return {
                    path: _read_blob(repo, blob_sha)
                    for path, (_mode, blob_sha) in _flatten(repo, commit.tree).items()
                }
            finally:
                repo.close()

    def commits_on(self, owner: str, name: str, branch: str) -> list[str]:
        """The branch's history, newest first (first parents)."""
        with self._route_lock:
            repo = Repo(str(self.repo_path(owner, name)))
            try:
                ref = f"refs/heads/{branch}".encode()
                shas: list[str] = []
                sha: bytes | None = None
                if ref in repo.refs:  # refs have no .get()
                    sha = repo.refs[ref]
                while sha is not None:
                    shas.append(sha.decode())
                    commit = repo[sha]
                    assert isinstance(commit, Commit)
                    sha = commit.parents[0] if commit.parents else None
                return shas
            finally:
                repo.close()

    def repo_names(self) -> list[str]:
        return sorted(f"{m.owner}/{m.name}" for m in self._repos.values())

    def approve(self, user_code: str) -> None:
        """The user types the code at github.com/login/device and authorizes the app."""
        self._device_by_user_code(user_code).state = "approved"

    def pending_user_codes(self) -> list[str]:
        with self._route_lock:
            return [d.user_code for d in self._devices.values() if d.state == "pending"]

    def deny(self, user_code: str) -> None:
        self._device_by_user_code(user_code).state = "denied"

    def _device_by_user_code(self, user_code: str) -> _Device:
        return next(d for d in self._devices.values() if d.user_code == user_code)

    # authentication and rate limits ----------------------------------------------------------

    def authorize(self, request: RecordedRequest) -> Response | None:
        if request.path.startswith("/login/"):
            return None  # the OAuth endpoints take a client_id, not a token
        # "Authenticating to the REST API": `Authorization: Bearer TOKEN` (or `token TOKEN`).
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() not in ("bearer", "token") or value not in self.tokens:
            return _error(401, "Bad credentials")
        # "Rate limits for the REST API" / "Troubleshooting": 403 with x-ratelimit-remaining 0
        # and x-ratelimit-reset in UTC epoch seconds.
        if self.rate_limit_reset is not None:
            return json_reply(
                403,
                {"message": "API rate limit exceeded for user ID 1.", "documentation_url": DOCS},
                {
                    "x-ratelimit-limit": "5000",
                    "x-ratelimit-remaining": "0",
                    "x-ratelimit-used": "5000",
                    "x-ratelimit-reset": str(int(self.rate_limit_reset)),
                    "x-ratelimit-resource": "core",
                },
            )
        return None

    # routes ---------------------------------------------------------------------------------

    def route(self, request: RecordedRequest) -> Response:
        parts = [unquote(p) for p in request.path.strip("/").split("/")]
        method = request.method
        if parts[:2] == ["login", "device"] and parts[2:] == ["code"] and method == "POST":
            return self._device_code(_form(request))
        if parts == ["login", "oauth", "access_token"] and method == "POST":
            return self._access_token(_form(request))
        if parts == ["user"] and method == "GET":
            # "Users" > "Get the authenticated user"
            return json_reply(200, {"login": self.login, "id": 1, "type": "User"})
        if parts == ["user", "repos"] and method == "POST":
            return self._post_repo(self.login, request.json() or {})
        if len(parts) == 3 and parts[0] == "orgs" and parts[2] == "repos" and method == "POST":
            # "Repositories" > "Create an organization repository": 404 for an unknown org.
            org = self.orgs.get(parts[1].lower())
            if org is None:
                return _error(404, "Not Found")
            return self._post_repo(org, request.json() or {})
        if len(parts) >= 3 and parts[0] == "repos":
            meta = self._repos.get((parts[1].lower(), parts[2].lower()))
            if meta is None:
                return _error(404, "Not Found")  # "Get a repository": 404
            if len(parts) == 3 and method == "GET":
                return json_reply(200, self._repo_json(meta))
            if len(parts) >= 5 and parts[3] == "git":
                repo = Repo(str(self.repo_path(meta.owner, meta.name)))
                try:
                    return self._git(repo, meta, method, parts[4:], request.json() or {})
                finally:
                    repo.close()
        return _error(404, "Not Found")

    # repositories ---------------------------------------------------------------------------

    def _post_repo(self, owner: str, body: dict[str, Any]) -> Response:
        # "Create a repository for the authenticated user": 201; 422 when the name is taken.
        name = str(body.get("name") or "")
        if not name:
            return _error(422, "Repository creation failed.", errors=[{"field": "name"}])
        if (owner.lower(), name.lower()) in self._repos:
            return _error(
                422,
                "Repository creation failed.",
                errors=[{"message": "name already exists on this account"}],
            )
        meta = self._create(
            owner,
            name,
            private=bool(body.get("private", False)),
            description=str(body.get("description") or ""),
            auto_init=bool(body.get("auto_init", False)),
        )
        return json_reply(201, self._repo_json(meta))

    def _create(
        self, owner: str, name: str, *, private: bool, description: str, auto_init: bool
    ) -> _RepoMeta:
        meta = _RepoMeta(next(self._ids), owner, name, private, description)
        path = self.repo_path(owner, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        repo = Repo.init_bare(str(path), mkdir=True)
        try:
            repo.refs.set_symbolic_ref(b"HEAD", f"refs/heads/{meta.default_branch}".encode())
            if auto_init:
                # auto_init: "Pass true to create an initial commit with empty README."
                readme = _blob(repo, f"# {name}\n".encode())
                tree = _write_tree(repo, {"README.md": (0o100644, readme)})
                sha = _commit(repo, tree, [], "Initial commit", self.login)
                repo.refs[f"refs/heads/{meta.default_branch}".encode()] = sha
        finally:
            repo.close()
        self._repos[(owner.lower(), name.lower())] = meta
        return meta

    def _repo_json(self, meta: _RepoMeta) -> dict[str, Any]:
        full = f"{meta.owner}/{meta.name}"
        return {
            "id": meta.id,
            "name": meta.name,
            "full_name": full,
            "owner": {"login": meta.owner},
            "private": meta.private,
            "description": meta.description,
            "default_branch": meta.default_branch,
            "html_url": f"https://github.com/{full}",
            "clone_url": self.repo_path(meta.owner, meta.name).as_uri(),
        }

    # the Git Data API -----------------------------------------------------------------------

    def _git(
        self, repo: Repo, meta: _RepoMeta, method: str, path: list[str], body: dict[str, Any]
    ) -> Response:
        empty = not any(ref.startswith(b"refs/heads/") for ref in repo.refs.allkeys())
        kind = path[0]
        if kind == "ref" and method == "GET":
            # "Get a reference": 404 when missing; 409 "Git Repository is empty." before any
            # commit (as every Git Data route does on an empty repository).
            if empty:
                return _error(409, "Git Repository is empty.")
            ref = "refs/" + "/".join(path[1:])
            if ref.encode() not in repo.refs:
                return _error(404, "Not Found")
            return json_reply(200, _ref_json(ref, repo.refs[ref.encode()]))
        if empty and method == "POST" and kind in ("blobs", "trees", "commits"):
            return _error(409, "Git Repository is empty.")
        if kind == "blobs" and method == "POST":
            return self._post_blob(repo, body)
        if kind == "trees" and method == "POST":
            return self._post_tree(repo, body)
        if kind == "commits" and method == "POST":
            return self._post_commit(repo, body)
        if kind == "commits" and method == "GET" and len(path) == 2:
            obj = _lookup(repo, path[1])
            if not isinstance(obj, Commit):
                return _error(404, "Not Found")
            return json_reply(200, _commit_json(obj))
        if kind == "refs" and method == "PATCH":
            return self._patch_ref(repo, "refs/" + "/".join(path[1:]), body)
        if kind == "refs" and method == "POST" and len(path) == 1:
            return self._post_ref(repo, body)
        return _error(404, "Not Found")

    def _post_blob(self, repo: Repo, body: dict[str, Any]) -> Response:
        # "Create a blob": content + encoding ("utf-8" default, or "base64"); 201 {sha, url}.
        content = body.get("content")
        encoding = body.get("encoding", "utf-8")
        if not isinstance(content, str) or encoding not in ("utf-8", "base64"):
            return _error(422, "Invalid request.")
        data = base64.b64decode(content) if encoding == "base64" else content.encode()
        sha = _blob(repo, data).decode()
        return json_reply(201, {"sha": sha, "url": f"/git/blobs/{sha}"})

    def _post_tree(self, repo: Repo, body: dict[str, Any]) -> Response:
        # "Create a tree": entries {path, mode, type, sha | content}; with base_tree the entries
        # change that tree ("sha": null deletes a path, an error if it does not exist); without
        # it the tree holds exactly the entries. Both sha and content: 422.
        entries = body.get("tree")
        if not isinstance(entries, list):
            return _error(422, "Invalid tree info")
        files: dict[str, tuple[int, bytes]] = {}
        base = body.get("base_tree")
        if base is not None:
            base_tree = _lookup(repo, str(base))
            if not isinstance(base_tree, Tree):
                return _error(422, "base_tree is not a valid tree")
            files = _flatten(repo, base_tree.id)
        for entry in entries:
            path = str(entry.get("path", "")).strip("/")
            mode = FILE_MODES.get(str(entry.get("mode")))
            has_sha, has_content = "sha" in entry, "content" in entry
            if not path or mode is None or (has_sha and has_content and entry["sha"]):
                return _error(422, "Invalid tree info", errors=[f"tree.{path}"])
            if has_content:
                files[path] = (mode, _blob(repo, str(entry["content"]).encode()))
            elif entry.get("sha") is None:
                if path not in files:
                    return _error(422, f"tree.path {path} does not exist and cannot be deleted")
                del files[path]
            elif entry.get("type") == "tree" and mode == 0o040000:
                sub = _lookup(repo, str(entry["sha"]))
                if not isinstance(sub, Tree):
                    return _error(422, f"tree.sha {entry['sha']} is not a valid tree")
                files = {k: v for k, v in files.items() if not k.startswith(path + "/")}
                files.update({f"{path}/{k}": v for k, v in _flatten(repo, sub.id).items()})
            else:
                if not isinstance(_lookup(repo, str(entry["sha"])), Blob):
                    return _error(422, f"tree.sha {entry['sha']} is not a valid blob")
                files[path] = (mode, str(entry["sha"]).encode())
        sha = _write_tree(repo, files).decode()
        tree = repo[sha.encode()]
        assert isinstance(tree, Tree)
        listing = [
            {"path": item.path.decode(), "mode": f"{item.mode:06o}", "sha": item.sha.decode()}
            for item in tree.iteritems()
        ]
        return json_reply(201, {"sha": sha, "tree": listing, "truncated": False})

    def _post_commit(self, repo: Repo, body: dict[str, Any]) -> Response:
        # "Create a commit": {message, tree, parents}; author defaults to the user, now.
        tree = _lookup(repo, str(body.get("tree", "")))
        parents = body.get("parents") or []
        if not isinstance(tree, Tree) or not isinstance(body.get("message"), str):
            return _error(422, "Invalid request.", errors=["tree is not a valid tree"])
        for parent in parents:
            if not isinstance(_lookup(repo, str(parent)), Commit):
                return _error(422, f"Parent SHA {parent} does not exist")
        author = (body.get("author") or {}).get("name") or self.login
        sha = _commit(repo, tree.id, [str(p).encode() for p in parents], body["message"], author)
        commit = repo[sha]
        assert isinstance(commit, Commit)
        return json_reply(201, _commit_json(commit))

    def _patch_ref(self, repo: Repo, ref: str, body: dict[str, Any]) -> Response:
        # "Update a reference": {sha, force=false}; 422 "Update is not a fast forward" unless
        # the new commit descends from the current head (or force is true).
        if ref.encode() not in repo.refs:
            return _error(422, "Reference does not exist")
        new = str(body.get("sha", ""))
        if not isinstance(_lookup(repo, new), Commit):
            return _error(422, "Object does not exist")
        old = repo.refs[ref.encode()]
        if not body.get("force") and not _descends(repo, new.encode(), old):
            return _error(422, "Update is not a fast forward")
        repo.refs[ref.encode()] = new.encode()
        return json_reply(200, _ref_json(ref, new.encode()))

    def _post_ref(self, repo: Repo, body: dict[str, Any]) -> Response:
        # "Create a reference": {ref: "refs/heads/x", sha}; 422 "Reference already exists".
        ref = str(body.get("ref", ""))
        sha = str(body.get("sha", ""))
        if not ref.startswith("refs/") or ref.count("/") < 2:
            return _error(422, "ref must start with 'refs' and have at least two slashes.")
        if ref.encode() in repo.refs:
            return _error(422, "Reference already exists")
        if _lookup(repo, sha) is None:
            return _error(422, "Object does not exist")
        repo.refs[ref.encode()] = sha.encode()
        return json_reply(201, _ref_json(ref, sha.encode()))

    # the OAuth device flow ------------------------------------------------------------------
    # "Authorizing OAuth apps" > "Device flow": answers are JSON when Accept asks for it; the
    # token endpoint answers 200 with an `error` until the user has authorized.

    def _device_code(self, form: dict[str, str]) -> Response:
        if form.get("client_id") != self.client_id:
            return json_reply(404, {"error": "Not Found"})
        device = _Device(
            device_code=secrets.token_hex(20),
            user_code=f"{secrets.token_hex(2).upper()}-{secrets.token_hex(2).upper()}",
            client_id=self.client_id,
            scope=form.get("scope", ""),
            expires_at=self.clock() + 900,
            interval=self.device_interval,
        )
        self._devices[device.device_code] = device
        return json_reply(
            200,
            {
                "device_code": device.device_code,
                "user_code": device.user_code,
                "verification_uri": f"{self.base_url}/login/device",
                "expires_in": 900,
                "interval": device.interval,
            },
        )

    def _access_token(self, form: dict[str, str]) -> Response:
        if form.get("grant_type") != "urn:ietf:params:oauth:grant-type:device_code":
            return json_reply(200, {"error": "unsupported_grant_type"})
        if form.get("client_id") != self.client_id:
            return json_reply(200, {"error": "incorrect_client_credentials"})
        device = self._devices.get(form.get("device_code", ""))
        if device is None or device.state == "used":
            return json_reply(200, {"error": "incorrect_device_code"})
        now = self.clock()
        if now >= device.expires_at:
            return json_reply(200, {"error": "expired_token"})
        too_soon = device.last_poll is not None and now - device.last_poll < device.interval
        device.last_poll = now
        if too_soon:
            # slow_down "adds 5 seconds to the last interval"; the answer carries the new one.
            device.interval += 5
            return json_reply(200, {"error": "slow_down", "interval": device.interval})
        if device.state == "denied":
            return json_reply(200, {"error": "access_denied"})
        if device.state == "pending":
            return json_reply(200, {"error": "authorization_pending"})
        device.state = "used"
        token = "gho_" + secrets.token_hex(18)
        self.tokens.add(token)
        return json_reply(
            200, {"access_token": token, "token_type": "bearer", "scope": device.scope}
        )

    def expire(self, user_code: str) -> None:
        """The code's 15 minutes are over."""
        self._device_by_user_code(user_code).expires_at = self.clock()


# git objects -------------------------------------------------------------------------------


def _form(request: RecordedRequest) -> dict[str, str]:
    if request.headers.get("content-type", "").startswith("application/json"):
        data = request.json() or {}
        return {str(k): str(v) for k, v in data.items()}
    return dict(parse_qsl(request.body.decode()))


def _lookup(repo: Repo, sha: str) -> Any:
    if len(sha) != 40:
        return None
    try:
        return repo[sha.encode()]
    except KeyError:
        return None


def _blob(repo: Repo, data: bytes) -> bytes:
    blob = Blob.from_string(data)
    repo.object_store.add_object(blob)
    return bytes(blob.id)


def _read_blob(repo: Repo, sha: bytes) -> bytes:
    blob = repo[sha]
    assert isinstance(blob, Blob)
    return bytes(blob.data)


def _write_tree(repo: Repo, files: Mapping[str, tuple[int, bytes]]) -> bytes:
    """Nested trees for flat `path -> (mode, blob sha)`, stored; returns the root's sha."""
    children: dict[str, dict[str, tuple[int, bytes]]] = {}
    tree = Tree()
    for path, (mode, sha) in files.items():
        head, _, rest = path.partition("/")
        if rest:
            children.setdefault(head, {})[rest] = (mode, sha)
        else:
            tree.add(head.encode(), mode, sha)
    for name, sub in children.items():
        tree.add(name.encode(), 0o040000, _write_tree(repo, sub))
    repo.object_store.add_object(tree)
    return bytes(tree.id)


def _flatten(repo: Repo, tree_sha: bytes, prefix: str = "") -> dict[str, tuple[int, bytes]]:
    tree = repo[tree_sha]
    assert isinstance(tree, Tree)
    files: dict[str, tuple[int, bytes]] = {}
    for item in tree.iteritems():
        path = prefix + item.path.decode()
        if item.mode == 0o040000:
            files.update(_flatten(repo, item.sha, path + "/"))
        else:
            files[path] = (item.mode, bytes(item.sha))
    return files


def _commit(repo: Repo, tree: bytes, parents: list[bytes], message: str, author: str) -> bytes:
    commit = Commit()
    commit.tree = tree
    commit.parents = parents
    commit.author = commit.committer = f"{author} <{author}@users.noreply.github.com>".encode()
    commit.author_time = commit.commit_time = int(time.time())
    commit.author_timezone = commit.commit_timezone = 0
    commit.message = message.encode()
    repo.object_store.add_object(commit)
    return bytes(commit.id)


def _descends(repo: Repo, new: bytes, old: bytes) -> bool:
    """Whether `old` is `new` or one of its ancestors."""
    seen: set[bytes] = set()
    todo = [new]
    while todo:
        sha = todo.pop()
        if sha == old:
            return True
        if sha in seen:
            continue
        seen.add(sha)
        commit = repo[sha]
        assert isinstance(commit, Commit)
        todo.extend(commit.parents)
    return False


def _ref_json(ref: str, sha: bytes) -> dict[str, Any]:
    return {"ref": ref, "object": {"sha": sha.decode(), "type": "commit"}}


def _commit_json(commit: Commit) -> dict[str, Any]:
    return {
        "sha": commit.id.decode(),
        "tree": {"sha": commit.tree.decode()},
        "parents": [{"sha": p.decode()} for p in commit.parents],
        "message": commit.message.decode(),
    }
