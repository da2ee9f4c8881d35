import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0009_prices_and_ai_exposure"),
    ]

    operations = [
        migrations.AlterField(
            model_name="wage",
            name="industry",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="wages",
                to="careers.industry",
            ),
        ),
        # Let the query planner see the table as it now is (SQLite drops its statistics when it
        # rebuilds a table).
        migrations.RunSQL("ANALYZE careers_wage", migrations.RunSQL.noop, elidable=True),
    ]
