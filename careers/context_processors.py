from django.conf import settings


def site(request):
    return {"SITE_NAME": settings.SITE_NAME, "POST_JOB_URL": settings.POST_JOB_URL}
