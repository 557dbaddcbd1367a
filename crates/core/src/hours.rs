//! Opening hours and availability: weekly time ranges in Glasgow's local time, closures, and
//! the question "is it open at this moment?", answered offline and right across the clock
//! change.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::London;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A span of local time on one day, `09:30-13:00`. An end at or before the start runs past
/// midnight into the next day (`20:00-08:00`, a night shelter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeRange {
    /// When it opens.
    pub start: NaiveTime,
    /// When it closes.
    pub end: NaiveTime,
}

impl TimeRange {
    fn is_overnight(&self) -> bool {
        self.end <= self.start
    }
}

impl FromStr for TimeRange {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let (start, end) = s
            .split_once('-')
            .ok_or_else(|| format!("'{s}' is not a time range like 09:30-13:00"))?;
        let parse = |t: &str| {
            NaiveTime::parse_from_str(t.trim(), "%H:%M")
                .map_err(|_| format!("'{}' in '{s}' is not a time like 09:30", t.trim()))
        };
        let range = TimeRange {
            start: parse(start)?,
            end: parse(end)?,
        };
        if range.start == range.end {
            return Err(format!("'{s}' opens and closes at the same time"));
        }
        Ok(range)
    }
}

impl TryFrom<String> for TimeRange {
    type Error = String;
    fn try_from(s: String) -> std::result::Result<Self, String> {
        s.parse()
    }
}

impl From<TimeRange> for String {
    fn from(r: TimeRange) -> String {
        r.to_string()
    }
}

impl fmt::Display for TimeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}-{}",
            self.start.format("%H:%M"),
            self.end.format("%H:%M")
        )
    }
}

/// Time ranges for each day of the week; a day with none is closed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeeklyHours {
    /// Monday.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mon: Vec<TimeRange>,
    /// Tuesday.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tue: Vec<TimeRange>,
    /// Wednesday.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wed: Vec<TimeRange>,
    /// Thursday.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thu: Vec<TimeRange>,
    /// Friday.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fri: Vec<TimeRange>,
    /// Saturday.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sat: Vec<TimeRange>,
    /// Sunday.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sun: Vec<TimeRange>,
}

impl WeeklyHours {
    /// The ranges of one weekday.
    pub fn day(&self, day: Weekday) -> &[TimeRange] {
        match day {
            Weekday::Mon => &self.mon,
            Weekday::Tue => &self.tue,
            Weekday::Wed => &self.wed,
            Weekday::Thu => &self.thu,
            Weekday::Fri => &self.fri,
            Weekday::Sat => &self.sat,
            Weekday::Sun => &self.sun,
        }
    }

    /// True when no day has any hours.
    pub fn is_empty(&self) -> bool {
        [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ]
        .iter()
        .all(|d| self.day(*d).is_empty())
    }

    /// Whether a range covers this local wall-clock moment, counting ranges that started the
    /// day before and run past midnight. `closed_on` says which days' openings are cancelled.
    pub fn covers(&self, at: NaiveDateTime, closed_on: impl Fn(NaiveDate) -> bool) -> bool {
        let (date, time) = (at.date(), at.time());
        let today = !closed_on(date)
            && self
                .day(date.weekday())
                .iter()
                .any(|r| time >= r.start && (r.is_overnight() || time < r.end));
        let yesterday = date.pred_opt().is_some_and(|prev| {
            !closed_on(prev)
                && self
                    .day(prev.weekday())
                    .iter()
                    .any(|r| r.is_overnight() && time < r.end)
        });
        today || yesterday
    }
}

/// Days a service is closed despite its weekly hours (holidays, a summer break).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// First closed day.
    pub from: NaiveDate,
    /// Last closed day, inclusive.
    pub to: NaiveDate,
    /// Why, in English (shown to coordinators).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A service's weekly hours and its closures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// The usual week.
    pub weekly: WeeklyHours,
    /// Exceptions to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closures: Vec<Closure>,
}

impl OpeningHours {
    /// Whether the service is open at this local (Glasgow) wall-clock moment.
    pub fn is_open_at(&self, local: NaiveDateTime) -> bool {
        self.weekly.covers(local, |day| {
            self.closures.iter().any(|c| c.from <= day && day <= c.to)
        })
    }
}

/// Glasgow's wall-clock time at an instant.
pub fn local_time(instant: DateTime<Utc>) -> NaiveDateTime {
    instant.with_timezone(&London).naive_local()
}

/// Glasgow's wall-clock time now.
pub fn local_now() -> NaiveDateTime {
    local_time(Utc::now())
}

/// Reads a moment as Glasgow wall-clock time. With an offset (`2026-03-29T09:30:00Z`,
/// `…+01:00`) it is an instant, converted with the clock change taken into account; without
/// (`2026-03-29T10:30`, `2026-03-29 10:30`) it already is local time.
pub fn parse_local_time(input: &str) -> Result<NaiveDateTime> {
    let trimmed = input.trim();
    if let Ok(instant) = DateTime::parse_from_rfc3339(trimmed) {
        return Ok(local_time(instant.with_timezone(&Utc)));
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(local) = NaiveDateTime::parse_from_str(trimmed, format) {
            return Ok(local);
        }
    }
    Err(Error::InvalidDateTime {
        input: input.to_owned(),
        reason: "expected a date and time like 2026-03-29T10:30 (Glasgow time) or \
                 2026-03-29T09:30:00Z"
            .to_owned(),
    })
}

