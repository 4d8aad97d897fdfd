"""Device access for whs: printers (devices.printers), scanners (devices.scanners) and test
doubles that stand in for the hardware (devices.testing). Imports nothing else of ours."""
