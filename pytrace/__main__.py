"""``python3 -m pytrace``: the command line, without the launcher's note of
the signals ignored at start (see pytrace/front/entry.py)."""
import sys

from pytrace.front.cli import main

sys.exit(main())
