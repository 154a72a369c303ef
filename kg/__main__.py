"""``python -m kg`` runs the policykg command line."""

from kg.cli import main

main()
