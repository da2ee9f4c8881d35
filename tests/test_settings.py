"""Settings come from the environment, and production refuses to start without a secret key."""

import json
import os
import subprocess
import sys

from django.conf import settings

PRINT_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "CACHE": settings.CACHES["default"]["BACKEND"],
    "DATABASE": settings.DATABASES["default"]["ENGINE"],
    "DATABASE_NAME": str(settings.DATABASES["default"]["NAME"]),
    "POST_JOB_URL": settings.POST_JOB_URL,
    "DATABASE_OPTIONS": settings.DATABASES["default"].get("OPTIONS", {}),
    "CACHE_OPTIONS": settings.CACHES["default"].get("OPTIONS", {}),
}))
"""


def run_settings(**environ):
    """Import the settings in a fresh interpreter with exactly these variables set."""
    env = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL", "REDIS_URL"}
    }
    env.update(environ, DJANGO_SETTINGS_MODULE="config.settings")
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run_settings(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_starts_with_a_development_key_when_debug_is_on():
    result = run_settings(DEBUG="1")
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["DEBUG"] is True
    assert "localhost" in values["ALLOWED_HOSTS"]


def test_defaults_to_sqlite_and_local_memory_cache():
    values = json.loads(run_settings(SECRET_KEY="x").stdout)
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == []
    assert values["DATABASE"] == "django.db.backends.sqlite3"
    assert values["CACHE"] == "django.core.cache.backends.locmem.LocMemCache"
    assert values["POST_JOB_URL"] == ""


def test_deploy_check_warns_without_a_post_a_job_address_in_production():
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "POST_JOB_URL", "DATABASE_URL"}}
    env.update(SECRET_KEY="x", DJANGO_SETTINGS_MODULE="config.settings")
    command = [sys.executable, "manage.py", "check", "--deploy"]
    warned = subprocess.run(command, cwd=settings.BASE_DIR, env=env, capture_output=True, text=True)
    assert "careers.W001" in warned.stderr + warned.stdout
    assert "POST_JOB_URL is not set" in warned.stderr + warned.stdout
    env["POST_JOB_URL"] = "https://jobs.example.com/"
    quiet = subprocess.run(command, cwd=settings.BASE_DIR, env=env, capture_output=True, text=True)
    assert "careers.W001" not in quiet.stderr + quiet.stdout
    env.update(DEBUG="1", POST_JOB_URL="")
    development = subprocess.run(command, cwd=settings.BASE_DIR, env=env, capture_output=True, text=True)
    assert "careers.W001" not in development.stderr + development.stdout


def test_database_cache_hosts_and_job_link_come_from_the_environment():
    values = json.loads(
        run_settings(
            SECRET_KEY="x",
            DATABASE_URL="postgres://postgres@127.0.0.1:5432/careers",
            REDIS_URL="redis://127.0.0.1:6379/0",
            ALLOWED_HOSTS="careers.example.com, www.careers.example.com",
            POST_JOB_URL="https://jobs.example.com/",
        ).stdout
    )
    assert values["DATABASE"] == "django.db.backends.postgresql"
    assert values["DATABASE_NAME"] == "careers"
    assert values["CACHE"] == "careers.cache_backends.FailOpenRedisCache"
    assert values["ALLOWED_HOSTS"] == ["careers.example.com", "www.careers.example.com"]
    assert values["POST_JOB_URL"] == "https://jobs.example.com/"


def test_a_hung_database_or_cache_fails_a_request_in_seconds():
    values = json.loads(
        run_settings(
            SECRET_KEY="x",
            DATABASE_URL="postgres://postgres@127.0.0.1:5432/careers",
            REDIS_URL="redis://127.0.0.1:6379/0",
            DATABASE_STATEMENT_TIMEOUT="8",
        ).stdout
    )
    assert values["DATABASE_OPTIONS"]["connect_timeout"] == 3
    assert values["DATABASE_OPTIONS"]["options"] == "-c statement_timeout=8000"
    assert values["CACHE_OPTIONS"] == {"socket_connect_timeout": 0.25, "socket_timeout": 0.25}


def test_deploy_checks_pass_with_the_documented_production_settings():
    env = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        # What the README's Production section sets; every security setting keeps its default.
        SECRET_KEY="a-long-random-production-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS="careers.example.com",
        DATABASE_URL="postgres://careers@127.0.0.1:5432/careers",
        REDIS_URL="redis://127.0.0.1:6379/0",
        POST_JOB_URL="https://careers.example.com/post-a-job/",
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    env.pop("SECURE_SSL_REDIRECT", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests' Playwright fixtures
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
