"""Extraction: news text in, the core's claims out (work in progress)."""
