//! `peerguide`: the command line over the core. Readable output by default, `--json` for
//! scripts, exit code 0 only on success. Glue only: every decision is the core's.

use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use peerguide_core::article::ArticleView;
use peerguide_core::hours::{local_now, parse_local_time};
use peerguide_core::import::{ImportReport, Stage, import_dir};
use peerguide_core::language::LanguageSettings;
use peerguide_core::search::{Fragment, SearchHit};
use peerguide_core::service::{ServiceQuery, ServiceView};
use peerguide_core::volunteer::{Audience, Volunteer, VolunteerQuery};
use peerguide_core::{Error, LanguageTag, Store, Topic};
use serde::Serialize;

mod check;
mod hub;
mod review;
mod unlock;
use hub::Failure;

#[derive(Parser)]
#[command(
    name = "peerguide",
    version,
    about = "Peer Guide: rights and services guidance, offline"
)]
struct Cli {
    /// Print results as JSON (errors too), for scripts.
    #[arg(long, global = true)]
    json: bool,
    /// Read the PIN of an encrypted (locked) database from the first line of standard
    /// input; without it, from the PEERGUIDE_PIN environment variable.
    #[arg(long, global = true)]
    pin_stdin: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum ServicesCommand {
    /// Write every service of a database in a format other directories read.
    Export {
        #[arg(long)]
        db: PathBuf,
        /// `hsds`: Open Referral UK / HSDS 3 JSON, an array of fully nested services.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The file to write; standard output without it.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    /// Open Referral UK / HSDS 3.0 JSON.
    Hsds,
}

#[derive(Subcommand)]
enum Command {
    /// Validate a content pack, or Open Referral (HSDS 3) services, and load it into a
    /// database (created if missing).
    Import {
        /// The database file.
        #[arg(long)]
        db: PathBuf,
        /// The content pack folder, or an HSDS `.json` file or a folder of them.
        dir: PathBuf,
    },
    /// Search guidance, in the given language first and then its fallbacks.
    Search {
        #[arg(long)]
        db: PathBuf,
        /// The reader's language, e.g. ar, fa-AF, ckb.
        #[arg(long)]
        lang: String,
        /// At most this many results.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// What to look for.
        query: String,
    },
    /// Show one article in the best language available.
    Article {
        #[arg(long)]
        db: PathBuf,
        #[arg(long)]
        lang: String,
        /// The article's slug, e.g. register-with-a-gp.
        slug: String,
    },
    /// List services, filtered; or `services export` them.
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Services {
        #[arg(long, required = true)]
        db: Option<PathBuf>,
        #[arg(long, required = true)]
        lang: Option<String>,
        /// Only services that help with this topic.
        #[arg(long)]
        topic: Option<String>,
        /// Only services whose staff speak this language.
        #[arg(long)]
        speaks: Option<String>,
        /// Only services open at this moment: 2026-03-29T10:30 (Glasgow time) or with an
        /// offset, 2026-03-29T09:30:00Z.
        #[arg(long)]
        open_at: Option<String>,
        /// Only services open now.
        #[arg(long, conflicts_with = "open_at")]
        open_now: bool,
        /// Free text to match.
        query: Option<String>,
        #[command(subcommand)]
        export: Option<ServicesCommand>,
    },
    /// List peer volunteers, public details only; or, with a subcommand, review profiles on
    /// a hub (coordinators).
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Volunteers {
        #[arg(long, required = true)]
        db: Option<PathBuf>,
        /// Only volunteers who speak this language.
        #[arg(long)]
        speaks: Option<String>,
        /// Only volunteers who know this topic.
        #[arg(long)]
        topic: Option<String>,
        /// Only volunteers usually free now (Glasgow time) and not away today.
        #[arg(long)]
        available_now: bool,
        #[command(subcommand)]
        review: Option<review::ReviewCommand>,
    },
    /// List, by language, what needs a coordinator: articles past their check-again day,
    /// translations older than English, machine translations never reviewed, missing
    /// translations, links to articles that do not exist, phone numbers that are not UK
    /// numbers. Exit code 1 when an article is overdue.
    Check {
        /// The content pack folder.
        #[arg(required_unless_present = "db", conflicts_with = "db")]
        dir: Option<PathBuf>,
        /// A database instead of a pack.
        #[arg(long)]
        db: Option<PathBuf>,
        /// The day to check against (YYYY-MM-DD); today in Glasgow by default.
        #[arg(long)]
        today: Option<String>,
    },
    /// Print a new UUID v7, for a record's `id` in a content pack.
    NewId,
    /// Run the organisation's hub.
    Hub {
        #[command(subcommand)]
        command: hub::HubCommand,
    },
    /// Sync a database with the organisation's hub (push own changes, pull what changed).
    Sync {
        /// The database file (created if missing).
        #[arg(long)]
        db: PathBuf,
        /// The hub's address: scheme, host and port, as the organisation gave it.
        #[arg(long)]
        hub: String,
        /// The device token from `peerguide join` (none: public content only).
        #[arg(long)]
        token: Option<String>,
        /// Languages to receive, comma-separated (English always comes too).
        #[arg(long, value_delimiter = ',', default_value = "en")]
        lang: Vec<String>,
        /// Accept a changed organisation key: only when the organisation told you it changed.
        #[arg(long)]
        accept_new_key: bool,
        /// Records per page.
        #[arg(long)]
        page_size: Option<u32>,
    },
    /// Redeem an invite code for a device token.
    Join {
        #[arg(long)]
        hub: String,
        /// The invite code, e.g. K7QM-3XPA-9RTD.
        code: String,
    },
    /// Publish a content pack to the hub, signed by the organisation (coordinators only).
    Publish {
        #[arg(long)]
        hub: String,
        #[arg(long)]
        token: String,
        /// Also delete published articles and services missing from this pack.
        #[arg(long)]
        prune: bool,
        /// The content pack folder.
        dir: PathBuf,
    },
    /// Create an invite on a hub (coordinators only).
    Invite {
        #[arg(long)]
        hub: String,
        #[arg(long)]
        token: String,
        /// volunteer or coordinator.
        #[arg(long)]
        role: String,
    },
    /// Serve the app over HTTP (web mode) for a browser on this computer. It writes what the
    /// app writes: the device's hub link and credentials, the volunteer's own profile and
    /// what a sync brings; content is never edited.
    Serve {
        /// The database file; it must exist (import content first): serving never creates one.
        #[arg(long)]
        db: PathBuf,
        /// Where to listen; loopback by default. Port 0 picks a free port.
        #[arg(long, default_value_t = peerguide_web::default_address())]
        listen: SocketAddr,
        /// The built UI (`ui/dist`); without it only the JSON API is served.
        #[arg(long)]
        ui: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = cli.json;
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if json {
                let body =
                    serde_json::json!({"error": {"code": err.code(), "message": err.to_string()}});
                println!("{body}");
            } else {
                eprintln!("error: {err}");
            }
            ExitCode::FAILURE
        }
    }
}

/// A database that must already exist: exporting never creates an empty one.
fn existing_store(db: &std::path::Path) -> Result<Store, Failure> {
    if !db.is_file() {
        return Err(Error::Io {
            path: db.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such database file"),
        }
        .into());
    }
    unlock::open(db)
}

fn lang(code: &str) -> Result<LanguageTag, Error> {
    code.parse()
}

/// The language to serve a reader asking for `code`: Dari and Kurdish mapped as the
/// organisation set in the database, as the app does (`LanguageTag::for_reader`).
fn reader_lang(store: &Store, code: &str) -> Result<LanguageTag, Error> {
    let settings: LanguageSettings = store
        .setting_as(LanguageSettings::SETTING)?
        .unwrap_or_default();
    LanguageTag::for_reader(code, &settings)
}

fn topic(slug: Option<&str>) -> Result<Option<Topic>, Error> {
    slug.map(str::parse).transpose()
}

pub(crate) fn print_json(value: &impl Serialize) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).expect("output serialises")
    );
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    let json = cli.json;
    unlock::pin_from_stdin(cli.pin_stdin);
    match cli.command {
        Command::Import { db, dir } => {
            let mut store = unlock::open(&db)?;
            let report = import_with_progress(&mut store, &dir, json)?;
            if json {
                print_json(&report);
            } else {
                print_report(&report, &db);
            }
        }
        Command::Search {
            db,
            lang: code,
            limit,
            query,
        } => {
            let store = unlock::open(&db)?;
            let requested = reader_lang(&store, &code)?;
            let hits = store.search(&requested, &query, limit)?;
            if json {
                print_json(&hits);
            } else {
                print_hits(&hits, &query);
            }
        }
        Command::Article {
            db,
            lang: code,
            slug,
        } => {
            let store = unlock::open(&db)?;
            let view = store.article(&slug, &reader_lang(&store, &code)?)?;
            if json {
                print_json(&view);
            } else {
                print_article(&view);
            }
        }
        Command::Services {
            export:
                Some(ServicesCommand::Export {
                    db,
                    format: ExportFormat::Hsds,
                    out,
                }),
            ..
        } => {
            let services = existing_store(&db)?.service_records()?;
            let text = serde_json::to_string_pretty(&peerguide_core::hsds::export(&services))
                .expect("JSON values serialise");
            match out {
                Some(path) => {
                    std::fs::write(&path, text + "\n").map_err(|source| Error::Io {
                        path: path.clone(),
                        source,
                    })?;
                    if !json {
                        println!(
                            "Wrote {} services as HSDS {} to {}.",
                            services.len(),
                            peerguide_core::hsds::HSDS_VERSION,
                            path.display()
                        );
                    }
                }
                None => println!("{text}"),
            }
        }
        Command::Services {
            db,
            lang: code,
            topic: t,
            speaks,
            open_at,
            open_now,
            query,
            export: None,
        } => {
            let (Some(db), Some(code)) = (db, code) else {
                return Err(Failure::Usage("--db and --lang are required".into()));
            };
            let store = unlock::open(&db)?;
            let requested = reader_lang(&store, &code)?;
            let now = local_now();
            let query = ServiceQuery {
                topic: topic(t.as_deref())?,
                speaks: speaks.as_deref().map(lang).transpose()?,
                open_at: match (open_at, open_now) {
                    (Some(at), _) => Some(parse_local_time(&at)?),
                    (None, true) => Some(now),
                    (None, false) => None,
                },
                text: query,
            };
            let services = store.services(&query, &requested, now)?;
            if json {
                print_json(&services);
            } else {
                print_services(&services);
            }
        }
        Command::Volunteers {
            review: Some(command),
            ..
        } => review::run(command, json)?,
        Command::Volunteers {
            db,
            speaks,
            topic: t,
            available_now,
            review: None,
        } => {
            let db = db.ok_or_else(|| Failure::Usage("--db is required".into()))?;
            let query = VolunteerQuery {
                speaks: speaks.as_deref().map(lang).transpose()?,
                topic: topic(t.as_deref())?,
                available_at: available_now.then(local_now),
                include_unlisted: false,
            };
            let volunteers = unlock::open(&db)?.find_volunteers(Audience::Everyone, &query)?;
            if json {
                print_json(&volunteers);
            } else {
                print_volunteers(&volunteers);
            }
        }
        Command::NewId => println!("{}", uuid::Uuid::now_v7()),
        Command::Hub { command } => hub::run(command, json)?,
        Command::Sync {
            db,
            hub: url,
            token,
            lang: langs,
            accept_new_key,
            page_size,
        } => hub::sync(&db, &url, token, &langs, accept_new_key, page_size, json)?,
        Command::Join { hub: url, code } => hub::join(&url, &code, json)?,
        Command::Publish {
            hub: url,
            token,
            prune,
            dir,
        } => hub::publish(&url, &token, prune, &dir, json)?,
        Command::Invite {
            hub: url,
            token,
            role,
        } => hub::invite(&url, &token, &role, json)?,
        Command::Serve { db, listen, ui } => serve(&db, listen, ui)?,
        Command::Check { dir, db, today } => return check::run(dir, db, today, json),
    }
    Ok(ExitCode::SUCCESS)
}

