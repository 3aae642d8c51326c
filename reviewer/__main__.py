"""`python -m reviewer`: the same as the `reviewer` command."""
from reviewer.cli import main

if __name__ == "__main__":  # guard: worker processes are spawned and re-import __main__
    raise SystemExit(main())
