//! Benchmarks for pyvm; see `benches/` for the criterion targets.
