import pytest
from django.core.cache import cache
from django.core.management import call_command

from careers.caching import recent
from careers.versions import Memo


@pytest.fixture(scope="session", autouse=True)
def collected_static():
    """Pages link hashed static files, as in production, so the manifest must exist."""
    call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the reference occupations the site ships."""
    with django_db_blocker.unblock():
        call_command("load_site_data", "--reference-only", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with no cached pages: data rolled back by an earlier test leaves no trace."""
    cache.clear()
    recent.clear()
    Memo.forget()
    yield
    cache.clear()
    recent.clear()
    Memo.forget()
