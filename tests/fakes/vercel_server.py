"""A fake Vercel REST API on 127.0.0.1 for the routes the publish pipeline uses, building for real.

Follows Vercel's REST API reference (vercel.com/docs/rest-api, read 2026-12); each behaviour
cites its section. Deployments check out the commit from the GitHub fake's bare repositories
(`<git_root>/<owner>/<name>.git`) and build with `next build` (tests/fakes/vercel_builder.py);
READY production deployments are served by `next start` on 127.0.0.1, and their `url` is that
host:port. With `builds=False` (fast tests that need no Node.js), a deployment stays QUEUED
until the test moves it with `advance()`: scripted, and said so.

Scope: the token sees its personal scope and `teams`; `?teamId=` picks the scope ("Teams" >
teamId query parameter on every route). Custom domains are verified against the TXT records of
the DNS server at `nameserver` (the test's own, on 127.0.0.1), as Vercel checks public DNS.
"""

from __future__ import annotations

import itertools
import json
import re
import secrets
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dns.exception
import dns.message
import dns.query
import dns.rdatatype

from tests.fakes.http_server import (
    FakeHTTPServer,
    RecordedRequest,
    Response,
    Stream,
    json_reply,
)
from tests.fakes.vercel_builder import BuildJob, BuildRunner, commit_exists, free_port

FINISHED = ("READY", "ERROR", "CANCELED")


def vercel_error(status: int, code: str, message: str, **extra: Any) -> Response:
    """Errors page ("Vercel REST API Errors"): {"error": {"code", "message"}} on every route."""
    return json_reply(status, {"error": {"code": code, "message": message, **extra}})


def apex_of(domain: str) -> str:
    # Good enough for the test domains (example.com, shop.example.com); no public-suffix list.
    return ".".join(domain.split(".")[-2:])


