"""``python -m policykg``: the same command line as the ``policykg`` script."""

from __future__ import annotations

from kg.cli import main

if __name__ == "__main__":
    main()
