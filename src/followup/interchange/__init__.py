"""interchange package."""
