"""Domain errors whose message is a sentence the user can act on."""

from __future__ import annotations


class L4yError(Exception):
    """Base of every expected failure; `str(error)` is shown to the user as is."""


class InvalidPathError(L4yError):
    pass


class FileExistsInAppError(L4yError):
    pass


class FileNotFoundInAppError(L4yError):
    pass


class FileTooLargeError(L4yError):
    pass


class BinaryFileError(L4yError):
    pass


class AppNotFoundError(L4yError):
    pass


class InvalidArchiveError(L4yError):
    pass
