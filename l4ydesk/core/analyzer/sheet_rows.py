"""Rows appended to a spreadsheet through its SDK (round 21, post21f).

`google-spreadsheet` hands out a sheet object (`doc.sheetsByIndex[0]`) whose `addRow(...)`
writes a row into the outside sheet; the variable is any name, so the call is read by the
package the file imports. `googleapis`' `*.spreadsheets.values.append(...)` is read by its path,
whatever its root is called. Either is a write to an outside store, as `sheets.…` already is.
"""

from __future__ import annotations

from l4ydesk.core.analyzer.routing import imports_of
from l4ydesk.core.analyzer.syntax import SourceFile

# packages whose objects write rows into a spreadsheet kept outside the app
_SHEET_PACKAGES = frozenset({"google-spreadsheet", "googleapis", "@googleapis/sheets"})
# the calls of such an object that add a row (a header row or a read adds none)
_ROW_WRITES = frozenset({"addrow", "addrows", "appendrow", "appendrows", "insertrow"})
_VALUE_WRITES = frozenset({"append", "update", "batchupdate"})


def sheet_row_write(src: SourceFile, lowered: list[str]) -> bool:
    """A call (its callee's lower-cased segments) writing a row into an outside spreadsheet."""
    if len(lowered) >= 3 and "spreadsheets" in lowered[:-1] and lowered[-1] in _VALUE_WRITES:
        return True
    if len(lowered) < 2 or lowered[-1] not in _ROW_WRITES:
        return False
    return any(spec in _SHEET_PACKAGES for spec, _ in imports_of(src).values())
