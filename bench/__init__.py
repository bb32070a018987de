"""Benchmarks: each compares our code with the raw library doing the same work."""
