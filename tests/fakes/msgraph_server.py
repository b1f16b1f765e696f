"""Microsoft Graph v1.0 calendar endpoints and the Microsoft identity platform, as a fake.

Written from Microsoft's published reference, not from our client; each behaviour cites where:
- [delta] event: delta (learn.microsoft.com/graph/api/event-delta) and "Get incremental changes
  to events in a calendar view" (graph/delta-query-events): GET /me/calendarView/delta with
  startDateTime/endDateTime starts a round; pages end with @odata.nextLink ($skiptoken) until
  the last, which carries @odata.deltaLink ($deltatoken); the window is fixed by the round's
  first request and carried by its links; `Prefer: odata.maxpagesize=N` sizes pages; a
  deleted event comes as {"id", "@removed": {"reason": "deleted"}}; occurrences and exceptions
  of recurring series come as their own items (type occurrence/exception); a delta token the
  service no longer has answers 410 Gone (resync required).
- [event] event resource: `start`/`end` are dateTimeTimeZone {dateTime, timeZone} (in UTC when
  the request says `Prefer: outlook.timezone="UTC"`), `isAllDay`, `isCancelled`, `showAs`
  (free, tentative, busy, oof, workingElsewhere, unknown), `transactionId` ("a custom
  identifier specified by a client app for the server to avoid redundant POST operations in
  case of client retries to create the same event").
- [create] POST /me/events (201), [update] PATCH /me/events/{id}, [delete] DELETE
  /me/events/{id} (204; 404 when it is gone).
- [throttling] Microsoft Graph throttling guidance: 429 Too Many Requests with Retry-After.
- [errors] Graph error responses: {"error": {"code", "message"}}; 401 InvalidAuthenticationToken.
- [device] Microsoft identity platform and the OAuth 2.0 device authorization grant
  (entra/identity-platform/v2-oauth2-device-code): POST /{tenant}/oauth2/v2.0/devicecode with
  client_id and scope answers device_code, user_code, verification_uri, expires_in, interval,
  message; polling /{tenant}/oauth2/v2.0/token with grant_type
  urn:ietf:params:oauth:grant-type:device_code answers 400 authorization_pending until the
  person signs in, authorization_declined, expired_token; refresh with
  grant_type=refresh_token; a revoked refresh token answers 400 invalid_grant.
"""

from __future__ import annotations

import itertools
import secrets
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode

from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Reply, Response, json_reply

CLIENT_ID = "00000000-l4yd-desk-test-000000000000"
_GRANT_DEVICE = "urn:ietf:params:oauth:grant-type:device_code"


def graph_error(status: int, code: str, message: str) -> Reply:
    """[errors]"""
    return json_reply(status, {"error": {"code": code, "message": message}})


def _utc(value: str) -> datetime:
    return datetime.fromisoformat(value[:26]).replace(tzinfo=UTC)


