"""The engine: pure Python, never imports textual or rich."""
