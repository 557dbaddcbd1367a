//! The move-on plan: the steps a person takes in the weeks after a grant of status, each due a
//! number of days from their decision or before their asylum support ends, and the rules that
//! set when support ends. The plan itself is content (the pack's `plan.toml`, kept and synced
//! as the signed `plan` setting); the reader's own dates, ticks and notes are personal and stay
//! in the device-only tables of `store/plan.rs`.
//!
//! Every date here is a civil date in Glasgow (`NaiveDate`): deadlines are counted in whole
//! days on the calendar, never as 24-hour spans, so the clock change cannot move one. The only
//! instant ever converted is "now", Glasgow's date from [`crate::hours::local_time`].

pub mod calendar;

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::article::TranslationMethod;
use crate::language::{LanguageTag, negotiate};

/// The name of the setting that carries the plan.
pub const SETTING: &str = "plan";

/// Most characters a note on one step may hold.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Texts per language; English is always there.
pub type Texts = BTreeMap<LanguageTag, String>;

/// The organisation's plan, as the pack writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// When asylum support ends, and what the reader's calendar calls that day.
    pub support_end: SupportEnd,
    /// The steps, in the order the organisation lists them.
    pub steps: Vec<Step>,
    /// How each language's texts were made (English is the original).
    #[serde(default)]
    pub translated: BTreeMap<LanguageTag, TranslationMethod>,
}

/// The end of asylum support: its name per language and the rules that set it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportEnd {
    /// What the day is called ("Asylum support ends").
    pub title: Texts,
    /// The rules, each for decisions from its `from` day on; exactly one has no `from`.
    pub rules: Vec<SupportRule>,
}

/// One rule for the end of support: `days` after the decision, for decisions made on or
/// after `from` (and before the next rule's `from`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportRule {
    /// A stable name, shown so a reader and an adviser know which rule was applied.
    pub id: String,
    /// The first decision day the rule covers; none for the rule before every other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// Days from the decision to the end of support.
    pub days: u32,
    /// The article that states the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// What a step's deadline is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Anchor {
    /// The date on the decision letter.
    Decision,
    /// The day asylum support ends.
    SupportEnd,
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// A slug, stable across editions of the plan (ticks and links refer to it).
    pub id: String,
    /// What the deadline is counted from.
    pub anchor: Anchor,
    /// Days after the anchor (negative: before it).
    pub days: i32,
    /// The article that explains the step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// The step's title per language.
    pub title: Texts,
    /// What to do, per language.
    pub text: Texts,
}

/// The dates a reader entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanDates {
    /// The date on the decision letter.
    pub decision: NaiveDate,
    /// The date support ends as a letter gives it; it wins over the rule.
    pub support_end: Option<NaiveDate>,
}

/// What a reader did with one step.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepMark {
    /// Ticked off.
    pub done: bool,
    /// The reader's own note.
    pub note: String,
}

/// Everything personal about a reader's plan, as the device holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Personal {
    /// The dates, once entered.
    pub dates: Option<PlanDates>,
    /// Ticks and notes by step id.
    pub marks: BTreeMap<String, StepMark>,
}

/// Where the end of support came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EndSource {
    /// The reader's letter.
    Letter,
    /// The plan's rule for the decision's date.
    Rule,
}

/// The end of support as worked out for a reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportEndView {
    /// The day support ends.
    pub date: NaiveDate,
    /// Whether a letter or a rule set it.
    pub source: EndSource,
    /// The rule for the decision's date (also when a letter won, for comparison).
    pub rule: SupportRule,
    /// What the day is called, in `lang`.
    pub title: String,
}

/// Where a step stands on the reader's today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepStatus {
    /// Ticked off.
    Done,
    /// Past its day and not ticked.
    Overdue,
    /// Due today.
    Today,
    /// Due within a week.
    Soon,
    /// Due later.
    Later,
}

