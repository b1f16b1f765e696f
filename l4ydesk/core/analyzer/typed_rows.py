"""Rows declared with the same row type as a set of goods are more of those goods.

A pizzeria's menu module types every section alike (`pizzas: MenuItem[]`, `dishes: MenuItem[]`)
and prices only some ("XX€" for the pizzas, nothing yet for the grilled dishes): the dishes sit
on the same menu among priced items, so they are sold too (round 15, "on a menu or price
list"). The declared type is what ties the sections together, whatever language the menu is in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from l4ydesk.core.analyzer.record_kinds import DataSet
from l4ydesk.core.analyzer.syntax import SourceFile

# `: MenuItem[]`, `: Array<MenuItem>`, `: readonly MenuItem[]`
_ROW_TYPE = re.compile(r":\s*(?:readonly\s+)?(?:([A-Z]\w*)\s*\[\s*\]|Array<\s*([A-Z]\w*)\s*>)\s*$")

# a type for groups of rows (`ServiceCategory`): its rows hold the goods, they are none
_GROUPS = re.compile(r"Categor|Group|Section|Collection", re.I)


def row_type(src: SourceFile, ds: DataSet) -> str | None:
    """The row type a set is declared with, when it names one of the project's own types; only
    a whole set's own declaration counts (rows nested in another set's rows share its type)."""
    if "." in ds.var_name or ds.decl.type != "variable_declarator":
        return None
    annotation = ds.decl.child_by_field_name("type")
    if annotation is None:
        return None
    found = _ROW_TYPE.search(src.text(annotation))
    name = (found.group(1) or found.group(2)) if found else None
    return None if name is None or _GROUPS.search(name) else name


def goods_types(src: SourceFile, kinds: Iterable[tuple[DataSet, str | None]]) -> frozenset[str]:
    """The row types of the file's sets read as goods."""
    return frozenset(
        t for ds, kind in kinds if kind == "product" and (t := row_type(src, ds)) is not None
    )
