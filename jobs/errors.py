"""Errors raised while taking in a directive file, and the exit codes the command line gives."""

EXIT_BAD_INPUT = 2
EXIT_REFUSED = 3  # --yes and nothing fit to store: no task, deadlines waiting, already stored


class IngestError(Exception):
    """A directive file that cannot be read; str(exc) is a Vietnamese message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
