"""The warehouse at a glance: what `whs status` prints and the monitoring board reads."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from whs_app.model import OrderState, Reason
from whs_app.store import Store


NO_CARRIER = "-"


@dataclass(frozen=True)
class StatusReport:
    orders_total: int
    orders_by_state: dict[str, int]
    orders_by_carrier: dict[str, dict[str, int]]
    exceptions_by_reason: dict[str, int]
    waybill_balance: dict[str, int]
    print_jobs_by_state: dict[str, int]

    def as_dict(self) -> dict:
        return asdict(self)

    def as_text(self) -> str:
        lines = [f"订单总数 orders: {self.orders_total}"]
        lines += [f"  {state:<14} {self.orders_by_state.get(state, 0):>8}" for state in OrderState
                  if self.orders_by_state.get(state)]
        if self.orders_by_carrier:
            lines.append("快递 by carrier:")
            for code, states in sorted(self.orders_by_carrier.items()):
                detail = ", ".join(f"{s} {n}" for s, n in sorted(states.items()))
                pool = f"余单号 pool {self.waybill_balance.get(code, 0):>7}" if code != NO_CARRIER else " " * 19
                lines.append(f"  {code:<6} {pool}  {detail}")
        if self.exceptions_by_reason:
            lines.append("异常 exceptions by reason:")
            lines += [f"  {Reason(code).label}: {count}" for code, count in sorted(self.exceptions_by_reason.items())]
        if self.print_jobs_by_state:
            lines.append("打印任务 print jobs: " + ", ".join(
                f"{state} {count}" for state, count in sorted(self.print_jobs_by_state.items())))
        return "\n".join(lines)


def warehouse_status(store: Store) -> StatusReport:
    carriers = {c.id: c.code for c in store.carriers.all()}
    return StatusReport(
        orders_total=store.orders.count(),
        orders_by_state=store.orders.count_by_state(),
        orders_by_carrier=store.orders.count_by_carrier(),
        exceptions_by_reason=store.exceptions.open_counts_by_reason(),
        waybill_balance={carriers[cid]: n for cid, n in store.waybills.balances().items()},
        print_jobs_by_state=store.print_jobs.count_by_state(),
    )
