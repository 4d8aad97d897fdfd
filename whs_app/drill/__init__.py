"""Drill mode (发货演练): rehearse the peak day on a shadow database, find the bottleneck, size the day.

    shadow.py    a drill database: the live master data (never live orders), drill waybill pools only
    pointer.py   the file beside the live database that sends stations into the active drill
    surge.py     the synthetic Double 11 day from the warehouse's own SKUs
    faults.py    faults on cue (script or live), logged in drill_events with their recoveries
    floor.py     the virtual crew (office, pickers, packers, exception desk) on the real services
    printers.py  the virtual benches' printers: emulated (real bytes) or on the queue only
    run.py       DrillRun: the day on a SimPy clock, compressed or as fast as it goes
    measure.py   live and final figures from the drill database
    forecast.py  the real day from the measured rates: finish, people, printers, consumables
    rates.py     the measured rates as the simulation's Rates
    report.py    PDF and CSV reports, two drills compared
    service.py   the calls the CLI (`whs drill`) and the Drill screen make

Nothing here imports Qt, and nothing writes to the live database (DESIGN invariant 7).
"""
