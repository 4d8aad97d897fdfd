"""`whs packing` commands."""
COMMANDS: list = []
