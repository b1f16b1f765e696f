"""The records browser: find, see and edit the workspace's business records (`RecordsBrowser`)."""

from l4ydesk.ui.records.browser import RecordsBrowser
from l4ydesk.ui.records.property_table import PropertiesError, PropertyTable

__all__ = ["PropertiesError", "PropertyTable", "RecordsBrowser"]
