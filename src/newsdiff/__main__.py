"""The `newsdiff` command's entry (`python -m newsdiff`, and the console script).

The cycle collector is switched off before anything else is imported: a
one-shot run would otherwise pay for collections while the command line's own
modules load (a full one among them, ~1.5 ms of a piped run); `cli.run()` says
why it stays off, and the app and `stories` switch it back on.
"""

import gc

gc.disable()

from newsdiff.cli import run  # noqa: E402  (after the collector is off)

if __name__ == "__main__":
    run()
