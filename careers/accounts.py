"""Editors' accounts: the address a sign-in comes from, for django-axes' throttling."""

from django.conf import settings
from django.shortcuts import render


def client_address(request):
    """The reader's address: REMOTE_ADDR, or behind ``TRUSTED_PROXY_COUNT`` proxies the
    address the outermost of them saw, from ``X-Forwarded-For``.

    Entries further left than the proxies' own are written by the client and not trusted.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


def locked_out(request, response, credentials):
    """The page a locked-out sign-in gets: what happened, and when to try again."""
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    context = {
        "title": "Sign-in paused",
        "username": username,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": round(settings.AXES_COOLOFF_TIME * 60),
    }
    return render(request, "admin/locked_out.html", context, status=429)
