"""A list page's JSON body, with each record's stored properties spliced in unparsed."""

from __future__ import annotations

import orjson

from l4ydesk.core.platform.app_records import RawPage


def page_body(page: RawPage) -> bytes:
    return orjson.dumps(
        {
            "data": [
                {
                    "id": r.id,
                    "type": r.type,
                    "name": r.name,
                    "status": r.status,
                    "properties": orjson.Fragment(r.properties_json),
                    "created_at": r.created_at,
                    "updated_at": r.updated_at,
                }
                for r in page.records
            ],
            "next_cursor": page.next_cursor,
            "has_more": page.next_cursor is not None,
        }
    )
