<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressDialog</name>
    <message>
        <source>Edit address</source>
        <translation>Edit address</translation>
    </message>
    <message>
        <source>New address for order %1. It is reviewed again when you save: a ready order gives back its stock and is checked like a new one.</source>
        <translation>New address for order %1. It is reviewed again when you save: a ready order gives back its stock and is checked like a new one.</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Receiver</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Street address</translation>
    </message>
    <message>
        <source>Save and review</source>
        <translation>Save and review</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>whs</source>
        <translation>whs</translation>
    </message>
    <message>
        <source>There is no database at %1.

Make the demo warehouse with `python3 dev.py demo` (or `whs --db PATH init --demo`), then start again with --db PATH.</source>
        <translation>There is no database at %1.

Make the demo warehouse with `python3 dev.py demo` (or `whs --db PATH init --demo`), then start again with --db PATH.</translation>
    </message>
</context>
<context>
    <name>BacklogChart</name>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>To wave</source>
        <translation>To wave</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>To pick</translation>
    </message>
    <message>
        <source>To pack</source>
        <translation>To pack</translation>
    </message>
    <message>
        <source>Backlog per stage: %1</source>
        <translation>Backlog per stage: %1</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Monitoring board</source>
        <extracomment>A usable printer's state in a colour readable on the dark board (one that cannot print: ALARM).</extracomment>
        <translation>Monitoring board</translation>
    </message>
    <message>
        <source>The board cannot read the database: %1</source>
        <translation>The board cannot read the database: %1</translation>
    </message>
    <message>
        <source>F5 Refresh</source>
        <translation>F5 Refresh</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Packers: parcels</source>
        <translation>Packers: parcels</translation>
    </message>
    <message>
        <source>Exceptions by reason</source>
        <translation>Exceptions by reason</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Shipped today</source>
        <translation>Shipped today</translation>
    </message>
    <message>
        <source>Not shipped yet</source>
        <translation>Not shipped yet</translation>
    </message>
    <message>
        <source>All packed by</source>
        <translation>All packed by</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Packed today: %1</source>
        <translation>Packed today: %1</translation>
    </message>
    <message>
        <source>To pack: %1</source>
        <translation>To pack: %1</translation>
    </message>
    <message>
        <source>%1 orders/h in the last hour</source>
        <translation>%1 orders/h in the last hour</translation>
    </message>
    <message>
        <source>Over the 72 h limit already: %1</source>
        <translation>Over the 72 h limit already: %1</translation>
    </message>
    <message>
        <source>No packing in the last hour: no forecast</source>
        <translation>No packing in the last hour: no forecast</translation>
    </message>
    <message>
        <source>Nothing left to pack</source>
        <translation>Nothing left to pack</translation>
    </message>
    <message>
        <source>%1 · %2 inside the 72 h limit</source>
        <translation>%1 · %2 inside the 72 h limit</translation>
    </message>
    <message>
        <source>%1 · misses the 72 h limit by %2</source>
        <translation>%1 · misses the 72 h limit by %2</translation>
    </message>
    <message>
        <source>None waiting</source>
        <translation>None waiting</translation>
    </message>
    <message>
        <source>Most: %1 (%2)</source>
        <translation>Most: %1 (%2)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Reading the database…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Incomplete address</source>
        <translation>Incomplete address</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>Refund requested</translation>
    </message>
    <message>
        <source>Message needs a person</source>
        <translation>Message needs a person</translation>
    </message>
    <message>
        <source>Over every carrier's weight limit</source>
        <translation>Over every carrier's weight limit</translation>
    </message>
    <message>
        <source>Stock short</source>
        <translation>Stock short</translation>
    </message>
    <message>
        <source>Unknown SKU</source>
        <translation>Unknown SKU</translation>
    </message>
    <message>
        <source>No usable carrier</source>
        <translation>No usable carrier</translation>
    </message>
    <message>
        <source>Formula-like text</source>
        <translation>Formula-like text</translation>
    </message>
    <message>
        <source>Short pick</source>
        <translation>Short pick</translation>
    </message>
    <message>
        <source>Changed on the platform</source>
        <translation>Changed on the platform</translation>
    </message>
    <message>
        <source>Held by a person</source>
        <translation>Held by a person</translation>
    </message>
</context>
<context>
    <name>BurnChart</name>
    <message>
        <source>Not shipped</source>
        <translation>Not shipped</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Burn-down</source>
        <translation>Burn-down</translation>
    </message>
    <message>
        <source>72 h limit</source>
        <translation>72 h limit</translation>
    </message>
    <message>
        <source>Burn-down: %1 orders not shipped</source>
        <translation>Burn-down: %1 orders not shipped</translation>
    </message>
    <message>
        <source>72 h limit %1</source>
        <translation>72 h limit %1</translation>
    </message>
</context>
<context>
    <name>CarrierChart</name>
    <message>
        <source>%1 (out)</source>
        <translation>%1 (out)</translation>
    </message>
    <message>
        <source>Parcels today</source>
        <translation>Parcels today</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Carrier load against capacity</source>
        <translation>Carrier load against capacity</translation>
    </message>
    <message>
        <source>no carriers</source>
        <translation>no carriers</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>whs — error</source>
        <translation>whs — error</translation>
    </message>
    <message>
        <source>Something went wrong. The station keeps running; if the screen looks wrong, restart the app.</source>
        <translation>Something went wrong. The station keeps running; if the screen looks wrong, restart the app.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (and %2 more)</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>standard error</translation>
    </message>
    <message>
        <source>%1 at %2. Written to the log: %3</source>
        <translation>%1 at %2. Written to the log: %3</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>why, for the audit log (e.g. what the buyer said)</source>
        <translation>why, for the audit log (e.g. what the buyer said)</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>DRILL — this is a rehearsal database; nothing packed here ships</source>
        <translation>DRILL — this is a rehearsal database; nothing packed here ships</translation>
    </message>
</context>
<context>
    <name>DrillHourChart</name>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Orders per hour of the drill day</source>
        <translation>Orders per hour of the drill day</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Orders per hour: %1 arrived, %2 packed</source>
        <translation>Orders per hour: %1 arrived, %2 packed</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
