"""The JSON contract (`--format json`), printed safely."""

from __future__ import annotations

import json
import re
from typing import Any

from newsdiff.core.model import Comparison

# JSON syntax is ASCII, so these can only occur inside strings, where \u escapes
# are valid: escaping them keeps terminals from acting on C1 controls or bidi marks.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def dumps(data: Any) -> str:
    """Serialise to indented JSON, keeping text readable but control-free."""
    raw = json.dumps(data, ensure_ascii=False, indent=2)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", raw)


def comparison_json(comparison: Comparison) -> str:
    """Exactly `Comparison.to_dict()`, as JSON text."""
    return dumps(comparison.to_dict())
