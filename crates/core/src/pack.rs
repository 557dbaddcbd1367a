//! Content packs: a folder of Markdown guidance with TOML front matter and TOML services and
//! volunteers (see `docs/content-pack.md`). Loading validates everything and reports every
//! problem at once, each naming the file, line and field, so a coordinator can fix a pack in
//! one pass; a pack with any problem is never imported.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::article::{
    Article, Provenance, ReviewState, Source, Translated, Translation, TranslationMethod,
};
pub use crate::error::PackProblem;
use crate::error::{Error, Result};
use crate::hours::{Closure, OpeningHours, WeeklyHours};
use crate::language::{LanguageSettings, LanguageTag, SOURCE_LANGUAGE};
use crate::organisation::Organisation;
use crate::phone;
use crate::plan::{self, Anchor, Plan, Step, SupportEnd, SupportRule};
use crate::review::ReviewPolicy;
use crate::search::synonyms::Synonyms;
use crate::service::{Access, Cost, Service, ServiceText};
use crate::setting::{ORGANISATION, REVIEW_POLICY, Setting};
use crate::topic::Topic;
use crate::volunteer::rules::valid_email;
use crate::volunteer::{Contact, ProfileFault, SpokenLanguage, Volunteer, rules};

/// A record read from a pack, with where it came from. The record's own `id` is nil until
/// import decides it: the one the file gives, or the one the store already has for the slug,
/// or a new UUID v7.
#[derive(Debug, Clone)]
pub struct Sourced<T> {
    /// The file it was read from, relative to the pack.
    pub file: PathBuf,
    /// The id the file gives explicitly, if any.
    pub explicit_id: Option<Uuid>,
    /// The record.
    pub record: T,
}

/// A loaded, valid content pack.
#[derive(Debug, Clone, Default)]
pub struct Pack {
    /// Articles, ordered by slug.
    pub articles: Vec<Sourced<Article>>,
    /// Services, ordered by slug.
    pub services: Vec<Sourced<Service>>,
    /// Volunteers, ordered by slug.
    pub volunteers: Vec<Sourced<Volunteer>>,
    /// The organisation's review policy (`review.toml`), or the default.
    pub policy: ReviewPolicy,
    /// What the pack leaves unsaid that readers should be told (an article with no
    /// checked-on date or no sources, a translation that does not say how it was made):
    /// reported, never refused, so old packs still import.
    pub warnings: Vec<PackProblem>,
    /// The organisation's own contact (`organisation.toml`), if the pack has one.
    pub organisation: Option<Organisation>,
    /// The organisation's search and reader-language settings (`search.toml`), if the
    /// pack has one.
    pub search: Option<SearchSettings>,
    /// The move-on plan (`plan.toml`), if the pack has one; kept as the `plan` setting.
    pub plan: Option<Plan>,
}

/// `search.toml`: what the organisation decides for search and reader languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchSettings {
    /// Which Kurdish a `ku` phone reads.
    #[serde(default)]
    pub languages: LanguageSettings,
    /// Search synonyms per language.
    #[serde(default)]
    pub synonyms: Synonyms,
}

impl Pack {
    /// Every pack-level setting the pack carries, as a device stores it and a hub publishes
    /// it: the organisation's contact (when the pack has one), the review policy (the
    /// default when it has no `review.toml`, so a device's content check knows the
    /// organisation's languages whether it imported the pack or synced it), and the search
    /// synonyms and reader-language mapping of `search.toml` (when the pack has one).
    pub fn settings(&self) -> Vec<Setting> {
        let mut settings = Vec::new();
        if let Some(org) = &self.organisation {
            settings.push(Setting {
                name: ORGANISATION.to_owned(),
                value: serde_json::to_value(org).expect("an organisation serialises"),
            });
        }
        settings.push(Setting {
            name: REVIEW_POLICY.to_owned(),
            value: serde_json::to_value(&self.policy).expect("a review policy serialises"),
        });
        if let Some(search) = &self.search {
            settings.push(Setting {
                name: LanguageSettings::SETTING.to_owned(),
                value: serde_json::to_value(search.languages).expect("languages serialise"),
            });
            settings.push(Setting {
                name: Synonyms::SETTING.to_owned(),
                value: serde_json::to_value(&search.synonyms).expect("synonyms serialise"),
            });
        }
        if let Some(plan) = &self.plan {
            settings.push(Setting {
                name: plan::SETTING.to_owned(),
                value: serde_json::to_value(plan).expect("a plan serialises"),
            });
        }
        settings
    }

    /// How many records the pack holds.
    pub fn len(&self) -> usize {
        self.articles.len() + self.services.len() + self.volunteers.len()
    }

