"""Entry point of the packaged console twin `whs` (build.spec): the same as `python -m whs_app`."""
from whs_app.cli import main

main()
