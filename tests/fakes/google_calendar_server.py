"""Google Calendar API v3 and Google's OAuth 2.0 endpoints for desktop apps, as a fake.

Written from Google's published reference, not from our client; each behaviour cites where:
- [list] Events: list (developers.google.com/calendar/api/v3/reference/events/list):
  `singleEvents` expands recurring events into instances; `maxResults` (default 250) may be
  undercut ("the number of events in the resulting page may be less than this value"), an
  incomplete page has `nextPageToken`; `showDeleted`.
- [sync] Synchronize resources efficiently (calendar/api/guides/sync): `nextSyncToken` only on
  the last page; an incremental request passes `syncToken` (and `pageToken` for its later
  pages) and gets every change since, deleted events included with status "cancelled"; a
  token the server no longer accepts answers 410 Gone and the client must sync in full;
  a sync token cannot be combined with restrictions such as timeMin (400).
- [event] Events resource: `id` may be chosen by the client (base32hex: a-v and 0-9, 5-1024
  characters, unique per calendar); `start`/`end` hold `date` (all-day, end exclusive) or
  `dateTime`; `transparency` "opaque"/"transparent"; `extendedProperties.private`; instances
  of a recurring event have their own id, `recurringEventId` and `originalStartTime`.
- [insert] Events: insert, [update] Events: update (PUT), [delete] Events: delete.
- [errors] Handle API errors (calendar/api/guides/errors): 401 authError "Invalid
  Credentials", 403/429 rateLimitExceeded, 409 duplicate ("The requested identifier already
  exists."), 410 fullSyncRequired, 410 deleted ("Resource has been deleted").
- [oauth] OAuth 2.0 for iOS & desktop apps (identity/protocols/oauth2/native-app): the
  authorization endpoint takes client_id, redirect_uri (a loopback IP with a port),
  response_type=code, scope, code_challenge + code_challenge_method=S256 and state, and
  redirects back with code and state; the token endpoint exchanges code + code_verifier
  (grant_type=authorization_code) and refreshes (grant_type=refresh_token); a revoked or
  expired refresh token answers 400 {"error": "invalid_grant"}.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Reply, Response, json_reply

CLIENT_ID, CLIENT_SECRET = "l4ydesk-test.apps.googleusercontent.com", "not-really-secret"
_EVENT_ID = re.compile(r"[a-v0-9]{5,1024}")


def google_error(status: int, reason: str, message: str, domain: str = "global") -> Reply:
    """[errors]: the two-level error body every Calendar API error carries."""
    return json_reply(
        status,
        {
            "error": {
                "errors": [{"domain": domain, "reason": reason, "message": message}],
                "code": status,
                "message": message,
            }
        },
    )


class FakeGoogleCalendar(FakeHTTPServer):
    def __init__(self) -> None:
        super().__init__()
        self.summary = "lee@example.org"  # the primary calendar's summary is the account
        self.events: dict[str, dict[str, Any]] = {}
        self.changed_at: dict[str, int] = {}
        self.cancelled_instances: dict[str, set[str]] = {}
        self.page_size = 250
        self._seq = itertools.count(1)
        self.seq = 0
        self.forgotten_before = 0  # sync tokens older than this answer 410
        self.codes: dict[str, tuple[str, str]] = {}  # code -> (redirect_uri, challenge)
        self.refresh_tokens: set[str] = set()
        self.access_tokens: set[str] = set()
        self.consented = True

    # ----- what another calendar app (or Google itself) does -------------------------------

    def _touch(self, event_id: str) -> None:
        self.seq = next(self._seq)
        self.changed_at[event_id] = self.seq

    def put(self, event: dict[str, Any]) -> None:
        event.setdefault("status", "confirmed")
        event["etag"] = f'"{secrets.token_hex(6)}"'
        self.events[event["id"]] = event
        self._touch(event["id"])

    def remove(self, event_id: str) -> None:
        self.events[event_id]["status"] = "cancelled"  # [sync]: deletions stay as cancelled
        self._touch(event_id)

    def cancel_instance(self, master_id: str, instance_id: str) -> None:
        self.cancelled_instances.setdefault(master_id, set()).add(instance_id)
        self._touch(master_id)

    def forget_sync_tokens(self) -> None:
        self.forgotten_before = self.seq + 1

    def expire_access_tokens(self) -> None:
        self.access_tokens.clear()

    def revoke(self) -> None:
        self.refresh_tokens.clear()
        self.access_tokens.clear()

    # ----- HTTP ---------------------------------------------------------------------------

    def authorize(self, request: RecordedRequest) -> Response | None:
        if not request.path.startswith("/calendar/v3/"):
            return None
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.access_tokens:
            return google_error(401, "authError", "Invalid Credentials")
        return None

    def route(self, request: RecordedRequest) -> Response:
        if request.path == "/o/oauth2/v2/auth" and request.method == "GET":
            return self._consent(request)
        if request.path == "/token" and request.method == "POST":
            return self._token(dict(parse_qsl(request.body.decode())))
        match = re.fullmatch(r"/calendar/v3/calendars/([^/]+)(/events(?:/([^/]+))?)?", request.path)
        if match is None or match.group(1) != "primary":
            return google_error(404, "notFound", "Not Found")
        if match.group(2) is None:
            return json_reply(
                200,
                {
                    "kind": "calendar#calendar",
                    "id": self.summary,
                    "summary": self.summary,
                    "timeZone": "Europe/Berlin",
                },
            )
        event_id = match.group(3)
        if event_id is None and request.method == "GET":
            return self._list(request.query)
        if event_id is None and request.method == "POST":
            return self._insert(request.json())
        if event_id is not None and request.method == "PUT":
            return self._update(event_id, request.json())
        if event_id is not None and request.method == "DELETE":
            return self._delete(event_id)
        return google_error(405, "methodNotAllowed", "Method Not Allowed")

    # [oauth] ------------------------------------------------------------------------------

    def _consent(self, request: RecordedRequest) -> Response:
        q = request.query
        redirect = q.get("redirect_uri", "")
        if q.get("client_id") != CLIENT_ID or urlsplit(redirect).hostname != "127.0.0.1":
            return Reply(400, body=b"Error 400: redirect_uri_mismatch")
        if q.get("response_type") != "code" or q.get("code_challenge_method") != "S256":
            return Reply(400, body=b"Error 400: invalid_request")
        if not self.consented:
            where = redirect + "?" + urlencode({"error": "access_denied", "state": q["state"]})
            return Reply(302, headers={"Location": where})
        code = secrets.token_urlsafe(12)
        self.codes[code] = (redirect, q["code_challenge"])
        where = redirect + "?" + urlencode({"code": code, "state": q.get("state", "")})
        return Reply(302, headers={"Location": where})

    def _token(self, form: dict[str, str]) -> Response:
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return json_reply(401, {"error": "invalid_client"})
        grant = form.get("grant_type")
        if grant == "authorization_code":
            redirect, challenge = self.codes.pop(form.get("code", ""), ("", ""))
            digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
            made = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if not redirect or redirect != form.get("redirect_uri") or made != challenge:
                return json_reply(
                    400, {"error": "invalid_grant", "error_description": "Bad Request"}
                )
            refresh = "1//" + secrets.token_urlsafe(24)
            self.refresh_tokens.add(refresh)
            return json_reply(200, self._access({"refresh_token": refresh}))
        if grant == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return json_reply(
                    400,
                    {
                        "error": "invalid_grant",
                        "error_description": "Token has been expired or revoked.",
                    },
                )
            return json_reply(200, self._access({}))
        return json_reply(400, {"error": "unsupported_grant_type"})

    def _access(self, extra: dict[str, str]) -> dict[str, Any]:
        token = "ya29." + secrets.token_urlsafe(24)
        self.access_tokens.add(token)
        scope = "https://www.googleapis.com/auth/calendar.events"
        return {
            "access_token": token,
            "expires_in": 3599,
            "token_type": "Bearer",
            "scope": scope,
            **extra,
        }

    # [list] [sync] ------------------------------------------------------------------------

    def _list(self, q: dict[str, str]) -> Response:
        sync_token = q.get("syncToken")
        if sync_token and any(k in q for k in ("timeMin", "timeMax", "q", "orderBy", "updatedMin")):
            return google_error(
                400, "invalid", "Sync token cannot be used with other request restrictions."
            )
        since = 0
        if sync_token:
            since = int(sync_token.removeprefix("s"))
            if since < self.forgotten_before:
                return google_error(
                    410,
                    "fullSyncRequired",
                    "Sync token is no longer valid, a full sync is required.",
                    domain="calendar",
                )
        snapshot, offset = self.seq, 0
        if q.get("pageToken"):
            snapshot, offset = (int(part) for part in q["pageToken"].split(":"))
        single = q.get("singleEvents") == "true"
        deleted = bool(sync_token) or q.get("showDeleted") == "true"
        items: list[dict[str, Any]] = []
        for event_id in sorted(self.events, key=lambda e: self.changed_at[e]):
            if not since < self.changed_at[event_id] <= snapshot:
                continue
            event = self.events[event_id]
            shown = self._instances(event) if single and "recurrence" in event else [event]
            items.extend(e for e in shown if deleted or e["status"] != "cancelled")
        size = min(int(q.get("maxResults", 250)), self.page_size)
        page = items[offset : offset + size]
        body: dict[str, Any] = {
            "kind": "calendar#events",
            "summary": self.summary,
            "timeZone": "Europe/Berlin",
            "items": page,
        }
        if offset + size < len(items):
            body["nextPageToken"] = f"{snapshot}:{offset + size}"
        else:
            body["nextSyncToken"] = f"s{snapshot}"
        return json_reply(200, body)

    def _instances(self, master: dict[str, Any]) -> list[dict[str, Any]]:
        zone = ZoneInfo(master["start"].get("timeZone", "UTC"))
        start = datetime.fromisoformat(master["start"]["dateTime"]).astimezone(zone)
        length = datetime.fromisoformat(master["end"]["dateTime"]) - start
        rule = rrulestr(master["recurrence"][0].removeprefix("RRULE:"), dtstart=start)
        cancelled = self.cancelled_instances.get(master["id"], set())
        found = []
        for when in rule.between(start - timedelta(seconds=1), start + timedelta(days=730)):
            instance_id = f"{master['id']}_{when.astimezone(UTC):%Y%m%dT%H%M%SZ}"
            gone = master["status"] == "cancelled" or instance_id in cancelled
            found.append(
                {
                    **{k: v for k, v in master.items() if k != "recurrence"},
                    "id": instance_id,
                    "recurringEventId": master["id"],
                    "originalStartTime": {"dateTime": when.isoformat()},
                    "start": {"dateTime": when.isoformat(), "timeZone": str(zone)},
                    "end": {"dateTime": (when + length).isoformat(), "timeZone": str(zone)},
                    "status": "cancelled" if gone else master["status"],
                }
            )
        return found

    # [insert] [update] [delete] ----------------------------------------------------------

    def _insert(self, body: dict[str, Any]) -> Response:
        event_id = body.get("id") or secrets.token_hex(13)
        if not _EVENT_ID.fullmatch(event_id):
            return google_error(400, "invalid", "Invalid resource id value.")
        if event_id in self.events:
            return google_error(409, "duplicate", "The requested identifier already exists.")
        self.put({**body, "id": event_id})
        return json_reply(200, self.events[event_id])

    def _update(self, event_id: str, body: dict[str, Any]) -> Response:
        if event_id not in self.events:
            return google_error(404, "notFound", "Not Found")
        self.put({**body, "id": event_id, "status": body.get("status", "confirmed")})
        return json_reply(200, self.events[event_id])

    def _delete(self, event_id: str) -> Response:
        event = self.events.get(event_id)
        if event is None:
            return google_error(404, "notFound", "Not Found")
        if event["status"] == "cancelled":
            return google_error(410, "deleted", "Resource has been deleted")
        self.remove(event_id)
        return Reply(204)