    /// True when the pack holds no records.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceFront {
    id: Option<Uuid>,
    topic: Topic,
    revision: u32,
    title: String,
    summary: String,
    /// Kept from before provenance: `reviewed_on` now says more.
    review: Option<ReviewState>,
    #[serde(default)]
    order: u32,
    reviewed_on: Option<NaiveDate>,
    reviewed_by: Option<String>,
    review_by: Option<NaiveDate>,
    #[serde(default)]
    sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFront {
    title: String,
    summary: String,
    source_revision: u32,
    /// Kept from before provenance: `translated` and `second_review` now say more.
    review: Option<ReviewState>,
    translated: Option<TranslationMethod>,
    translated_by: Option<String>,
    second_review: Option<bool>,
}

/// The name of a pack's review policy file.
pub const POLICY_FILE: &str = "review.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceFile {
    id: Option<Uuid>,
    name: String,
    topics: Vec<Topic>,
    area: String,
    address: String,
    phone: Option<String>,
    web: Option<String>,
    email: Option<String>,
    languages: Vec<LanguageTag>,
    cost: Cost,
    access: Access,
    #[serde(default)]
    hours: WeeklyHours,
    #[serde(default)]
    closures: Vec<Closure>,
    /// A quoted date like closures' (`"2026-03-12"`).
    #[serde(default)]
    reviewed_on: Option<NaiveDate>,
    #[serde(default)]
    sample: bool,
    text: BTreeMap<LanguageTag, ServiceText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrganisationFile {
    name: String,
    phone: String,
    email: Option<String>,
    website: Option<String>,
    address: String,
    #[serde(default)]
    hours: WeeklyHours,
    #[serde(default)]
    closures: Vec<Closure>,
    interpreter: BTreeMap<LanguageTag, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VolunteerFile {
    id: Option<Uuid>,
    display_name: String,
    topics: Vec<Topic>,
    languages: Vec<SpokenLanguage>,
    #[serde(default)]
    availability: WeeklyHours,
    #[serde(default)]
    contacts: Vec<Contact>,
    #[serde(default)]
    about: BTreeMap<LanguageTag, String>,
    /// The last day of a pause, as a quoted date like closures' (`"2026-06-01"`).
    #[serde(default)]
    away_until: Option<NaiveDate>,
}

/// Where a pack's files come from: a folder on disk ([`Folder`]) or files held in memory
/// ([`MemoryPack`], e.g. a pack built into an app, where phones have no file path to give).
/// Paths are the root given to [`load_files`] joined with the pack's relative paths.
pub trait PackFiles {
    /// The bytes of a file.
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>>;
    /// The paths of a folder's entries, sorted.
    fn entries(&self, dir: &Path) -> std::io::Result<Vec<PathBuf>>;
    /// Whether `path` is a folder.
    fn is_dir(&self, path: &Path) -> bool;
    /// Whether `path` is a file.
    fn is_file(&self, path: &Path) -> bool;
}

/// A pack's files in a folder on disk.
#[derive(Debug, Clone, Copy, Default)]
pub struct Folder;

impl PackFiles for Folder {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        fs::read(path)
    }

    fn entries(&self, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
        let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
            .map(|e| e.map(|e| e.path()))
            .collect::<std::io::Result<_>>()?;
        entries.sort();
        Ok(entries)
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }

    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }
}

/// A pack's files held in memory, keyed by their path relative to the pack (`/`-separated,
/// e.g. `guidance/register-with-a-gp/en.md`); folders are implied by the files in them.
#[derive(Debug, Clone, Default)]
pub struct MemoryPack {
    files: BTreeMap<PathBuf, &'static [u8]>,
}

impl MemoryPack {
    /// A pack of these files (relative path, contents), e.g. ones built into a binary.
    pub fn new<'a>(files: impl IntoIterator<Item = (&'a str, &'static [u8])>) -> MemoryPack {
        MemoryPack {
            files: files
                .into_iter()
                .map(|(path, bytes)| (PathBuf::from(path), bytes))
                .collect(),
        }
    }

    /// How many files the pack holds.
    pub fn file_count(&self) -> usize {
        self.files.len()
    }

    /// Reads and validates the pack, as [`load`] does a folder's.
    pub fn load(&self, progress: &mut dyn FnMut(Progress)) -> Result<Pack> {
        if self.files.is_empty() {
            return Err(Error::Io {
                path: PathBuf::from("(built-in pack)"),
                source: std::io::Error::other("the built-in pack holds no files"),
            });
        }
        load_files(self, Path::new(""), progress)
    }
}

impl PackFiles for MemoryPack {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        self.files
            .get(path)
            .map(|bytes| bytes.to_vec())
            .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::NotFound))
    }

    fn entries(&self, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
        // `Path::starts_with` compares whole components, and the empty path is a prefix of
        // every relative path, so the pack's root lists its top-level entries.
        let mut entries: Vec<PathBuf> = self
            .files
            .keys()
            .filter_map(|file| {
                let rest = file.strip_prefix(dir).ok()?;
                let first = rest.components().next()?;
                Some(dir.join(first))
            })
            .collect();
        if entries.is_empty() && !self.files.contains_key(dir) {
            return Err(std::io::Error::from(std::io::ErrorKind::NotFound));
        }
        entries.dedup();
        Ok(entries)
    }

    fn is_dir(&self, path: &Path) -> bool {
        self.files
            .keys()
            .any(|file| file != path && file.starts_with(path))
    }

    fn is_file(&self, path: &Path) -> bool {
        self.files.contains_key(path)
    }
}

/// Collects problems while a pack is read.
struct Reader<'a> {
    root: &'a Path,
    files: &'a dyn PackFiles,
    problems: Vec<PackProblem>,
    warnings: Vec<PackProblem>,
}

/// TOML text and the number of lines before it in its file, so lines can be reported in
/// file terms.
struct TomlText<'a> {
    text: &'a str,
    first_line: usize,
}

impl TomlText<'_> {
    fn line_at(&self, offset: usize) -> usize {
        self.first_line
            + self.text[..offset.min(self.text.len())]
                .matches('\n')
                .count()
    }

    /// The line where `key = ...` is first written, if it is.
    fn line_of(&self, key: &str) -> Option<usize> {
        self.text
            .lines()
            .position(|line| {
                line.trim_start()
                    .strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|i| self.first_line + i)
    }

    /// The key written on a line, if the line is an assignment.
    fn key_on_line(&self, line: usize) -> Option<String> {
        let text = self.text.lines().nth(line.checked_sub(self.first_line)?)?;
        let (key, _) = text.split_once('=')?;
        Some(key.trim().trim_matches('"').to_owned())
    }
}

