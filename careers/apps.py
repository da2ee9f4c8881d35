from django.apps import AppConfig


class CareersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "careers"

    def ready(self):
        from . import signals

        # Every app's models are loaded by now, comparisons' included.
        signals.connect()
