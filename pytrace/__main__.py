import sys

from pytrace.front.cli import main

sys.exit(main())