</context>
<context>
    <name>DrillScreen</name>
    <message>
        <source>Paper out</source>
        <translation>Paper out</translation>
    </message>
    <message>
        <source>Printer offline</source>
        <translation>Printer offline</translation>
    </message>
    <message>
        <source>Carrier cap cut</source>
        <translation>Carrier cap cut</translation>
    </message>
    <message>
        <source>Carrier outage</source>
        <translation>Carrier outage</translation>
    </message>
    <message>
        <source>Scanner garbage</source>
        <translation>Scanner garbage</translation>
    </message>
    <message>
        <source>Exception burst</source>
        <translation>Exception burst</translation>
    </message>
    <message>
        <source>Station crash</source>
        <translation>Station crash</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>Orders packed</translation>
    </message>
    <message>
        <source>Finish (h from 00:00)</source>
        <translation>Finish (h from 00:00)</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Bottleneck</translation>
    </message>
    <message>
        <source>Packing capacity, orders/h</source>
        <translation>Packing capacity, orders/h</translation>
    </message>
    <message>
        <source>Picking capacity, orders/h</source>
        <translation>Picking capacity, orders/h</translation>
    </message>
    <message>
        <source>Packers</source>
        <translation>Packers</translation>
    </message>
    <message>
        <source>Pickers</source>
        <translation>Pickers</translation>
    </message>
    <message>
        <source>Orders/h a packer</source>
        <translation>Orders/h a packer</translation>
    </message>
    <message>
        <source>Packer error rate</source>
        <translation>Packer error rate</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Faults</translation>
    </message>
    <message>
        <source>Mean recovery, min</source>
        <translation>Mean recovery, min</translation>
    </message>
    <message>
        <source>Forecast finish, h</source>
        <translation>Forecast finish, h</translation>
    </message>
    <message>
        <source>Forecast within 72 h</source>
        <translation>Forecast within 72 h</translation>
    </message>
    <message>
        <source>Forecast packers (72 h)</source>
        <translation>Forecast packers (72 h)</translation>
    </message>
    <message>
        <source>Forecast pickers (72 h)</source>
        <translation>Forecast pickers (72 h)</translation>
    </message>
    <message>
        <source>Forecast printers</source>
        <translation>Forecast printers</translation>
    </message>
    <message>
        <source>Forecast label rolls</source>
        <translation>Forecast label rolls</translation>
    </message>
    <message>
        <source>Forecast ribbons</source>
        <translation>Forecast ribbons</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Waves</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Picking</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <source>Day %1 %2</source>
        <translation>Day %1 %2</translation>
    </message>
    <message>
        <source>D%1 %2</source>
        <translation>D%1 %2</translation>
    </message>
    <message>
        <source>Drill</source>
        <extracomment>(speed: simulated seconds per wall second, None: as fast as it goes), in the speed list's order which targets each fault takes (from service.fault_targets), none: it hits the whole floor</extracomment>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Give the drill a name first.</source>
        <translation>Give the drill a name first.</translation>
    </message>
    <message>
        <source>Making drill %1 from the live master data…</source>
        <translation>Making drill %1 from the live master data…</translation>
    </message>
    <message>
        <source>Drill %1 is ready: choose how it runs, then F9 Start.</source>
        <translation>Drill %1 is ready: choose how it runs, then F9 Start.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>%1 · %2 orders · %3</source>
        <translation>%1 · %2 orders · %3</translation>
    </message>
    <message>
        <source>Drill %1 is running.</source>
        <translation>Drill %1 is running.</translation>
    </message>
    <message>
        <source>Drill %1 is running: the stations are in the drill now.</source>
        <translation>Drill %1 is running: the stations are in the drill now.</translation>
    </message>
    <message>
        <source>every order is packed</source>
        <translation>every order is packed</translation>
    </message>
    <message>
        <source>the 72-hour limit was reached</source>
        <translation>the 72-hour limit was reached</translation>
    </message>
    <message>
        <source>it was stopped</source>
        <translation>it was stopped</translation>
    </message>
    <message>
        <source>The drill ended: %1 (%2 orders, %3 s). Write its report with Ctrl+R.</source>
        <translation>The drill ended: %1 (%2 orders, %3 s). Write its report with Ctrl+R.</translation>
    </message>
    <message>
        <source>Stopping the drill: the stations are back in live mode.</source>
        <translation>Stopping the drill: the stations are back in live mode.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Fixed after (min)</source>
        <translation>Fixed after (min)</translation>
    </message>
    <message>
        <source>Parcels today at most</source>
        <translation>Parcels today at most</translation>
    </message>
    <message>
        <source>Lasts (min)</source>
        <translation>Lasts (min)</translation>
    </message>
    <message>
        <source>Exception orders</source>
        <translation>Exception orders</translation>
    </message>
    <message>
        <source>Back after (s)</source>
        <translation>Back after (s)</translation>
    </message>
    <message>
        <source>Fault requested: %1. The drill applies it within a minute of drill time and logs it with its time.</source>
        <translation>Fault requested: %1. The drill applies it within a minute of drill time and logs it with its time.</translation>
    </message>
    <message>
        <source>Folder for the drill report</source>
        <translation>Folder for the drill report</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>running as fast as it goes</source>
        <translation>running as fast as it goes</translation>
    </message>
    <message>
        <source>running at %1×</source>
        <translation>running at %1×</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>running elsewhere</source>
        <translation>running elsewhere</translation>
    </message>
    <message>
        <source>Normal day × 3 × 0.8 = %1 orders</source>
        <translation>Normal day × 3 × 0.8 = %1 orders</translation>
    </message>
    <message>
        <source>Normal day × 3 × 0.8 (no order history)</source>
        <translation>Normal day × 3 × 0.8 (no order history)</translation>
    </message>
    <message>
        <source>The drill step failed: %1</source>
        <translation>The drill step failed: %1</translation>
    </message>
    <message>
        <source>New drill</source>
        <translation>New drill</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Inject a fault</source>
        <translation>Inject a fault</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. rehearsal-1</source>
        <translation>e.g. rehearsal-1</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Orders:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>&amp;Drill</translation>
    </message>
    <message>
        <source>Virtual crew</source>
        <translation>Virtual crew</translation>
    </message>
    <message>
        <source>People at real stations</source>
        <translation>People at real stations</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Speed</translation>
    </message>
    <message>
        <source>F9 Start</source>
        <translation>F9 Start</translation>
    </message>
    <message>
        <source>F10 Stop</source>
        <translation>F10 Stop</translation>
    </message>
    <message>
        <source>Ctrl+I Inject</source>
        <translation>Ctrl+I Inject</translation>
    </message>
    <message>
        <source>Ctrl+R Write report…</source>
        <translation>Ctrl+R Write report…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Live figures</source>
        <translation>Live figures</translation>
    </message>
    <message>
        <source>Forecast and comparison</source>
        <translation>Forecast and comparison</translation>
    </message>
    <message>
        <source>As fast as it goes</source>
        <translation>As fast as it goes</translation>
    </message>
    <message>
        <source>A day in 1 minute (1440×)</source>
        <translation>A day in 1 minute (1440×)</translation>
    </message>
    <message>
        <source>A day in 10 minutes (144×)</source>
        <translation>A day in 10 minutes (144×)</translation>
    </message>
    <message>
        <source>A day in 1 hour (24×)</source>
        <translation>A day in 1 hour (24×)</translation>
    </message>
    <message>
        <source>A day in 2 hours (12×)</source>
        <translation>A day in 2 hours (12×)</translation>
    </message>
    <message>
        <source>Real time (1×)</source>
        <translation>Real time (1×)</translation>
    </message>
