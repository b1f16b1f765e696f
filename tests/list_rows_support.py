"""The small CRM app whose "Clients" page lists six people: a list element for Connect tests."""

from __future__ import annotations

from pathlib import Path

CRM = Path(__file__).resolve().parent / "data" / "list_rows"
CLIENT_NAMES = [
    "Ada Lovelace",
    "Grace Hopper",
    "Alan Turing",
    "Katherine Johnson",
    "Hedy Lamarr",
    "Margaret Hamilton",
]


def crm_files() -> dict[str, bytes]:
    return {str(p.relative_to(CRM)): p.read_bytes() for p in CRM.rglob("*") if p.is_file()}