/// One step as a reader sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepView {
    /// The step's id.
    pub id: String,
    /// Its title in `lang`.
    pub title: String,
    /// What to do, in `lang`.
    pub text: String,
    /// The article that explains it.
    pub article: Option<String>,
    /// What the deadline is counted from.
    pub anchor: Anchor,
    /// Days after (negative: before) the anchor.
    pub days: i32,
    /// The day it is due; none until the reader entered their decision date.
    pub due: Option<NaiveDate>,
    /// Where it stands; none without dates (a ticked step is `done` even so).
    pub status: Option<StepStatus>,
    /// Ticked off.
    pub done: bool,
    /// The reader's note.
    pub note: String,
}

/// The plan as a reader sees it; with no dates (a volunteer's device, or before the reader
/// entered theirs) it is the plan's guide: every step, none dated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanView {
    /// The language of the texts.
    pub lang: LanguageTag,
    /// True when `lang` is a fallback for the language asked for.
    pub is_fallback: bool,
    /// How `lang`'s texts were made, when not the English original.
    pub translated: Option<TranslationMethod>,
    /// The reader's today (Glasgow).
    pub today: NaiveDate,
    /// The decision date entered.
    pub decision: Option<NaiveDate>,
    /// When support ends, once a decision date is entered.
    pub support_end: Option<SupportEndView>,
    /// The rules, for the guide to show.
    pub rules: Vec<SupportRule>,
    /// The steps: by due day once dated (the plan's order among equals), else as listed.
    pub steps: Vec<StepView>,
    /// The step to do first: the earliest one not ticked off.
    pub focus: Option<String>,
}

/// `day` moved by `days` calendar days; saturates at chrono's range (a pack's days are
/// bounded far inside it).
pub fn add_days(day: NaiveDate, days: i64) -> NaiveDate {
    let step = Days::new(days.unsigned_abs());
    let moved = if days >= 0 {
        day.checked_add_days(step)
    } else {
        day.checked_sub_days(step)
    };
    moved.unwrap_or(if days >= 0 {
        NaiveDate::MAX
    } else {
        NaiveDate::MIN
    })
}

fn text_in(texts: &Texts, lang: &LanguageTag) -> String {
    texts
        .get(lang)
        .or_else(|| texts.get(&LanguageTag::source()))
        .cloned()
        .unwrap_or_default()
}

impl Plan {
    /// What makes this plan unusable, if anything: the shape every date rule relies on
    /// (exactly one rule without `from`, at least one step). The pack reader reports the same
    /// with file and line; this is for a plan that arrived another way.
    pub fn fault(&self) -> Option<String> {
        let undated = self
            .support_end
            .rules
            .iter()
            .filter(|r| r.from.is_none())
            .count();
        if undated != 1 {
            return Some(format!(
                "exactly one support-end rule must have no `from`; found {undated}"
            ));
        }
        self.steps
            .is_empty()
            .then(|| "a plan needs at least one step".to_owned())
    }

    /// The rule for a decision made on `decision`: the one with the latest `from` not after
    /// it, else the one without `from` (which [`Plan::fault`] makes sure exists).
    pub fn rule_for(&self, decision: NaiveDate) -> &SupportRule {
        self.support_end
            .rules
            .iter()
            .filter(|r| r.from.is_some_and(|from| from <= decision))
            .max_by_key(|r| r.from)
            .or_else(|| self.support_end.rules.iter().find(|r| r.from.is_none()))
            .expect("a checked plan has a rule without `from`")
    }

    /// When support ends for these dates: the letter's day when given, else the rule's.
    pub fn support_end_for(&self, dates: PlanDates) -> (NaiveDate, EndSource, &SupportRule) {
        let rule = self.rule_for(dates.decision);
        match dates.support_end {
            Some(day) => (day, EndSource::Letter, rule),
            None => (
                add_days(dates.decision, i64::from(rule.days)),
                EndSource::Rule,
                rule,
            ),
        }
    }