</context>
<context>
    <name>ExceptionsScreen</name>
    <message>
        <source>That order is gone.</source>
        <translation>That order is gone.</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Why it is held</source>
        <translation>Why it is held</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Wave</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Could not read the orders: %1</source>
        <translation>Could not read the orders: %1</translation>
    </message>
    <message>
        <source>Review and exceptions</source>
        <translation>Review and exceptions</translation>
    </message>
    <message>
        <source>Exception queue</source>
        <translation>Exception queue</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <source>Sho&amp;p</source>
        <translation>Sho&amp;p</translation>
    </message>
    <message>
        <source>&amp;Number starts</source>
        <translation>&amp;Number starts</translation>
    </message>
    <message>
        <source>order number or scan</source>
        <translation>order number or scan</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>Find an order</translation>
    </message>
    <message>
        <source>all shops</source>
        <translation>all shops</translation>
    </message>
    <message>
        <source>all states</source>
        <translation>all states</translation>
    </message>
    <message>
        <source>Order %1 picked</source>
        <translation>Order %1 picked</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation>Orders: %1</translation>
    </message>
    <message>
        <source>Release order %1</source>
        <translation>Release order %1</translation>
    </message>
    <message>
        <source>Hold order %1: it leaves its wave and gives back its stock, and waits in the exception queue until someone releases it.</source>
        <translation>Hold order %1: it leaves its wave and gives back its stock, and waits in the exception queue until someone releases it.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Cancel order %1: it will not ship. Its stock goes back and it leaves its wave and merge group.</source>
        <translation>Cancel order %1: it will not ship. Its stock goes back and it leaves its wave and merge group.</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Cancel order…</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Cancel order %1</translation>
    </message>
    <message>
        <source>Merge orders from the exception queue into %1's parcel</source>
        <translation>Merge orders from the exception queue into %1's parcel</translation>
    </message>
    <message>
        <source>Not done: no supervisor approved it.</source>
        <translation>Not done: no supervisor approved it.</translation>
    </message>
    <message>
        <source>%1 now ship as one parcel under %2.</source>
        <translation>%1 now ship as one parcel under %2.</translation>
    </message>
    <message>
        <source>Order %1 is held in the exception queue.</source>
        <translation>Order %1 is held in the exception queue.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled; its stock is back.</source>
        <translation>Order %1 is cancelled; its stock is back.</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship.</source>
        <translation>Order %1 is ready to ship.</translation>
    </message>
    <message>
        <source>Order %1 was reviewed again and is still held: %2</source>
        <translation>Order %1 was reviewed again and is still held: %2</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>✓ Parcel open — scan every item</source>
        <extracomment>The big words for each outcome; called at show time so they are in the installed language.</extracomment>
        <translation>✓ Parcel open — scan every item</translation>
    </message>
    <message>
        <source>Resumed the open parcel</source>
        <translation>Resumed the open parcel</translation>
    </message>
    <message>
        <source>✓ Counted</source>
        <translation>✓ Counted</translation>
    </message>
    <message>
        <source>✓ Box %1 sealed — go on with box %2</source>
        <translation>✓ Box %1 sealed — go on with box %2</translation>
    </message>
    <message>
        <source>✓ Packed — scan the label</source>
        <translation>✓ Packed — scan the label</translation>
    </message>
    <message>
        <source>✓ Packed — stick the label on</source>
        <translation>✓ Packed — stick the label on</translation>
    </message>
    <message>
        <source>✓ Label confirmed</source>
        <translation>✓ Label confirmed</translation>
    </message>
    <message>
        <source>Reprint sent to the printer</source>
        <translation>Reprint sent to the printer</translation>
    </message>
    <message>
        <source>✗ Wrong label — not this parcel's</source>
        <translation>✗ Wrong label — not this parcel's</translation>
    </message>
    <message>
        <source>✗ Scan the label first</source>
        <translation>✗ Scan the label first</translation>
    </message>
    <message>
        <source>Parcel cancelled — put the items back</source>
        <translation>Parcel cancelled — put the items back</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>✗ Wrong item — take it out</source>
        <translation>✗ Wrong item — take it out</translation>
    </message>
    <message>
        <source>✗ One too many — take it out</source>
        <translation>✗ One too many — take it out</translation>
    </message>
    <message>
        <source>✗ DUPLICATE — do not ship it</source>
        <translation>✗ DUPLICATE — do not ship it</translation>
    </message>
    <message>
        <source>✗ App error — scan again</source>
        <translation>✗ App error — scan again</translation>
    </message>
    <message>
        <source>✗ Refused</source>
        <translation>✗ Refused</translation>
    </message>
    <message>
        <source>Scan an order, pick slot or waybill</source>
        <translation>Scan an order, pick slot or waybill</translation>
    </message>
    <message>
        <source>The app failed on this scan; nothing was recorded. Scan it again; if it happens again, call a supervisor.</source>
        <translation>The app failed on this scan; nothing was recorded. Scan it again; if it happens again, call a supervisor.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>whs pack station</source>
        <translation>whs pack station</translation>
    </message>
    <message>
        <source>Unknown user %1</source>
        <translation>Unknown user %1</translation>
    </message>
    <message>
        <source>Station %1 (not in the database)</source>
        <translation>Station %1 (not in the database)</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>No sound</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Orders per hour today</source>
        <translation>Orders per hour today</translation>
    </message>
    <message>
        <source>Plan (projected): %1</source>
        <translation>Plan (projected): %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Orders per hour today: %1 paid, %2 packed</source>
        <translation>Orders per hour today: %1 paid, %2 packed</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Import</source>
        <extracomment>Problem lists longer than this keep one line per row (sizing rows to wrapped text costs time).</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Ctrl+O Choose files…</source>
        <translation>Ctrl+O Choose files…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>detect from the header</source>
        <translation>detect from the header</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <source>for files that name no shop</source>
        <translation>for files that name no shop</translation>
    </message>
    <message>
        <source>F5 Preview again</source>
        <translation>F5 Preview again</translation>
    </message>
    <message>
        <source>Ctrl+Enter Import</source>
        <translation>Ctrl+Enter Import</translation>
    </message>
    <message>
        <source>new orders</source>
        <translation>new orders</translation>
    </message>
    <message>
        <source>changed, updated</source>
        <translation>changed, updated</translation>
    </message>
    <message>
        <source>changed after review → exceptions</source>
        <translation>changed after review → exceptions</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>not shippable (unpaid, shipped, closed)</source>
        <translation>not shippable (unpaid, shipped, closed)</translation>
    </message>
    <message>
        <source>lines with an unknown SKU code</source>
        <translation>lines with an unknown SKU code</translation>
    </message>
    <message>
        <source>SKUs new or changed</source>
        <translation>SKUs new or changed</translation>
    </message>
    <message>
        <source>Choose the export files to import</source>
        <translation>Choose the export files to import</translation>
    </message>
    <message>
        <source>Exports (%1);;All files (*)</source>
        <translation>Exports (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Files: %1</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>No files chosen yet.</translation>
    </message>
    <message>
        <source>Reading and checking %1 file(s)…</source>
        <translation>Reading and checking %1 file(s)…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>✗ Refused: %1 problem(s). Nothing was written.</source>
        <translation>✗ Refused: %1 problem(s). Nothing was written.</translation>
    </message>
    <message>
        <source>Fix the rows listed under Problems (or export again), then preview again (F5).</source>
        <translation>Fix the rows listed under Problems (or export again), then preview again (F5).</translation>
    </message>
    <message>
        <source>Done. Choose the next files with Ctrl+O.</source>
        <translation>Done. Choose the next files with Ctrl+O.</translation>
    </message>
    <message>
        <source>Nothing to import: everything in these files is already in the warehouse.</source>
        <translation>Nothing to import: everything in these files is already in the warehouse.</translation>
    </message>
    <message>
        <source>Preview: nothing has been written yet. Check the counts and rows below.</source>
        <translation>Preview: nothing has been written yet. Check the counts and rows below.</translation>
    </message>
    <message>
        <source>Import writes all of it or nothing. Ctrl+Enter to import.</source>
        <translation>Import writes all of it or nothing. Ctrl+Enter to import.</translation>
    </message>
    <message>
        <source>Choose the shops' export files (Ctrl+O): order exports (Taobao/Tmall two-file export, generic CSV, JSON lines) and SKU master data. You see what they would do before anything is written.</source>
        <translation>Choose the shops' export files (Ctrl+O): order exports (Taobao/Tmall two-file export, generic CSV, JSON lines) and SKU master data. You see what they would do before anything is written.</translation>
    </message>
    <message>
        <source>Nothing was written: the warehouse already had all of it.</source>
        <translation>Nothing was written: the warehouse already had all of it.</translation>
    </message>
    <message>
        <source>✓ Imported (import %1): %2 new, %3 changed, %4 changed after review, %5 unchanged.</source>
        <translation>✓ Imported (import %1): %2 new, %3 changed, %4 changed after review, %5 unchanged.</translation>
    </message>
    <message>
        <source>Import does</source>
        <translation>Import does</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ships</source>
        <translation>Ships</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Province / city / district</source>
        <translation>Province / city / district</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>File:row</source>
        <translation>File:row</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>whole file</translation>
    </message>
    <message>
        <source>Orders (first %1 of %2)</source>
        <translation>Orders (first %1 of %2)</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Orders (%1)</translation>
    </message>
    <message>
        <source>SKUs (%1)</source>
        <translation>SKUs (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>keep, to exceptions</source>
        <translation>keep, to exceptions</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Scanned / wanted</source>
        <translation>Scanned / wanted</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Packers</source>
        <translation>Packers</translation>
    </message>
    <message>
        <source>Faults and recovery</source>
        <translation>Faults and recovery</translation>
    </message>
    <message>
        <source>Printer and carrier load</source>
        <translation>Printer and carrier load</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Drill clock</source>
        <translation>Drill clock</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Orders in the last hour</source>
        <translation>Orders in the last hour</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Bottleneck</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Day %1 · %2</translation>
    </message>
    <message>
        <source>Planned %1 · cancelled %2</source>
        <translation>Planned %1 · cancelled %2</translation>
    </message>
    <message>
        <source>Plan this hour: %1 arriving</source>
        <translation>Plan this hour: %1 arriving</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>no cap</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Serial scanner connected</source>
        <translation>Serial scanner connected</translation>
    </message>
    <message>
        <source>Serial scanner unplugged</source>
        <translation>Serial scanner unplugged</translation>
    </message>
    <message>
        <source>whs — warehouse shipping</source>
        <translation>whs — warehouse shipping</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge orders</source>
        <translation>Merge orders</translation>
    </message>
    <message>
        <source>Ship orders of the same buyer and address as one parcel with %1. The first paid leads it; orders from the exception queue are released into it (tick the reasons you have settled).</source>
        <translation>Ship orders of the same buyer and address as one parcel with %1. The first paid leads it; orders from the exception queue are released into it (tick the reasons you have settled).</translation>
    </message>
    <message>
        <source>&amp;Orders in the parcel</source>
        <translation>&amp;Orders in the parcel</translation>
    </message>
    <message>
        <source>Reasons you have settled (waived for the orders from the queue):</source>
        <translation>Reasons you have settled (waived for the orders from the queue):</translation>
    </message>
    <message>
        <source>in the queue: %1</source>
        <translation>in the queue: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>not shippable</source>
        <translation>not shippable</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>on a wave</source>
        <translation>on a wave</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>picked</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>packing</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>packed</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Release…</translation>
    </message>
    <message>
        <source>&amp;Edit address…</source>
        <translation>&amp;Edit address…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Hold…</translation>
    </message>
    <message>
        <source>Cancel &amp;order…</source>
        <translation>Cancel &amp;order…</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>No order selected</translation>
    </message>
    <message>
        <source>Pick an order in the list, or scan its number.</source>
        <translation>Pick an order in the list, or scan its number.</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>Why it is held</source>
        <translation>Why it is held</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Buyer message</source>
        <translation>Buyer message</translation>
    </message>
    <message>
        <source>Seller memo</source>
        <translation>Seller memo</translation>
    </message>
    <message>
        <source>Items (%1 in all)</source>
        <translation>Items (%1 in all)</translation>
    </message>
    <message>
        <source>Ships as one parcel with</source>
        <translation>Ships as one parcel with</translation>
    </message>
    <message>
        <source>Same buyer and address</source>
        <translation>Same buyer and address</translation>
    </message>
</context>
<context>
    <name>PackStationScreen</name>
    <message>
        <source>Pack station</source>
        <extracomment>After a failed read (the server away: a try may wait for a connect timeout), so scans do not queue behind tries.</extracomment>
        <translation>Pack station</translation>
    </message>
    <message>
        <source>F2 Type a code:</source>
        <translation>F2 Type a code:</translation>
    </message>
    <message>
        <source>scan anywhere, or type here + Enter</source>
        <translation>scan anywhere, or type here + Enter</translation>
    </message>
    <message>
        <source>F8 Complete</source>
        <translation>F8 Complete</translation>
    </message>
    <message>
        <source>F7 Next box</source>
        <translation>F7 Next box</translation>
    </message>
    <message>
        <source>F6 Cancel parcel</source>
        <translation>F6 Cancel parcel</translation>
    </message>
    <message>
        <source>F10 Reprint label</source>
        <translation>F10 Reprint label</translation>
    </message>
    <message>
        <source>F9 Command sheet</source>
        <translation>F9 Command sheet</translation>
    </message>
    <message>
        <source>Waybill %1</source>
        <translation>Waybill %1</translation>
    </message>
    <message>
        <source>Stick the label on, then scan it to confirm (F10 reprints it).</source>
        <translation>Stick the label on, then scan it to confirm (F10 reprints it).</translation>
    </message>
    <message>
        <source>No label printer is set up here: the label waits in the print queue.</source>
        <translation>No label printer is set up here: the label waits in the print queue.</translation>
    </message>
    <message>
        <source>Stick the label on the parcel, then scan the next order.</source>
        <translation>Stick the label on the parcel, then scan the next order.</translation>
    </message>
    <message>
        <source>Stick this label on the full box; scan the rest into the next box.</source>
        <translation>Stick this label on the full box; scan the rest into the next box.</translation>
    </message>
    <message>
        <source>Now scan the next label: %1</source>
        <translation>Now scan the next label: %1</translation>
    </message>
    <message>
        <source>Scan the next order.</source>
        <translation>Scan the next order.</translation>
    </message>
    <message>
        <source>Scan the new label when it comes out.</source>
        <translation>Scan the new label when it comes out.</translation>
    </message>
    <message>
        <source>Scan the label just printed (%1), or press F10 to reprint it.</source>
        <translation>Scan the label just printed (%1), or press F10 to reprint it.</translation>
    </message>
    <message>
        <source>Put that label aside; scan this parcel's label: %1</source>
        <translation>Put that label aside; scan this parcel's label: %1</translation>
    </message>
    <message>
        <source>Put the items back, then scan the next order.</source>
        <translation>Put the items back, then scan the next order.</translation>
    </message>
    <message>
        <source>Put this parcel aside and call a supervisor.</source>
        <translation>Put this parcel aside and call a supervisor.</translation>
    </message>
    <message>
        <source>Take that item out of the box, then scan the right one.</source>
        <translation>Take that item out of the box, then scan the right one.</translation>
    </message>
    <message>
        <source>✗ The station cannot start</source>
        <translation>✗ The station cannot start</translation>
    </message>
    <message>
        <source>Check the database path, then restart the app.</source>
        <translation>Check the database path, then restart the app.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Scan the order's barcode (or its pick slot or waybill) to open a parcel, then scan every item.

Packed at this station since the app started: %1</source>
        <translation>Scan the order's barcode (or its pick slot or waybill) to open a parcel, then scan every item.

Packed at this station since the app started: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>box %1</translation>
    </message>
    <message>
        <source>%1 / %2 units</source>
        <translation>%1 / %2 units</translation>
    </message>
    <message>
        <source>Save the station command sheet</source>
        <translation>Save the station command sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the command sheet…</source>
        <translation>Making the command sheet…</translation>
    </message>
    <message>
        <source>Command sheet saved: %1 — print it and keep it at the bench.</source>
        <translation>Command sheet saved: %1 — print it and keep it at the bench.</translation>
    </message>
    <message>
        <source>Cannot make the command sheet: %1</source>
        <translation>Cannot make the command sheet: %1</translation>
    </message>
</context>
<context>
    <name>PickLinesModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Picked</translation>
    </message>
</context>
<context>
    <name>PickScreen</name>
    <message>
        <source>Pick</source>
        <translation>Pick</translation>
    </message>
    <message>
        <source>F3 Wave:</source>
        <translation>F3 Wave:</translation>
    </message>
    <message>
        <source>F2 Type a code:</source>
        <translation>F2 Type a code:</translation>
    </message>
    <message>
        <source>scan anywhere, or type a bin, barcode or wave + Enter</source>
        <translation>scan anywhere, or type a bin, barcode or wave + Enter</translation>
    </message>
    <message>
        <source>F8 Confirm line</source>
        <translation>F8 Confirm line</translation>
    </message>
    <message>
        <source>F6 Short…</source>
        <translation>F6 Short…</translation>
    </message>
    <message>
        <source>F7 Confirm all</source>
        <translation>F7 Confirm all</translation>
    </message>
    <message>
        <source>F9 Print pick list</source>
        <translation>F9 Print pick list</translation>
    </message>
    <message>
        <source>Shift+F9 Save PDF</source>
        <translation>Shift+F9 Save PDF</translation>
    </message>
    <message>
        <source>F5 Refresh</source>
        <translation>F5 Refresh</translation>
    </message>
    <message>
        <source>Confirm all %1 lines left?</source>
        <translation>Confirm all %1 lines left?</translation>
    </message>
    <message>
        <source>Only when every one of them is in the cart, in full.</source>
        <translation>Only when every one of them is in the cart, in full.</translation>
    </message>
    <message>
        <source>Press F7 again to confirm them all; scan or press any other key to go on.</source>
        <translation>Press F7 again to confirm them all; scan or press any other key to go on.</translation>
    </message>
    <message>
        <source>✗ Something went wrong</source>
        <translation>✗ Something went wrong</translation>
    </message>
    <message>
        <source>Try again; if it happens again, call a supervisor.</source>
        <translation>Try again; if it happens again, call a supervisor.</translation>
    </message>
    <message>
        <source>Scan a pick list to start</source>
        <translation>Scan a pick list to start</translation>
    </message>
    <message>
        <source>Scan the barcode at the top of the printed pick list, or choose a wave with F3.</source>
        <translation>Scan the barcode at the top of the printed pick list, or choose a wave with F3.</translation>
    </message>
    <message>
        <source>✗ Not taken: %1</source>
        <translation>✗ Not taken: %1</translation>
    </message>
    <message>
        <source>Wave %1 closed</source>
        <translation>Wave %1 closed</translation>
    </message>
    <message>
        <source>Nothing of it goes to packing: its orders are in the exception queue. Put the items back.</source>
        <translation>Nothing of it goes to packing: its orders are in the exception queue. Put the items back.</translation>
    </message>
    <message>
        <source>✓ Wave %1 picked</source>
        <translation>✓ Wave %1 picked</translation>
    </message>
    <message>
        <source>Take the cart to packing. Scan the next pick list.</source>
        <translation>Take the cart to packing. Scan the next pick list.</translation>
    </message>
    <message>
        <source>To the exception queue: %1</source>
        <translation>To the exception queue: %1</translation>
    </message>
    <message>
        <source>Wave %1 is not released yet</source>
        <translation>Wave %1 is not released yet</translation>
    </message>
    <message>
        <source>A supervisor releases it on the Waves screen; until then nothing on it can be confirmed.</source>
        <translation>A supervisor releases it on the Waves screen; until then nothing on it can be confirmed.</translation>
    </message>
    <message>
        <source>Wave %1: nothing left to pick</source>
        <translation>Wave %1: nothing left to pick</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Wave %1</translation>
    </message>
    <message>
        <source>Pick each line, then scan its bin or the item's barcode.</source>
        <translation>Pick each line, then scan its bin or the item's barcode.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Short: %1</source>
        <translation>Short: %1</translation>
    </message>
    <message>
        <source>Picked: %1</source>
        <translation>Picked: %1</translation>
    </message>
    <message>
        <source>Next: %1  ·  %2  ×%3</source>
        <translation>Next: %1  ·  %2  ×%3</translation>
    </message>
    <message>
        <source>no wave open</source>
        <translation>no wave open</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 orders</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>not released</translation>
    </message>
    <message>
        <source>%1 / %2 bins · %3 / %4 units</source>
        <translation>%1 / %2 bins · %3 / %4 units</translation>
    </message>
    <message>
        <source>— choose a wave —</source>
        <translation>— choose a wave —</translation>
    </message>
    <message>
        <source>Pick list queued for printing: job %1</source>
        <translation>Pick list queued for printing: job %1</translation>
    </message>
    <message>
        <source>✗ Pick list not printed: %1</source>
        <translation>✗ Pick list not printed: %1</translation>
    </message>
    <message>
        <source>Save the pick list</source>
        <translation>Save the pick list</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the pick list…</source>
        <translation>Making the pick list…</translation>
    </message>
    <message>
        <source>Pick list saved: %1</source>
        <translation>Pick list saved: %1</translation>
    </message>
    <message>
        <source>Cannot make the pick list: %1</source>
        <translation>Cannot make the pick list: %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>picking</source>
        <translation>picking</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>picked</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>single-unit</source>
        <translation>single-unit</translation>
    </message>
    <message>
        <source>multi-unit</source>
        <translation>multi-unit</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <source>Pickup batch of %1</source>
        <translation>Pickup batch of %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Pickup time</source>
        <translation>Pickup time</translation>
    </message>
    <message>
        <source>Capacity (parcels)</source>
        <translation>Capacity (parcels)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Supervisor approval</source>
        <extracomment>(login, name) of a supervisor, for the login box</extracomment>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>Wrong PIN, or not a supervisor. Try again.</source>
        <translation>Wrong PIN, or not a supervisor. Try again.</translation>
    </message>
</context>
<context>
    <name>PrinterPanel</name>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>paper low</source>
        <translation>paper low</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>paper out</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>fault</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>no status</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Label printer</translation>
    </message>
    <message>
        <source>Slip printer</source>
        <translation>Slip printer</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Printers: checking…</source>
        <translation>Printers: checking…</translation>
    </message>
    <message>
        <source>No printer configured</source>
        <translation>No printer configured</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>cannot print</source>
        <translation>cannot print</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>No label printer can print now (%1: %2). Labels wait in the queue and print when a printer is back; call a supervisor.</source>
        <translation>No label printer can print now (%1: %2). Labels wait in the queue and print when a printer is back; call a supervisor.</translation>
    </message>
    <message>
        <source>Printer %1 is %2: labels now print on the backup %3 automatically. Nothing to do; keep packing.</source>
        <translation>Printer %1 is %2: labels now print on the backup %3 automatically. Nothing to do; keep packing.</translation>
    </message>
</context>
<context>
    <name>PrintersScreen</name>
    <message>
        <source>labels</source>
        <translation>labels</translation>
    </message>
    <message>
        <source>slips</source>
        <translation>slips</translation>
    </message>
    <message>
        <source>labels and slips</source>
        <translation>labels and slips</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>backup %1 of %2</source>
        <translation>backup %1 of %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>printing</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>maybe printed</source>
        <translation>maybe printed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>replaced by a reprint</source>
        <translation>replaced by a reprint</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>slip</source>
        <translation>slip</translation>
    </message>
    <message>
        <source>pick list</source>
        <translation>pick list</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Printers at every station: state, failover order and queue</source>
        <translation>Printers at every station: state, failover order and queue</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>waiting and printing</source>
        <translation>waiting and printing</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problems</translation>
    </message>
    <message>
        <source>all jobs</source>
        <translation>all jobs</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Test print (F4)</source>
        <translation>Test print (F4)</translation>
    </message>
    <message>
        <source>Reprint job (F10)</source>
        <translation>Reprint job (F10)</translation>
    </message>
    <message>
        <source>no printer configured</source>
        <translation>no printer configured</translation>
    </message>
    <message>
        <source>%1 jobs wait for a printer that can print them</source>
        <translation>%1 jobs wait for a printer that can print them</translation>
    </message>
    <message>
        <source>taken out of the group</source>
        <translation>taken out of the group</translation>
    </message>
    <message>
        <source>(takes no jobs now)</source>
        <translation>(takes no jobs now)</translation>
    </message>
    <message>
        <source>Station %1:</source>
        <translation>Station %1:</translation>
    </message>
    <message>
        <source>No printer selected</source>
        <translation>No printer selected</translation>
    </message>
    <message>
        <source>Jobs on %1</source>
        <translation>Jobs on %1</translation>
    </message>
    <message>
        <source>Jobs on %1: none to show here</source>
        <translation>Jobs on %1: none to show here</translation>
    </message>
    <message>
        <source>reprint of job %1, asked by %2</source>
        <translation>reprint of job %1, asked by %2</translation>
    </message>
    <message>
        <source>Sending a test page to %1…</source>
        <translation>Sending a test page to %1…</translation>
    </message>
    <message>
        <source>Test page not printed on %1: %2</source>
        <translation>Test page not printed on %1: %2</translation>
    </message>
    <message>
        <source>Test page sent to %1 (%2 bytes). It says TEST PRINT: it is not a waybill.</source>
        <translation>Test page sent to %1 (%2 bytes). It says TEST PRINT: it is not a waybill.</translation>
    </message>
    <message>
        <source>Select a job to reprint (or scan its waybill).</source>
        <translation>Select a job to reprint (or scan its waybill).</translation>
    </message>
    <message>
        <source>The label of job %1 was reprinted before. Another reprint needs a supervisor's PIN.</source>
        <translation>The label of job %1 was reprinted before. Another reprint needs a supervisor's PIN.</translation>
    </message>
    <message>
        <source>Reprint queued: job %1 replaces job %2.</source>
        <translation>Reprint queued: job %1 replaces job %2.</translation>
    </message>
    <message>
        <source>No print job for %1.</source>
        <translation>No print job for %1.</translation>
    </message>
    <message>
        <source>%1: job %2, %3. F10 reprints it.</source>
        <translation>%1: job %2, %3. F10 reprints it.</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <source>New waybill range for %1</source>
        <translation>New waybill range for %1</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>First number</translation>
    </message>
    <message>
        <source>Last number (its digits set the width)</source>
        <translation>Last number (its digits set the width)</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release order</source>
        <translation>Release order</translation>
    </message>
    <message>
        <source>Release order %1 back to review. Tick the reasons you have settled: they are waived. Review checks the others again (stock, address, carrier) and keeps the order here if they still hold.</source>
        <translation>Release order %1 back to review. Tick the reasons you have settled: they are waived. Review checks the others again (stock, address, carrier) and keeps the order here if they still hold.</translation>
    </message>
    <message>
        <source>%1 (checked again, cannot be waived)</source>
        <translation>%1 (checked again, cannot be waived)</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Release…</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Two drills side by side</source>
        <translation>Two drills side by side</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Real day finishes</source>
        <translation>Real day finishes</translation>
    </message>
    <message>
        <source>Packers · pickers for 72 h</source>
        <translation>Packers · pickers for 72 h</translation>
    </message>
    <message>
        <source>Printers and consumables</source>
        <translation>Printers and consumables</translation>
    </message>
    <message>
        <source>Measured: orders/h a packer</source>
        <translation>Measured: orders/h a packer</translation>
    </message>
    <message>
        <source>Run a drill, then write its report: the forecast of the real day is made from the rates the drill measured.</source>
        <translation>Run a drill, then write its report: the forecast of the real day is made from the rates the drill measured.</translation>
    </message>
    <message>
        <source>within the 72 h limit</source>
        <translation>within the 72 h limit</translation>
    </message>
    <message>
        <source>OVER the 72 h limit</source>
        <translation>OVER the 72 h limit</translation>
    </message>
    <message>
        <source>%1 orders · %2</source>
        <translation>%1 orders · %2</translation>
    </message>
    <message>
        <source>All in one day: %1 · %2</source>
        <translation>All in one day: %1 · %2</translation>
    </message>
    <message>
        <source>%1 printers</source>
        <translation>%1 printers</translation>
    </message>
    <message>
        <source>%1 label rolls · %2 ribbons (%3 spare)</source>
        <translation>%1 label rolls · %2 ribbons (%3 spare)</translation>
    </message>
    <message>
        <source>Bottleneck: %1 · errors %2 · picker %3 orders/h</source>
        <translation>Bottleneck: %1 · errors %2 · picker %3 orders/h</translation>
    </message>
    <message>
        <source>Drill %1: %2 of %3 orders packed.</source>
        <translation>Drill %1: %2 of %3 orders packed.</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Report written: %1</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings of this PC (station %1)</source>
        <translation>Settings of this PC (station %1)</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>Scanners</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>This PC is &amp;station</source>
        <translation>This PC is &amp;station</translation>
    </message>
    <message>
        <source>Use this station</source>
        <translation>Use this station</translation>
    </message>
    <message>
        <source>Kept on this PC in the user's data folder; used from the next start.</source>
        <translation>Kept on this PC in the user's data folder; used from the next start.</translation>
    </message>
    <message>
        <source>Kept on this PC next to the database; used from the next start.</source>
        <translation>Kept on this PC next to the database; used from the next start.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Changes the screens now, and every later start at station %1.</source>
        <translation>Changes the screens now, and every later start at station %1.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Sa&amp;ve for the next start</source>
        <translation>Sa&amp;ve for the next start</translation>
    </message>
    <message>
        <source>A PostgreSQL server shared by the stations, or a database file's full path. Kept on this PC in the user's data folder; used from the next start unless the app is started with --db or WHS_DB.</source>
        <translation>A PostgreSQL server shared by the stations, or a database file's full path. Kept on this PC in the user's data folder; used from the next start unless the app is started with --db or WHS_DB.</translation>
    </message>
    <message>
        <source>Printers of station %1, in failover order</source>
        <translation>Printers of station %1, in failover order</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;Prints</source>
        <translation>&amp;Prints</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>Pape&amp;r</translation>
    </message>
    <message>
        <source>&amp;Backup of</source>
        <translation>&amp;Backup of</translation>
    </message>
    <message>
        <source>Never answers status: print to it anyway</source>
        <translation>Never answers status: print to it anyway</translation>
    </message>
    <message>
        <source>New printer</source>
        <translation>New printer</translation>
    </message>
    <message>
        <source>Add printer</source>
        <translation>Add printer</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Scan &amp;here to test</source>
        <translation>Scan &amp;here to test</translation>
    </message>
    <message>
        <source>scan any barcode, or type a code and Enter</source>
        <translation>scan any barcode, or type a code and Enter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Came as</source>
        <translation>Came as</translation>
    </message>
    <message>
        <source>Key timing</source>
        <translation>Key timing</translation>
    </message>
    <message>
        <source>Serial scanner &amp;port</source>
        <translation>Serial scanner &amp;port</translation>
    </message>
    <message>
        <source>Save port</source>
        <translation>Save port</translation>
    </message>
    <message>
        <source>For scanners on a COM port (RS-232 or USB-COM mode); used from the next start. Empty: keyboard-wedge scanners only.</source>
        <translation>For scanners on a COM port (RS-232 or USB-COM mode); used from the next start. Empty: keyboard-wedge scanners only.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation>L&amp;ogin</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <source>P&amp;IN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>packer</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 to 12 digits</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Every change here needs a supervisor's PIN.</source>
        <translation>Every change here needs a supervisor's PIN.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>taken out of the group</source>
        <translation>taken out of the group</translation>
    </message>
    <message>
        <source>This PC is station %1 from the next start.</source>
        <translation>This PC is station %1 from the next start.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>From the next start: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected: schema %1; this app upgrades it to %2 when it opens it.</source>
        <translation>Connected: schema %1; this app upgrades it to %2 when it opens it.</translation>
    </message>
    <message>
        <source>Connected: schema %1.</source>
        <translation>Connected: schema %1.</translation>
    </message>
    <message>
        <source>This PC opens %1 from the next start.</source>
        <translation>This PC opens %1 from the next start.</translation>
    </message>
    <message>
        <source>— none: a group of its own</source>
        <translation>— none: a group of its own</translation>
    </message>
    <message>
        <source>Take out of the group</source>
        <translation>Take out of the group</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Put back</translation>
    </message>
    <message>
        <source>Printer %1 added.</source>
        <translation>Printer %1 added.</translation>
    </message>
    <message>
        <source>Printer %1 saved.</source>
        <translation>Printer %1 saved.</translation>
    </message>
    <message>
        <source>Printer %1 is back in its group.</source>
        <translation>Printer %1 is back in its group.</translation>
    </message>
    <message>
        <source>Printer %1 is out of its group: its jobs go to the others.</source>
        <translation>Printer %1 is out of its group: its jobs go to the others.</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <source>a scanner (keyboard wedge): keys faster than %1 ms apart</source>
        <translation>a scanner (keyboard wedge): keys faster than %1 ms apart</translation>
    </message>
    <message>
        <source>the serial scanner</source>
        <translation>the serial scanner</translation>
    </message>
    <message>
        <source>typing: keys slower than %1 ms apart, or typed into the box</source>
        <translation>typing: keys slower than %1 ms apart, or typed into the box</translation>
    </message>
    <message>
        <source>%1 keys, %2 ms apart in the middle, %3 ms at the longest</source>
        <translation>%1 keys, %2 ms apart in the middle, %3 ms at the longest</translation>
    </message>
    <message>
        <source>no key timing (the code did not come from the keyboard)</source>
        <translation>no key timing (the code did not come from the keyboard)</translation>
    </message>
    <message>
        <source>✓ Nothing mangled the code.</source>
        <translation>✓ Nothing mangled the code.</translation>
    </message>
    <message>
        <source>A Chinese input method turned keys into characters: switch it to English (Shift) or off for the scanner.</source>
        <translation>A Chinese input method turned keys into characters: switch it to English (Shift) or off for the scanner.</translation>
    </message>
    <message>
        <source>Full-width characters (全角): the input method is in full-width mode; switch it to half-width (Shift+Space).</source>
        <translation>Full-width characters (全角): the input method is in full-width mode; switch it to half-width (Shift+Space).</translation>
    </message>
    <message>
        <source>Characters of another keyboard layout: set the scanner to the US keyboard layout (its manual's keyboard language barcode).</source>
        <translation>Characters of another keyboard layout: set the scanner to the US keyboard layout (its manual's keyboard language barcode).</translation>
    </message>
    <message>
        <source>The letters came in lower case: Caps Lock may be on, or the scanner inverts case. Turn Caps Lock off or set the scanner to ignore it.</source>
        <translation>The letters came in lower case: Caps Lock may be on, or the scanner inverts case. Turn Caps Lock off or set the scanner to ignore it.</translation>
    </message>
    <message>
        <source>Most keys came fast but some gaps were too long, so it counted as typing: set the scanner to send faster, or the PC is very busy.</source>
        <translation>Most keys came fast but some gaps were too long, so it counted as typing: set the scanner to send faster, or the PC is very busy.</translation>
    </message>
    <message>
        <source>Serial scanner port %1 saved; used from the next start.</source>
        <translation>Serial scanner port %1 saved; used from the next start.</translation>
    </message>
    <message>
        <source>No serial scanner from the next start.</source>
        <translation>No serial scanner from the next start.</translation>
    </message>
    <message>
        <source>Add %1 (%2) as %3.</source>
        <translation>Add %1 (%2) as %3.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>Set a new PIN for %1.</source>
        <translation>Set a new PIN for %1.</translation>
    </message>
    <message>
        <source>New PIN for %1 set.</source>
        <translation>New PIN for %1 set.</translation>
    </message>
    <message>
        <source>Make %1 a %2.</source>
        <translation>Make %1 a %2.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 is now a %2.</translation>
    </message>
</context>
<context>
    <name>SharedDatabase</name>
    <message>
        <source>Several stations need PostgreSQL</source>
        <translation>Several stations need PostgreSQL</translation>
    </message>
</context>
<context>
    <name>ShortPanel</name>
    <message>
        <source>Enter Report short</source>
        <translation>Enter Report short</translation>
    </message>
    <message>
        <source>Esc Back</source>
        <translation>Esc Back</translation>
    </message>
    <message>
        <source>How many did you find at %1 (%2, wanted %3)?</source>
        <translation>How many did you find at %1 (%2, wanted %3)?</translation>
    </message>
</context>
<context>
    <name>StageChart</name>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>In wave / picking</source>
        <translation>In wave / picking</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <source>Awaiting handover</source>
        <translation>Awaiting handover</translation>
    </message>
    <message>
        <source>Shipped today</source>
        <translation>Shipped today</translation>
    </message>
    <message>
        <source>Orders waiting per stage</source>
        <translation>Orders waiting per stage</translation>
    </message>
    <message>
        <source>Orders waiting per stage: %1</source>
        <translation>Orders waiting per stage: %1</translation>
    </message>
</context>
<context>
    <name>WavesScreen</name>
    <message>
        <source>Waves and carriers</source>
        <translation>Waves and carriers</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Waves</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <source>Plan waves (Ctrl+P)</source>
        <translation>Plan waves (Ctrl+P)</translation>
    </message>
    <message>
        <source>Release selected (Ctrl+R)</source>
        <translation>Release selected (Ctrl+R)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Pickup batches</source>
        <translation>Pickup batches</translation>
    </message>
    <message>
        <source>Waybill ranges</source>
        <translation>Waybill ranges</translation>
    </message>
    <message>
        <source>Why this carrier? (Ctrl+W)</source>
        <translation>Why this carrier? (Ctrl+W)</translation>
    </message>
    <message>
        <source>Edit batch…</source>
        <translation>Edit batch…</translation>
    </message>
    <message>
        <source>Add batch…</source>
        <translation>Add batch…</translation>
    </message>
    <message>
        <source>Add range…</source>
        <translation>Add range…</translation>
    </message>
    <message>
        <source>order number + Enter</source>
        <translation>order number + Enter</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>waves still to pick</source>
        <translation>waves still to pick</translation>
    </message>
    <message>
        <source>all waves</source>
        <translation>all waves</translation>
    </message>
    <message>
        <source>Planning waves…</source>
        <translation>Planning waves…</translation>
    </message>
    <message>
        <source>Select the waves to release first.</source>
        <translation>Select the waves to release first.</translation>
    </message>
    <message>
        <source>%1 waves planned. Select the ones to send to the floor and release them.</source>
        <translation>%1 waves planned. Select the ones to send to the floor and release them.</translation>
    </message>
    <message>
        <source>Released to the floor: %1</source>
        <translation>Released to the floor: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Wave</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Bins picked</source>
        <translation>Bins picked</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>not released</translation>
    </message>
    <message>
        <source>Plan waves makes waves from the orders ready to ship today, per carrier and pickup batch. New waves wait here until you release them.</source>
        <translation>Plan waves makes waves from the orders ready to ship today, per carrier and pickup batch. New waves wait here until you release them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 waves&lt;/b&gt;, %2 orders</source>
        <translation>&lt;b&gt;%1 waves&lt;/b&gt;, %2 orders</translation>
    </message>
    <message>
        <source>carriers assigned: %1</source>
        <translation>carriers assigned: %1</translation>
    </message>
    <message>
        <source>over pickup capacity, waiting: %1</source>
        <translation>over pickup capacity, waiting: %1</translation>
    </message>
    <message>
        <source>to exceptions: %1</source>
        <translation>to exceptions: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Waved</source>
        <translation>Waved</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Room (binding cap)</source>
        <translation>Room (binding cap)</translation>
    </message>
    <message>
        <source>Waybills free</source>
        <translation>Waybills free</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>in service</translation>
    </message>
    <message>
        <source>out: %1</source>
        <translation>out: %1</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>No carrier assignment has run yet: planning waves runs one.</source>
        <translation>No carrier assignment has run yet: planning waves runs one.</translation>
    </message>
    <message>
        <source>Last assignment run #%1 (%2, %3): %4 parcels, %5 waiting for room, %6 to exceptions.</source>
        <translation>Last assignment run #%1 (%2, %3): %4 parcels, %5 waiting for room, %6 to exceptions.</translation>
    </message>
    <message>
        <source>batch assignment</source>
        <translation>batch assignment</translation>
    </message>
    <message>
        <source>carrier out: re-routed</source>
        <translation>carrier out: re-routed</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>drill</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source> (merged with %1)</source>
        <translation> (merged with %1)</translation>
    </message>
    <message>
        <source>Order %1%2 → %3</source>
        <translation>Order %1%2 → %3</translation>
    </message>
    <message>
        <source>To %1, %2 kg</source>
        <translation>To %1, %2 kg</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>none — the lowest cost within every cap</source>
        <translation>none — the lowest cost within every cap</translation>
    </message>
    <message>
        <source>Not assigned yet: planning waves assigns carriers.</source>
        <translation>Not assigned yet: planning waves assigns carriers.</translation>
    </message>
    <message>
        <source>Select a pickup batch to edit.</source>
        <translation>Select a pickup batch to edit.</translation>
    </message>
    <message>
        <source>Set %1's pickup batch %2 to %3, %4 parcels</source>
        <translation>Set %1's pickup batch %2 to %3, %4 parcels</translation>
    </message>
    <message>
        <source>Load waybill numbers %1%2 to %1%3 for %4</source>
        <translation>Load waybill numbers %1%2 to %1%3 for %4</translation>
    </message>
    <message>
        <source>Carrier settings saved.</source>
        <translation>Carrier settings saved.</translation>
    </message>
</context>
</TS>