impl Reader<'_> {
    fn problem(
        &mut self,
        file: &Path,
        line: Option<usize>,
        field: Option<&str>,
        msg: impl Into<String>,
    ) {
        self.problems.push(PackProblem::new(file, line, field, msg));
    }

    fn warning(
        &mut self,
        file: &Path,
        line: Option<usize>,
        field: Option<&str>,
        msg: impl Into<String>,
    ) {
        self.warnings.push(PackProblem::new(file, line, field, msg));
    }

    fn relative(&self, path: &Path) -> PathBuf {
        path.strip_prefix(self.root).unwrap_or(path).to_owned()
    }

    fn read(&mut self, path: &Path) -> Option<String> {
        let rel = self.relative(path);
        match self.files.read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => Some(
                    text.strip_prefix('\u{feff}')
                        .unwrap_or(&text)
                        .replace("\r\n", "\n"),
                ),
                Err(e) => {
                    let offset = e.utf8_error().valid_up_to();
                    let line = 1 + e.as_bytes()[..offset]
                        .iter()
                        .filter(|b| **b == b'\n')
                        .count();
                    self.problem(&rel, Some(line), None, "is not UTF-8 text");
                    None
                }
            },
            Err(e) => {
                self.problem(&rel, None, None, format!("cannot be read: {e}"));
                None
            }
        }
    }

    fn parse<T: DeserializeOwned>(&mut self, file: &Path, toml_text: &TomlText) -> Option<T> {
        match toml::from_str::<T>(toml_text.text) {
            Ok(value) => Some(value),
            Err(e) => {
                let line = e.span().map(|span| toml_text.line_at(span.start));
                let message = e.message().trim().to_owned();
                // serde names missing and unknown fields in backticks; otherwise the key on the
                // offending line is the field.
                let field = message
                    .split('`')
                    .nth(1)
                    .filter(|_| message.contains("field"))
                    .map(str::to_owned)
                    .or_else(|| line.and_then(|l| toml_text.key_on_line(l)));
                let line = match (&field, message.starts_with("missing field")) {
                    (_, true) => None,
                    _ => line,
                };
                self.problem(file, line, field.as_deref(), message);
                None
            }
        }
    }

    fn require_text(&mut self, file: &Path, toml_text: &TomlText, key: &str, value: &str) {
        if value.trim().is_empty() {
            self.problem(file, toml_text.line_of(key), Some(key), "must not be empty");
        }
    }

    fn check_id(&mut self, file: &Path, toml_text: &TomlText, id: Option<Uuid>) {
        if let Some(id) = id
            && id.get_version_num() != 7
        {
            self.problem(
                file,
                toml_text.line_of("id"),
                Some("id"),
                format!("'{id}' is not a UUID v7 (make one with `peerguide new-id`)"),
            );
        }
    }
}

pub use crate::volunteer::rules::valid_slug;

/// Splits `+++`-fenced TOML front matter from a Markdown body.
fn split_front_matter(text: &str) -> Option<(TomlText<'_>, &str)> {
    let rest = text.strip_prefix("+++\n")?;
    let end = rest.find("\n+++")?;
    let front = &rest[..end + 1];
    let after = &rest[end + 4..];
    let body = after
        .strip_prefix('\n')
        .or_else(|| after.is_empty().then_some(after))?;
    Some((
        TomlText {
            text: front,
            first_line: 2,
        },
        body,
    ))
}

fn is_ignored(name: &str) -> bool {
    name.eq_ignore_ascii_case("README.md") || name.starts_with('.')
}

/// Progress while a pack is read or imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Records (article folders, service and volunteer files) handled so far.
    pub done: usize,
    /// Records in all.
    pub total: usize,
}

/// Reads and validates the pack in `dir`. Returns every problem found, or the pack.
pub fn load(dir: &Path) -> Result<Pack> {
    load_with_progress(dir, &mut |_| {})
}

/// [`load`], reporting progress as records are read.
pub fn load_with_progress(dir: &Path, progress: &mut dyn FnMut(Progress)) -> Result<Pack> {
    let meta = fs::metadata(dir).map_err(|source| Error::Io {
        path: dir.to_owned(),
        source,
    })?;
    if !meta.is_dir() {
        return Err(Error::Io {
            path: dir.to_owned(),
            source: std::io::Error::other("not a folder"),
        });
    }
    load_files(&Folder, dir, progress)
}

/// Reads and validates the pack whose root is `root` in `files`, reporting progress as records
/// are read. Problems name files relative to `root`.
pub fn load_files(
    files: &dyn PackFiles,
    root: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<Pack> {
    let dir = root;
    let mut reader = Reader {
        root,
        files,
        problems: Vec::new(),
        warnings: Vec::new(),
    };
    let mut policy = ReviewPolicy::default();
    let mut article_dirs = Vec::new();
    let mut service_files = Vec::new();
    let mut volunteer_files = Vec::new();
    let mut organisation_file = None;
    let mut search_file = None;
    let mut plan_file = None;
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Io { path, source }
    };
    for entry in files.entries(dir).map_err(io(dir))? {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match name.as_str() {
            "guidance" if files.is_dir(&entry) => {
                for article in files.entries(&entry).map_err(io(&entry))? {
                    let name = article
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    if is_ignored(&name) {
                        continue;
                    }
                    if files.is_dir(&article) {
                        article_dirs.push(article);
                    } else {
                        let rel = reader.relative(&article);
                        reader.problem(&rel, None, None, "unexpected file: each article is a folder guidance/<slug>/ holding en.md and its translations");
                    }
                }
            }
            "services" if files.is_dir(&entry) => {
                collect_toml(&mut reader, &entry, &mut service_files)?
            }
            "volunteers" if files.is_dir(&entry) => {
                collect_toml(&mut reader, &entry, &mut volunteer_files)?
            }
            "search.toml" if files.is_file(&entry) => search_file = Some(entry),
            PLAN_FILE if files.is_file(&entry) => plan_file = Some(entry),
            POLICY_FILE if files.is_file(&entry) => {
                if let Some(p) = read_policy(&mut reader, &entry) {
                    policy = p;
                }
            }
            "organisation.toml" if files.is_file(&entry) => organisation_file = Some(entry),
            _ if is_ignored(&name) => {}
            _ => {
                let rel = reader.relative(&entry);
                reader.problem(
                    &rel,
                    None,
                    None,
                    "unexpected entry: a pack holds guidance/, services/, volunteers/, organisation.toml, plan.toml, review.toml and search.toml",
                );
            }
        }
    }

    let total = article_dirs.len() + service_files.len() + volunteer_files.len();
    let mut done = 0;
    let mut tick = |progress: &mut dyn FnMut(Progress)| {
        done += 1;
        if done % 64 == 0 || done == total {
            progress(Progress { done, total });
        }
    };
    let mut pack = Pack::default();
    for dir in &article_dirs {
        if let Some(article) = read_article(&mut reader, &policy, dir) {
            pack.articles.push(article);
        }
        tick(progress);
    }
    for file in &service_files {
        if let Some(service) = read_service(&mut reader, file) {
            pack.services.push(service);
        }
        tick(progress);
    }
    for file in &volunteer_files {
        if let Some(volunteer) = read_volunteer(&mut reader, file) {
            pack.volunteers.push(volunteer);
        }
        tick(progress);
    }
    if let Some(file) = &organisation_file {
        pack.organisation = read_organisation(&mut reader, file);
    }
    if let Some(file) = &search_file {
        pack.search = read_search_settings(&mut reader, file);
    }
    if let Some(file) = &plan_file {
        pack.plan = read_plan(&mut reader, file, &pack.articles);
    }
    check_unique(&mut reader, &pack);
    pack.policy = policy;
    pack.warnings = reader.warnings;
    if reader.problems.is_empty() {
        Ok(pack)
    } else {
        Err(Error::InvalidPack {
            problems: reader.problems,
        })
    }
}

