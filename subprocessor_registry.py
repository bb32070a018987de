"""``python -m subprocessor_registry``: the app and its command line, as the
``subprocessor-registry`` command (and ``python main.py`` in a checkout) start them."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from main import main

    sys.exit(main(prog="python -m subprocessor_registry"))
