<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>DrillBanner</name>
    <message>
        <source>DRILL — this is a rehearsal database; nothing packed here ships</source>
        <translation>DRILL — this is a rehearsal database; nothing packed here ships</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>✓ Parcel open — scan every item</source>
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
    <name>PackStationScreen</name>
    <message>
        <source>Pack station</source>
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
</TS>
