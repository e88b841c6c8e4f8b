import sys

from .cli import main

if __name__ == "__main__":  # spawned --jobs workers import this module under another name
    sys.exit(main())