    /// The step with this id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The languages the plan is written in (those with every title and text).
    pub fn languages(&self) -> Vec<LanguageTag> {
        let mut langs: Vec<LanguageTag> = self.support_end.title.keys().cloned().collect();
        langs.retain(|l| {
            self.steps
                .iter()
                .all(|s| s.title.contains_key(l) && s.text.contains_key(l))
        });
        langs
    }

    /// The plan for a reader of `requested` on `today`, with their personal data (none for
    /// the guide a volunteer opens).
    pub fn view(&self, requested: &LanguageTag, personal: &Personal, today: NaiveDate) -> PlanView {
        let lang = negotiate(requested, &self.languages())
            .into_iter()
            .next()
            .unwrap_or_else(LanguageTag::source);
        let end = personal.dates.map(|d| {
            let (date, source, rule) = self.support_end_for(d);
            SupportEndView {
                date,
                source,
                rule: rule.clone(),
                title: text_in(&self.support_end.title, &lang),
            }
        });
        let mut steps: Vec<StepView> = self
            .steps
            .iter()
            .map(|s| {
                let mark = personal.marks.get(&s.id).cloned().unwrap_or_default();
                let due = personal
                    .dates
                    .zip(end.as_ref())
                    .map(|(d, end)| match s.anchor {
                        Anchor::Decision => add_days(d.decision, i64::from(s.days)),
                        Anchor::SupportEnd => add_days(end.date, i64::from(s.days)),
                    });
                StepView {
                    id: s.id.clone(),
                    title: text_in(&s.title, &lang),
                    text: text_in(&s.text, &lang),
                    article: s.article.clone(),
                    anchor: s.anchor,
                    days: s.days,
                    status: status(due, mark.done, today),
                    due,
                    done: mark.done,
                    note: mark.note,
                }
            })
            .collect();
        // A stable sort: steps due the same day keep the organisation's order.
        steps.sort_by_key(|s| s.due);
        let focus = steps.iter().find(|s| !s.done).map(|s| s.id.clone());
        PlanView {
            is_fallback: lang.base() != requested.base(),
            translated: self.translated.get(&lang).copied(),
            lang,
            today,
            decision: personal.dates.map(|d| d.decision),
            support_end: end,
            rules: self.support_end.rules.clone(),
            steps,
            focus,
        }
    }
}

