"""One module per rule; `followup.checks.registry` lists them."""