class FakeVercelServer(FakeHTTPServer):
    def __init__(
        self,
        token: str = "vercel-test-token-0123456789",
        *,
        teams: tuple[str, ...] = (),
        git_root: Path | None = None,
        work_root: Path | None = None,
        data_dir: Path | None = None,
        builds: bool = True,
        nameserver: tuple[str, int] | None = None,
    ) -> None:
        super().__init__()
        self.token = token
        self.teams = set(teams)
        self.git_root = git_root
        self.nameserver = nameserver
        self.projects: dict[str, dict[str, Any]] = {}  # by id
        self.env: dict[str, dict[str, dict[str, Any]]] = {}  # project id -> key -> variable
        self.deployments: dict[str, dict[str, Any]] = {}  # by id
        # What each deployment was built with: Vercel takes the project's variables as they are
        # when the deployment is created; later changes reach only later deployments.
        self.deployment_env: dict[str, dict[str, str]] = {}  # deployment id -> key -> value
        self.events: dict[str, list[dict[str, Any]]] = {}
        self.domains: dict[str, dict[str, dict[str, Any]]] = {}  # project id -> name -> domain
        # The host a production deployment's alias names (the fake serves no <name>.vercel.app):
        # None = the address it serves the deployment on; "localhost" = the same server under
        # another name, so a test can tell the alias from the deployment's own URL.
        self.production_alias_host: str | None = None
        self._changed = threading.Condition()
        self._ids = itertools.count(1)
        self._runner: BuildRunner | None = None
        if builds:
            if git_root is None or work_root is None or data_dir is None:
                raise ValueError("real builds need git_root, work_root and data_dir")
            self._runner = BuildRunner(
                work_root, data_dir, on_event=self._add_event, on_state=self._set_state
            )

    # lifecycle ------------------------------------------------------------------------------

    def start(self) -> FakeVercelServer:
        super().start()
        if self._runner is not None:
            self._runner.start()
        return self

    def stop(self) -> None:
        if self._runner is not None:
            self._runner.stop()  # first: builds end, so their event streams end too
        with self._changed:
            self._changed.notify_all()
        super().stop()

    # what a test may do ---------------------------------------------------------------------

    def advance(self, deployment_id: str, state: str, lines: tuple[str, ...] = ()) -> None:
        """Scripted progress for `builds=False`: log `lines`, then move to `state`."""
        for line in lines:
            self._add_event(deployment_id, "stdout", line)
        self._set_state(deployment_id, state, "scripted failure" if state == "ERROR" else None)

    def wait_for_state(self, deployment_id: str, states: tuple[str, ...], timeout: float) -> str:
        deadline = time.monotonic() + timeout
        with self._changed:
            while self.deployments[deployment_id]["readyState"] not in states:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{deployment_id} did not reach {states}")
                self._changed.wait(left)
            return str(self.deployments[deployment_id]["readyState"])

    def server_pid(self, deployment_id: str) -> int | None:
        return self._runner.server_pid(deployment_id) if self._runner is not None else None

    def log_text(self, deployment_id: str) -> str:
        with self._changed:
            return "\n".join(e["payload"]["text"] for e in self.events.get(deployment_id, []))

    # callbacks from the build runner (another thread) ---------------------------------------

    def _add_event(self, deployment_id: str, kind: str, text: str) -> None:
        with self._changed:
            events = self.events.setdefault(deployment_id, [])
            now = int(time.time() * 1000)
            # "Get deployment events": each event has type, created and a payload with the
            # text, the deployment id, the date and a serial.
            events.append(
                {
                    "type": kind,
                    "created": now,
                    "payload": {
                        "deploymentId": deployment_id,
                        "id": f"evt_{len(events)}",
                        "text": text,
                        "date": now,
                        "serial": str(len(events)),
                    },
                }
            )
            self._changed.notify_all()

    def _set_state(self, deployment_id: str, state: str, error: str | None) -> None:
        with self._changed:
            deployment = self.deployments[deployment_id]
            if deployment["readyState"] in FINISHED:
                return
            deployment["readyState"] = state
            deployment["status"] = state
            if state == "READY":
                deployment["ready"] = int(time.time() * 1000)
                deployment["_alias_pending"] = deployment["target"] == "production"
            if error:
                deployment["errorMessage"] = error
            self._changed.notify_all()

    # HTTP -----------------------------------------------------------------------------------

    def authorize(self, request: RecordedRequest) -> Response | None:
        header = request.headers.get("authorization", "")
        if not header:
            # Each route's responses list 401 for a request without credentials.
            return vercel_error(
                401, "not_authenticated", "The request is missing an authentication token"
            )
        if header != f"Bearer {self.token}":
            # Errors page: "forbidden" — "You're not authorized to use the endpoint".
            return vercel_error(403, "forbidden", "Not authorized", invalidToken=True)
        team = request.query.get("teamId")
        if team and team not in self.teams:
            return vercel_error(403, "forbidden", "Not authorized")
        return None

    def route(self, request: RecordedRequest) -> Response:
        scope = request.query.get("teamId", "")
        for method, pattern, handler in _ROUTES:
            match = re.fullmatch(pattern, request.path)
            if match and request.method == method:
                return handler(self, request, scope, *match.groups())
        if any(re.fullmatch(p, request.path) for _m, p, _h in _ROUTES):
            # Errors page: "method_unknown".
            return vercel_error(
                405, "method_unknown", f"This endpoint does not respond to {request.method}"
            )
        return vercel_error(404, "not_found", f"The route {request.path} does not exist")

    # projects -------------------------------------------------------------------------------

    def _project(self, scope: str, id_or_name: str) -> dict[str, Any] | None:
        for project in self.projects.values():
            if project["_scope"] == scope and id_or_name in (project["id"], project["name"]):
                return project
        return None

    def _get_project(self, request: RecordedRequest, scope: str, id_or_name: str) -> Response:
        # "Find a project by id or name": GET /v9/projects/{idOrName}; 404 when absent.
        project = self._project(scope, id_or_name)
        if project is None:
            return vercel_error(404, "not_found", "Project not found")
        return json_reply(200, _public(project))

    def _create_project(self, request: RecordedRequest, scope: str) -> Response:
        # "Create a new project": POST /v11/projects {name, framework, gitRepository}.
        body = request.json() or {}
        name = body.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9._-]{1,100}", name):
            return vercel_error(
                400,
                "bad_request",
                "Invalid request: `name` should be lowercase letters, digits, '.', '_' or '-'",
            )
        if self._project(scope, name) is not None:
            return vercel_error(409, "conflict", "A project with this name already exists")
        project: dict[str, Any] = {
            "id": f"prj_{secrets.token_hex(12)}",
            "name": name,
            "accountId": scope or "user_fake",
            "framework": body.get("framework"),
            "createdAt": int(time.time() * 1000),
            "_scope": scope,
        }
        root = _root_directory(body)
        if isinstance(root, Response):
            return root
        project["rootDirectory"] = root
        git = body.get("gitRepository")
        if isinstance(git, dict):
            repo = str(git.get("repo", ""))
            owner, _, repo_name = repo.partition("/")
            if git.get("type") != "github" or not owner or not repo_name:
                return vercel_error(400, "bad_request", "Invalid gitRepository")
            if (
                self.git_root is not None
                and not (self.git_root / owner / f"{repo_name}.git").is_dir()
            ):
                # Linking needs a repository Vercel can see.
                return vercel_error(400, "repo_not_found", f"The repository {repo} was not found")
            project["link"] = {"type": "github", "org": owner, "repo": repo_name}
        self.projects[project["id"]] = project
        return json_reply(200, _public(project))

    def _update_project(self, request: RecordedRequest, scope: str, id_or_name: str) -> Response:
        # "Update an existing project": PATCH /v9/projects/{idOrName}; the fields sent change,
        # the rest stay. Only `rootDirectory` matters to a publish.
        project = self._project(scope, id_or_name)
        if project is None:
            return vercel_error(404, "not_found", "Project not found")
        body = request.json() or {}
        if "rootDirectory" in body:
            root = _root_directory(body)
            if isinstance(root, Response):
                return root
            project["rootDirectory"] = root
        return json_reply(200, _public(project))

    def _create_env(self, request: RecordedRequest, scope: str, id_or_name: str) -> Response:
        # "Create one or more environment variables": POST /v10/projects/{idOrName}/env with
        # one variable or an array; `upsert=true` updates an existing key instead of failing.
        project = self._project(scope, id_or_name)
        if project is None:
            return vercel_error(404, "not_found", "Project not found")
        body = request.json()
        items = body if isinstance(body, list) else [body]
        upsert = request.query.get("upsert") == "true"
        variables = self.env.setdefault(project["id"], {})
        created, failed = [], []
        for item in items:
            if not isinstance(item, dict) or not item.get("key") or "value" not in item:
                return vercel_error(
                    400, "bad_request", "Each variable needs key, value, type and target"
                )
            if item.get("type") not in ("system", "secret", "encrypted", "plain", "sensitive"):
                return vercel_error(400, "bad_request", "Invalid type")
            key = str(item["key"])
            if key in variables and not upsert:
                failed.append(
                    {
                        "error": {
                            "code": "ENV_ALREADY_EXISTS",
                            "key": key,
                            "message": "A variable with this key already exists",
                        }
                    }
                )
                continue
            variables[key] = {
                "id": variables.get(key, {}).get("id") or f"env_{secrets.token_hex(8)}",
                "key": key,
                "value": str(item["value"]),
                "type": item["type"],
                "target": item.get("target", []),
            }
            created.append({k: v for k, v in variables[key].items() if k != "value"})
        return json_reply(201, {"created": created, "failed": failed})

    # deployments ----------------------------------------------------------------------------

    def _create_deployment(self, request: RecordedRequest, scope: str) -> Response:
        # "Create a new deployment": POST /v13/deployments {name, project, target, gitSource,
        # meta}; gitSource {type: "github", org, repo, ref, sha}.
        body = request.json() or {}
        project = self._project(scope, str(body.get("project") or body.get("name") or ""))
        if project is None:
            return vercel_error(404, "not_found", "Project not found")
        git = body.get("gitSource")
        if not isinstance(git, dict) or git.get("type") != "github":
            return vercel_error(400, "bad_request", "A git deployment needs gitSource")
        owner, name, sha = (
            str(git.get("org", "")),
            str(git.get("repo", "")),
            str(git.get("sha", "")),
        )
        repo_path = self.git_root / owner / f"{name}.git" if self.git_root else None
        if repo_path is not None and not commit_exists(repo_path, sha):
            return vercel_error(
                400,
                "incorrect_git_source_info",
                f"The commit {sha} was not found in {owner}/{name}",
            )
        meta = body.get("meta") or {}
        if not isinstance(meta, dict) or not all(isinstance(v, str) for v in meta.values()):
            return vercel_error(400, "bad_request", "meta values must be strings")
        production = body.get("target") == "production"
        port = free_port()
        deployment: dict[str, Any] = {
            "id": f"dpl_{secrets.token_hex(12)}",
            "name": project["name"],
            "projectId": project["id"],
            "url": f"127.0.0.1:{port}",
            "readyState": "QUEUED",
            "status": "QUEUED",
            "target": "production" if production else None,
            "meta": {**meta, "githubCommitSha": sha, "githubCommitRef": str(git.get("ref", ""))},
            "gitSource": git,
            "createdAt": int(time.time() * 1000),
            # GET /v13/deployments/{idOrUrl}: `alias` (the domains assigned to it) and
            # `aliasAssigned`. Production domains are assigned just after READY (below).
            "alias": [],
            "aliasAssigned": False,
            "_scope": scope,
        }
        env = {k: v["value"] for k, v in self.env.get(project["id"], {}).items()}
        with self._changed:
            self.deployments[deployment["id"]] = deployment
            self.deployment_env[deployment["id"]] = env
            self.events[deployment["id"]] = []
        if self._runner is not None and repo_path is not None:
            self._runner.submit(
                BuildJob(
                    deployment["id"],
                    repo_path,
                    f"{owner}/{name}",
                    str(git.get("ref", "")),
                    sha,
                    env,
                    production,
                    port,
                    project.get("rootDirectory") or "",
                )
            )
        return json_reply(200, _public(deployment))

    def _deployment(self, scope: str, id_or_url: str) -> dict[str, Any] | None:
        for d in self.deployments.values():
            if d["_scope"] == scope and id_or_url in (d["id"], d["url"]):
                return d
        return None

    def _get_deployment(self, request: RecordedRequest, scope: str, id_or_url: str) -> Response:
        # "Get a deployment by ID or URL": GET /v13/deployments/{idOrUrl}.
        with self._changed:
            deployment = self._deployment(scope, id_or_url)
            if deployment is None:
                return vercel_error(404, "not_found", "Deployment not found")
            reply = json_reply(200, _public(deployment))
            if deployment.get("_alias_pending"):
                # The read after READY still shows no alias; the next one has it.
                host, port = deployment["url"].rsplit(":", 1)
                alias = f"{self.production_alias_host or host}:{port}"
                deployment["alias"] = [alias]
                deployment["aliasAssigned"] = True
                deployment["_alias_pending"] = False
            return reply

    def _list_deployments(self, request: RecordedRequest, scope: str) -> Response:
        # "List deployments": GET /v6/deployments?projectId&target&limit, newest first, items
        # with `uid` and `state`; `meta-KEY=VALUE` filters on meta (as `vercel list --meta`).
        wanted = {k[5:]: v for k, v in request.query.items() if k.startswith("meta-")}
        project_id = request.query.get("projectId")
        limit = int(request.query.get("limit", "20"))
        with self._changed:
            found = [
                d
                for d in sorted(
                    self.deployments.values(), key=lambda d: d["createdAt"], reverse=True
                )
                if d["_scope"] == scope
                and (project_id is None or d["projectId"] == project_id)
                and all(d["meta"].get(k) == v for k, v in wanted.items())
            ][:limit]
            items = [
                {
                    "uid": d["id"],
                    "name": d["name"],
                    "url": d["url"],
                    "state": d["readyState"],
                    "readyState": d["readyState"],
                    "target": d["target"],
                    "meta": d["meta"],
                    "created": d["createdAt"],
                }
                for d in found
            ]
        return json_reply(
            200,
            {"deployments": items, "pagination": {"count": len(items), "next": None, "prev": None}},
        )

    def _cancel(self, request: RecordedRequest, scope: str, deployment_id: str) -> Response:
        # "Cancel a deployment": PATCH /v12/deployments/{id}/cancel → the deployment, CANCELED.
        with self._changed:
            deployment = self._deployment(scope, deployment_id)
            if deployment is None:
                return vercel_error(404, "not_found", "Deployment not found")
            if deployment["readyState"] in FINISHED:
                return vercel_error(400, "bad_request", "The deployment can no longer be canceled")
        if self._runner is not None:
            self._runner.cancel(deployment["id"])
        self._set_state(deployment["id"], "CANCELED", None)
        with self._changed:
            return json_reply(200, _public(deployment))

    def _events(self, request: RecordedRequest, scope: str, id_or_url: str) -> Response:
        # "Get deployment events": GET /v3/deployments/{idOrUrl}/events; with follow=1 "live
        # events as they happen" (one JSON object per line until the build ends), else an array.
        with self._changed:
            deployment = self._deployment(scope, id_or_url)
            if deployment is None:
                return vercel_error(404, "not_found", "Deployment not found")
            if request.query.get("follow") != "1":
                return json_reply(200, list(self.events[deployment["id"]]))
        return Stream(
            headers={"Content-Type": "application/stream+json"},
            chunks=self._follow(deployment["id"]),
        )  # type: ignore[arg-type]

    def _follow(self, deployment_id: str) -> Iterator[bytes]:
        sent = 0
        while True:
            with self._changed:
                while (
                    len(self.events[deployment_id]) == sent
                    and self.deployments[deployment_id]["readyState"] not in FINISHED
                    and not self._stopping.is_set()
                ):
                    self._changed.wait(0.5)
                fresh = self.events[deployment_id][sent:]
                done = self.deployments[deployment_id]["readyState"] in FINISHED
                stopping = self._stopping.is_set()
            sent += len(fresh)
            if fresh:
                yield b"".join(json.dumps(e).encode() + b"\n" for e in fresh)
            if (done and not fresh) or stopping:
                return

    # domains --------------------------------------------------------------------------------

    def _add_domain(self, request: RecordedRequest, scope: str, id_or_name: str) -> Response:
        # "Add a domain to a project": POST /v10/projects/{idOrName}/domains {name}; returns
        # verified=false with a `verification` challenge when the domain must be proven; 400 if
        # the project already has it.
        project = self._project(scope, id_or_name)
        if project is None:
            return vercel_error(404, "not_found", "Project not found")
        name = str((request.json() or {}).get("name", "")).lower()
        if not re.fullmatch(r"([a-z0-9-]+\.)+[a-z]{2,}", name):
            return vercel_error(400, "invalid_domain", f"The domain {name!r} is not valid")
        domains = self.domains.setdefault(project["id"], {})
        if name in domains:
            return vercel_error(
                400,
                "domain_already_in_use",
                f"The domain {name} is already assigned to this project",
            )
        apex = apex_of(name)
        domain = {
            "name": name,
            "apexName": apex,
            "projectId": project["id"],
            "verified": False,
            "verification": [
                {
                    "type": "TXT",
                    "domain": f"_vercel.{apex}",
                    "value": f"vc-domain-verify={name},{secrets.token_hex(10)}",
                    "reason": "pending_domain_verification",
                }
            ],
            "createdAt": int(time.time() * 1000),
        }
        domains[name] = domain
        return json_reply(200, domain)

    def _get_domain(
        self, request: RecordedRequest, scope: str, id_or_name: str, name: str
    ) -> Response:
        # "Get a project domain": GET /v9/projects/{idOrName}/domains/{domain}.
        domain = self._find_domain(scope, id_or_name, name)
        if domain is None:
            return vercel_error(404, "not_found", "Domain not found on this project")
        return json_reply(200, domain)

    def _verify_domain(
        self, request: RecordedRequest, scope: str, id_or_name: str, name: str
    ) -> Response:
        # "Verify project domain": POST .../domains/{domain}/verify checks the `verification`
        # challenge; 200 with verified=true, else 400 saying which TXT record is missing.
        domain = self._find_domain(scope, id_or_name, name)
        if domain is None:
            return vercel_error(404, "not_found", "Domain not found on this project")
        if domain["verified"]:
            return json_reply(200, domain)
        for challenge in domain["verification"]:
            if challenge["value"] not in self._txt(challenge["domain"]):
                return vercel_error(
                    400,
                    "missing_txt_record",
                    f"Domain {challenge['domain']} is missing required TXT Record "
                    f'"{challenge["value"]}"',
                )
        domain["verified"] = True
        domain["verification"] = []
        return json_reply(200, domain)

    def _find_domain(self, scope: str, id_or_name: str, name: str) -> dict[str, Any] | None:
        project = self._project(scope, id_or_name)
        if project is None:
            return None
        return self.domains.get(project["id"], {}).get(name.lower())

    def _txt(self, name: str) -> list[str]:
        if self.nameserver is None:
            return []
        host, port = self.nameserver
        query = dns.message.make_query(name, dns.rdatatype.TXT)
        try:
            answer = dns.query.udp(query, host, port=port, timeout=2.0)
        except (dns.exception.DNSException, OSError):
            return []
        return [
            b"".join(rdata.strings).decode()
            for rrset in answer.answer
            for rdata in rrset
            if rrset.rdtype == dns.rdatatype.TXT
        ]


