"""Counts of what an import created, updated, left unchanged and skipped, for its summary."""

from collections import Counter


class Tally:
    def __init__(self):
        self.counts = {}
        self.skipped = Counter()

    def count(self, kind, outcome, n=1):
        """Record n objects of a kind ("wages") as "created", "updated", "unchanged" or "deleted"."""
        self.counts.setdefault(kind, Counter())[outcome] += n

    def skip(self, reason, n=1):
        if n:
            self.skipped[reason] += n

    def ensure(self, model, lookup, wanted):
        """Get or create the one row of a model that the lookup names, with the wanted values.

        Counts it under the model's plural name, as created, updated or unchanged.
        """
        obj, created = model.objects.get_or_create(**lookup, defaults=wanted)
        changed = [name for name, value in wanted.items() if getattr(obj, name) != value]
        if changed:
            for name in changed:
                setattr(obj, name, wanted[name])
            obj.save(update_fields=changed)
        outcome = "created" if created else "updated" if changed else "unchanged"
        self.count(str(model._meta.verbose_name_plural), outcome)
        return obj

    def total(self, outcome):
        return sum(counts[outcome] for counts in self.counts.values())

    def lines(self):
        """The summary, one line per kind of object and per reason something was skipped."""
        lines = []
        for kind, counts in self.counts.items():
            lines.append(
                f"  {kind}: {counts['created']:,} created, {counts['updated']:,} updated, "
                f"{counts['unchanged']:,} unchanged{self._deleted(counts['deleted'])}"
            )
        lines.append(
            f"Total: {self.total('created'):,} created, {self.total('updated'):,} updated, "
            f"{self.total('unchanged'):,} unchanged, {sum(self.skipped.values()):,} skipped"
            f"{self._deleted(self.total('deleted'))}"
        )
        for reason, n in self.skipped.items():
            lines.append(f"  skipped {n:,}: {reason}")
        return lines

    @staticmethod
    def _deleted(n):
        # Only imports that replace rows delete any; the others' summaries stay as they were.
        return f", {n:,} deleted" if n else ""