/// Web mode. A missing database is refused rather than created: a typo in `--db` must not
/// serve an empty guide.
fn serve(db: &Path, listen: SocketAddr, ui: Option<PathBuf>) -> Result<(), Failure> {
    let io = |path: &Path, source| Error::Io {
        path: path.to_owned(),
        source,
    };
    if !db.is_file() {
        return Err(io(db, std::io::ErrorKind::NotFound.into()).into());
    }
    let ui = match ui {
        Some(dir) if dir.join("index.html").is_file() => Some(dir),
        Some(dir) => {
            return Err(io(&dir.join("index.html"), std::io::ErrorKind::NotFound.into()).into());
        }
        None => None,
    };
    let app = Arc::new(peerguide_web::WebApp::open(db)?);
    let runtime = tokio::runtime::Runtime::new().map_err(|e| io(db, e))?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::AddrInUse => Failure::AddressInUse(listen),
                _ => Failure::from(io(Path::new(&listen.to_string()), e)),
            })?;
        let address = listener
            .local_addr()
            .map_err(|e| Failure::from(io(db, e)))?;
        // Written, not println!'d: a server whose stdout was closed by whoever started it
        // must keep serving, not panic on a broken pipe.
        let mut out = std::io::stdout();
        writeln!(
            out,
            "Peer Guide is being served at http://{address}/ (Ctrl-C stops it)"
        )
        .ok();
        if ui.is_none() {
            writeln!(
                out,
                "No --ui folder given: only the JSON API under /api is served."
            )
            .ok();
        }
        out.flush().ok();
        let app = peerguide_web::router(app, ui);
        peerguide_web::serve(listener, app, shutdown_signal())
            .await
            .map_err(|e| Failure::from(io(db, e)))
    })
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("a SIGTERM handler can be installed");
        tokio::select! {
            _ = interrupt => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    interrupt.await.ok();
}

