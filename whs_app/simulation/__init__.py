"""Fast-forward simulation of a whole peak day (发货演练 without the floor): SimPy, no Qt, no DB.

`simulate(DayPlan(), Rates(), random.Random(seed), WhatIf(packers=+4))` forecasts when the last
parcel leaves against the 72-hour limit, which stage is the bottleneck, and how each stage,
printer and carrier was loaded.
"""
from whs_app.simulation.rates import (CarrierRates, DayPlan, PrinterRates, Rates, RatesError, ServiceTime,
                                      WhatIf, demo_carriers)
from whs_app.simulation.result import SimResult
from whs_app.simulation.simulate import simulate

__all__ = ["CarrierRates", "DayPlan", "PrinterRates", "Rates", "RatesError", "ServiceTime", "SimResult", "WhatIf",
           "demo_carriers", "simulate"]
