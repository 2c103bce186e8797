"""The error family every layer raises; the CLI turns each into one line, the API into one JSON shape."""

from __future__ import annotations


class StoryweaveError(Exception):
    """Base of every error storyweave reports to a user."""


class BadInput(StoryweaveError):
    """One input (a file, a record) cannot be used; the batch goes on without it."""

    def __init__(self, source: str, reason: str, trace: str | None = None):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.trace = trace  # the traceback of an unexpected failure, shown with --verbose


class NotFound(StoryweaveError):
    """A path, id or database that was asked for does not exist."""


class ConfigError(StoryweaveError):
    """A setting or command-line option has a value that cannot work."""
