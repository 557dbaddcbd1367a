//! The plan's dates as an iCalendar file (RFC 5545) a phone's calendar imports: one all-day
//! event per step not yet ticked off and one for the end of support, each with a reminder the
//! day before. Made on the device from the device's data; nothing is sent anywhere.

use chrono::{DateTime, NaiveDate, Utc};

use super::{PlanView, add_days};

/// A calendar file to hand to the reader.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PlanCalendar {
    /// A file name to save it under.
    pub file_name: String,
    /// The iCalendar text, CRLF line ends.
    pub text: String,
}

/// The domain the events' UIDs are made unique under. The UIDs name only the step, so
/// importing a new file after the dates changed updates the events instead of doubling them,
/// and they say nothing about the reader.
const UID_DOMAIN: &str = "plan.peerguide.invalid";

/// The calendar of `view`'s dated steps, stamped `stamp` (`DTSTAMP`, required by RFC 5545).
/// Empty of events when the reader entered no dates.
pub fn calendar(view: &PlanView, stamp: DateTime<Utc>) -> PlanCalendar {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Peer Guide//Move-on plan//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    let mut event = |uid: &str, day: NaiveDate, summary: &str, description: &str| {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{uid}@{UID_DOMAIN}"));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")));
        // An all-day event's end is the next day, not included (RFC 5545 3.6.1).
        lines.push(format!(
            "DTEND;VALUE=DATE:{}",
            add_days(day, 1).format("%Y%m%d")
        ));
        lines.push(format!("SUMMARY:{}", escape(summary)));
        if !description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(description)));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        // At 09:00 the day before (the event starts at midnight).
        lines.push("BEGIN:VALARM".into());
        lines.push("ACTION:DISPLAY".into());
        lines.push(format!("DESCRIPTION:{}", escape(summary)));
        lines.push("TRIGGER:-PT15H".into());
        lines.push("END:VALARM".into());
        lines.push("END:VEVENT".into());
    };
    for step in &view.steps {
        if let (Some(due), false) = (step.due, step.done) {
            event(&format!("step-{}", step.id), due, &step.title, &step.text);
        }
    }
    if let Some(end) = &view.support_end {
        event("support-end", end.date, &end.title, "");
    }
    lines.push("END:VCALENDAR".into());
    let mut text = String::new();
    for line in &lines {
        fold_into(&mut text, line);
    }
    PlanCalendar {
        file_name: "move-on-plan.ics".into(),
        text,
    }
}

/// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character, each
/// piece ended by CRLF and every continuation starting with a space.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        let table = [
            ("plain", "plain"),
            ("a, b; c", "a\\, b\\; c"),
            ("back\\slash", "back\\\\slash"),
            ("two\nlines", "two\\nlines"),
            ("crlf\r\nline", "crlf\\nline"),
            ("bell\u{7}", "bell"),
            ("تسجيل، الآن", "تسجيل، الآن"),
        ];
        for (input, want) in table {
            assert_eq!(escape(input), want, "{input:?}");
        }
    }

    #[test]
    fn long_lines_fold_at_75_octets_on_character_boundaries() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "ثبت‌نام ".repeat(20));
        fold_into(&mut out, &line);
        for piece in out.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(piece.len() <= 75, "{} octets: {piece}", piece.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }
}
