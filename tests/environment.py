"""Loaded as a pytest plugin before Django's settings, so that tests run with
DEBUG off, as in production, under a key that is only for tests. They speak plain
HTTP, so the redirect to HTTPS that production settings turn on is off."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
