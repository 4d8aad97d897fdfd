"""The desktop app (PySide6 Widgets): the only package that imports Qt.

Thin over the core, like Electrum's gui/qt: screens show what services answer and never do the
work themselves. One module per job:

    app.py              the entry point and the ONE place that wires store, clock, actor, workers
    crash.py, logs.py   crash handler (any thread, Qt messages) and rotating logs
    scanner_filter.py   application-wide keyboard-wedge scanner filter; IME off for scan fields
    serial_bridge.py    serial / USB-COM scanners into the same path, by Qt signal
    workers.py          a thread with its own Store that runs jobs in order; a pool for rendering
    pack_desk.py        the pack station's work on its worker thread (plain Python, no Qt)
    outcomes.py         what a scan answer means for people: outcome kinds (plain Python)
    feedback.py         outcome -> colour, sound and headline
    sound.py            sounds for every outcome (QSoundEffect, or silent where there is no audio)
    printer_feed.py     which printer a station prints to and its state, live from print events
    station_commands.py, command_sheet.py   station command barcodes and their printable sheet
    lines_model.py      the open parcel's lines as a Qt model
    pack_station.py     the pack station screen (打包台)
    main_window.py      the shell: header, drill banner, the screens that exist
    drill.py            the drill banner hook
    style.py            colours and type sizes for reading from a metre away
    i18n/               Qt Linguist sources (.ts) and build.py that makes the .qm files

Start it with `python -m ui --db demo-warehouse.db --station P01 --user packer01`.
"""
