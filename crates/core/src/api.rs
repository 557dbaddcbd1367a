//! The operations the app offers a reader, one function each, with serde types in and out.
//!
//! The Tauri commands and the HTTP routes of the web mode are one-line adapters over these:
//! parameters arrive as plain strings (as a UI sends them) and are validated here, so every
//! shell rejects bad input the same way, with the same error codes.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;

use serde::{Deserialize, Serialize};

use crate::article::{ArticleSummary, ArticleView};
use crate::error::{Error, Result};
use crate::hours::{WeeklyHours, local_now};
use crate::language::{LANGUAGES, LanguageInfo, LanguageSettings, LanguageTag};
use crate::lock::{LockStatus, Vault};
use crate::organisation::OrganisationView;
use crate::plan::calendar::{PlanCalendar, calendar};
use crate::plan::{MAX_NOTE_CHARS, PlanDates, PlanView, StepMark};
use crate::search::SearchHit;
use crate::service::{ServiceQuery, ServiceView};
use crate::store::{Counts, Store};
use crate::sync::SyncError;
use crate::sync::device::{self, Changes, DeviceRole, HubLink, SyncAttempt};
use crate::sync::wipe::{self, WipeReason};
use crate::sync::{engine, profile};
use crate::topic::Topic;
use crate::volunteer::{Audience, Contact, SpokenLanguage, Volunteer, VolunteerQuery};

mod suggestions;
pub use suggestions::{FlagParams, SuggestionIdParams, SuggestionParams, SuggestionsView};

/// Most search results returned at once.
pub const MAX_SEARCH_RESULTS: usize = 50;

/// An error as it crosses to a UI: a stable code to translate, and details for logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// The stable code, e.g. `unknown-language`.
    pub code: String,
    /// The English message, naming the input at fault.
    pub message: String,
}

impl From<&Error> for ErrorBody {
    fn from(err: &Error) -> Self {
        ErrorBody {
            code: err.code().to_owned(),
            message: err.to_string(),
        }
    }
}

impl From<&SyncError> for ErrorBody {
    fn from(err: &SyncError) -> Self {
        ErrorBody {
            code: err.code().to_owned(),
            message: err.to_string(),
        }
    }
}

/// Parameters naming only the reader's language.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct LangParams {
    /// The reader's language, e.g. `ar`.
    pub lang: String,
}

/// Parameters of [`Api::articles`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ArticlesParams {
    /// The reader's language.
    pub lang: String,
    /// Only this topic's articles.
    #[serde(default)]
    pub topic: Option<String>,
}

/// Parameters of [`Api::article`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ArticleParams {
    /// The reader's language.
    pub lang: String,
    /// The article's slug.
    pub slug: String,
    /// The reader's today (`YYYY-MM-DD`), for "past its check-again date"; the device's
    /// date in Glasgow when absent. Tests pass a fixed day.
    #[serde(default)]
    pub today: Option<String>,
}

/// Parameters of [`Api::service`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ServiceParams {
    /// The reader's language.
    pub lang: String,
    /// The service's slug.
    pub slug: String,
}

/// Parameters of [`Api::search`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SearchParams {
    /// The reader's language.
    pub lang: String,
    /// What was typed.
    pub query: String,
    /// At most this many results (default 20, at most [`MAX_SEARCH_RESULTS`]).
    #[serde(default)]
    pub limit: Option<usize>,
}

/// What [`Api::search_status`] answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchStatus {
    /// Translations and services stored but not yet searchable: a search may miss them
    /// until this is 0.
    pub pending: usize,
}

/// Parameters of [`Api::services`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ServicesParams {
    /// The reader's language.
    pub lang: String,
    /// Only services helping with this topic.
    #[serde(default)]
    pub topic: Option<String>,
    /// Only services whose staff speak this language.
    #[serde(default)]
    pub speaks: Option<String>,
    /// Only services open now.
    #[serde(default)]
    pub open_now: bool,
    /// Free text.
    #[serde(default)]
    pub text: Option<String>,
}

/// Parameters of [`Api::volunteers`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct VolunteersParams {
    /// Only volunteers who speak this language.
    #[serde(default)]
    pub speaks: Option<String>,
    /// Only volunteers who know this topic.
    #[serde(default)]
    pub topic: Option<String>,
    /// Only volunteers usually free now (Glasgow time) and not away today.
    #[serde(default)]
    pub available_now: bool,
}

