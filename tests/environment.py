"""Loaded as a pytest plugin before Django's settings, so that tests run with
DEBUG off, as in production, under a key that is only for tests."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key")
os.environ.setdefault("DEBUG", "0")
