"""The reminder engine: reminder rows to messages on time, under one scheduler lock."""
