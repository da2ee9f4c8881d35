"""Pairs of occupations that editors have set an order for or published."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Greatest, Least
from django.urls import reverse

from careers.models import Occupation


class Comparison(models.Model):
    """A pair with a fixed canonical order; published pairs are offered to crawlers."""

    first = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="+")
    published = models.BooleanField(
        default=False, help_text="List the pair in the sitemap and let crawlers index it."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["first__title", "second__title"]
        constraints = [
            models.CheckConstraint(condition=~Q(first=F("second")), name="comparison_two_occupations"),
            models.UniqueConstraint(
                Least("first", "second"), Greatest("first", "second"), name="comparison_unique_pair"
            ),
        ]

    def __str__(self):
        return f"{self.first} vs {self.second}"

    def get_absolute_url(self):
        return reverse("comparisons:pair", args=[(self.first, self.second)])

    def clean(self):
        if self.first_id and self.first_id == self.second_id:
            raise ValidationError({"second": "Choose two different occupations."})
        if self.first_id and self.second_id:
            twins = Comparison.objects.filter(
                Q(first_id=self.first_id, second_id=self.second_id)
                | Q(first_id=self.second_id, second_id=self.first_id)
            ).exclude(pk=self.pk)
            if twins.exists():
                raise ValidationError({"second": "This pair already exists (perhaps in the other order)."})
