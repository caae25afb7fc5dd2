"""`python -m newsdiff`."""

from newsdiff.cli import run

run()
