//! Dates as `YYYY-MM-DD` (content `reviewed` dates, school-year ends, permits), compared in days.

/// Days since 1970-01-01 of a `YYYY-MM-DD` date, if it is one.
pub fn days_from_iso(date: &str) -> Option<i64> {
    let mut parts = date.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    let month_days = [
        31,
        if is_leap(year) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&month) || day < 1 || day > month_days[(month - 1) as usize] {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The `YYYY-MM-DD` date of a day number (Howard Hinnant's civil_from_days).
pub fn iso_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A Unix time as RFC 3339 in UTC: `2026-12-06T11:40:02Z`.
pub fn iso_timestamp(unix: i64) -> String {
    let seconds = unix.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        iso_from_days(unix.div_euclid(86_400)),
        seconds / 3600,
        seconds % 3600 / 60,
        seconds % 60
    )
}

/// The 31 July after today: the default end of a school year.
pub fn next_year_end() -> String {
    let today_iso = iso_from_days(today());
    let year: i64 = today_iso[..4].parse().unwrap_or(2026);
    let this_year = format!("{year}-07-31");
    if today_iso.as_str() <= this_year.as_str() {
        this_year
    } else {
        format!("{}-07-31", year + 1)
    }
}

/// Today, in days since 1970-01-01 (UTC).
pub fn today() -> i64 {
    crate::db::now_unix().div_euclid(86_400)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_become_day_numbers() {
        assert_eq!(days_from_iso("1970-01-01"), Some(0));
        assert_eq!(days_from_iso("2000-03-01"), Some(11_017));
        assert_eq!(
            days_from_iso("2026-11-22")
                .zip(days_from_iso("2025-11-22"))
                .map(|(a, b)| a - b),
            Some(365)
        );
        assert_eq!(days_from_iso("2026-02-29"), None);
        for date in ["1970-01-01", "2000-02-29", "2026-11-23", "2027-07-04"] {
            assert_eq!(days_from_iso(date).map(iso_from_days).as_deref(), Some(date));
        }
        assert_eq!(days_from_iso("22/11/2026"), None);
    }
}