fn collect_toml(reader: &mut Reader, dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = reader.files.entries(dir).map_err(|source| Error::Io {
        path: dir.to_owned(),
        source,
    })?;
    for entry in entries {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if is_ignored(&name) {
            continue;
        }
        if reader.files.is_dir(&entry) {
            // Subfolders (by area, say) are for people; slugs stay unique across the pack.
            collect_toml(reader, &entry, out)?;
        } else if name.ends_with(".toml") {
            out.push(entry);
        } else {
            let rel = reader.relative(&entry);
            reader.problem(
                &rel,
                None,
                None,
                "unexpected file: services and volunteers are <slug>.toml files",
            );
        }
    }
    Ok(())
}

fn slug_from(reader: &mut Reader, file: &Path, stem: &str) -> Option<String> {
    if valid_slug(stem) {
        Some(stem.to_owned())
    } else {
        let rel = reader.relative(file);
        reader.problem(
            &rel,
            None,
            Some("slug"),
            format!("'{stem}' is not a valid slug: use lower-case letters, digits and hyphens"),
        );
        None
    }
}

fn read_policy(reader: &mut Reader, file: &Path) -> Option<ReviewPolicy> {
    let rel = reader.relative(file);
    let text = reader.read(file)?;
    let toml_text = TomlText {
        text: &text,
        first_line: 1,
    };
    let policy: ReviewPolicy = reader.parse(&rel, &toml_text)?;
    let mut months = std::iter::once(policy.review_every.default)
        .chain(policy.review_every.topics.values().copied());
    if months.any(|m| m == 0 || m > 60) {
        reader.problem(
            &rel,
            toml_text.line_of("default"),
            Some("review_every"),
            "months between checks must be 1 to 60",
        );
    }
    Some(policy)
}

/// The provenance an English source's front matter gives, with `review_by` worked out from
/// the policy when not written, and warnings for what it leaves out.
fn source_provenance(
    reader: &mut Reader,
    policy: &ReviewPolicy,
    rel: &Path,
    front: &TomlText,
    source: &mut SourceFront,
) -> Provenance {
    let head = front.line_of("title");
    if source.reviewed_on.is_none() {
        reader.warning(
            rel,
            head,
            Some("reviewed_on"),
            "no reviewed_on: readers are not told when this was last checked, and it never falls due",
        );
    }
    if source.sources.is_empty() {
        reader.warning(
            rel,
            head,
            Some("sources"),
            "no [[sources]]: readers are not told what this was checked against",
        );
    }
    for s in &source.sources {
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
            let line = front
                .text
                .lines()
                .position(|l| l.contains(&s.url))
                .map(|i| front.first_line + i);
            reader.problem(
                rel,
                line,
                Some("sources.url"),
                format!("'{}' is not a web address starting with https://", s.url),
            );
        }
        if s.title.trim().is_empty() {
            reader.problem(rel, None, Some("sources.title"), "must not be empty");
        }
    }
    let review_by = match (source.review_by, source.reviewed_on) {
        (Some(by), Some(on)) if by < on => {
            reader.problem(
                rel,
                front.line_of("review_by"),
                Some("review_by"),
                format!("{by} is before reviewed_on ({on})"),
            );
            Some(by)
        }
        (Some(by), _) => Some(by),
        (None, Some(on)) => Some(policy.review_by(source.topic, on)),
        (None, None) => None,
    };
    Provenance {
        reviewed_on: source.reviewed_on,
        reviewed_by: source
            .reviewed_by
            .take()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty()),
        review_by,
        sources: std::mem::take(&mut source.sources),
    }
}

