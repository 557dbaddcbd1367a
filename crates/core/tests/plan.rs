//! The move-on plan: what a coordinator sees when `plan.toml` is wrong, what a reader sees
//! once they enter their dates, what they can refuse to enter, and the calendar file a phone
//! imports, read back by an iCalendar parser.

mod support;

use std::io::BufReader;

use chrono::{TimeZone, Utc};
use peerguide_core::api::{Api, PlanDatesParams, PlanParams, PlanStepParams};
use peerguide_core::pack::{self, PackProblem};
use peerguide_core::plan::calendar::calendar;
use peerguide_core::plan::{EndSource, StepStatus};
use peerguide_core::{Error, Store};
use support::TestPack;

const PLAN: &str = r#"[translated]
ar = "machine"

[support_end.title]
en = "Asylum support ends"
ar = "ينتهي دعم اللجوء"

[[support_end.rules]]
id = "28-days"
days = 28
source = "gp"

[[support_end.rules]]
id = "42-days"
from = "2026-03-09"
days = 42

[[steps]]
id = "register"
anchor = "decision"
days = 3
article = "gp"
title.en = "Register, with a GP; now"
title.ar = "سجّل لدى طبيب"
text.en = "It is free.\nTake your letter, and your eVisa share code; ask for an interpreter if you need one, as many do."
text.ar = "التسجيل مجاني."

[[steps]]
id = "move-out"
anchor = "support-end"
days = -7
title.en = "Get ready to move out"
title.ar = "استعد للانتقال"
text.en = "A week before."
text.ar = "قبل أسبوع."
"#;

fn pack_with(plan: &str) -> TestPack {
    let pack = TestPack::new();
    pack.article("gp", "health", 1, "Registering with a GP", "It is free.")
        .file("plan.toml", plan);
    pack
}

fn problems(plan: &str) -> Vec<String> {
    let pack = pack_with(plan);
    match pack::load(pack.path()) {
        Err(Error::InvalidPack { problems }) => {
            problems.iter().map(PackProblem::to_string).collect()
        }
        other => panic!("expected an invalid pack, got {other:?}"),
    }
}

fn api_with_plan() -> Api {
    let pack = pack_with(PLAN);
    let mut store = Store::open_in_memory().unwrap();
    pack.import(&mut store).unwrap();
    Api::new(store)
}

fn params(lang: &str, today: &str) -> PlanParams {
    PlanParams {
        lang: lang.into(),
        today: Some(today.into()),
    }
}

fn dates(decision: &str, end: Option<&str>, today: &str) -> PlanDatesParams {
    PlanDatesParams {
        lang: "en".into(),
        today: Some(today.into()),
        decision: decision.into(),
        support_end: end.map(str::to_owned),
    }
}

#[test]
fn a_good_plan_is_read_and_imported_as_the_plan_setting() {
    let pack = pack_with(PLAN);
    let loaded = pack::load(pack.path()).unwrap();
    let plan = loaded.plan.clone().unwrap();
    assert_eq!(plan.steps.len(), 2);
    assert!(loaded.settings().iter().any(|s| s.name == "plan"));
    let store = support::store_with(&pack);
    assert_eq!(store.plan().unwrap(), Some(plan));
}

#[test]
fn every_problem_in_a_plan_is_reported_with_its_line_and_field() {
    let table: &[(&str, &str, &str)] = &[
        // (what to replace, with what, the problem expected)
        (
            "article = \"gp\"",
            "article = \"gps\"",
            "plan.toml:22: field 'steps.article': no article 'gps' in guidance/",
        ),
        (
            "id = \"register\"",
            "id = \"Register Now\"",
            "plan.toml:19: field 'steps.id': 'Register Now' is not a slug",
        ),
        (
            "id = \"move-out\"",
            "id = \"register\"",
            "plan.toml:29: field 'steps.id': duplicate step id 'register': also on line 19",
        ),
        (
            "days = -7",
            "days = -400",
            "plan.toml:31: field 'steps.days': -400 is more than 366 days from the end of support",
        ),
        (
            "anchor = \"support-end\"",
            "anchor = \"letter\"",
            "plan.toml:30: field 'anchor': unknown variant `letter`",
        ),
        (
            "from = \"2026-03-09\"",
            "from = \"2026-02-30\"",
            "plan.toml:15: field 'from'",
        ),
        (
            "id = \"42-days\"\nfrom = \"2026-03-09\"",
            "id = \"42-days\"",
            "plan.toml:8: field 'support_end.rules': exactly one rule must have no `from`",
        ),
        (
            "days = 28",
            "days = 0",
            "plan.toml:10: field 'support_end.rules.days': 0 is not between 1 and 366 days",
        ),
        (
            "text.ar = \"قبل أسبوع.\"",
            "",
            "plan.toml:29: field 'steps.move-out.text.ar': the step has a title in this language but no text",
        ),
        (
            "title.en = \"Get ready to move out\"",
            "title.en = \" \"",
            "plan.toml:29: field 'steps.move-out.title.en': must not be empty",
        ),
        (
            "source = \"gp\"",
            "source = \"move-on\"",
            "plan.toml:11: field 'support_end.rules.source': no article 'move-on' in guidance/",
        ),
        (
            "[translated]",
            "colour = \"red\"\n[translated]",
            "plan.toml:1: field 'colour': unknown field `colour`",
        ),
    ];
    for (from, to, expected) in table {
        assert!(PLAN.contains(from), "{from}");
        let found = problems(&PLAN.replacen(from, to, 1));
        assert!(
            found.iter().any(|p| p.starts_with(expected)),
            "replacing {from:?} with {to:?}: expected {expected:?}, got {found:#?}"
        );
    }
}

