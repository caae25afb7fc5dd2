"""Stage 2, sentence alignment: how alike two sentences are, and which of A and B pair up."""
