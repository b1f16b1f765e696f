"""Connect mode: business records found in an app's code, connected to the workspace's records.

`ConnectionPanel` is the widget the window docks; the rest of the package is its parts.
"""

from l4ydesk.ui.connect.panel import ConnectionPanel
from l4ydesk.ui.connect.type_detail import Bulk

__all__ = ["Bulk", "ConnectionPanel"]