/// One topic on the home screen, with its articles in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicSection {
    /// The topic (its label is translated by the UI from the slug).
    pub topic: Topic,
    /// Its articles, in reading order.
    pub articles: Vec<ArticleSummary>,
}

/// What the about screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    /// The program's version.
    pub version: String,
    /// When content was last imported or synced (RFC 3339), if ever.
    pub content_date: Option<String>,
    /// How much content the device holds.
    pub articles: u64,
    /// Services held.
    pub services: u64,
    /// Volunteers held.
    pub volunteers: u64,
}

/// Parameters of [`Api::plan`], [`Api::plan_guide`] and [`Api::plan_calendar`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct PlanParams {
    /// The reader's language.
    pub lang: String,
    /// The reader's today (`YYYY-MM-DD`); the date in Glasgow when absent.
    #[serde(default)]
    pub today: Option<String>,
}

/// Parameters of [`Api::save_plan_dates`]: the dates on the reader's letters.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlanDatesParams {
    /// The reader's language.
    pub lang: String,
    /// The reader's today (`YYYY-MM-DD`); the date in Glasgow when absent.
    #[serde(default)]
    pub today: Option<String>,
    /// The date on the decision letter (`YYYY-MM-DD`).
    pub decision: String,
    /// The day support ends as a letter says (`YYYY-MM-DD`), if the reader knows it.
    #[serde(default)]
    pub support_end: Option<String>,
}

/// Parameters of [`Api::mark_plan_step`]: a step's tick and note, both as they are to be.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlanStepParams {
    /// The reader's language.
    pub lang: String,
    /// The reader's today (`YYYY-MM-DD`); the date in Glasgow when absent.
    #[serde(default)]
    pub today: Option<String>,
    /// The step's id.
    pub step: String,
    /// Ticked off.
    pub done: bool,
    /// The reader's note (at most [`MAX_NOTE_CHARS`] characters).
    pub note: String,
}

fn parse_day(field: &str, input: &str) -> Result<NaiveDate> {
    input
        .trim()
        .parse::<NaiveDate>()
        .map_err(|_| Error::InvalidPlanEntry {
            field: field.to_owned(),
            reason: format!("'{input}' is not a date written YYYY-MM-DD"),
        })
}

fn today_or_now(today: Option<&str>) -> Result<NaiveDate> {
    match today {
        Some(day) => day
            .trim()
            .parse::<NaiveDate>()
            .map_err(|_| Error::InvalidDateTime {
                input: day.to_owned(),
                reason: "today must be a date written YYYY-MM-DD".into(),
            }),
        None => Ok(local_now().date()),
    }
}

/// Parameters of [`Api::set_hub`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct HubParams {
    /// The hub's address as typed; blank to unlink the device.
    pub address: String,
}

/// What the settings screen shows about sync.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SyncView {
    /// The hub this device syncs with, if linked.
    pub hub: Option<HubLink>,
    /// How the last attempt ended.
    pub last_attempt: Option<SyncAttempt>,
    /// When the last sync completed (RFC 3339).
    pub last_sync: Option<String>,
    /// What the last sync that changed anything brought.
    pub changes: Option<Changes>,
    /// The changed articles still on the device, in the reader's language.
    pub changed_articles: Vec<ArticleSummary>,
    /// Profile changes made here and not yet sent.
    pub pending: usize,
}

/// Parameters of [`Api::save_profile`]: the whole profile form. Every field is required
/// (`away_until` may be `null`): a field left out would read as "cleared", and a misspelt one
/// is refused rather than ignored, so a form never wipes what it did not show.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileParams {
    /// The name to show (trimmed; must not be blank).
    pub display_name: String,
    /// Languages spoken, with fluency.
    pub languages: Vec<SpokenLanguage>,
    /// Topics known.
    pub topics: Vec<Topic>,
    /// When they are usually free.
    pub availability: WeeklyHours,
    /// Ways to reach them, each with who may see it.
    pub contacts: Vec<Contact>,
    /// A sentence or two per language (blank ones are dropped).
    pub about: BTreeMap<LanguageTag, String>,
    /// The last day of a pause; `null` when not away.
    #[serde(default)]
    pub away_until: Option<NaiveDate>,
}

/// A volunteer's own profile, as their profile screen shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MyProfile {
    /// The whole profile, every contact and the review included.
    pub profile: Volunteer,
    /// Changes to its fields made here and not yet sent to the hub (0: all sent).
    pub pending: usize,
    /// The profile as others will see it once approved.
    pub previews: Previews,
}

