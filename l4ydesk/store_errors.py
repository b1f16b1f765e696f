"""Why the local store cannot be opened.

Outside the storage package on purpose: importing `l4ydesk.storage` registers the SQLAlchemy
models, and the command line and the window need these errors before (or without) that.
"""


class StoreError(RuntimeError):
    """The local store cannot be opened; the message says why and what to do."""


class NewerDatabaseError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    pass


class StoreBusyError(StoreError):
    """Another writer kept the database too long; nothing of this change was written."""

    def __init__(self) -> None:
        super().__init__(
            "The l4ydesk database is busy with other work (another import, connect run or "
            "l4ydesk window). Nothing was changed; try again in a moment."
        )
