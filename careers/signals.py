"""Any saved or deleted row of the careers and comparisons apps changes the data version."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import DataVersion
from .versions import bump_data_version

APPS = {"careers", "comparisons"}


@receiver(post_save)
@receiver(post_delete)
def data_changed(sender, **kwargs):
    if sender._meta.app_label in APPS and sender is not DataVersion:
        bump_data_version()
