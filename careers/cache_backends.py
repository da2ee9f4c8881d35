"""A Redis cache that fails open: while Redis cannot be reached, reads miss and writes are dropped.

The page cache and the copy of the data version only make pages faster; the database
holds everything they say. So a Redis that refuses connections or stops answering must
not take the site down. Each call gives up after the socket timeouts set in
``settings.CACHES``; the outage is logged once per process (and the recovery once); and
for ``RETRY_SECONDS`` after a failure the cache is not asked at all, so that a Redis that
hangs costs one timeout in that time rather than one per request.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5


class Outage:
    """Whether one Redis server is taken as down, shared by the threads of a process."""

    def __init__(self):
        self.until = 0.0
        self.logged = False
        self.lock = threading.Lock()

    def skipping(self):
        return time.monotonic() < self.until

    def failed(self, location, error):
        with self.lock:
            self.until = time.monotonic() + RETRY_SECONDS
            if not self.logged:
                self.logged = True
                logger.error(
                    "The cache at %s cannot be reached (%s): pages are rendered from the database "
                    "until it answers again.",
                    location,
                    error,
                )

    def answered(self, location):
        if self.logged:
            with self.lock:
                if self.logged:
                    self.logged = False
                    logger.warning("The cache at %s answers again.", location)


_outages = {}


class SharedClient(RedisCacheClient):
    """Django's Redis client, but with one redis-py client per connection pool rather than
    a new one at every call, whose making costs more than a read."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        if index not in self._clients:
            self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return self._clients[index]


class FailOpenRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClient
        self._outage = _outages.setdefault(server, Outage())

    def _attempt(self, fallback, method, *args, **kwargs):
        if self._outage.skipping():
            return fallback
        try:
            result = method(*args, **kwargs)
        except (RedisError, OSError) as error:
            self._outage.failed(self._servers[0], error)
            return fallback
        self._outage.answered(self._servers[0])
        return result

    def add(self, *args, **kwargs):
        return self._attempt(False, super().add, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._attempt(default, super().get, key, default, version)

    def set(self, *args, **kwargs):
        return self._attempt(None, super().set, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._attempt(False, super().touch, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._attempt(False, super().delete, *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._attempt({}, super().get_many, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._attempt(False, super().has_key, *args, **kwargs)

    def set_many(self, data, *args, **kwargs):
        return self._attempt(list(data), super().set_many, data, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._attempt(None, super().delete_many, *args, **kwargs)

    def clear(self):
        return self._attempt(False, super().clear)