fn import_with_progress(
    store: &mut Store,
    dir: &std::path::Path,
    json: bool,
) -> Result<ImportReport, Error> {
    if json || !std::io::stderr().is_terminal() {
        return import_dir(store, dir, &mut |_| {});
    }
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{msg:>8} [{bar:30}] {pos}/{len} records")
            .expect("the template is valid")
            .progress_chars("=> "),
    );
    let result = import_dir(store, dir, &mut |stage| {
        let (msg, p) = match stage {
            Stage::Reading(p) => ("reading", p),
            Stage::Writing(p) => ("writing", p),
        };
        bar.set_message(msg);
        bar.set_length(p.total as u64);
        bar.set_position(p.done as u64);
    });
    bar.finish_and_clear();
    result
}

fn print_report(report: &ImportReport, db: &std::path::Path) {
    println!("Imported into {}:", db.display());
    for (what, t) in [
        ("articles", report.articles),
        ("services", report.services),
        ("volunteers", report.volunteers),
        ("settings", report.settings),
    ] {
        println!(
            "  {what:<10} {} new, {} updated, {} unchanged",
            t.inserted, t.updated, t.unchanged
        );
    }
    if !report.warnings.is_empty() {
        println!("Warnings ({}):", report.warnings.len());
        for w in &report.warnings {
            println!("  {w}");
        }
    }
}

