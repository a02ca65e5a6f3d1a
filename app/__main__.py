"""`python -m app` runs the same entry point as the `venueplan` command."""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The one-folder bundle starts its child processes (imports and workbooks run
        # there, app/services/process_pool.py) as itself: this runs them instead of the app.
        import multiprocessing

        multiprocessing.freeze_support()
    from app.cli import main

    sys.exit(main())
