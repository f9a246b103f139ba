"""``pitwall bench``: the benchmarks and the synthetic articles they use (never imported while serving)."""