/// Matches are shown in bold on a terminal; piped output stays plain text.
fn render(fragments: &[Fragment]) -> String {
    let bold = std::io::stdout().is_terminal();
    fragments
        .iter()
        .map(|f| {
            if f.hit && bold {
                format!("\x1b[1m{}\x1b[0m", f.text)
            } else {
                f.text.clone()
            }
        })
        .collect()
}

fn print_hits(hits: &[SearchHit], query: &str) {
    if hits.is_empty() {
        println!("Nothing found for \"{query}\".");
        return;
    }
    for (i, hit) in hits.iter().enumerate() {
        let mut notes = vec![hit.lang.to_string(), hit.topic.to_string()];
        if hit.stale {
            notes.push("may be out of date".into());
        }
        println!(
            "{}. {}  [{}]  ({})",
            i + 1,
            render(&hit.title),
            notes.join(", "),
            hit.slug
        );
        println!("   {}", render(&hit.snippet).replace('\n', " "));
    }
}

fn print_article(view: &ArticleView) {
    println!("{}", view.translation.title);
    println!(
        "{}",
        "=".repeat(view.translation.title.chars().count().min(72))
    );
    if view.is_fallback {
        println!(
            "(Shown in {}: not yet translated into {}.)",
            view.lang.info().english_name,
            view.requested.info().english_name
        );
    }
    if view.stale {
        println!("(This translation may be out of date: the English was updated since.)");
    }
    if let Some(on) = view.provenance.reviewed_on {
        println!("Checked on {on}.");
    }
    if view.overdue {
        println!("(Past its check-again day: rules may have changed.)");
    }
    if view.translation.translated.is_unreviewed_machine() {
        println!("(Translated by a computer.)");
    }
    println!(
        "\n{}\n\n{}",
        view.translation.summary, view.translation.body
    );
    if !view.provenance.sources.is_empty() {
        println!("\nSources:");
        for s in &view.provenance.sources {
            println!("  {} <{}> (retrieved {})", s.title, s.url, s.retrieved);
        }
    }
    let langs: Vec<&str> = view.available.iter().map(LanguageTag::as_str).collect();
    println!("\nAlso in: {}", langs.join(", "));
}

