"""newsdiff: see how different outlets tell the same news story.

`from newsdiff import compare` gives the engine's one entry point; it is
imported lazily so that `import newsdiff` stays instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Comparison", "__version__", "compare"]

if TYPE_CHECKING:
    from newsdiff.core.compare import compare
    from newsdiff.core.model import Comparison


def __getattr__(name: str) -> Any:
    if name == "compare":
        from newsdiff.core.compare import compare

        return compare
    if name == "Comparison":
        from newsdiff.core.model import Comparison

        return Comparison
    raise AttributeError(f"module 'newsdiff' has no attribute {name!r}")
