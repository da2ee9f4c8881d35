from django.apps import AppConfig


class CareersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "careers"

    def ready(self):
        from . import checks, signals  # noqa: F401  (checks registers the system checks)

        # Every app's models are loaded by now, comparisons' included.
        signals.connect()
