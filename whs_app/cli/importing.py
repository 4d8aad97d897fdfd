"""`whs importing` commands."""
COMMANDS: list = []