#[test]
fn the_readers_dates_set_every_steps_day_and_the_letter_wins() {
    let api = api_with_plan();
    // Before any dates: the guide, in the plan's order.
    let view = api.plan(params("en", "2026-03-10")).unwrap().unwrap();
    assert_eq!(view.decision, None);
    assert!(view.steps.iter().all(|s| s.due.is_none()));

    let view = api
        .save_plan_dates(dates("2026-03-09", None, "2026-03-20"))
        .unwrap();
    let end = view.support_end.clone().unwrap();
    assert_eq!(
        (end.date.to_string(), end.source, end.rule.id.as_str()),
        ("2026-04-20".into(), EndSource::Rule, "42-days")
    );
    let due: Vec<(String, String, StepStatus)> = view
        .steps
        .iter()
        .map(|s| (s.id.clone(), s.due.unwrap().to_string(), s.status.unwrap()))
        .collect();
    assert_eq!(
        due,
        [
            ("register".into(), "2026-03-12".into(), StepStatus::Overdue),
            ("move-out".into(), "2026-04-13".into(), StepStatus::Later),
        ]
    );
    assert_eq!(view.focus.as_deref(), Some("register"));

    // A letter's date wins, and the day before the rule change takes the old rule.
    let view = api
        .save_plan_dates(dates("2026-03-08", Some("2026-04-30"), "2026-03-20"))
        .unwrap();
    let end = view.support_end.unwrap();
    assert_eq!(
        (end.date.to_string(), end.source, end.rule.id.as_str()),
        ("2026-04-30".into(), EndSource::Letter, "28-days")
    );
}

#[test]
fn ticks_and_notes_are_kept_and_the_focus_moves_on() {
    let api = api_with_plan();
    api.save_plan_dates(dates("2026-03-09", None, "2026-03-10"))
        .unwrap();
    let view = api
        .mark_plan_step(PlanStepParams {
            lang: "ar".into(),
            today: Some("2026-03-10".into()),
            step: "register".into(),
            done: true,
            note: "  Dr Ahmed, Tuesday 10:00  ".into(),
        })
        .unwrap();
    let register = view.steps.iter().find(|s| s.id == "register").unwrap();
    assert!(register.done);
    assert_eq!(register.note, "Dr Ahmed, Tuesday 10:00");
    assert_eq!(register.status, Some(StepStatus::Done));
    assert_eq!(register.title, "سجّل لدى طبيب");
    assert_eq!(view.focus.as_deref(), Some("move-out"));
    assert_eq!(
        view.translated,
        Some(peerguide_core::article::TranslationMethod::Machine)
    );

    // A volunteer's view of the same device shows nobody's dates or notes.
    let guide = api.plan_guide(params("en", "2026-03-10")).unwrap().unwrap();
    assert!(
        guide
            .steps
            .iter()
            .all(|s| s.due.is_none() && !s.done && s.note.is_empty())
    );
    assert_eq!(guide.decision, None);
}

#[test]
fn what_a_reader_cannot_enter_is_refused_with_its_code() {
    let api = api_with_plan();
    let refused = |result: peerguide_core::Result<_>| -> (String, String) {
        let err = result.err().unwrap();
        (err.code().to_owned(), err.to_string())
    };
    let (code, msg) = refused(api.save_plan_dates(dates("2026-03-21", None, "2026-03-20")));
    assert_eq!(code, "invalid-plan-entry");
    assert!(msg.contains("after today"), "{msg}");
    let (code, msg) =
        refused(api.save_plan_dates(dates("2026-03-09", Some("2026-03-01"), "2026-03-20")));
    assert_eq!(code, "invalid-plan-entry");
    assert!(msg.contains("before the decision"), "{msg}");
    let (code, msg) = refused(api.save_plan_dates(dates("09/03/2026", None, "2026-03-20")));
    assert_eq!(code, "invalid-plan-entry");
    assert!(msg.contains("09/03/2026"), "{msg}");
    let (code, _) = refused(api.mark_plan_step(PlanStepParams {
        lang: "en".into(),
        today: None,
        step: "fly-to-the-moon".into(),
        done: true,
        note: String::new(),
    }));
    assert_eq!(code, "plan-step-not-found");
    let (code, _) = refused(api.mark_plan_step(PlanStepParams {
        lang: "en".into(),
        today: None,
        step: "register".into(),
        done: false,
        note: "x".repeat(2001),
    }));
    assert_eq!(code, "invalid-plan-entry");
    // A language this device cannot show is refused before anything is written.
    let (code, _) = refused(api.save_plan_dates(PlanDatesParams {
        lang: "xx".into(),
        ..dates("2026-03-09", None, "2026-03-20")
    }));
    assert_eq!(code, "unknown-language");
    assert_eq!(
        api.plan(params("en", "2026-03-20"))
            .unwrap()
            .unwrap()
            .decision,
        None,
        "nothing saved"
    );
    // Content with no plan says so.
    let empty = Api::new(Store::open_in_memory().unwrap());
    assert_eq!(empty.plan(params("en", "2026-03-20")).unwrap(), None);
    let (code, _) = refused(empty.save_plan_dates(dates("2026-03-09", None, "2026-03-20")));
    assert_eq!(code, "plan-not-found");
}

