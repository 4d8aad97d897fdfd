"""订单导入 Import: platform order exports and SKU master data, all-or-nothing (invariant 5).

Formats are mapping tables in `formats/*.toml`; see docs/import-formats.md.
"""
from whs_app.importing.cells import looks_like_formula
from whs_app.importing.problems import ImportRefused, Problem
from whs_app.importing.service import ImportResult, import_batch, import_files, import_records
from whs_app.importing.preview import ImportPreview, preview_files

__all__ = ["ImportPreview", "ImportRefused", "ImportResult", "Problem", "import_batch", "import_files", "import_records",
           "looks_like_formula", "preview_files"]
