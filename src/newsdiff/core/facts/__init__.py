"""Stage 3b, facts: names, numbers, dates and quotations found, read as values, matched across sources."""
