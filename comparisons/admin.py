from django.contrib import admin
from reversion.admin import VersionAdmin

from .models import Comparison


@admin.register(Comparison)
class ComparisonAdmin(VersionAdmin):
    list_display = ["__str__", "published", "updated_at"]
    list_filter = ["published"]
    search_fields = ["first__title", "second__title"]
    autocomplete_fields = ["first", "second"]
    list_select_related = ["first", "second"]
