"""A task to its plan: reminder policy, recurrence, late deadlines, and its status."""
