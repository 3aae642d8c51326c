"""Second held-out set of invented CVs, used only to measure generalisation (never tuned on)."""
