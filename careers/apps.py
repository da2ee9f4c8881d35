from django.apps import AppConfig


class CareersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "careers"

    def ready(self):
        from . import checks, signals  # noqa: F401  (registers the checks and the receivers of the page cache)
