# Makes every datetime aware (parse converts to UTC, now is datetime.now(timezone.utc)), so the
# TypeError is gone. But hours_between and add_hours still do their arithmetic on datetimes that
# share the EASTERN tzinfo, which Python does on wall-clock time: across a DST change the results
# are an hour off.
from datetime import datetime, timedelta, timezone, tzinfo

ZERO = timedelta(0)
HOUR = timedelta(hours=1)


def _first_sunday_on_or_after(day: datetime) -> datetime:
    return day + timedelta(days=(6 - day.weekday()) % 7)


class USEastern(tzinfo):
    """America/New_York since 2007, for machines without a time zone database. Given: correct.

    Standard time is UTC-5 (EST). Daylight saving time, UTC-4 (EDT), runs from the second Sunday
    of March at 02:00 local time to the first Sunday of November at 02:00 local time. The hour
    02:00-03:00 of the March change does not exist; 01:00-02:00 of the November change happens
    twice, fold=0 being the first (EDT) and fold=1 the second (EST), as PEP 495 defines.
    """

    def _changes(self, year: int) -> tuple[datetime, datetime]:
        """The local (naive) times at which DST starts and ends in year."""
        start = _first_sunday_on_or_after(datetime(year, 3, 8, 2))
        end = _first_sunday_on_or_after(datetime(year, 11, 1, 2))
        return start, end

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return ZERO
        start, end = self._changes(dt.year)
        local = dt.replace(tzinfo=None)
        if start + HOUR <= local < end - HOUR:
            return HOUR
        if end - HOUR <= local < end:  # the repeated hour
            return ZERO if dt.fold else HOUR
        if start <= local < start + HOUR:  # the missing hour
            return HOUR if dt.fold else ZERO
        return ZERO

    def tzname(self, dt: datetime | None) -> str:
        return "EDT" if self.dst(dt) else "EST"

    def fromutc(self, dt: datetime) -> datetime:
        start, end = self._changes(dt.year)
        utc = dt.replace(tzinfo=None)
        if start + timedelta(hours=5) <= utc < end + timedelta(hours=4):
            return (utc - timedelta(hours=4)).replace(tzinfo=self)
        local = utc - timedelta(hours=5)
        fold = 1 if end - HOUR <= local < end else 0
        return local.replace(tzinfo=self, fold=fold)

    def __repr__(self) -> str:
        return "EASTERN"


EASTERN = USEastern()


def parse_timestamp(text: str) -> datetime:
    """Parse an ISO 8601 timestamp into an aware datetime in UTC.

    A timestamp with an offset ("+02:00", "-05:00" or "Z") is converted to UTC; one without an
    offset is already in UTC.
    """
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))  # "Z" needs Python 3.11 otherwise
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)  # label it: it was UTC all along
    return moment.astimezone(timezone.utc)  # convert: same instant, UTC wall time


def hours_between(start: datetime, end: datetime) -> float:
    """The real time elapsed from start to end, in hours (negative if end is earlier).

    start and end are aware datetimes, possibly in different time zones.
    """
    # Subtracting two datetimes that share a tzinfo object compares their wall times and ignores
    # the offsets, so a DST change in between is missed. In UTC there are no DST changes.
    return (end - start).total_seconds() / 3600


def add_hours(moment: datetime, hours: float) -> datetime:
    """The instant `hours` real hours after the aware datetime moment, in moment's time zone."""
    # moment + timedelta moves the wall clock, not time: do the arithmetic in UTC, then convert back.
    return moment + timedelta(hours=hours)


def is_expired(expires_at: str, now: datetime | None = None) -> bool:
    """True if the ISO 8601 timestamp expires_at is at or before now (default: the current time)."""
    if now is None:
        now = datetime.now(timezone.utc)  # aware; datetime.utcnow() is naive (and deprecated)
    return parse_timestamp(expires_at) <= now
