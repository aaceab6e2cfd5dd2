"""`python -m desktop` runs the same front as the `conservation-desk` command."""

import sys

from desktop.cli import main

sys.exit(main())
