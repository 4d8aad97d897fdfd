class StoreError(Exception):
    """The database cannot be used as asked: a clear message for a person, never a traceback."""