/// The instant at which Glasgow's clocks show `local`, if they ever do (not in the hour
/// skipped in spring; the first of the two in autumn).
pub fn instant_of(local: NaiveDateTime) -> Option<DateTime<Utc>> {
    London
        .from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(toml_text: &str) -> OpeningHours {
        toml::from_str(toml_text).unwrap()
    }

    fn at(s: &str) -> NaiveDateTime {
        parse_local_time(s).unwrap()
    }

    const OFFICE: &str = r#"
        [weekly]
        mon = ["09:30-13:00", "14:00-16:30"]
        sun = ["09:00-12:00"]
        [[closures]]
        from = "2026-12-24"
        to = "2027-01-04"
    "#;

    #[test]
    fn open_inside_ranges_closed_between_and_after() {
        let h = hours(OFFICE);
        // 2026-11-23 is a Monday.
        assert!(h.is_open_at(at("2026-11-23T09:30")));
        assert!(h.is_open_at(at("2026-11-23T12:59")));
        assert!(!h.is_open_at(at("2026-11-23T13:30")));
        assert!(!h.is_open_at(at("2026-11-23T16:30")));
        assert!(!h.is_open_at(at("2026-11-24T10:00")));
    }

    #[test]
    fn closures_override_the_week() {
        let h = hours(OFFICE);
        // 2026-12-28 is a Monday inside the closure; 2027-01-11 one after it.
        assert!(!h.is_open_at(at("2026-12-28T10:00")));
        assert!(h.is_open_at(at("2027-01-11T10:00")));
    }

    #[test]
    fn overnight_ranges_run_past_midnight() {
        let h = hours("[weekly]\nsat = [\"20:00-08:00\"]");
        // 2026-11-28 is a Saturday.
        assert!(h.is_open_at(at("2026-11-28T23:00")));
        assert!(h.is_open_at(at("2026-11-29T07:59")));
        assert!(!h.is_open_at(at("2026-11-29T08:00")));
        assert!(!h.is_open_at(at("2026-11-28T07:00")));
    }

    #[test]
    fn instants_follow_the_spring_clock_change() {
        let h = hours("[weekly]\nsun = [\"09:00-12:00\"]");
        // Clocks go forward at 01:00 UTC on Sunday 29 March 2026: 08:30 UTC is 09:30 BST.
        assert!(h.is_open_at(at("2026-03-29T08:30:00Z")));
        // A week earlier, still GMT: 08:30 UTC is 08:30 local, before opening.
        assert!(!h.is_open_at(at("2026-03-22T08:30:00Z")));
        // 11:30 UTC is 12:30 BST: closed, though 11:30 on a GMT Sunday would be open.
        assert!(!h.is_open_at(at("2026-03-29T11:30:00Z")));
        assert!(h.is_open_at(at("2026-03-22T11:30:00Z")));
    }

    #[test]
    fn instants_follow_the_autumn_clock_change() {
        let h = hours("[weekly]\nsun = [\"09:00-12:00\"]");
        // Clocks go back at 01:00 UTC on Sunday 25 October 2026.
        assert!(h.is_open_at(at("2026-10-18T08:30:00Z"))); // 09:30 BST
        assert!(!h.is_open_at(at("2026-10-25T08:30:00Z"))); // 08:30 GMT
        assert!(h.is_open_at(at("2026-10-25T09:30:00Z"))); // 09:30 GMT
        assert!(h.is_open_at(at("2026-10-25T10:30:00+01:00"))); // 09:30 GMT
    }

    #[test]
    fn local_times_in_the_skipped_and_repeated_hours() {
        let skipped = at("2026-03-29T01:30");
        assert_eq!(instant_of(skipped), None);
        let repeated = at("2026-10-25T01:30");
        assert_eq!(
            instant_of(repeated).unwrap().to_rfc3339(),
            "2026-10-25T00:30:00+00:00"
        );
    }

    #[test]
    fn bad_ranges_and_times_are_named() {
        for (input, needle) in [
            ("[weekly]\nmon = [\"9-5\"]", "'9'"),
            ("[weekly]\nmon = [\"09:00 13:00\"]", "not a time range"),
            ("[weekly]\nmon = [\"10:00-10:00\"]", "same time"),
            ("[weekly]\nmonday = [\"10:00-11:00\"]", "monday"),
        ] {
            let err = toml::from_str::<OpeningHours>(input).unwrap_err();
            assert!(err.to_string().contains(needle), "{input}: {err}");
        }
        let err = parse_local_time("tomorrow at ten").unwrap_err();
        assert_eq!(err.code(), "invalid-date-time");
        assert!(err.to_string().contains("'tomorrow at ten'"));
    }
}