def _root_directory(body: dict[str, Any]) -> str | Response | None:
    """`rootDirectory`: a relative path of at most 256 characters, or null for the top."""
    root = body.get("rootDirectory")
    if root is None:
        return None
    if not isinstance(root, str) or len(root) > 256 or root.startswith("/") or ".." in root:
        return vercel_error(
            400, "bad_request", "Invalid request: `rootDirectory` should be a relative path"
        )
    return root.strip("/") or None


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


_ID = r"([^/]+)"
_ROUTES: list[tuple[str, str, Any]] = [
    ("GET", rf"/v9/projects/{_ID}", FakeVercelServer._get_project),
    ("POST", r"/v11/projects", FakeVercelServer._create_project),
    ("PATCH", rf"/v9/projects/{_ID}", FakeVercelServer._update_project),
    ("POST", rf"/v10/projects/{_ID}/env", FakeVercelServer._create_env),
    ("POST", r"/v13/deployments", FakeVercelServer._create_deployment),
    ("GET", rf"/v13/deployments/{_ID}", FakeVercelServer._get_deployment),
    ("GET", r"/v6/deployments", FakeVercelServer._list_deployments),
    ("PATCH", rf"/v12/deployments/{_ID}/cancel", FakeVercelServer._cancel),
    ("GET", rf"/v3/deployments/{_ID}/events", FakeVercelServer._events),
    ("POST", rf"/v10/projects/{_ID}/domains", FakeVercelServer._add_domain),
    ("GET", rf"/v9/projects/{_ID}/domains/{_ID}", FakeVercelServer._get_domain),
    ("POST", rf"/v9/projects/{_ID}/domains/{_ID}/verify", FakeVercelServer._verify_domain),
]
