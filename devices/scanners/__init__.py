"""Scanners: keyboard-wedge classification, serial/USB-COM reading, AIM and GS1 parsing.

The GUI feeds key presses to a WedgeClassifier (see wedge.py on the input-method problem);
serial scanners run a SerialScanner thread; both end in parse_scan(text) -> ScannedCode.
"""
from devices.scanners.codes import ScannedCode, parse_scan
from devices.scanners.normalise import to_halfwidth
from devices.scanners.serial_scanner import SerialScanner
from devices.scanners.symbology import Symbology, split_symbology
from devices.scanners.wedge import KeyEvent, WedgeClassifier, WedgeConfig, WedgeOutput

__all__ = ["KeyEvent", "ScannedCode", "SerialScanner", "Symbology", "WedgeClassifier",
           "WedgeConfig", "WedgeOutput", "parse_scan", "split_symbology", "to_halfwidth"]
