"""Async client for the Vercel REST API: projects, env vars, git deployments, build logs, domains.

Implements `VercelApi` (core/publish/ports.py). Routes and shapes follow Vercel's REST API
reference (vercel.com/docs/rest-api, read 2026-12):

- ``GET /v9/projects/{idOrName}`` (404 when absent), ``POST /v11/projects``
  {name, framework, gitRepository: {type: "github", repo: "owner/name"}, rootDirectory};
  ``PATCH /v9/projects/{idOrName}`` {rootDirectory} (null builds the repository's top)
- ``POST /v10/projects/{idOrName}/env?upsert=true`` [{key, value, type, target}]
- ``POST /v13/deployments`` {name, project, target, gitSource: {type: "github", org, repo, ref,
  sha}, meta}; ``GET /v13/deployments/{idOrUrl}``; ``PATCH /v12/deployments/{id}/cancel``
- ``GET /v6/deployments?projectId&meta-KEY=VALUE`` (the meta filter of `vercel list --meta`)
- ``GET /v3/deployments/{idOrUrl}/events?follow=1`` streams one JSON event per line
- ``POST /v10/projects/{idOrName}/domains`` (400 when the project already has it),
  ``GET /v9/projects/{idOrName}/domains/{domain}``,
  ``POST /v9/projects/{idOrName}/domains/{domain}/verify``
- errors: ``{"error": {"code", "message"}}``; 403 ``forbidden`` for a token that is invalid
  or has no access to the team; 429 ``rate_limited`` with Retry-After / X-RateLimit-Reset.

Every request carries ``teamId`` when the client is for a team. The token lives in the keyring
under `VERCEL_TOKEN` and only ever reaches the transport, which keeps it out of errors and logs.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from typing import Any, Protocol
from urllib.parse import quote

import httpx

from l4ydesk.clients.errors import (
    AuthError,
    InvalidRequestError,
    NotFoundError,
    PlanLimitError,
    ProtocolError,
)
from l4ydesk.clients.github_models import GitRepo
from l4ydesk.clients.transport import ApiKey, AsyncClosing, RetryPolicy, SleepFn, Transport
from l4ydesk.clients.vercel_models import (
    BuildEvent,
    Deployment,
    DnsRecord,
    DomainNotVerifiedError,
    ProjectDomain,
    ReadyState,
    VercelProject,
)

__all__ = ["DEFAULT_BASE_URL", "SERVICE", "VERCEL_TOKEN", "VercelClient", "client_from_keyring"]

DEFAULT_BASE_URL = "https://api.vercel.com"
SERVICE = "Vercel"
VERCEL_TOKEN = "vercel_token"  # keyring name of the user's Vercel access token
ENV_TARGETS = ("production", "preview")
# A build runs for minutes with quiet stretches (npm install); the log stream must outlast them.
_STREAM_TIMEOUT = httpx.Timeout(30.0, connect=10.0, read=900.0)


class SecretReader(Protocol):
    def get(self, name: str) -> str | None: ...


def _seg(value: str) -> str:
    return quote(value, safe="")


class VercelClient(AsyncClosing):
    """One Vercel account or team. Close it with `aclose()` or `async with`."""

    def __init__(
        self,
        token: ApiKey,
        *,
        team_id: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        retry: RetryPolicy | None = None,
        sleep: SleepFn | None = None,
        http_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        extra: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        self._transport = Transport(
            SERVICE,
            base_url,
            api_key=token,
            credential="token",
            retry=retry,
            http_transport=http_transport,
            **extra,
        )
        self.team_id = team_id or None

    async def aclose(self) -> None:
        await self._transport.aclose()

    # plumbing -------------------------------------------------------------------------------

    def _params(self, extra: Mapping[str, str | int] | None = None) -> dict[str, str | int]:
        params: dict[str, str | int] = dict(extra or {})
        if self.team_id:
            params["teamId"] = self.team_id
        return params

    async def _json(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        body: Any = None,
    ) -> Any:
        try:
            return await self._transport.request_json(
                method, path, params=self._params(params), json=body
            )
        except PlanLimitError as exc:
            raise _forbidden(exc) from exc

    # projects -------------------------------------------------------------------------------

    async def find_project(self, name: str) -> VercelProject | None:
        try:
            data = await self._json("GET", f"/v9/projects/{_seg(name)}")
        except NotFoundError:
            return None
        return _project(data)

    async def create_project(
        self, name: str, *, repo: str, root_directory: str = ""
    ) -> VercelProject:
        body: dict[str, Any] = {
            "name": name,
            "framework": "nextjs",
            "gitRepository": {"type": "github", "repo": repo},
        }
        if root_directory:
            body["rootDirectory"] = root_directory
        return _project(await self._json("POST", "/v11/projects", body=body))

    async def set_root_directory(self, project: VercelProject, folder: str) -> VercelProject:
        body = {"rootDirectory": folder or None}
        return _project(await self._json("PATCH", f"/v9/projects/{_seg(project.id)}", body=body))

    async def set_env(self, project: VercelProject, variables: Mapping[str, str]) -> None:
        if not variables:
            return
        body = [
            {"key": key, "value": value, "type": "encrypted", "target": list(ENV_TARGETS)}
            for key, value in variables.items()
        ]
        data = await self._json(
            "POST",
            f"/v10/projects/{_seg(project.id)}/env",
            params={"upsert": "true"},
            body=body,
        )
        failed = data.get("failed") if isinstance(data, dict) else None
        if failed:
            keys = ", ".join(
                str(item.get("error", {}).get("key") or "?")
                for item in failed
                if isinstance(item, dict)
            )
            raise InvalidRequestError(
                SERVICE, status=400, detail=f"these variables were not saved: {keys}"
            )

    # deployments ----------------------------------------------------------------------------

    async def create_deployment(
        self,
        project: VercelProject,
        repo: GitRepo,
        *,
        ref: str,
        sha: str,
        meta: Mapping[str, str],
    ) -> Deployment:
        body = {
            "name": project.name,
            "project": project.id,
            "target": "production",
            "gitSource": {
                "type": "github",
                "org": repo.owner,
                "repo": repo.name,
                "ref": ref,
                "sha": sha,
            },
            "meta": dict(meta),
        }
        return _deployment(await self._json("POST", "/v13/deployments", body=body))

    async def find_deployments(
        self, project: VercelProject, meta: Mapping[str, str]
    ) -> list[Deployment]:
        params: dict[str, str | int] = {"projectId": project.id, "limit": 100}
        params.update({f"meta-{key}": value for key, value in meta.items()})
        data = await self._json("GET", "/v6/deployments", params=params)
        items = data.get("deployments") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise ProtocolError(SERVICE, detail="the deployment list had no deployments")
        found = [_deployment(item) for item in items if isinstance(item, dict)]
        # Filtered again here: an older API that ignored the filter must not mix runs up.
        return [d for d in found if all(d.meta.get(k) == v for k, v in meta.items())]

    async def get_deployment(self, deployment_id: str) -> Deployment:
        return _deployment(await self._json("GET", f"/v13/deployments/{_seg(deployment_id)}"))

    async def cancel_deployment(self, deployment_id: str) -> Deployment:
        path = f"/v12/deployments/{_seg(deployment_id)}/cancel"
        return _deployment(await self._json("PATCH", path))

    async def build_events(self, deployment_id: str) -> AsyncIterator[BuildEvent]:
        """Follow the build log (`follow=1`): one JSON event per line until the build ends."""
        path = f"/v3/deployments/{_seg(deployment_id)}/events"
        params = self._params({"follow": 1, "direction": "forward", "limit": -1})
        try:
            async with self._transport.stream(
                "GET", path, params=params, timeout=_STREAM_TIMEOUT
            ) as response:
                try:
                    async for line in response.aiter_lines():
                        event = _event(line)
                        if event is not None:
                            yield event
                except httpx.TransportError as exc:
                    raise self._transport.network_error(exc) from exc
        except PlanLimitError as exc:
            raise _forbidden(exc) from exc

    # domains --------------------------------------------------------------------------------

    async def add_domain(self, project: VercelProject, name: str) -> ProjectDomain:
        path = f"/v10/projects/{_seg(project.id)}/domains"
        try:
            data = await self._json("POST", path, body={"name": name})
        except InvalidRequestError as exc:
            # 400 when the project already has the domain: adding again (a resumed run) is
            # not an error, so read what is there.
            existing = await self._existing_domain(project, name)
            if existing is None:
                raise exc from None
            return existing
        return _domain(data)

    async def _existing_domain(self, project: VercelProject, name: str) -> ProjectDomain | None:
        try:
            return await self.get_domain(project, name)
        except NotFoundError:
            return None

    async def get_domain(self, project: VercelProject, name: str) -> ProjectDomain:
        path = f"/v9/projects/{_seg(project.id)}/domains/{_seg(name)}"
        return _domain(await self._json("GET", path))

    async def verify_domain(self, project: VercelProject, name: str) -> ProjectDomain:
        """Ask Vercel to check the challenge; `verified` stays False when it is not met yet."""
        path = f"/v9/projects/{_seg(project.id)}/domains/{_seg(name)}/verify"
        try:
            return _domain(await self._json("POST", path))
        except InvalidRequestError as exc:
            # 400 while the TXT record is missing or not yet visible to Vercel.
            current = await self.get_domain(project, name)
            if current.verified:
                return current
            raise DomainNotVerifiedError(name, exc.detail) from exc


def client_from_keyring(
    secrets: SecretReader, *, team_id: str | None = None, base_url: str = DEFAULT_BASE_URL
) -> VercelClient:
    """A client whose token is read from the keyring per request (a new token applies at once)."""

    def token() -> str:
        return secrets.get(VERCEL_TOKEN) or ""

    return VercelClient(token, team_id=team_id, base_url=base_url)


def _forbidden(exc: PlanLimitError) -> AuthError | PlanLimitError:
    """403 is how Vercel refuses a token (invalid, expired, or no access to the team)."""
    if exc.status == 403:
        return AuthError(SERVICE, status=403, detail=exc.detail, credential="token")
    return exc


# parsing ------------------------------------------------------------------------------------


def _object(data: Any, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ProtocolError(SERVICE, detail=f"the {what} was not an object")
    return data


def _text(data: Mapping[str, Any], key: str, what: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise ProtocolError(SERVICE, detail=f"the {what} had no {key}")
    return value


def _project(data: Any) -> VercelProject:
    obj = _object(data, "project")
    link = obj.get("link")
    repo = None
    if isinstance(link, dict) and link.get("org") and link.get("repo"):
        repo = f"{link['org']}/{link['repo']}"
    root = obj.get("rootDirectory")
    return VercelProject(
        id=_text(obj, "id", "project"),
        name=_text(obj, "name", "project"),
        repo=repo,
        root_directory=root if isinstance(root, str) else "",
    )


def _deployment(data: Any) -> Deployment:
    obj = _object(data, "deployment")
    # The single deployment says `id` and `readyState`; the list says `uid` and `state`.
    ident = obj.get("id") or obj.get("uid")
    state = obj.get("readyState") or obj.get("state")
    if not isinstance(ident, str) or not isinstance(state, str):
        raise ProtocolError(SERVICE, detail="the deployment had no id or state")
    try:
        ready = ReadyState(state)
    except ValueError as exc:
        raise ProtocolError(SERVICE, detail=f"unknown deployment state {state!r}") from exc
    meta = obj.get("meta")
    error = obj.get("errorMessage")
    target = obj.get("target")
    return Deployment(
        id=ident,
        url=str(obj.get("url") or ""),
        state=ready,
        target=target if isinstance(target, str) else None,
        meta={str(k): str(v) for k, v in meta.items()} if isinstance(meta, dict) else {},
        error_message=error if isinstance(error, str) and error else None,
        aliases=tuple(a for a in obj.get("alias") or () if isinstance(a, str) and a),
        # A boolean in the single deployment, a timestamp (or null) in older shapes.
        alias_assigned=bool(obj.get("aliasAssigned")),
    )


def _domain(data: Any) -> ProjectDomain:
    obj = _object(data, "domain")
    records = []
    for item in obj.get("verification") or ():
        if isinstance(item, dict) and item.get("type") and item.get("domain"):
            records.append(
                DnsRecord(
                    type=str(item["type"]),
                    name=str(item["domain"]),
                    value=str(item.get("value", "")),
                )
            )
    return ProjectDomain(
        name=_text(obj, "name", "domain"),
        verified=bool(obj.get("verified")),
        verification=tuple(records),
    )


def _event(line: str) -> BuildEvent | None:
    """One line of the events stream; blank keep-alive lines and other noise are skipped."""
    line = line.strip()
    if not line:
        return None
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    raw_payload = obj.get("payload")
    payload: dict[str, Any] = raw_payload if isinstance(raw_payload, dict) else {}
    text = payload.get("text", obj.get("text", ""))
    created = obj.get("created", payload.get("date", 0))
    return BuildEvent(
        created=int(created) if isinstance(created, int | float) else 0,
        type=str(obj.get("type", "stdout")),
        text=text if isinstance(text, str) else "",
    )
