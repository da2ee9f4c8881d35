"""Any saved or deleted row of the careers and comparisons apps changes the data version.

The rows an occupation owns (duties, skills, race shares ...) are deleted without a
signal: no receiver listens for their deletion, so Django deletes many in one statement
(imports replace them in bulk). Whatever deletes them saves their occupation, which
bumps the version: the admin does, and imports bump it once they are done.
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save

from .versions import bump_data_version

APPS = {"careers", "comparisons"}
# Rows that belong to an occupation and are replaced with it: their deletion sends no signal.
OWNED = {"duty", "skill", "raceshare", "technology", "educationlevel", "alternatetitle", "relatedoccupation"}
# The data version itself.
UNWATCHED = {"dataversion"}


def data_changed(sender, **kwargs):
    bump_data_version()


def connect():
    """Connect ``data_changed`` to every model of the apps; called once the models are loaded."""
    for model in apps.get_models():
        name = model._meta.model_name
        if model._meta.app_label not in APPS or name in UNWATCHED:
            continue
        post_save.connect(data_changed, sender=model, dispatch_uid=f"data-changed-save-{name}")
        if name not in OWNED:
            post_delete.connect(data_changed, sender=model, dispatch_uid=f"data-changed-delete-{name}")
