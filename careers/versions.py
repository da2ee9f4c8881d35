"""The site-wide data version: a token that changes whenever any figure changes.

Page caches and HTTP validators are keyed on it, so a change to the catalog needs no
purge. Saves through the ORM bump it by themselves (see ``careers.signals``). Bulk
operations (``bulk_create``, ``bulk_update``, ``QuerySet.update``, raw SQL) send no
signals, so whatever runs them must call ``bump_data_version()`` once it is done.

The version lives in the cache. With the local-memory cache each process holds its
own, which is right for one process; run several app servers only with ``REDIS_URL``.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

VERSION_KEY = "data-version"


@dataclass(frozen=True)
class DataVersion:
    token: str
    changed_at: datetime


def data_version():
    """The current site-wide data version. One cache read, no query."""
    version = cache.get(VERSION_KEY)
    if version is None:
        # An emptied cache forgets when the data last changed: say "now", which can
        # only make clients fetch a page again, never keep a stale one.
        cache.add(VERSION_KEY, DataVersion(uuid.uuid4().hex, timezone.now()), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_data_version():
    """Mark every cached page and every validator out of date.

    Call it after any change to figures that does not go through ``Model.save`` or
    ``Model.delete`` (bulk writes, ``QuerySet.update``, raw SQL). Inside a transaction
    it bumps now and again on commit, so that no page rendered from the data before the
    commit is cached under the new version.
    """
    _set_new_version()
    if connection.in_atomic_block:
        queued = any(func is _set_new_version for _, func, _ in connection.run_on_commit)
        if not queued:
            transaction.on_commit(_set_new_version)


def _set_new_version():
    cache.set(VERSION_KEY, DataVersion(uuid.uuid4().hex, timezone.now()), timeout=None)
