"""Google sign-in for a desktop app: OAuth 2.0 with a loopback redirect and PKCE.

Google's "OAuth 2.0 for iOS & desktop apps" (identity/protocols/oauth2/native-app) and RFC 8252
7.3: the browser is sent to the authorization endpoint with a `code_challenge` (RFC 7636, S256)
and a redirect to http://127.0.0.1:<port>/ where `LoopbackRedirect` waits for the one answer
(`code` and our `state`); the code and the `code_verifier` are exchanged at the token endpoint
for an access token and a refresh token. The refresh token is the long-lived secret the caller
keeps in the keyring; a refresh Google refuses with `invalid_grant` (expired or revoked) is
`SignInRevoked`, after which only signing in again helps.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from l4ydesk.clients.errors import AuthError, InvalidRequestError, ProtocolError, RemoteError
from l4ydesk.clients.transport import AsyncClosing, RetryPolicy, Transport

__all__ = [
    "CALENDAR_SCOPE",
    "GoogleOAuth",
    "LoopbackRedirect",
    "OAuthTokens",
    "RefreshingToken",
    "SignInRevoked",
    "pkce_pair",
    "sign_in",
    "tokens_from",
]

SERVICE = "Google"
CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar.events"
_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class SignInRevoked(AuthError):
    """Google refused the refresh token (`invalid_grant`): expired or revoked."""

    @property
    def user_message(self) -> str:
        return (
            "Google no longer accepts l4ydesk's sign-in (it expired or was revoked); sign in again."
        )


@dataclass(frozen=True)
class OAuthTokens:
    access_token: str
    expires_at: float  # time.time() seconds
    refresh_token: str | None


def tokens_from(data: Any, service: str, now: float) -> OAuthTokens:
    """The tokens of an OAuth 2.0 token response (RFC 6749 5.1), Google's or Microsoft's."""
    token = data.get("access_token") if isinstance(data, dict) else None
    if not isinstance(token, str) or not token:
        raise ProtocolError(service, status=200, detail="no access_token in the answer")
    expires = data.get("expires_in", 3600)
    refresh = data.get("refresh_token")
    return OAuthTokens(
        token,
        now + float(expires if isinstance(expires, int | float) else 3600),
        refresh if isinstance(refresh, str) else None,
    )


def pkce_pair() -> tuple[str, str]:
    """RFC 7636 4.1-4.2: a random verifier and its S256 challenge."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class GoogleOAuth(AsyncClosing):
    """The authorization and token endpoints for one OAuth client (a desktop app's id)."""

    def __init__(
        self,
        auth_url: str,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        retry: RetryPolicy | None = None,
        http_transport: httpx.AsyncBaseTransport | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.auth_url = auth_url
        parts = urlsplit(token_url)
        self._token_path = parts.path or "/token"
        self._client_id, self._client_secret = client_id, client_secret
        self._now = now
        self._http = Transport(
            SERVICE,
            f"{parts.scheme}://{parts.netloc}",
            retry=retry,
            http_transport=http_transport,
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    def authorization_url(self, redirect_uri: str, challenge: str, state: str) -> str:
        query = {
            "client_id": self._client_id,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "scope": CALENDAR_SCOPE,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": state,
        }
        return f"{self.auth_url}?{urlencode(query)}"

    async def exchange(self, code: str, verifier: str, redirect_uri: str) -> OAuthTokens:
        return await self._token(
            {
                "grant_type": "authorization_code",
                "code": code,
                "code_verifier": verifier,
                "redirect_uri": redirect_uri,
            }
        )

    async def refresh(self, refresh_token: str) -> OAuthTokens:
        return await self._token({"grant_type": "refresh_token", "refresh_token": refresh_token})

    async def _token(self, form: dict[str, str]) -> OAuthTokens:
        body = {**form, "client_id": self._client_id, "client_secret": self._client_secret}
        try:
            data = await self._http.request_json(
                "POST", self._token_path, content=urlencode(body).encode(), headers=_FORM
            )
        except InvalidRequestError as exc:
            if exc.detail == "invalid_grant":
                raise SignInRevoked(SERVICE, status=exc.status, credential="sign-in") from exc
            raise
        return tokens_from(data, SERVICE, self._now())


class SignInRefused(RemoteError):
    """The person declined in the browser, or the answer was not ours (state mismatch)."""

    @property
    def user_message(self) -> str:
        return f"Signing in to Google did not finish ({self.detail}). Try again."


class LoopbackRedirect:
    """Receives the one redirect of a sign-in on http://127.0.0.1:<ephemeral port>/."""

    def __init__(self) -> None:
        self._answer: asyncio.Future[dict[str, str]] | None = None
        self._server: asyncio.Server | None = None

    async def start(self) -> str:
        self._answer = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/"

    async def wait(self, state: str, timeout: float) -> str:
        """The authorization code, once the browser came back with our `state`."""
        assert self._answer is not None
        try:
            answer = await asyncio.wait_for(asyncio.shield(self._answer), timeout)
        except TimeoutError as exc:
            raise SignInRefused(SERVICE, status=None, detail="no answer from the browser") from exc
        if answer.get("state") != state:
            raise SignInRefused(SERVICE, status=None, detail="the answer was not for this sign-in")
        if "error" in answer or not answer.get("code"):
            raise SignInRefused(SERVICE, status=None, detail=answer.get("error", "no code"))
        return answer["code"]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await asyncio.wait_for(reader.readline(), 10)
            while (await asyncio.wait_for(reader.readline(), 10)) not in (b"\r\n", b"\n", b""):
                pass  # the headers: nothing in them matters
            target = line.decode("latin-1").split(" ")[1] if line.count(b" ") >= 2 else "/"
            query = dict(parse_qsl(urlsplit(target).query))
            mine = "code" in query or "error" in query
            if mine and self._answer is not None and not self._answer.done():
                self._answer.set_result(query)
            text = "Signed in. You can close this tab and go back to l4ydesk." if mine else ""
            body = f"<!doctype html><title>l4ydesk</title><p>{text}</p>".encode()
            status = b"200 OK" if mine else b"404 Not Found"
            writer.write(
                b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html; charset=utf-8\r\n"
                b"Content-Length: "
                + str(len(body)).encode()
                + b"\r\nConnection: close\r\n\r\n"
                + body
            )
            await writer.drain()
        except (TimeoutError, OSError, IndexError):
            pass  # a stray or slow connection: the sign-in keeps waiting for the real one
        finally:
            writer.close()

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None


class Refresher(Protocol):
    """A token endpoint that turns a refresh token into fresh tokens (Google, Microsoft)."""

    async def refresh(self, refresh_token: str) -> OAuthTokens: ...

    async def aclose(self) -> None: ...


class RefreshingToken:
    """Access tokens for API calls, refreshed from the refresh token the keyring holds."""

    def __init__(
        self,
        oauth: Refresher,
        refresh_token: Callable[[], str],
        now: Callable[[], float] = time.time,
        service: str = SERVICE,
    ) -> None:
        self._oauth = oauth
        self._service = service
        self._refresh_token = refresh_token
        self._now = now
        self._tokens: OAuthTokens | None = None

    async def get(self, force: bool = False) -> str:
        if force or self._tokens is None or self._tokens.expires_at - 60 <= self._now():
            refresh = self._refresh_token()
            if not refresh:
                raise AuthError(
                    self._service, status=None, detail="no sign-in is kept", credential="sign-in"
                )
            self._tokens = await self._oauth.refresh(refresh)
        return self._tokens.access_token

    async def aclose(self) -> None:
        await self._oauth.aclose()


async def sign_in(
    oauth: GoogleOAuth, open_browser: Callable[[str], object], timeout: float = 300.0
) -> OAuthTokens:
    """The whole desktop sign-in: loopback redirect, browser, code exchange (with PKCE)."""
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(16)
    redirect = LoopbackRedirect()
    uri = await redirect.start()
    try:
        open_browser(oauth.authorization_url(uri, challenge, state))
        code = await redirect.wait(state, timeout)
    finally:
        await redirect.aclose()
    return await oauth.exchange(code, verifier, uri)
