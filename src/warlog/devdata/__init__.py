"""Readers for the shared development data (ACLED exports, news sentences, PLOVER material).

These never ship data: they read files the developer points them at.
"""
