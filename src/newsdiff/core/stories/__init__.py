"""Above `compare`: corpora (folders, manifests), outlets, grouping into stories, coverage."""
