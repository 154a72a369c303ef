"""The ``policykg`` package name: ``python -m policykg`` runs the command line of :mod:`kg.cli`.

The code lives in ``kg``, ``search`` and ``web``; this package only gives the
command its importable name and the installed version.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("policykg")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
