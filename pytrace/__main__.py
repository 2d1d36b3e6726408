"""``python3 -m pytrace``: the command line, without the launcher's note of
the signals ignored at start (see pytrace/front/entry.py)."""
from pytrace.front.cli import leave, main

leave(main())
