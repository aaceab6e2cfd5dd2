"""`python -m desktop` runs the same front as the `conservation-desk` command."""

import sys

from desktop.cli import main

if __name__ == "__main__":  # not when multiprocessing's spawn imports this module again
    sys.exit(main())
