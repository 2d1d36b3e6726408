import sys

from pytrace.cli import main

sys.exit(main())
