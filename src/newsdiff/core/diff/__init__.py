"""Stage 3a, inside an aligned row: the word diff and the kind of each change."""
