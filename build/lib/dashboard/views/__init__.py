"""One module per dashboard view; each has a render function."""
