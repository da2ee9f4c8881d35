"""What a reader sees while the database is down: a page that says so, not a server error."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.shortcuts import render

logger = logging.getLogger(__name__)


class OutageMiddleware:
    """Answer 503 with ``Retry-After`` when a view cannot reach the database.

    ``OperationalError`` covers a refused or timed-out connection and a statement that
    ran past ``DATABASE_STATEMENT_TIMEOUT``. Pages in the page cache never get here: a
    cache hit runs no query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("The database cannot be reached: %s", exception)
        response = render(request, "503.html", status=503)
        response.headers["Retry-After"] = str(settings.RETRY_AFTER_SECONDS)
        response.headers["Cache-Control"] = "no-store"
        return response