/// A profile cut to what each audience may see: contacts beyond it removed, and no review
/// (others are never sent one).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Previews {
    /// As a newcomer sees it.
    pub everyone: Volunteer,
    /// As another volunteer sees it.
    pub volunteers: Volunteer,
}

/// Parameters naming a PIN or passphrase.
#[derive(Clone, Deserialize, Serialize)]
pub struct PinParams {
    /// As typed.
    pub pin: String,
}

/// Parameters of [`Api::change_pin`].
#[derive(Clone, Deserialize, Serialize)]
pub struct ChangePinParams {
    /// The PIN in use.
    pub old_pin: String,
    /// The new PIN.
    pub new_pin: String,
}

/// Parameters of [`Api::set_idle`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct IdleParams {
    /// Minutes without a touch before the app locks (1 to 60).
    pub minutes: u32,
}

/// The reader-facing operations over one store.
pub struct Api {
    vault: Arc<Vault>,
}

fn topic(slug: Option<&str>) -> Result<Option<Topic>> {
    slug.filter(|s| !s.is_empty()).map(str::parse).transpose()
}

fn my_profile(store: &Store, profile: Volunteer) -> std::result::Result<MyProfile, SyncError> {
    let preview = |audience| Volunteer {
        review: None,
        ..profile.as_seen_by(audience)
    };
    Ok(MyProfile {
        pending: engine::pending_for(store, profile.id)?,
        previews: Previews {
            everyone: preview(Audience::Everyone),
            volunteers: preview(Audience::Volunteers),
        },
        profile,
    })
}

impl Api {
    /// Serves the store at `path`, creating it if needed.
    pub fn open(path: impl AsRef<Path>) -> Result<Api> {
        Ok(Api::with_vault(Arc::new(Vault::open(path.as_ref())?)))
    }

    /// Serves an existing store that has no file of its own to lock (in memory).
    pub fn new(store: Store) -> Api {
        Api::with_vault(Arc::new(Vault::in_memory(store)))
    }

    /// Serves a device's database and its lock; the shell's `Device` shares the vault.
    pub fn with_vault(vault: Arc<Vault>) -> Api {
        Api { vault }
    }

    /// The device's database and its lock.
    pub fn vault(&self) -> Arc<Vault> {
        Arc::clone(&self.vault)
    }

    /// Gives the store to `f`, for the operations below and for shells that also import or
    /// sync; `locked` while the device is locked.
    pub fn store<T, E: From<Error>>(
        &self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.vault.with_store(f)
    }

    /// The language to serve a reader whose device says `code`, Dari and Kurdish mapped as
    /// the organisation set (`LanguageTag::for_reader`).
    fn lang(&self, code: &str) -> Result<LanguageTag> {
        let settings: LanguageSettings = self
            .store(|s| s.setting_as(LanguageSettings::SETTING))?
            .unwrap_or_default();
        LanguageTag::for_reader(code, &settings)
    }

    /// Every language Peer Guide knows, each named in its own script, with its direction.
    pub fn languages(&self) -> Vec<LanguageInfo> {
        LANGUAGES.to_vec()
    }

    /// The home screen: every topic in the app's order (first steps first) with its articles.
    pub fn home(&self, p: LangParams) -> Result<Vec<TopicSection>> {
        let requested = self.lang(&p.lang)?;
        let all = self.store(|s| s.articles(None, &requested))?;
        Ok(Topic::ALL
            .into_iter()
            .map(|topic| TopicSection {
                topic,
                articles: all.iter().filter(|a| a.topic == topic).cloned().collect(),
            })
            .collect())
    }

    /// Articles, of one topic or all.
    pub fn articles(&self, p: ArticlesParams) -> Result<Vec<ArticleSummary>> {
        let requested = self.lang(&p.lang)?;
        let topic = topic(p.topic.as_deref())?;
        self.store(|s| s.articles(topic, &requested))
    }

    /// One article in the best language for the reader.
    pub fn article(&self, p: ArticleParams) -> Result<ArticleView> {
        let requested = self.lang(&p.lang)?;
        let today = today_or_now(p.today.as_deref())?;
        self.store(|s| s.article_on(&p.slug, &requested, today))
    }

    /// Searches guidance, in the reader's language first.
    pub fn search(&self, p: SearchParams) -> Result<Vec<SearchHit>> {
        let requested = self.lang(&p.lang)?;
        let limit = p.limit.unwrap_or(20).min(MAX_SEARCH_RESULTS);
        self.store(|s| s.search(&requested, &p.query, limit))
    }

