"""Express carriers (快递): terms, coverage and tariffs; the batch assignment and its explanations;
re-routing on an outage; e-waybill pools; the monitoring board; the carriers file.

The store holds the setup (store/carrier_setup.py) and each run's record (store/assignments.py);
these modules decide. Entry points: released.assign_released, reroute.take_out, explain.explain,
monitor.carrier_board, carrier_file.import_file / export_file, pools.load_range.
"""
