"""Renderers: turn a Comparison into text, JSON, Markdown or HTML. They compute nothing."""
