"""Entry point of the packaged windowed app `whs-desk` (build.spec): the same as `python -m ui`."""
import sys

from ui.app import main

sys.exit(main())
