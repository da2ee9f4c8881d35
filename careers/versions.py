"""The site-wide data version: a token that changes whenever any figure changes.

Page caches and HTTP validators are keyed on it, so a change to the catalog needs no
purge. Saves through the ORM bump it by themselves (see ``careers.signals``). Bulk
operations (``bulk_create``, ``bulk_update``, ``QuerySet.update``, raw SQL) send no
signals, so whatever runs them must call ``bump_data_version()`` once it is done.

The version is kept in the database (``careers.models.DataVersion``), written in the
same transaction as the change, so that a change made while the cache is down is not
lost. Pages read a copy kept in the cache, which costs no query; the copy is checked
against the database at most every ``DATA_VERSION_CHECK_SECONDS``, so a bump that could
not reach the cache, or that another process made with its own local-memory cache,
shows within that time. Each process also remembers the version it read for
``DATA_VERSION_MEMORY_SECONDS`` (one second), so that a page served from memory needs no
trip to Redis at all. While the database is down the copy is used as it is, so that
cached pages are still served.
"""

import logging
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from .models import DataVersion as StoredVersion

logger = logging.getLogger(__name__)

VERSION_KEY = "data-version"


@dataclass(frozen=True)
class DataVersion:
    token: str
    changed_at: datetime
    # When this copy was read from the database.
    checked_at: datetime


class Memo:
    """The version this process read last, trusted for ``DATA_VERSION_MEMORY_SECONDS``."""

    version = None
    until = 0.0

    @classmethod
    def keep(cls, version):
        cls.version, cls.until = version, time.monotonic() + settings.DATA_VERSION_MEMORY_SECONDS

    @classmethod
    def forget(cls):
        cls.version, cls.until = None, 0.0
        Remembered.current = (None, {})


def data_version():
    """The current site-wide data version: one cache read, and one query every few seconds.

    For ``DATA_VERSION_MEMORY_SECONDS`` after that read the process answers from memory,
    so that a cached page costs no trip to the cache for the version; a bump in this
    process shows at once, one in another process within those seconds.
    """
    if Memo.version is not None and time.monotonic() < Memo.until:
        return Memo.version
    version = _current(cache.get(VERSION_KEY))
    Memo.keep(version)
    return version


class Remembered:
    """What ``per_version`` functions returned in this process: (data version token, results)."""

    current = (None, {})


def per_version(function):
    """Remember what ``function(*args)`` returns in this process while the data version stays
    the same. For small results that many pages read, such as every source: callers share
    what it returns and must not change it."""

    @wraps(function)
    def remembered(*args):
        token = data_version().token
        current = Remembered.current
        if current[0] != token:
            # One assignment, so that a thread still on the old version writes into its own dict.
            current = Remembered.current = (token, {})
        results = current[1]
        key = (function, args)
        if key not in results:
            results[key] = function(*args)
        return results[key]

    return remembered


def _current(copy):
    now = timezone.now()
    if copy is not None and now - copy.checked_at < timedelta(seconds=settings.DATA_VERSION_CHECK_SECONDS):
        return copy
    try:
        return _refresh()
    except DatabaseError:
        if copy is None:
            raise
        logger.warning("The data version could not be checked; using the cached copy.", exc_info=True)
        return copy


def bump_data_version():
    """Mark every cached page and every validator out of date.

    Call it after any change to figures that does not go through ``Model.save`` or
    ``Model.delete`` (bulk writes, ``QuerySet.update``, raw SQL). Inside a transaction
    the new version is written with the transaction (once, however many rows it
    changes) and copied to the cache on commit; until then the cache holds a token of
    its own, so that no page rendered from the data before the commit is cached under
    the version that follows it.
    """
    if not connection.in_atomic_block:
        _remember(_store_new_version())
        return
    now = timezone.now()
    _remember(DataVersion(uuid.uuid4().hex, now, now))
    if not any(func is _refresh for _, func, _ in connection.run_on_commit):
        _store_new_version()
        transaction.on_commit(_refresh, robust=True)


def _store_new_version():
    now = timezone.now()
    token = uuid.uuid4().hex
    if not StoredVersion.objects.filter(pk=1).update(token=token, changed_at=now):
        StoredVersion.objects.update_or_create(pk=1, defaults={"token": token, "changed_at": now})
    return DataVersion(token, now, now)


def _refresh():
    """The database's version, copied to the cache. One query (two the first time)."""
    row = StoredVersion.objects.filter(pk=1).values_list("token", "changed_at").first()
    # A new database starts a version dated now, which can only make clients fetch a
    # page again, never keep a stale one.
    version = _store_new_version() if row is None else DataVersion(*row, timezone.now())
    _remember(version)
    return version


def _remember(version):
    Memo.keep(version)
    cache.set(VERSION_KEY, version, timeout=None)
