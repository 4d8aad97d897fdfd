"""`whs review` commands."""
COMMANDS: list = []
