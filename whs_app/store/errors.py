class StoreError(Exception):
    """The database cannot be used as asked: a clear message for a person, never a traceback."""


class StoreUnavailable(StoreError):
    """The database server cannot be reached: nothing of the step that raised this was written."""


def not_a_whs_database(location: str, exc: Exception) -> StoreError:
    return StoreError(f"{location}: 不是 whs 数据库 not a usable whs database ({exc})")


class IntegrityError(StoreError):
    """A write broke a constraint (a unique number used twice, say); the backend's own error is the cause."""