#[test]
fn deleting_the_plan_removes_every_date_tick_and_note() {
    let api = api_with_plan();
    api.save_plan_dates(dates("2026-03-09", Some("2026-04-25"), "2026-03-10"))
        .unwrap();
    api.mark_plan_step(PlanStepParams {
        lang: "en".into(),
        today: None,
        step: "move-out".into(),
        done: false,
        note: "ask about storage".into(),
    })
    .unwrap();
    api.delete_plan().unwrap();
    assert_eq!(
        api.store(|s| s.plan_personal()).unwrap(),
        Default::default()
    );
    // The organisation's plan itself stays.
    assert!(api.plan(params("en", "2026-03-10")).unwrap().is_some());
}

#[test]
fn the_calendar_file_is_valid_icalendar_with_all_day_events_and_stable_uids() {
    let api = api_with_plan();
    let view = api
        .save_plan_dates(dates("2026-03-27", None, "2026-03-28"))
        .unwrap();
    let stamp = Utc.with_ymd_and_hms(2026, 3, 28, 9, 0, 0).unwrap();
    let file = calendar(&view, stamp);
    assert!(file.text.lines().count() > 10);
    assert!(file.text.split("\r\n").all(|l| l.len() <= 75), "folded");
    assert!(!file.text.replace("\r\n", "").contains('\n'), "CRLF only");

    let mut calendars = ical::IcalParser::new(BufReader::new(file.text.as_bytes()));
    let cal = calendars.next().expect("one calendar").expect("it parses");
    assert!(calendars.next().is_none());
    let prop = |props: &[ical::property::Property], name: &str| -> (Option<String>, Vec<String>) {
        let p = props
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name}"));
        let params = p
            .params
            .iter()
            .flatten()
            .map(|(k, v)| format!("{k}={}", v.join(",")))
            .collect();
        (p.value.clone(), params)
    };
    assert_eq!(prop(&cal.properties, "VERSION").0.as_deref(), Some("2.0"));
    let events: Vec<_> = cal
        .events
        .iter()
        .map(|e| {
            (
                prop(&e.properties, "UID").0.unwrap(),
                prop(&e.properties, "DTSTART"),
                prop(&e.properties, "DTEND").0.unwrap(),
                unescape(&prop(&e.properties, "SUMMARY").0.unwrap()),
                e.alarms.len(),
            )
        })
        .collect();
    // 27 March + 3 days, across the clock change: 30 March; 27 March + 42 - 7 = 1 May.
    assert_eq!(
        events,
        [
            (
                "step-register@plan.peerguide.invalid".to_owned(),
                (Some("20260330".to_owned()), vec!["VALUE=DATE".to_owned()]),
                "20260331".to_owned(),
                "Register, with a GP; now".to_owned(),
                1
            ),
            (
                "step-move-out@plan.peerguide.invalid".to_owned(),
                (Some("20260501".to_owned()), vec!["VALUE=DATE".to_owned()]),
                "20260502".to_owned(),
                "Get ready to move out".to_owned(),
                1
            ),
            (
                "support-end@plan.peerguide.invalid".to_owned(),
                (Some("20260508".to_owned()), vec!["VALUE=DATE".to_owned()]),
                "20260509".to_owned(),
                "Asylum support ends".to_owned(),
                1
            ),
        ]
    );
    // The long description with commas, semicolons and a line break survives folding.
    let register = &cal.events[0];
    assert_eq!(
        unescape(&prop(&register.properties, "DESCRIPTION").0.unwrap()),
        "It is free.\nTake your letter, and your eVisa share code; ask for an interpreter if you need one, as many do."
    );

    // New dates, the same UIDs: a calendar updates its events instead of doubling them.
    let moved = api
        .save_plan_dates(dates("2026-03-10", None, "2026-03-28"))
        .unwrap();
    let again = calendar(&moved, stamp).text;
    for uid in ["step-register@", "step-move-out@", "support-end@"] {
        assert!(again.contains(&format!("UID:{uid}")), "{uid}");
    }
    assert!(!again.contains("20260330"));
}

/// RFC 5545 TEXT unescaping, as a calendar app does after parsing.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}
