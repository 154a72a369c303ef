"""Full-text search over the policy graph."""
