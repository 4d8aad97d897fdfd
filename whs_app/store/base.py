from __future__ import annotations

import json
import re
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

if TYPE_CHECKING:
    from whs_app.store.database import Store


class Repository:
    def __init__(self, store: "Store") -> None:
        self.store = store

    def tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Rows as plain tuples: cheaper than named rows for a day of orders."""
        return self.store.tuples(sql, params)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def placeholders(count: int) -> str:
    return ",".join("?" * count)


_IDENTIFIER = re.compile(r"^[a-z_]+$")


@contextmanager
def staged(store: "Store", table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    """The rows, (values of columns…, id) each, as a temp table (named by the value) for one set-based
    statement: one pass of SQLite's own loop is cheaper than a statement per row for a day of orders.
    The columns are `table`'s (PostgreSQL types them as there). A repeated id keeps its last values, as
    row by row. One staging at a time (they share the name)."""
    columns = [_identifier(name) for name in columns]
    if store.backend == "sqlite":
        name, insert = "temp.staged_rows", "INSERT OR REPLACE INTO"
        store.execute(f"CREATE TEMP TABLE {name} ({', '.join(columns)}, id INTEGER PRIMARY KEY)")
    else:
        rows = list({row[-1]: row for row in rows}.values())    # the last values of an id, as REPLACE
        name, insert = "staged_rows", "INSERT INTO"
        store.execute(f"CREATE TEMP TABLE {name} AS SELECT {', '.join(columns)}, CAST(NULL AS BIGINT) AS id"
                      f" FROM {_identifier(table)} WITH NO DATA")
    try:
        # The columns named: PostgreSQL prepares a repeated statement, its parameter types then fixed.
        store.executemany(f"{insert} {name} ({', '.join(columns)}, id) VALUES ({placeholders(len(columns) + 1)})",
                          rows)
        yield name
    finally:
        store.execute(f"DROP TABLE {name}")


def update_by_id(store: "Store", table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
                 fixed: str = "") -> None:
    """UPDATE table SET columns (and the `fixed` assignments, SQL) WHERE id = …, for rows of (values…, id),
    set-based (staged) and so in id order."""
    table = _identifier(table)
    sets = ", ".join([f"{name} = s.{name}" for name in columns] + ([fixed] if fixed else []))
    with staged(store, table, columns, rows) as source:
        store.execute(f"UPDATE {table} SET {sets} FROM {source} s WHERE {table}.id = +s.id")   # driven by the staged rows, not a walk of the table


def _identifier(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise ValueError(f"not a table or column name: {name!r}")
    return name
