"""`python -m ui [--db PATH] [--station P01] [--user packer01] [--lang zh_CN|en]`."""
import sys

from ui.app import main

sys.exit(main())
