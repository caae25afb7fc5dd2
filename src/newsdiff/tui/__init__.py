"""The Textual reading app: stories, sources and the aligned diff of two of them."""
