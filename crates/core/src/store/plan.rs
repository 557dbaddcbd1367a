//! The reader's own plan on the device: the dates of their letters and their ticks and notes
//! (`009_plan.sql`). Nothing else reads these tables: sync, export and every request leave
//! them alone, and [`Store::delete_plan`] removes all of it at once.

use std::collections::BTreeMap;

use rusqlite::OptionalExtension;

use super::{Store, parse_column};
use crate::error::{Error, Result};
use crate::plan::{self, Personal, Plan, PlanDates, StepMark};

impl Store {
    /// The organisation's plan, if the pack or the hub gave one.
    pub fn plan(&self) -> Result<Option<Plan>> {
        let plan: Option<Plan> = self.setting_as(plan::SETTING)?;
        // A pack's plan was checked on import; a hub's setting is checked here, so a plan
        // without its rules is refused by name instead of failing a reader's screen.
        match plan.as_ref().and_then(Plan::fault) {
            Some(reason) => Err(Error::CorruptRecord {
                what: format!("setting '{}'", plan::SETTING),
                reason,
            }),
            None => Ok(plan),
        }
    }

    /// The reader's dates, ticks and notes.
    pub fn plan_personal(&self) -> Result<Personal> {
        let dates = self
            .conn
            .query_row(
                "SELECT decision, support_end FROM plan_dates WHERE id = 1",
                [],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)),
            )
            .optional()?
            .map(|(decision, end)| -> Result<PlanDates> {
                Ok(PlanDates {
                    decision: parse_column("plan decision date", &decision)?,
                    support_end: end
                        .map(|e| parse_column("plan support end date", &e))
                        .transpose()?,
                })
            })
            .transpose()?;
        let mut stmt = self
            .conn
            .prepare("SELECT step, done, note FROM plan_marks ORDER BY step")?;
        let marks = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    StepMark {
                        done: r.get::<_, i64>(1)? == 1,
                        note: r.get(2)?,
                    },
                ))
            })?
            .collect::<rusqlite::Result<BTreeMap<_, _>>>()?;
        Ok(Personal { dates, marks })
    }

    /// Keeps the reader's dates, replacing those before.
    pub fn set_plan_dates(&mut self, dates: PlanDates) -> Result<()> {
        self.conn.execute(
            "INSERT INTO plan_dates (id, decision, support_end) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET decision = excluded.decision,
                                            support_end = excluded.support_end",
            (
                dates.decision.to_string(),
                dates.support_end.map(|d| d.to_string()),
            ),
        )?;
        Ok(())
    }

    /// Keeps what the reader did with `step`; a step neither ticked nor noted leaves no row.
    pub fn mark_plan_step(&mut self, step: &str, mark: &StepMark) -> Result<()> {
        if !mark.done && mark.note.is_empty() {
            self.conn
                .execute("DELETE FROM plan_marks WHERE step = ?1", [step])?;
        } else {
            self.conn.execute(
                "INSERT INTO plan_marks (step, done, note) VALUES (?1, ?2, ?3)
                 ON CONFLICT (step) DO UPDATE SET done = excluded.done, note = excluded.note",
                (step, i64::from(mark.done), &mark.note),
            )?;
        }
        Ok(())
    }

    /// Deletes every date, tick and note of the reader's plan, and empties the write-ahead
    /// log so no copy of them stays in the files (`secure_delete` zeroes the freed pages).
    pub fn delete_plan(&mut self) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM plan_dates", [])?;
            tx.execute("DELETE FROM plan_marks", [])?;
            Ok(())
        })?;
        self.forget_freed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::setting::Setting;

    #[test]
    fn a_plan_setting_without_its_rules_is_refused_by_name_not_a_panic() {
        let mut store = Store::open_in_memory().unwrap();
        let tx = store.conn.transaction().unwrap();
        let broken = serde_json::json!({
            "support_end": { "title": { "en": "Support ends" }, "rules": [] },
            "steps": [],
        });
        Store::put_setting(
            &tx,
            &Setting {
                name: plan::SETTING.into(),
                value: broken,
            },
        )
        .unwrap();
        tx.commit().unwrap();
        let err = store.plan().unwrap_err();
        assert_eq!(err.code(), "corrupt-record");
        assert!(err.to_string().contains("no `from`"), "{err}");
    }
}
