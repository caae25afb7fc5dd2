"""Stage 1, bytes to text: decoding, boilerplate removal with reasons, sentences, tokens, typos."""
