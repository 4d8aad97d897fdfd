"""`whs waves` commands."""
COMMANDS: list = []