class FakeGraph(FakeHTTPServer):
    def __init__(self) -> None:
        super().__init__()
        self.account = "lee@contoso.example"
        self.events: dict[str, dict[str, Any]] = {}  # single instances and occurrences
        self.changed_at: dict[str, int] = {}
        self._seq = itertools.count(1)
        self.seq = 0
        self.forgotten_before = 0
        self.device_codes: dict[str, dict[str, Any]] = {}  # device_code -> state
        self.refresh_tokens: set[str] = set()
        self.access_tokens: set[str] = set()

    # ----- what the person or another app does --------------------------------------------

    def _touch(self, event_id: str) -> None:
        self.seq = next(self._seq)
        self.changed_at[event_id] = self.seq

    def put(self, event: dict[str, Any]) -> None:
        event.setdefault("isCancelled", False)
        event.setdefault("isAllDay", False)
        event.setdefault("showAs", "busy")
        event.setdefault("type", "singleInstance")
        self.events[event["id"]] = event
        self._touch(event["id"])

    def delete(self, event_id: str) -> None:
        self.events[event_id]["@deleted"] = True
        self._touch(event_id)

    def approve(self, user_code: str) -> None:
        for state in self.device_codes.values():
            if state["user_code"] == user_code:
                state["approved"] = True

    def forget_delta_tokens(self) -> None:
        self.forgotten_before = self.seq + 1

    def revoke(self) -> None:
        self.refresh_tokens.clear()
        self.access_tokens.clear()

    # ----- HTTP ---------------------------------------------------------------------------

    def authorize(self, request: RecordedRequest) -> Response | None:
        if not request.path.startswith("/v1.0/"):
            return None
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.access_tokens:
            return graph_error(
                401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid."
            )
        return None

    def route(self, request: RecordedRequest) -> Response:
        path, method = request.path, request.method
        if path.endswith("/oauth2/v2.0/devicecode") and method == "POST":
            return self._device_code(dict(parse_qsl(request.body.decode())))
        if path.endswith("/oauth2/v2.0/token") and method == "POST":
            return self._token(dict(parse_qsl(request.body.decode())))
        if path == "/v1.0/me/calendar" and method == "GET":
            return json_reply(
                200,
                {
                    "id": "AAMkCal",
                    "name": "Calendar",
                    "owner": {"name": "Lee", "address": self.account},
                },
            )
        if path == "/v1.0/me/calendarView/delta" and method == "GET":
            return self._delta(request)
        if path == "/v1.0/me/events" and method == "POST":
            return self._create(request.json())
        if path.startswith("/v1.0/me/events/"):
            event_id = path.rsplit("/", 1)[1]
            event = self.events.get(event_id)
            if event is None or event.get("@deleted"):
                return graph_error(
                    404, "ErrorItemNotFound", "The specified object was not found in the store."
                )
            if method == "PATCH":
                event.update(request.json())
                self._touch(event_id)
                return json_reply(200, event)
            if method == "DELETE":
                self.delete(event_id)
                return Reply(204)
        return graph_error(400, "BadRequest", f"Unsupported request {method} {path}")

    # [device] ----------------------------------------------------------------------------

    def _device_code(self, form: dict[str, str]) -> Response:
        if form.get("client_id") != CLIENT_ID:
            return json_reply(400, {"error": "invalid_client", "error_description": "AADSTS700016"})
        device, user = secrets.token_urlsafe(24), secrets.token_hex(4).upper()
        self.device_codes[device] = {
            "user_code": user,
            "approved": False,
            "scope": form.get("scope", ""),
        }
        return json_reply(
            200,
            {
                "device_code": device,
                "user_code": user,
                "verification_uri": "https://microsoft.com/devicelogin",
                "expires_in": 900,
                "interval": 5,
                "message": (
                    "To sign in, use a web browser to open the page "
                    f"https://microsoft.com/devicelogin and enter the code {user} to authenticate."
                ),
            },
        )

    def _token(self, form: dict[str, str]) -> Response:
        if form.get("client_id") != CLIENT_ID:
            return json_reply(400, {"error": "invalid_client"})
        if form.get("grant_type") == _GRANT_DEVICE:
            state = self.device_codes.get(form.get("device_code", ""))
            if state is None:
                return json_reply(400, {"error": "expired_token"})
            if not state["approved"]:
                return json_reply(
                    400,
                    {"error": "authorization_pending", "error_description": "AADSTS70016: pending"},
                )
            del self.device_codes[form["device_code"]]
            refresh = "M.R3_" + secrets.token_urlsafe(24)
            self.refresh_tokens.add(refresh)
            return json_reply(200, self._access({"refresh_token": refresh}))
        if form.get("grant_type") == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return json_reply(
                    400, {"error": "invalid_grant", "error_description": "AADSTS70000: revoked"}
                )
            return json_reply(200, self._access({}))
        return json_reply(400, {"error": "unsupported_grant_type"})

    def _access(self, extra: dict[str, str]) -> dict[str, Any]:
        token = "eyJ0" + secrets.token_urlsafe(24)
        self.access_tokens.add(token)
        return {
            "token_type": "Bearer",
            "scope": "Calendars.ReadWrite",
            "expires_in": 3599,
            "access_token": token,
            **extra,
        }

    # [delta] -----------------------------------------------------------------------------

    def _delta(self, request: RecordedRequest) -> Response:
        q = request.query
        if "$deltatoken" in q:
            since, window = self._decode(q["$deltatoken"])
            if since < self.forgotten_before:
                return graph_error(
                    410, "SyncStateNotFound", "The sync state generation is not found."
                )
            snapshot, offset = self.seq, 0
        elif "$skiptoken" in q:
            since, window, snapshot, offset = self._decode_skip(q["$skiptoken"])
        else:
            if "startDateTime" not in q or "endDateTime" not in q:
                return graph_error(
                    400, "ErrorInvalidParameter", "startDateTime and endDateTime are required."
                )
            since, window, snapshot, offset = 0, (q["startDateTime"], q["endDateTime"]), self.seq, 0
        lo, hi = _utc(window[0].rstrip("Z")), _utc(window[1].rstrip("Z"))
        items: list[dict[str, Any]] = []
        for event_id in sorted(self.events, key=lambda e: self.changed_at[e]):
            if not since < self.changed_at[event_id] <= snapshot:
                continue
            event = self.events[event_id]
            if event.get("@deleted"):
                if since:  # a first round lists what exists; later rounds say what went
                    items.append({"id": event_id, "@removed": {"reason": "deleted"}})
                continue
            if _utc(event["start"]["dateTime"]) < hi and _utc(event["end"]["dateTime"]) > lo:
                items.append(event)
        size = 50
        prefer = request.headers.get("prefer", "")
        if "odata.maxpagesize=" in prefer:
            size = int(prefer.split("odata.maxpagesize=")[1].split(",")[0])
        page = items[offset : offset + size]
        base = self.url("/v1.0/me/calendarView/delta")
        body: dict[str, Any] = {"@odata.context": base, "value": page}
        if offset + size < len(items):
            token = f"{since}|{window[0]}|{window[1]}|{snapshot}|{offset + size}"
            body["@odata.nextLink"] = base + "?" + urlencode({"$skiptoken": token})
        else:
            token = f"{snapshot}|{window[0]}|{window[1]}"
            body["@odata.deltaLink"] = base + "?" + urlencode({"$deltatoken": token})
        return json_reply(200, body)

    @staticmethod
    def _decode(token: str) -> tuple[int, tuple[str, str]]:
        since, start, end = token.split("|")
        return int(since), (start, end)

    @staticmethod
    def _decode_skip(token: str) -> tuple[int, tuple[str, str], int, int]:
        since, start, end, snapshot, offset = token.split("|")
        return int(since), (start, end), int(snapshot), int(offset)

    # [create] ----------------------------------------------------------------------------

    def _create(self, body: dict[str, Any]) -> Response:
        transaction = body.get("transactionId")
        for event in self.events.values():
            if (
                transaction
                and event.get("transactionId") == transaction
                and not event.get("@deleted")
            ):
                return json_reply(201, event)  # [event] transactionId: no redundant event
        event = {**body, "id": "AAMkAD" + secrets.token_hex(8)}
        self.put(event)
        return json_reply(201, event)
