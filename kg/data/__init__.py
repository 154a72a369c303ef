"""Data shipped with the package: gazetteers and curated lists."""
