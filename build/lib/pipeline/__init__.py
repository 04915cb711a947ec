"""News articles in, a source-linked event dataset on the PMU-US confrontation out."""