    /// Whether search can find everything stored: after a first sync or a large import the
    /// content is readable at once and the search index takes it in for a while after.
    pub fn search_status(&self) -> Result<SearchStatus> {
        self.store(|s| {
            Ok(SearchStatus {
                pending: s.search_pending()?,
            })
        })
    }

    /// The services directory, filtered.
    pub fn services(&self, p: ServicesParams) -> Result<Vec<ServiceView>> {
        let requested = self.lang(&p.lang)?;
        let now = local_now();
        let query = ServiceQuery {
            topic: topic(p.topic.as_deref())?,
            speaks: p
                .speaks
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(|code| self.lang(code))
                .transpose()?,
            open_at: p.open_now.then_some(now),
            text: p.text.filter(|t| !t.trim().is_empty()),
        };
        self.store(|s| s.services(&query, &requested, now))
    }

    /// One service, for its own screen.
    pub fn service(&self, p: ServiceParams) -> Result<ServiceView> {
        let requested = self.lang(&p.lang)?;
        self.store(|s| s.service(&p.slug, &requested, local_now()))
    }

    /// How to reach the organisation behind the guide, with the interpreter text in the
    /// reader's language; `None` when neither the pack nor the hub gave a contact.
    pub fn organisation(&self, p: LangParams) -> Result<Option<OrganisationView>> {
        let requested = self.lang(&p.lang)?;
        let org = self.store(|s| s.organisation())?;
        Ok(org.map(|o| o.view(&requested, local_now())))
    }

    /// Volunteer profiles the directory lists, with the contacts this device's role may see
    /// (a reader's only those meant for everyone).
    pub fn volunteers(&self, p: VolunteersParams) -> Result<Vec<Volunteer>> {
        let speaks = p
            .speaks
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(|code| self.lang(code))
            .transpose()?;
        let query = VolunteerQuery {
            speaks,
            topic: topic(p.topic.as_deref())?,
            available_at: p.available_now.then(local_now),
            include_unlisted: false,
        };
        self.store(|s| {
            let role = device::hub_link(s)?.map_or(DeviceRole::Reader, |l| l.role);
            s.find_volunteers(role.audience(), &query)
        })
    }

    /// This device's volunteer's own profile; `None` before its first save. Refused
    /// (`not-a-volunteer`) on a device that has not joined as a volunteer.
    pub fn my_profile(&self, p: LangParams) -> std::result::Result<Option<MyProfile>, SyncError> {
        self.lang(&p.lang)?;
        self.store(|store| {
            let id = profile::own_profile_id(store)?;
            profile::held_profile(store, id)?
                .map(|v| my_profile(store, v))
                .transpose()
        })
    }

    /// Saves this device's volunteer's own profile, creating it on the first save. Works
    /// offline; only the fields that changed are written, so an untouched field neither
    /// overrides a coordinator's edit nor sends the profile back to review.
    pub fn save_profile(&self, p: ProfileParams) -> std::result::Result<MyProfile, SyncError> {
        let wanted = Volunteer {
            // Id and slug are the device's, set by the save.
            id: uuid::Uuid::nil(),
            slug: String::new(),
            display_name: p.display_name,
            languages: p.languages,
            topics: p.topics,
            availability: p.availability,
            contacts: p.contacts,
            about: p.about,
            away_until: p.away_until,
            review: None,
        };
        self.store(|store| {
            let saved = profile::save_own_profile(store, wanted)?;
            my_profile(store, saved)
        })
    }

    /// Deletes this device's volunteer's own profile: gone from the hub and every device
    /// after their next syncs.
    pub fn delete_profile(&self) -> std::result::Result<(), SyncError> {
        self.store(profile::delete_own_profile)
    }

    /// On a coordinator's device: every profile it holds, listed or not, with every contact,
    /// waiting for approval first, then suspended, then approved. Works offline.
    pub fn review_list(&self) -> std::result::Result<Vec<Volunteer>, SyncError> {
        self.store(|store| profile::review_list(store))
    }

    /// The device's hub, its last sync and what that brought, in the reader's language.
    pub fn sync_status(&self, p: LangParams) -> std::result::Result<SyncView, SyncError> {
        let requested = self.lang(&p.lang)?;
        self.store(|store| {
            let status = crate::sync::status(store)?;
            let changes = device::last_changes(store)?;
            let changed_articles = match &changes {
                Some(c) if !c.articles.is_empty() => store
                    .articles(None, &requested)?
                    .into_iter()
                    .filter(|a| c.articles.contains(&a.id))
                    .collect(),
                _ => Vec::new(),
            };
            Ok(SyncView {
                hub: device::hub_link(store)?,
                last_attempt: device::last_attempt(store)?,
                last_sync: status.last_sync,
                changes,
                changed_articles,
                pending: status.pending,
            })
        })
    }

