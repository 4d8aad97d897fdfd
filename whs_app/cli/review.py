"""`whs review` and `whs exceptions …` (审单, 异常单)."""
from __future__ import annotations

import click

from whs_app.cli.context import CliContext, pass_cli
from whs_app.actor import Actor
from whs_app.exceptions_queue import (OrderActionRefused, approver, cancel, edit_address, find_order, hold, merge,
                                      needs_supervisor, queue, release)
from whs_app.findings import say
from whs_app.model import Order, Reason
from whs_app.review import review as review_orders
from whs_app.review_rules import WAIVABLE

REASONS = click.Choice([r.value for r in Reason])


@click.command()
@pass_cli
def review(cli: CliContext) -> None:
    """Review new orders (审单): ready, or exceptions with reasons; merge when configured."""
    result = review_orders(cli.store(), cli.clock, cli.actor)
    cli.emit(result.as_text(), result.as_dict())


@click.group()
def exceptions() -> None:
    """The exception queue (异常单)."""


@exceptions.command("list")
@click.option("--reason", type=REASONS, help="Only this reason.")
@click.option("--limit", type=click.IntRange(1, 100_000), default=200, show_default=True)
@pass_cli
def list_exceptions(cli: CliContext, reason: str | None, limit: int) -> None:
    """Open exceptions, oldest first."""
    store = cli.store()
    rows = queue(store, reason, limit)
    counts = store.exceptions.open_counts_by_reason()
    text = [f"{row['order_no']}  {row['label']}  {row['detail']}  ({row['raised_at']})" for row in rows]
    text.append("合计 open: " + (", ".join(f"{Reason(c).label} {n}" for c, n in sorted(counts.items())) or "0"))
    cli.emit("\n".join(text), {"exceptions": rows, "counts": counts})


class Approval:
    """The --supervisor and --pin given: who decides an action over some orders (the person at the
    command, unless the decision is a supervisor's, exceptions_queue.needs_supervisor)."""

    def __init__(self, cli: CliContext, supervisor: str | None, pin: str | None) -> None:
        self.cli, self.supervisor, self.pin = cli, supervisor, pin

    def actor(self, action: str, orders: list[Order]) -> Actor:
        if not (self.supervisor or self.pin or needs_supervisor(action, orders)):
            return self.cli.actor
        if not (self.supervisor and self.pin):
            raise OrderActionRefused(say("这是主管的决定：请给出 --supervisor 和 --pin",
                                         "this is a supervisor's decision: give --supervisor and --pin"))
        return approver(self.cli.store(), self.cli.clock, self.cli.actor, self.supervisor, self.pin)


def _order_command(name: str, help_text: str):
    """A command taking ORDER_NO [--shop] [--note] [--supervisor --pin]; refusals become clean errors."""
    def wrap(action):
        @exceptions.command(name, help=help_text)
        @click.argument("order_no")
        @click.option("--shop", help="Shop code, when the number exists in several shops.")
        @click.option("--note", default="", help="Why (recorded with the decision).")
        @click.option("--supervisor", help="Supervisor login: releasing, cancelling and merging orders from the"
                                           " queue are a supervisor's decisions.")
        @click.option("--pin", help="The supervisor's PIN.")
        @pass_cli
        def command(cli: CliContext, order_no: str, shop: str | None, note: str, supervisor: str | None,
                    pin: str | None, **options) -> None:
            store = cli.store()
            try:
                order = find_order(store, order_no, shop)
                action(cli, Approval(cli, supervisor, pin), order, note, **options)
            except OrderActionRefused as exc:
                raise click.ClickException(str(exc)) from exc
        return command
    return wrap


@click.option("--waive", multiple=True, type=click.Choice(sorted(r.value for r in WAIVABLE)),
              help="A soft reason the person checked and accepts; not raised again.")
@_order_command("release", "Release an order back to review (放行).")
def release_order(cli: CliContext, approval: Approval, order, note: str, waive: tuple[str, ...]) -> None:
    result = release(cli.store(), cli.clock, approval.actor("release", [order]), order, waive, note)
    _emit_reviewed(cli, order, "放行 released", result.as_dict())


# Decorators on a finished command apply bottom-up: the help lists these from --name down.
@click.option("--address", help="详细地址 Street address.")
@click.option("--district", help="区县 District.")
@click.option("--city", help="市 City.")
@click.option("--province", help="省 Province.")
@click.option("--phone", "receiver_phone", help="电话 Receiver's phone.")
@click.option("--name", "receiver_name", help="收件人 Receiver's name.")
@_order_command("edit-address", "Correct the receiver's address (改地址), then review the order again; parts not"
                                " given stay as they are.")
def edit_address_order(cli: CliContext, approval: Approval, order, note: str, **parts: str | None) -> None:
    address = {name: value for name, value in parts.items() if value is not None}
    if not address:
        raise click.UsageError("give at least one of --name, --phone, --province, --city, --district, --address")
    result = edit_address(cli.store(), cli.clock, approval.actor("edit", [order]), order, address, note)
    _emit_reviewed(cli, order, "改地址 address edited", result.as_dict())


def _emit_reviewed(cli: CliContext, order, what: str, review: dict) -> None:
    """The order's state after it was reviewed again, with the reasons still open."""
    state = cli.store().orders.get(order.id, with_lines=False).state
    reasons = [row["reason"] for row in cli.store().exceptions.open_for(order.id)]
    text = f"{order.order_no} {what} → {state}"
    if reasons:
        text += "  仍有异常 still: " + ", ".join(Reason(r).label for r in reasons)
    cli.emit(text, {"order_no": order.order_no, "state": state, "reasons": reasons, "review": review})


@_order_command("cancel", "Cancel an order (取消).")
def cancel_order(cli: CliContext, approval: Approval, order, note: str) -> None:
    cancel(cli.store(), cli.clock, approval.actor("cancel", [order]), order, note)
    cli.emit(f"{order.order_no} 已取消 cancelled", {"order_no": order.order_no, "state": "cancelled"})


@_order_command("hold", "Hold a ready or waved order (挂起).")
def hold_order(cli: CliContext, approval: Approval, order, note: str) -> None:
    hold(cli.store(), cli.clock, approval.actor("hold", [order]), order, note)
    cli.emit(f"{order.order_no} 已挂起 held", {"order_no": order.order_no, "state": "exception"})


@click.argument("others", nargs=-1, required=True)
@click.option("--waive", multiple=True, type=click.Choice(sorted(r.value for r in WAIVABLE)),
              help="A soft reason of an order taken from the queue that the person checked and accepts.")
@_order_command("merge", "Merge orders of the same buyer and address into one parcel by hand (手工合单): ORDER_NO"
                         " OTHER_NO…; orders in the queue are released into it.")
def merge_orders(cli: CliContext, approval: Approval, order, note: str, others: tuple[str, ...],
                 waive: tuple[str, ...]) -> None:
    shop = cli.store().shops.get(order.shop_id)["code"]   # a parcel never spans shops
    group = [order] + [find_order(cli.store(), number, shop) for number in others]
    result = merge(cli.store(), cli.clock, approval.actor("merge", group), group, waive, note)
    text = f"合单 merged: {' '.join(result.orders)} → 包裹 parcel {result.leader}"
    if result.released:
        text += "  从异常放行 released from the queue: " + " ".join(result.released)
    cli.emit(text, {"leader": result.leader, "orders": result.orders, "released": result.released})


COMMANDS = [review, exceptions]
