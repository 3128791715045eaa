"""Directive ingest: a file to draft tasks (read → repair → outline → units → deadlines)."""
