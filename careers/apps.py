from django.apps import AppConfig


class CareersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "careers"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers that keep the page cache fresh)