/// Where a step due on `due` stands on `today`.
pub fn status(due: Option<NaiveDate>, done: bool, today: NaiveDate) -> Option<StepStatus> {
    if done {
        return Some(StepStatus::Done);
    }
    let due = due?;
    Some(if due < today {
        StepStatus::Overdue
    } else if due == today {
        StepStatus::Today
    } else if due <= add_days(today, 7) {
        StepStatus::Soon
    } else {
        StepStatus::Later
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn texts(en: &str) -> Texts {
        BTreeMap::from([(LanguageTag::source(), en.to_owned())])
    }

    fn plan() -> Plan {
        let step = |id: &str, anchor, days| Step {
            id: id.into(),
            anchor,
            days,
            article: None,
            title: texts(id),
            text: texts("do it"),
        };
        Plan {
            support_end: SupportEnd {
                title: texts("Support ends"),
                rules: vec![
                    SupportRule {
                        id: "28-days".into(),
                        from: None,
                        days: 28,
                        source: None,
                    },
                    SupportRule {
                        id: "42-days".into(),
                        from: Some(day("2026-03-09")),
                        days: 42,
                        source: None,
                    },
                ],
            },
            steps: vec![
                step("leave-room", Anchor::SupportEnd, 0),
                step("universal-credit", Anchor::Decision, 3),
                step("homeless-application", Anchor::SupportEnd, -7),
                step("ukvi", Anchor::Decision, 3),
            ],
            translated: BTreeMap::new(),
        }
    }

    fn dates(decision: &str, letter: Option<&str>) -> PlanDates {
        PlanDates {
            decision: day(decision),
            support_end: letter.map(day),
        }
    }

    #[test]
    fn support_ends_by_the_rule_for_the_decisions_date() {
        // decision, letter's end date, expected end, source, rule applied
        let table = [
            // The day before the change: the old rule.
            ("2026-03-08", None, "2026-04-05", EndSource::Rule, "28-days"),
            // The day of the change: the new rule.
            ("2026-03-09", None, "2026-04-20", EndSource::Rule, "42-days"),
            ("2026-03-10", None, "2026-04-21", EndSource::Rule, "42-days"),
            // Month ends: 31 January + 28 days, + 42 days (2026 is not a leap year).
            ("2026-01-31", None, "2026-02-28", EndSource::Rule, "28-days"),
            ("2026-12-31", None, "2027-02-11", EndSource::Rule, "42-days"),
            ("2026-10-31", None, "2026-12-12", EndSource::Rule, "42-days"),
            // Leap years: 29 February exists in 2024 and 2028.
            ("2024-02-01", None, "2024-02-29", EndSource::Rule, "28-days"),
            ("2028-01-18", None, "2028-02-29", EndSource::Rule, "42-days"),
            ("2024-02-29", None, "2024-03-28", EndSource::Rule, "28-days"),
            // Across the clock change (29 March and 25 October 2026): whole calendar days.
            ("2026-03-20", None, "2026-05-01", EndSource::Rule, "42-days"),
            ("2026-10-20", None, "2026-12-01", EndSource::Rule, "42-days"),
            // A letter's date wins, and the rule is still named.
            (
                "2026-03-09",
                Some("2026-04-30"),
                "2026-04-30",
                EndSource::Letter,
                "42-days",
            ),
            (
                "2026-03-01",
                Some("2026-04-12"),
                "2026-04-12",
                EndSource::Letter,
                "28-days",
            ),
        ];
        let plan = plan();
        for (decision, letter, end, source, rule) in table {
            let (got, got_source, got_rule) = plan.support_end_for(dates(decision, letter));
            assert_eq!(
                (got, got_source, got_rule.id.as_str()),
                (day(end), source, rule),
                "decision {decision}, letter {letter:?}"
            );
        }
    }

    #[test]
    fn rules_are_chosen_by_the_latest_start_not_after_the_decision() {
        let mut plan = plan();
        plan.support_end.rules.push(SupportRule {
            id: "56-days".into(),
            from: Some(day("2027-01-01")),
            days: 56,
            source: None,
        });
        let table = [
            ("2020-05-05", "28-days"),
            ("2026-03-08", "28-days"),
            ("2026-03-09", "42-days"),
            ("2026-12-31", "42-days"),
            ("2027-01-01", "56-days"),
        ];
        for (decision, rule) in table {
            assert_eq!(plan.rule_for(day(decision)).id, rule, "{decision}");
        }
    }

    #[test]
    fn steps_are_dated_from_their_anchor_and_ordered_by_day() {
        let plan = plan();
        let personal = Personal {
            dates: Some(dates("2026-03-09", None)),
            marks: BTreeMap::new(),
        };
        let view = plan.view(&LanguageTag::source(), &personal, day("2026-03-12"));
        let got: Vec<(&str, NaiveDate, StepStatus)> = view
            .steps
            .iter()
            .map(|s| (s.id.as_str(), s.due.unwrap(), s.status.unwrap()))
            .collect();
        assert_eq!(
            got,
            [
                // Same day: the plan's order.
                ("universal-credit", day("2026-03-12"), StepStatus::Today),
                ("ukvi", day("2026-03-12"), StepStatus::Today),
                ("homeless-application", day("2026-04-13"), StepStatus::Later),
                ("leave-room", day("2026-04-20"), StepStatus::Later),
            ]
        );
        assert_eq!(view.focus.as_deref(), Some("universal-credit"));
    }

    #[test]
    fn overdue_and_done_steps_and_the_focus() {
        let plan = plan();
        let mut marks = BTreeMap::new();
        marks.insert(
            "universal-credit".to_owned(),
            StepMark {
                done: true,
                note: "claimed".into(),
            },
        );
        let personal = Personal {
            dates: Some(dates("2026-03-09", Some("2026-04-15"))),
            marks,
        };
        let view = plan.view(&LanguageTag::source(), &personal, day("2026-04-09"));
        let status: BTreeMap<&str, StepStatus> = view
            .steps
            .iter()
            .map(|s| (s.id.as_str(), s.status.unwrap()))
            .collect();
        assert_eq!(status["universal-credit"], StepStatus::Done);
        assert_eq!(status["ukvi"], StepStatus::Overdue);
        // 7 days before the letter's 15 April: 8 April, one day ago.
        assert_eq!(status["homeless-application"], StepStatus::Overdue);
        assert_eq!(status["leave-room"], StepStatus::Soon);
        assert_eq!(view.focus.as_deref(), Some("ukvi"));
        assert_eq!(view.support_end.unwrap().source, EndSource::Letter);
    }

    #[test]
    fn the_guide_has_no_dates() {
        let view = plan().view(
            &"ar".parse().unwrap(),
            &Personal::default(),
            day("2026-04-09"),
        );
        assert!(
            view.steps
                .iter()
                .all(|s| s.due.is_none() && s.status.is_none())
        );
        assert_eq!(view.decision, None);
        assert_eq!(view.support_end, None);
        assert_eq!(view.steps[0].id, "leave-room", "the plan's own order");
        // Arabic falls back to English, and says so.
        assert!(view.is_fallback);
    }

    #[test]
    fn today_is_the_date_in_glasgow_across_the_clock_change() {
        let at = |y, m, d, h, min| Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap();
        let table = [
            // Winter: Glasgow is on UTC.
            (at(2026, 1, 31, 23, 59), "2026-01-31"),
            // Clocks go forward at 01:00 UTC on 29 March 2026.
            (at(2026, 3, 28, 23, 30), "2026-03-28"),
            (at(2026, 3, 29, 0, 59), "2026-03-29"),
            (at(2026, 3, 29, 23, 30), "2026-03-30"),
            // Summer: 23:30 UTC is already tomorrow in Glasgow.
            (at(2026, 6, 30, 23, 30), "2026-07-01"),
            // Clocks go back at 01:00 UTC on 25 October 2026.
            (at(2026, 10, 24, 23, 0), "2026-10-25"),
            (at(2026, 10, 25, 23, 0), "2026-10-25"),
            (at(2026, 10, 25, 23, 59), "2026-10-25"),
            // Leap day at midnight in summer time does not arise; in winter it is UTC.
            (at(2028, 2, 29, 0, 0), "2028-02-29"),
            (at(2028, 2, 28, 23, 59), "2028-02-28"),
        ];
        for (instant, want) in table {
            assert_eq!(
                crate::hours::local_time(instant).date(),
                day(want),
                "{instant}"
            );
        }
    }

    #[test]
    fn a_step_due_after_the_clock_change_stays_on_its_day() {
        // Decision on Friday 27 March 2026, 3 days: Monday 30 March, even though the
        // weekend between is 71 hours long.
        let plan = plan();
        let personal = Personal {
            dates: Some(dates("2026-03-27", None)),
            marks: BTreeMap::new(),
        };
        let late_sunday = Utc.with_ymd_and_hms(2026, 3, 29, 23, 30, 0).unwrap();
        let view = plan.view(
            &LanguageTag::source(),
            &personal,
            crate::hours::local_time(late_sunday).date(),
        );
        let ukvi = view.steps.iter().find(|s| s.id == "ukvi").unwrap();
        assert_eq!(ukvi.due, Some(day("2026-03-30")));
        assert_eq!(ukvi.status, Some(StepStatus::Today));
    }
}
