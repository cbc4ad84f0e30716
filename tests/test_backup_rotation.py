"""Keep the newest backup of each of the last 7 days and of the last 4 weeks."""

from datetime import datetime, timedelta

from antiviolenza_desktop.domain.backup_rotation import backups_to_keep


def test_keeps_seven_daily_and_four_weekly() -> None:
    start = datetime(2026, 9, 1, 9, 0)
    taken = [start + timedelta(days=day, hours=hour) for day in range(60) for hour in (0, 8)]
    keep = backups_to_keep(taken)
    newest = max(taken)
    assert newest in keep
    days = {moment.date() for moment in keep}
    assert len([d for d in days if (newest.date() - d).days < 7]) == 7
    assert len(keep) <= 7 + 4
    # each kept moment is the newest of its day
    for moment in keep:
        assert moment == max(t for t in taken if t.date() == moment.date())
    weeks = {moment.isocalendar()[:2] for moment in keep}
    assert len(weeks) >= 4


def test_few_backups_are_all_kept() -> None:
    taken = [datetime(2026, 11, 20), datetime(2026, 11, 21)]
    assert backups_to_keep(taken) == set(taken)