    /// Links the device to a hub (or unlinks it, given a blank address).
    pub fn set_hub(&self, p: HubParams) -> std::result::Result<Option<HubLink>, SyncError> {
        self.store(|store| device::set_hub(store, &p.address))
    }

    /// The device lock as the lock screen and Settings show it; answers while locked.
    pub fn lock_status(&self) -> Result<LockStatus> {
        self.vault.status()
    }

    /// Unlocks the device with its PIN (`wrong-pin` with the attempts left; `pin-wiped`
    /// at the tenth wrong PIN in a row, after which the device holds public guidance only).
    pub fn unlock(&self, p: PinParams) -> Result<LockStatus> {
        self.vault.unlock(&p.pin)?;
        self.vault.status()
    }

    /// Locks the device now (idle, sent to the background, or asked for).
    pub fn lock(&self) -> Result<LockStatus> {
        self.vault.lock()?;
        self.vault.status()
    }

    /// Sets a PIN on a device that has none: its database is encrypted in place. A reader's
    /// app lock; a volunteer's device is locked when it joins.
    pub fn set_pin(&self, p: PinParams) -> Result<LockStatus> {
        self.vault.encrypt(&p.pin)?;
        self.vault.status()
    }

    /// Changes the PIN: the database is re-keyed, nothing is lost.
    pub fn change_pin(&self, p: ChangePinParams) -> Result<LockStatus> {
        self.vault.change_pin(&p.old_pin, &p.new_pin)?;
        self.vault.status()
    }

    /// Turns a reader's app lock off (the database plain again), given the PIN. Refused
    /// (`lock-required`) on a volunteer's or coordinator's device.
    pub fn remove_pin(&self, p: PinParams) -> Result<LockStatus> {
        let role = self.store(|s| device::hub_link(s))?.map(|l| l.role);
        if matches!(role, Some(DeviceRole::Volunteer | DeviceRole::Coordinator)) {
            return Err(Error::LockRequired);
        }
        if !self.vault.is_encrypted() {
            return Err(Error::NoLock);
        }
        self.vault.verify(&p.pin)?;
        self.vault.decrypt()?;
        self.vault.status()
    }

    /// Sets the minutes without a touch after which the app locks.
    pub fn set_idle(&self, p: IdleParams) -> Result<LockStatus> {
        self.vault.set_idle_minutes(p.minutes)?;
        self.vault.status()
    }

    /// Leaves the organisation on this device: every profile, contact, unsent edit and the
    /// token are deleted (`secure_delete`, the log emptied) and the device is a reader again,
    /// with no PIN.
    pub fn leave(&self) -> Result<LockStatus> {
        self.vault.forget_private(WipeReason::Left)?;
        self.vault.status()
    }

    /// The way back for a device that cannot be opened (its keystore lost its secret, or
    /// the PIN is forgotten): its data is removed and it is a reader again, with no PIN,
    /// linked to the same hub; the person joins again with a new invite.
    pub fn start_over(&self) -> Result<LockStatus> {
        self.vault.start_over()?;
        self.vault.status()
    }

    /// The person has read why volunteer data was removed.
    pub fn dismiss_notice(&self) -> Result<LockStatus> {
        self.store(wipe::dismiss_notice)?;
        self.vault.status()
    }

    /// The reader's move-on plan on their today: the plan's steps in their language, dated
    /// from their letters once they entered them, with their ticks and notes; `None` when
    /// the content holds no plan. Everything personal comes from the device's own tables.
    pub fn plan(&self, p: PlanParams) -> Result<Option<PlanView>> {
        let requested = self.lang(&p.lang)?;
        let today = today_or_now(p.today.as_deref())?;
        self.store(|s| {
            let Some(plan) = s.plan()? else {
                return Ok(None);
            };
            Ok(Some(plan.view(&requested, &s.plan_personal()?, today)))
        })
    }

    /// The plan's steps without anyone's dates, ticks or notes: what a volunteer opens to
    /// talk a newcomer through them.
    pub fn plan_guide(&self, p: PlanParams) -> Result<Option<PlanView>> {
        let requested = self.lang(&p.lang)?;
        let today = today_or_now(p.today.as_deref())?;
        let plan = self.store(|s| s.plan())?;
        Ok(plan.map(|plan| plan.view(&requested, &Default::default(), today)))
    }

