"""The monitoring board's data (监视盘): `board_snapshot(store, clock)` -> `BoardSnapshot`. No Qt."""
from whs_app.monitoring.burndown import LIMIT, BurnDown
from whs_app.monitoring.plan import DayPlan
from whs_app.monitoring.snapshot import STAGES, BoardSnapshot, Hour, PackerLine, PrinterLine, Stage, board_snapshot

__all__ = ["LIMIT", "STAGES", "BoardSnapshot", "BurnDown", "DayPlan", "Hour", "PackerLine", "PrinterLine", "Stage",
           "board_snapshot"]