/// How a translation was made, from its front matter. `translated`/`second_review` say it
/// outright; an old pack's `review` alone still reads sensibly (`machine`: a machine
/// translation nobody checked; `reviewed`: checked, made by whom it does not say).
fn translation_provenance(
    reader: &mut Reader,
    rel: &Path,
    front: &TomlText,
    t: &TranslationFront,
) -> (ReviewState, Translated) {
    let by = t
        .translated_by
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    match (t.translated, t.review) {
        (Some(method), review) => {
            let second_review = t.second_review.unwrap_or(false);
            let implied = if method == TranslationMethod::Machine && !second_review {
                ReviewState::Machine
            } else {
                ReviewState::Reviewed
            };
            if let Some(review) = review
                && review != implied
                && review != ReviewState::Draft
            {
                reader.problem(
                    rel,
                    front.line_of("review"),
                    Some("review"),
                    format!(
                        "'{}' contradicts translated = '{}' with second_review = {second_review}; leave review out",
                        review.slug(),
                        method.slug()
                    ),
                );
            }
            let translated = Translated {
                method: Some(method),
                by,
                second_review,
            };
            (review.unwrap_or(implied), translated)
        }
        (None, Some(review)) => {
            let translated = Translated {
                method: (review == ReviewState::Machine).then_some(TranslationMethod::Machine),
                by,
                second_review: t.second_review.unwrap_or(review == ReviewState::Reviewed),
            };
            if review != ReviewState::Machine {
                reader.warning(
                    rel,
                    front.line_of("review"),
                    Some("translated"),
                    "does not say how it was translated: add translated = \"machine\", \"volunteer\" or \"professional\"",
                );
            }
            (review, translated)
        }
        (None, None) => {
            reader.problem(
                rel,
                None,
                Some("translated"),
                "say how it was translated: translated = \"machine\", \"volunteer\" or \"professional\"",
            );
            (ReviewState::Draft, Translated::default())
        }
    }
}

fn read_article(
    reader: &mut Reader,
    policy: &ReviewPolicy,
    dir: &Path,
) -> Option<Sourced<Article>> {
    let slug = slug_from(reader, dir, &dir.file_name()?.to_string_lossy())?;
    let source_path = dir.join(format!("{SOURCE_LANGUAGE}.md"));
    let source_rel = reader.relative(&source_path);
    if !reader.files.is_file(&source_path) {
        reader.problem(
            &source_rel,
            None,
            None,
            "missing: every article needs its English source, en.md",
        );
        return None;
    }
    let mut files = Vec::new();
    for entry in reader.files.entries(dir).ok()? {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if is_ignored(&name) {
            continue;
        }
        let rel = reader.relative(&entry);
        match name.strip_suffix(".md") {
            Some(code) if reader.files.is_file(&entry) => match code.parse::<LanguageTag>() {
                Ok(lang) if lang.as_str() == code => files.push((lang, entry)),
                Ok(lang) => reader.problem(
                    &rel,
                    None,
                    Some("language"),
                    format!("write the file name as {lang}.md"),
                ),
                Err(e) => reader.problem(
                    &rel,
                    None,
                    Some("language"),
                    format!("the file name is not a language: {e}"),
                ),
            },
            _ => reader.problem(
                &rel,
                None,
                None,
                "unexpected entry: an article folder holds <language>.md files",
            ),
        }
    }

    let source_text = reader.read(&source_path)?;
    let Some((front, body)) = split_front_matter(&source_text) else {
        reader.problem(
            &source_rel,
            Some(1),
            None,
            "must start with front matter between +++ lines",
        );
        return None;
    };
    let mut source: SourceFront = reader.parse(&source_rel, &front)?;
    let provenance = source_provenance(reader, policy, &source_rel, &front, &mut source);
    let source_review = source
        .review
        .unwrap_or(if provenance.reviewed_on.is_some() {
            ReviewState::Reviewed
        } else {
            ReviewState::Draft
        });
    reader.check_id(&source_rel, &front, source.id);
    reader.require_text(&source_rel, &front, "title", &source.title);
    reader.require_text(&source_rel, &front, "summary", &source.summary);
    if source.revision == 0 {
        reader.problem(
            &source_rel,
            front.line_of("revision"),
            Some("revision"),
            "must be 1 or more",
        );
    }
    if body.trim().is_empty() {
        reader.problem(
            &source_rel,
            None,
            Some("body"),
            "the article has no text after the front matter",
        );
    }
    let mut translations = vec![Translation {
        lang: LanguageTag::source(),
        title: source.title.trim().to_owned(),
        summary: source.summary.trim().to_owned(),
        body: body.trim().to_owned(),
        source_revision: source.revision,
        review: source_review,
        translated: Translated::default(),
    }];
    for (lang, path) in files {
        if lang.as_str() == SOURCE_LANGUAGE {
            continue;
        }
        let rel = reader.relative(&path);
        let Some(text) = reader.read(&path) else {
            continue;
        };
        let Some((front, body)) = split_front_matter(&text) else {
            reader.problem(
                &rel,
                Some(1),
                None,
                "must start with front matter between +++ lines",
            );
            continue;
        };
        let Some(t) = reader.parse::<TranslationFront>(&rel, &front) else {
            continue;
        };
        let (review, translated) = translation_provenance(reader, &rel, &front, &t);
        reader.require_text(&rel, &front, "title", &t.title);
        reader.require_text(&rel, &front, "summary", &t.summary);
        if body.trim().is_empty() {
            reader.problem(
                &rel,
                None,
                Some("body"),
                "the translation has no text after the front matter",
            );
        }
        if t.source_revision == 0 || t.source_revision > source.revision {
            reader.problem(
                &rel,
                front.line_of("source_revision"),
                Some("source_revision"),
                format!(
                    "{} is not a revision of the English source (1 to {})",
                    t.source_revision, source.revision
                ),
            );
        }
        translations.push(Translation {
            lang,
            title: t.title.trim().to_owned(),
            summary: t.summary.trim().to_owned(),
            body: body.trim().to_owned(),
            source_revision: t.source_revision,
            review,
            translated,
        });
    }
    translations.sort_by(|a, b| a.lang.cmp(&b.lang));
    Some(Sourced {
        file: source_rel,
        explicit_id: source.id,
        record: Article {
            id: Uuid::nil(),
            slug,
            topic: source.topic,
            revision: source.revision,
            position: source.order,
            translations,
            provenance,
        },
    })
}

fn read_toml<T: DeserializeOwned>(
    reader: &mut Reader,
    file: &Path,
) -> Option<(PathBuf, String, String, T)> {
    let slug = slug_from(reader, file, &file.file_stem()?.to_string_lossy())?;
    let rel = reader.relative(file);
    let text = reader.read(file)?;
    let toml_text = TomlText {
        text: &text,
        first_line: 1,
    };
    let value = reader.parse::<T>(&rel, &toml_text)?;
    Some((rel, slug, text, value))
}

