"""Errors raised while taking in a directive file."""


class IngestError(Exception):
    """A directive file that cannot be read; str(exc) is a Vietnamese message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
