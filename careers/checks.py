"""System checks of the site's own settings, beside Django's."""

from django.conf import settings
from django.core import checks


@checks.register("deploy", deploy=True)
def post_job_url(app_configs, **kwargs):
    """``check --deploy`` warns when the site runs without a "Post a job" address."""
    if settings.DEBUG or settings.POST_JOB_URL:
        return []
    return [
        checks.Warning(
            "POST_JOB_URL is not set, so the navigation has no \u201cPost a job\u201d link.",
            hint="Set POST_JOB_URL to the page or address where employers post a job.",
            id="careers.W001",
        )
    ]