fn read_service(reader: &mut Reader, file: &Path) -> Option<Sourced<Service>> {
    let (rel, slug, text, s) = read_toml::<ServiceFile>(reader, file)?;
    let t = TomlText {
        text: &text,
        first_line: 1,
    };
    reader.check_id(&rel, &t, s.id);
    reader.require_text(&rel, &t, "name", &s.name);
    reader.require_text(&rel, &t, "area", &s.area);
    reader.require_text(&rel, &t, "address", &s.address);
    if s.topics.is_empty() {
        reader.problem(
            &rel,
            t.line_of("topics"),
            Some("topics"),
            "name at least one topic",
        );
    }
    if s.languages.is_empty() {
        reader.problem(
            &rel,
            t.line_of("languages"),
            Some("languages"),
            "name at least one language spoken",
        );
    }
    if !s.text.contains_key(&LanguageTag::source()) {
        reader.problem(
            &rel,
            None,
            Some("text.en"),
            "every service needs an English description ([text.en])",
        );
    }
    for text in s.text.values() {
        if text.description.trim().is_empty() {
            reader.problem(
                &rel,
                t.line_of("description"),
                Some("description"),
                "must not be empty",
            );
        }
    }
    check_contact_fields(
        reader,
        &rel,
        &t,
        s.phone.as_deref(),
        s.web.as_deref(),
        s.email.as_deref(),
    );
    for c in &s.closures {
        if c.to < c.from {
            reader.problem(
                &rel,
                t.line_of("to"),
                Some("closures.to"),
                format!("{} is before {}", c.to, c.from),
            );
        }
    }
    let mut languages = s.languages;
    languages.dedup();
    Some(Sourced {
        file: rel,
        explicit_id: s.id,
        record: Service {
            id: Uuid::nil(),
            slug,
            name: s.name.trim().to_owned(),
            topics: s.topics,
            area: s.area.trim().to_owned(),
            address: s.address.trim().to_owned(),
            phone: s.phone,
            web: s.web,
            email: s.email,
            languages,
            cost: s.cost,
            access: s.access,
            hours: OpeningHours {
                weekly: s.hours,
                closures: s.closures,
            },
            reviewed_on: s.reviewed_on,
            sample: s.sample,
            texts: s.text,
        },
    })
}

fn read_organisation(reader: &mut Reader, file: &Path) -> Option<Organisation> {
    let rel = reader.relative(file);
    let text = reader.read(file)?;
    let t = TomlText {
        text: &text,
        first_line: 1,
    };
    let o = reader.parse::<OrganisationFile>(&rel, &t)?;
    reader.require_text(&rel, &t, "name", &o.name);
    reader.require_text(&rel, &t, "address", &o.address);
    // Links a phone dials: only the international form works from every phone and country.
    if !o.phone.trim_start().starts_with('+') {
        reader.problem(
            &rel,
            t.line_of("phone"),
            Some("phone"),
            format!(
                "'{}' must be in international form, starting with + (e.g. +44 141 …)",
                o.phone
            ),
        );
    }
    check_contact_fields(reader, &rel, &t, Some(&o.phone), None, o.email.as_deref());
    if let Some(web) = &o.website
        && !web.starts_with("https://")
    {
        reader.problem(
            &rel,
            t.line_of("website"),
            Some("website"),
            format!("'{web}' is not a web address starting with https://"),
        );
    }
    for c in &o.closures {
        if c.to < c.from {
            reader.problem(
                &rel,
                t.line_of("to"),
                Some("closures.to"),
                format!("{} is before {}", c.to, c.from),
            );
        }
    }
    if !o.interpreter.contains_key(&LanguageTag::source()) {
        reader.problem(
            &rel,
            None,
            Some("interpreter.en"),
            "say in English how to ask for an interpreter ([interpreter] en = \"…\")",
        );
    }
    for (lang, how) in &o.interpreter {
        if how.trim().is_empty() {
            reader.problem(
                &rel,
                t.line_of(lang.as_str()),
                Some(format!("interpreter.{lang}").as_str()),
                "must not be empty",
            );
        }
    }
    Some(Organisation {
        name: o.name.trim().to_owned(),
        phone: o.phone.trim().to_owned(),
        email: o.email,
        website: o.website,
        address: o.address.trim().to_owned(),
        hours: OpeningHours {
            weekly: o.hours,
            closures: o.closures,
        },
        interpreter: o
            .interpreter
            .into_iter()
            .map(|(lang, how)| (lang, how.trim().to_owned()))
            .collect(),
    })
}

fn read_search_settings(reader: &mut Reader, file: &Path) -> Option<SearchSettings> {
    let rel = reader.relative(file);
    let text = reader.read(file)?;
    let t = TomlText {
        text: &text,
        first_line: 1,
    };
    let settings = reader.parse::<SearchSettings>(&rel, &t)?;
    for (lang, groups) in &settings.synonyms.0 {
        for group in groups {
            let line = group.first().and_then(|first| {
                text.lines()
                    .position(|l| l.contains(&format!("\"{first}\"")))
                    .map(|i| i + 1)
            });
            let field = format!("synonyms.{lang}");
            if group.iter().any(|m| m.trim().is_empty()) {
                reader.problem(
                    &rel,
                    line,
                    Some(field.as_str()),
                    "a synonym must not be empty",
                );
            } else if group.len() < 2 {
                reader.problem(
                    &rel,
                    line,
                    Some(field.as_str()),
                    format!(
                        "{group:?} is a group of one: name two or more words that mean the same"
                    ),
                );
            }
        }
    }
    Some(settings)
}

/// The name of a pack's move-on plan file.
pub const PLAN_FILE: &str = "plan.toml";

