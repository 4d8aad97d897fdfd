"""The only place that speaks SQL. Services get a Store and talk to its repositories."""
from whs_app.store.database import Store, default_db_path
from whs_app.store.errors import StoreError

__all__ = ["Store", "StoreError", "default_db_path"]
