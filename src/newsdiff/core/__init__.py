"""The engine: pure Python, never imports textual or rich.

`compare.compare(a, b)` is the one entry point. Stages, each a package that imports
only those below it: `words` (word lists) < `text` | `align` < `diff` | `facts` <
`compare` < `stories`; every data type is in `model`.
"""