/// Most days a step may be from its anchor, or support may last: a plan is about weeks.
const MAX_PLAN_DAYS: i64 = 366;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanFile {
    support_end: SupportEndFile,
    #[serde(default)]
    translated: BTreeMap<LanguageTag, TranslationMethod>,
    #[serde(default)]
    steps: Vec<StepFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SupportEndFile {
    title: BTreeMap<LanguageTag, String>,
    #[serde(default)]
    rules: Vec<RuleFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    id: toml::Spanned<String>,
    /// A quoted date (`"2026-03-09"`), like every date in a pack.
    #[serde(default)]
    from: Option<NaiveDate>,
    days: toml::Spanned<i64>,
    #[serde(default)]
    source: Option<toml::Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFile {
    id: toml::Spanned<String>,
    anchor: Anchor,
    days: toml::Spanned<i64>,
    #[serde(default)]
    article: Option<toml::Spanned<String>>,
    title: BTreeMap<LanguageTag, String>,
    text: BTreeMap<LanguageTag, String>,
}

fn read_plan(reader: &mut Reader, file: &Path, articles: &[Sourced<Article>]) -> Option<Plan> {
    let rel = reader.relative(file);
    let text = reader.read(file)?;
    let t = TomlText {
        text: &text,
        first_line: 1,
    };
    let f = reader.parse::<PlanFile>(&rel, &t)?;
    let line = |span: std::ops::Range<usize>| Some(t.line_at(span.start));
    let known_article = |slug: &str| articles.iter().any(|a| a.record.slug == slug);
    let check_article = |reader: &mut Reader, field: &str, slug: &toml::Spanned<String>| {
        if !known_article(slug.get_ref()) {
            reader.problem(
                &rel,
                line(slug.span()),
                Some(field),
                format!("no article '{}' in guidance/", slug.get_ref()),
            );
        }
    };

    let check_texts = |reader: &mut Reader,
                       field: &str,
                       at: Option<usize>,
                       texts: &BTreeMap<LanguageTag, String>| {
        if !texts.contains_key(&LanguageTag::source()) {
            reader.problem(
                &rel,
                at,
                Some(format!("{field}.en").as_str()),
                "say it in English",
            );
        }
        for (lang, value) in texts {
            if value.trim().is_empty() {
                reader.problem(
                    &rel,
                    at,
                    Some(format!("{field}.{lang}").as_str()),
                    "must not be empty",
                );
            }
        }
    };
    check_texts(
        reader,
        "support_end.title",
        t.line_of("title"),
        &f.support_end.title,
    );

    let mut rules = Vec::new();
    let mut undated = 0;
    let mut starts: HashMap<NaiveDate, String> = HashMap::new();
    let mut rule_ids = std::collections::HashSet::new();
    for r in &f.support_end.rules {
        let at = line(r.id.span());
        if !valid_slug(r.id.get_ref()) {
            reader.problem(
                &rel,
                at,
                Some("support_end.rules.id"),
                format!(
                    "'{}' is not a slug (lower-case letters, digits and hyphens)",
                    r.id.get_ref()
                ),
            );
        }
        if !rule_ids.insert(r.id.get_ref().clone()) {
            reader.problem(
                &rel,
                at,
                Some("support_end.rules.id"),
                format!("duplicate rule id '{}'", r.id.get_ref()),
            );
        }
        if !(1..=MAX_PLAN_DAYS).contains(r.days.get_ref()) {
            reader.problem(
                &rel,
                line(r.days.span()),
                Some("support_end.rules.days"),
                format!(
                    "{} is not between 1 and {MAX_PLAN_DAYS} days",
                    r.days.get_ref()
                ),
            );
        }
        match r.from {
            None => undated += 1,
            Some(from) => {
                if let Some(other) = starts.insert(from, r.id.get_ref().clone()) {
                    reader.problem(
                        &rel,
                        at,
                        Some("support_end.rules.from"),
                        format!("rule '{other}' also starts on {from}"),
                    );
                }
            }
        }
        if let Some(source) = &r.source {
            check_article(reader, "support_end.rules.source", source);
        }
        rules.push(SupportRule {
            id: r.id.get_ref().clone(),
            from: r.from,
            days: u32::try_from(*r.days.get_ref()).unwrap_or(0),
            source: r.source.as_ref().map(|s| s.get_ref().clone()),
        });
    }
    if undated != 1 {
        reader.problem(
            &rel,
            t.line_of("[support_end]").or_else(|| text.lines().position(|l| l.trim() == "[[support_end.rules]]").map(|i| i + 1)),
            Some("support_end.rules"),
            format!("exactly one rule must have no `from` (the rule for decisions before every other rule's start); found {undated}"),
        );
    }

    if f.steps.is_empty() {
        reader.problem(
            &rel,
            None,
            Some("steps"),
            "a plan needs at least one [[steps]]",
        );
    }
    let mut steps = Vec::new();
    let mut step_ids: HashMap<String, usize> = HashMap::new();
    for s in &f.steps {
        let at = line(s.id.span());
        let id = s.id.get_ref();
        if !valid_slug(id) {
            reader.problem(
                &rel,
                at,
                Some("steps.id"),
                format!("'{id}' is not a slug (lower-case letters, digits and hyphens)"),
            );
        }
        if let Some(first) = step_ids.insert(id.clone(), at.unwrap_or(0)) {
            reader.problem(
                &rel,
                at,
                Some("steps.id"),
                format!("duplicate step id '{id}': also on line {first}"),
            );
        }
        if s.days.get_ref().abs() > MAX_PLAN_DAYS {
            reader.problem(
                &rel,
                line(s.days.span()),
                Some("steps.days"),
                format!(
                    "{} is more than {MAX_PLAN_DAYS} days from the {}",
                    s.days.get_ref(),
                    match s.anchor {
                        Anchor::Decision => "decision",
                        Anchor::SupportEnd => "end of support",
                    }
                ),
            );
        }
        if let Some(article) = &s.article {
            check_article(reader, "steps.article", article);
        }
        let field = format!("steps.{id}");
        check_texts(reader, &format!("{field}.title"), at, &s.title);
        check_texts(reader, &format!("{field}.text"), at, &s.text);
        for lang in s.title.keys().filter(|l| !s.text.contains_key(*l)) {
            reader.problem(
                &rel,
                at,
                Some(format!("{field}.text.{lang}").as_str()),
                "the step has a title in this language but no text",
            );
        }
        for lang in s.text.keys().filter(|l| !s.title.contains_key(*l)) {
            reader.problem(
                &rel,
                at,
                Some(format!("{field}.title.{lang}").as_str()),
                "the step has a text in this language but no title",
            );
        }
        steps.push(Step {
            id: id.clone(),
            anchor: s.anchor,
            days: i32::try_from(*s.days.get_ref()).unwrap_or(0),
            article: s.article.as_ref().map(|a| a.get_ref().clone()),
            title: s
                .title
                .iter()
                .map(|(l, v)| (l.clone(), v.trim().to_owned()))
                .collect(),
            text: s
                .text
                .iter()
                .map(|(l, v)| (l.clone(), v.trim().to_owned()))
                .collect(),
        });
    }
    Some(Plan {
        support_end: SupportEnd {
            title: f
                .support_end
                .title
                .into_iter()
                .map(|(l, v)| (l, v.trim().to_owned()))
                .collect(),
            rules,
        },
        steps,
        translated: f.translated,
    })
}

fn check_contact_fields(
    reader: &mut Reader,
    rel: &Path,
    t: &TomlText,
    phone: Option<&str>,
    web: Option<&str>,
    email: Option<&str>,
) {
    if let Some(phone) = phone
        && !valid_phone(phone)
    {
        reader.problem(
            rel,
            t.line_of("phone"),
            Some("phone"),
            format!("'{phone}' is not a phone number"),
        );
    }
    if let Some(web) = web
        && !(web.starts_with("https://") || web.starts_with("http://"))
    {
        reader.problem(
            rel,
            t.line_of("web"),
            Some("web"),
            format!("'{web}' is not a web address starting with https://"),
        );
    }
    if let Some(email) = email
        && !valid_email(email)
    {
        reader.problem(
            rel,
            t.line_of("email"),
            Some("email"),
            format!("'{email}' is not an email address"),
        );
    }
}

fn valid_phone(number: &str) -> bool {
    phone::looks_like_phone(number)
}

fn read_volunteer(reader: &mut Reader, file: &Path) -> Option<Sourced<Volunteer>> {
    let (rel, slug, text, v) = read_toml::<VolunteerFile>(reader, file)?;
    let t = TomlText {
        text: &text,
        first_line: 1,
    };
    reader.check_id(&rel, &t, v.id);
    reader.require_text(&rel, &t, "display_name", &v.display_name);
    if v.languages.is_empty() {
        reader.problem(
            &rel,
            None,
            Some("languages"),
            "name at least one language ([[languages]])",
        );
    }
    // Each contact by the rule every profile is held to, reported on its own line.
    let mut bad_contact = false;
    for c in &v.contacts {
        if let Err(p) = rules::check_contact(c) {
            bad_contact = true;
            let line = text
                .lines()
                .position(|l| l.contains(&c.value))
                .map(|i| i + 1);
            reader.problem(&rel, line, Some("contacts.value"), p.reason);
        }
    }
    let record = Volunteer {
        id: Uuid::nil(),
        slug,
        display_name: v.display_name.trim().to_owned(),
        languages: v.languages,
        topics: v.topics,
        availability: v.availability,
        contacts: v.contacts,
        about: v.about,
        away_until: v.away_until,
        // A pack is written by coordinators: what it holds counts as approved.
        review: None,
    };
    // The bounds every profile has, wherever it was written (the hub's and the app's too).
    for p in record.problems() {
        let key = p.field.replace('-', "_");
        // A blank name was reported above as "must not be empty".
        if key == "display_name" && record.display_name.is_empty() {
            continue;
        }
        // Each bad contact was reported above, with its line.
        if key == "contacts" && bad_contact && p.fault != ProfileFault::TooLarge {
            continue;
        }
        reader.problem(&rel, t.line_of(&key), Some(key.as_str()), p.reason);
    }
    Some(Sourced {
        file: rel,
        explicit_id: v.id,
        record,
    })
}

/// Slugs must be unique within each kind (services may sit in subfolders), and explicit ids
/// across the whole pack.
fn check_unique(reader: &mut Reader, pack: &Pack) {
    fn slugs<T>(reader: &mut Reader, items: &[Sourced<T>], slug: impl Fn(&T) -> &str) {
        let mut seen: HashMap<&str, &Path> = HashMap::new();
        for item in items {
            if let Some(first) = seen.insert(slug(&item.record), &item.file) {
                let message = format!(
                    "duplicate slug '{}': also used by {}",
                    slug(&item.record),
                    first.display()
                );
                reader.problem(&item.file, None, Some("slug"), message);
            }
        }
    }
    slugs(reader, &pack.articles, |a| &a.slug);
    slugs(reader, &pack.services, |s| &s.slug);
    slugs(reader, &pack.volunteers, |v| &v.slug);

    let mut ids: HashMap<Uuid, PathBuf> = HashMap::new();
    let all = pack
        .articles
        .iter()
        .map(|a| (a.explicit_id, &a.file))
        .chain(pack.services.iter().map(|s| (s.explicit_id, &s.file)))
        .chain(pack.volunteers.iter().map(|v| (v.explicit_id, &v.file)));
    let mut duplicates = Vec::new();
    for (id, file) in all {
        if let Some(id) = id
            && let Some(first) = ids.insert(id, file.clone())
        {
            duplicates.push(PackProblem::new(
                file,
                None,
                Some("id"),
                format!("duplicate id {id}: also used by {}", first.display()),
            ));
        }
    }
    reader.problems.extend(duplicates);
}