fn print_services(services: &[ServiceView]) {
    if services.is_empty() {
        println!("No services match.");
        return;
    }
    let mut out = std::io::stdout().lock();
    for s in services {
        let l = &s.listing;
        let open = if s.open { "open" } else { "closed" };
        let _ = writeln!(out, "{} — {} ({open})", l.name, l.area);
        let _ = writeln!(out, "  {}", s.description);
        let _ = writeln!(out, "  {}", l.address);
        if let Some(phone) = &l.phone {
            let _ = writeln!(out, "  tel: {phone}");
        }
        if let Some(web) = &l.web {
            let _ = writeln!(out, "  web: {web}");
        }
        let langs: Vec<&str> = l.languages.iter().map(LanguageTag::as_str).collect();
        let topics: Vec<&str> = l.topics.iter().map(|t| t.slug()).collect();
        let _ = writeln!(
            out,
            "  speaks: {}; topics: {}",
            langs.join(", "),
            topics.join(", ")
        );
    }
}

fn print_volunteers(volunteers: &[Volunteer]) {
    if volunteers.is_empty() {
        println!("No volunteers match.");
        return;
    }
    for v in volunteers {
        let langs: Vec<&str> = v.languages.iter().map(|l| l.lang.as_str()).collect();
        let topics: Vec<&str> = v.topics.iter().map(|t| t.slug()).collect();
        println!(
            "{} — speaks {}; knows {}",
            v.display_name,
            langs.join(", "),
            topics.join(", ")
        );
        for c in &v.contacts {
            let channel = serde_json::to_value(c.channel).expect("channels serialise");
            println!("  {}: {}", channel.as_str().unwrap_or_default(), c.value);
        }
    }
}