    /// Keeps the dates on the reader's letters on the device. A decision after today or a
    /// support end before the decision is refused (`invalid-plan-entry`).
    pub fn save_plan_dates(&self, p: PlanDatesParams) -> Result<PlanView> {
        let requested = self.lang(&p.lang)?;
        let today = today_or_now(p.today.as_deref())?;
        let decision = parse_day("decision", &p.decision)?;
        let support_end = p
            .support_end
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|s| parse_day("support_end", s))
            .transpose()?;
        if decision > today {
            return Err(Error::InvalidPlanEntry {
                field: "decision".into(),
                reason: format!("{decision} is after today ({today})"),
            });
        }
        if let Some(end) = support_end
            && end < decision
        {
            return Err(Error::InvalidPlanEntry {
                field: "support_end".into(),
                reason: format!("{end} is before the decision ({decision})"),
            });
        }
        self.store(|s| {
            let plan = s.plan()?.ok_or(Error::NoPlan)?;
            s.set_plan_dates(PlanDates {
                decision,
                support_end,
            })?;
            Ok(plan.view(&requested, &s.plan_personal()?, today))
        })
    }

    /// Ticks a step off (or not) and keeps its note, on the device.
    pub fn mark_plan_step(&self, p: PlanStepParams) -> Result<PlanView> {
        let requested = self.lang(&p.lang)?;
        let today = today_or_now(p.today.as_deref())?;
        let note = p.note.trim();
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(Error::InvalidPlanEntry {
                field: "note".into(),
                reason: format!("a note holds at most {MAX_NOTE_CHARS} characters"),
            });
        }
        self.store(|s| {
            let plan = s.plan()?.ok_or(Error::NoPlan)?;
            if plan.step(&p.step).is_none() {
                return Err(Error::PlanStepNotFound {
                    step: p.step.clone(),
                });
            }
            s.mark_plan_step(
                &p.step,
                &StepMark {
                    done: p.done,
                    note: note.to_owned(),
                },
            )?;
            Ok(plan.view(&requested, &s.plan_personal()?, today))
        })
    }

    /// Deletes every date, tick and note of the reader's plan from the device.
    pub fn delete_plan(&self) -> Result<()> {
        self.store(|s| s.delete_plan())
    }

    /// The reader's dated steps as an iCalendar file, made on the device.
    pub fn plan_calendar(&self, p: PlanParams) -> Result<PlanCalendar> {
        let view = self.plan(p)?.ok_or(Error::NoPlan)?;
        if view.decision.is_none() {
            return Err(Error::InvalidPlanEntry {
                field: "decision".into(),
                reason: "enter the date on the decision letter first".into(),
            });
        }
        Ok(calendar(&view, chrono::Utc::now()))
    }

    /// Version and content facts for the about screen.
    pub fn about(&self) -> Result<About> {
        self.store(|s| {
            let Counts {
                articles,
                services,
                volunteers,
                ..
            } = s.counts()?;
            Ok(About {
                version: env!("CARGO_PKG_VERSION").to_owned(),
                // Whichever came last: the bundled pack's import or a sync that changed something.
                content_date: s
                    .info("imported_at")?
                    .max(device::last_changes(s)?.map(|c| c.at)),
                articles,
                services,
                volunteers,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_parameters_are_refused_with_their_code() {
        let api = Api::new(Store::open_in_memory().unwrap());
        let err = api.home(LangParams { lang: "xx".into() }).unwrap_err();
        assert_eq!(ErrorBody::from(&err).code, "unknown-language");
        let err = api
            .articles(ArticlesParams {
                lang: "ar".into(),
                topic: Some("cooking".into()),
            })
            .unwrap_err();
        assert_eq!(err.code(), "unknown-topic");
    }

    #[test]
    fn home_lists_every_topic_first_steps_first() {
        let api = Api::new(Store::open_in_memory().unwrap());
        let home = api.home(LangParams { lang: "ar".into() }).unwrap();
        assert_eq!(home.len(), Topic::ALL.len());
        assert_eq!(home[0].topic, Topic::FirstSteps);
    }

    #[test]
    fn search_limit_is_capped() {
        let api = Api::new(Store::open_in_memory().unwrap());
        let hits = api
            .search(SearchParams {
                lang: "en".into(),
                query: "x".into(),
                limit: Some(10_000),
            })
            .unwrap();
        assert!(hits.len() <= MAX_SEARCH_RESULTS);
    }
}
