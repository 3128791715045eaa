"""Errors raised while taking in a directive file, and the exit codes the command line gives."""

from jobs.model import IngestError as IngestError

EXIT_BAD_INPUT = 2
EXIT_REFUSED = 3  # --yes and nothing fit to store: no task, deadlines waiting, already stored
