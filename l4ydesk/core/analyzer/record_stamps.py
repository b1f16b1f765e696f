"""Tells a record's time stamp from the date of a happening.

"Submitted: 25 May 2025, 10:30 AM" under "Awaiting approval", "Delivered to customer on Jan 14,
2024 at 2:30 PM" under "Order #12544": the day and hour say when something was done to a record
(an order, a request), not when anyone can attend anything. A block whose every date follows
such a word is no event, in any of the languages v0 apps are written in.
"""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.values import date_starts

# past participles of what is done to a record, then at most a few words ("on", "to customer")
_STAMP = re.compile(
    r"(?<![^\W\d_])(?:"
    # en
    r"submitted|created|placed|ordered|delivered|shipped|dispatched|updated|modified|"
    r"edited|paid|issued|requested|received|processed|approved|rejected|cancell?ed|"
    r"refunded|generated|uploaded|last (?:login|seen|active|updated)|"
    # es pt
    r"enviad[oa]|cread[oa]|criad[oa]|entregad[oa]|entregue|actualizad[oa]|atualizad[oa]|"
    r"pagad[oa]|solicitad[oa]|recibid[oa]|recebid[oa]|emitid[oa]|aprobad[oa]|aprovad[oa]|"
    r"cancelad[oa]|"
    # fr
    r"soumise?|créée?|envoyée?|livrée?|mise? à jour|payée?|émise?|reçue?|commandée?|"
    r"annulée?|"
    # de
    r"eingereicht|erstellt|gesendet|versandt|versendet|geliefert|aktualisiert|bezahlt|"
    r"bestellt|storniert|"
    # it
    r"inviat[oa]|creat[oa]|consegnat[oa]|aggiornat[oa]|pagat[oa]|richiest[oa]|ordinat[oa]|"
    # nl
    r"ingediend|aangemaakt|verzonden|geleverd|bijgewerkt|betaald|besteld|"
    # vi
    r"đã gửi|ngày tạo|cập nhật|đã giao|đã thanh toán"
    r")(?![^\W\d_])"
    # ja: 作成日, 送信日時, 更新日, 注文日, 支払日 (no word breaks to find)
    r"|作成|送信|更新|注文日|支払日|提出",
    re.I,
)
_BEFORE = 40  # a stamp word stands just before its date: "Submitted: ", "delivered to x on "


def only_stamped_dates(text: str) -> bool:
    """True when the text has dates and a stamp word stands shortly before every one of them."""
    starts = date_starts(text)
    return bool(starts) and all(_STAMP.search(text[max(0, at - _BEFORE) : at]) for at in starts)
