//! The hub and sync commands: `hub init|serve|invite|tokens|revoke`, `sync`, `join`,
//! `publish`, `invite`. Glue over `peerguide-hub`, the core's sync engine and the HTTP client.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use indicatif::{ProgressBar, ProgressStyle};
use peerguide_core::sync::engine::{SyncOptions, SyncProgress, TransportError};
use peerguide_core::sync::protocol::{
    Invite, InviteRequest, PublishReport, PublishRequest, Redeemed, Role,
};
use peerguide_core::sync::{self, SyncError};
use peerguide_core::{Error, LanguageTag, pack};
use peerguide_hub::{Hub, HubConfig, HubError};
use peerguide_sync_client::HttpTransport;

/// Any failure of any command, with its stable code.
#[derive(Debug)]
pub enum Failure {
    Core(Error),
    Sync(SyncError),
    Hub(HubError),
    Transport(TransportError),
    Usage(String),
    /// `serve` could not listen: something (most likely Peer Guide itself) already does.
    AddressInUse(std::net::SocketAddr),
    /// The database is encrypted and no PIN was given.
    PinNeeded(std::path::PathBuf),
}

impl Failure {
    pub fn code(&self) -> String {
        match self {
            Failure::Core(e) => e.code().to_owned(),
            Failure::Sync(e) => e.code().to_owned(),
            Failure::Hub(e) => e.code().to_owned(),
            Failure::Transport(TransportError::Refused { code, .. }) => code.as_str().into(),
            Failure::Transport(TransportError::Unreachable(_)) => "hub-unreachable".into(),
            Failure::Transport(TransportError::Garbled(_)) => "hub-garbled".into(),
            Failure::Transport(TransportError::TimedOut { .. }) => "sync-timeout".into(),
            Failure::Usage(_) => "usage".into(),
            Failure::AddressInUse(_) => "address-in-use".into(),
            Failure::PinNeeded(_) => "locked".into(),
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Core(e) => e.fmt(f),
            Failure::Sync(e) => e.fmt(f),
            Failure::Hub(e) => e.fmt(f),
            Failure::Transport(e) => SyncError::from(e.clone()).fmt(f),
            Failure::Usage(m) => f.write_str(m),
            Failure::AddressInUse(address) => write!(
                f,
                "{address} is already in use: Peer Guide is probably already running at \
                 http://{address}/ (open that in a browser). To start another, choose another \
                 port: --listen 127.0.0.1:8090, or PORT=8090 bash scripts/run.sh"
            ),
            Failure::PinNeeded(db) => write!(
                f,
                "{} is locked (encrypted with a PIN): give the PIN on the first line of \
                 standard input with --pin-stdin, or in the {} environment variable",
                db.display(),
                crate::unlock::PIN_VARIABLE
            ),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Core(e)
    }
}
impl From<SyncError> for Failure {
    fn from(e: SyncError) -> Self {
        Failure::Sync(e)
    }
}
impl From<HubError> for Failure {
    fn from(e: HubError) -> Self {
        Failure::Hub(e)
    }
}
impl From<TransportError> for Failure {
    fn from(e: TransportError) -> Self {
        Failure::Transport(e)
    }
}

#[derive(Subcommand)]
pub enum HubCommand {
    /// Create a hub: its database, the organisation's signing key, a first coordinator invite.
    Init {
        /// The folder to keep the hub's data in.
        #[arg(long)]
        data: PathBuf,
    },
    /// Serve the hub until interrupted (Ctrl-C or SIGTERM), then finish requests in flight.
    Serve {
        #[arg(long)]
        data: PathBuf,
        /// Address and port, e.g. 127.0.0.1:8080 (port 0: any free port, printed).
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
        /// The built UI the public reader serves at `/` (default: `ui/dist` if it is there).
        #[arg(long)]
        ui: Option<PathBuf>,
        /// Serve only the hub's API: no public reader.
        #[arg(long)]
        no_reader: bool,
    },
    /// Create a single-use invite on this machine's hub.
    Invite {
        #[arg(long)]
        data: PathBuf,
        /// volunteer or coordinator.
        #[arg(long)]
        role: String,
        /// How many days the device token lasts.
        #[arg(long)]
        token_days: Option<u64>,
    },
    /// List device tokens (ids, roles, dates; never the tokens).
    Tokens {
        #[arg(long)]
        data: PathBuf,
    },
    /// Revoke a device token by id.
    Revoke {
        #[arg(long)]
        data: PathBuf,
        token_id: String,
    },
    /// Write everything published (articles, services, settings) as a content pack.
    Export {
        #[arg(long)]
        data: PathBuf,
        /// The folder to write the pack into (created if missing).
        pack: PathBuf,
    },
}

fn role(text: &str) -> Result<Role, Failure> {
    match text {
        "volunteer" => Ok(Role::Volunteer),
        "coordinator" => Ok(Role::Coordinator),
        other => Err(Failure::Usage(format!(
            "unknown role '{other}': expected volunteer or coordinator"
        ))),
    }
}

fn print_invite(invite: &Invite, json: bool) {
    if json {
        crate::print_json(invite);
        return;
    }
    let what = match invite.role {
        Role::Volunteer => "volunteer",
        Role::Coordinator => "coordinator",
    };
    println!("Invite for a {what} (works once; shown only now):");
    println!("  {}", invite.code);
    println!(
        "Redeem on the device with: peerguide join --hub URL {}",
        invite.code
    );
}

pub fn run(command: HubCommand, json: bool) -> Result<(), Failure> {
    match command {
        HubCommand::Init { data } => {
            let report = Hub::init(&data)?;
            if json {
                crate::print_json(&serde_json::json!({
                    "public_key": report.public_key,
                    "invite": report.invite,
                }));
            } else {
                println!("Hub created in {}.", data.display());
                println!("Organisation key (public): {}", report.public_key);
                println!(
                    "The private key is {}: back it up somewhere safe.",
                    data.join("org-key").display()
                );
                print_invite(&report.invite, false);
            }
        }
        HubCommand::Serve {
            data,
            listen,
            ui,
            no_reader,
        } => serve(&data, &listen, ui, no_reader)?,
        HubCommand::Invite {
            data,
            role: r,
            token_days,
        } => {
            let hub = Hub::open(&data, HubConfig::default())?;
            let invite = hub.create_invite(role(&r)?, token_days.map(|d| d * 86_400))?;
            print_invite(&invite, json);
        }
        HubCommand::Tokens { data } => {
            let tokens = Hub::open(&data, HubConfig::default())?.tokens()?;
            if json {
                crate::print_json(&tokens);
            } else {
                for t in tokens {
                    let state = if t.revoked_at.is_some() {
                        "revoked"
                    } else {
                        "active"
                    };
                    println!(
                        "{}  {:?}  {}  expires {}",
                        t.id,
                        t.role,
                        state,
                        chrono::DateTime::from_timestamp(t.expires_at as i64, 0)
                            .map(|d| d.to_rfc3339())
                            .unwrap_or_default()
                    );
                }
            }
        }
        HubCommand::Export { data, pack } => {
            let published = Hub::open(&data, HubConfig::default())?.published()?;
            let files = peerguide_core::pack_write::write_pack(
                &pack,
                &published.articles,
                &published.services,
                &published.settings,
            )?;
            if json {
                crate::print_json(&serde_json::json!({
                    "articles": published.articles.len(),
                    "services": published.services.len(),
                    "files": files.len(),
                }));
            } else {
                println!(
                    "Exported {} articles and {} services ({} files) to {}.",
                    published.articles.len(),
                    published.services.len(),
                    files.len(),
                    pack.display()
                );
            }
        }
        HubCommand::Revoke { data, token_id } => {
            Hub::open(&data, HubConfig::default())?.revoke(&token_id)?;
            if !json {
                println!("Token {token_id} revoked.");
            }
        }
    }
    Ok(())
}

fn serve(data: &Path, listen: &str, ui: Option<PathBuf>, no_reader: bool) -> Result<(), Failure> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let hub = Hub::open(data, HubConfig::default())?;
    // The reader is on unless turned off; without `--ui` it needs `ui/dist` to be built, and is
    // left off (said in the log) when it is not, so a hub of the API alone still starts.
    let ui = match ui {
        Some(dir) => Some(dir),
        None if Path::new("ui/dist/index.html").is_file() => Some(PathBuf::from("ui/dist")),
        None => {
            tracing::warn!("no public reader and no desk: ui/dist is not built (give --ui DIR)");
            None
        }
    };
    // Without the reader the desk is still served from the same build: coordinators need it
    // whether or not the organisation publishes a public site.
    let desk_only = match (no_reader, &ui) {
        (true, Some(dir)) => peerguide_hub::desk::site_routes(dir),
        _ => None,
    };
    let ui = if no_reader { None } else { ui };
    let reader = match ui {
        Some(dir) => Some(std::sync::Arc::new(
            peerguide_hub::reader::Reader::open(hub.clone(), &dir)
                .map_err(|e| Failure::Usage(e.to_string()))?,
        )),
        None => None,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Usage(format!("cannot start the server runtime: {e}")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|e| Failure::Usage(format!("cannot listen on {listen}: {e}")))?;
        let addr = listener
            .local_addr()
            .map_err(|e| Failure::Usage(e.to_string()))?;
        println!("listening on http://{addr}");
        tracing::info!(%addr, epoch = %hub.epoch(), "hub serving");
        let api = peerguide_hub::http::router(hub.clone());
        let (app, follow) = match &reader {
            Some(reader) => (
                peerguide_hub::reader::router(reader.clone(), api),
                Some(reader.follow()),
            ),
            None => (
                match desk_only {
                    Some(desk) => api.merge(desk),
                    None => api,
                },
                None,
            ),
        };
        peerguide_hub::http::serve_app(listener, hub, app, shutdown_signal())
            .await
            .map_err(|e| Failure::Usage(format!("the server stopped: {e}")))?;
        if let Some(follow) = follow {
            follow.abort();
        }
        tracing::info!("hub stopped");
        Ok(())
    })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

pub fn sync(
    db: &Path,
    url: &str,
    token: Option<String>,
    langs: &[String],
    accept_new_key: bool,
    page_size: Option<u32>,
    json: bool,
) -> Result<(), Failure> {
    let langs = langs
        .iter()
        .map(|l| l.trim().parse::<LanguageTag>())
        .collect::<Result<Vec<_>, _>>()?;
    let mut store = crate::unlock::open(db)?;
    let mut transport = HttpTransport::new(url, token)?;
    let opts = SyncOptions {
        langs,
        accept_new_key,
        page_limit: page_size,
        ..SyncOptions::default()
    };
    let bar = (!json && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template("{msg:>10} [{bar:30}] {percent:>3}%  {prefix}")
                .expect("the template is valid")
                .progress_chars("=> "),
        );
        bar.set_message("syncing");
        bar
    });
    let result = sync::sync(&mut store, &mut transport, &opts, &mut |p| {
        if let Some(bar) = &bar {
            match p {
                SyncProgress::Pushed { docs } => {
                    bar.set_message(format!("sent {docs} profile changes"))
                }
                SyncProgress::Pulled {
                    records,
                    cursor,
                    start,
                    head,
                } => {
                    // The bar runs over the change log, from where this device stood to the
                    // hub's newest change.
                    bar.set_message("receiving");
                    bar.set_length(head.saturating_sub(start).max(1));
                    bar.set_position(cursor.saturating_sub(start));
                    bar.set_prefix(format!("{records} records"));
                }
                SyncProgress::Restarting(why) => bar.println(format!("starting afresh: {why}")),
                SyncProgress::Indexing { left } => {
                    bar.set_message("indexing");
                    bar.set_prefix(format!("{left} left for search"));
                }
            }
        }
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let report = result?;
    if json {
        crate::print_json(&serde_json::json!({
            "report": report,
            "bytes_received": transport.bytes_in,
            "bytes_sent": transport.bytes_out,
        }));
    } else {
        println!(
            "Synced with {url}: {} records received ({} changed, {} removed), {} profiles sent, {} requests, {} bytes received.",
            report.pulled,
            report.changed,
            report.removed,
            report.pushed,
            report.round_trips,
            transport.bytes_in
        );
        if report.restarted {
            println!("(This device started afresh from the hub's full content.)");
        }
    }
    Ok(())
}

pub fn join(url: &str, code: &str, json: bool) -> Result<(), Failure> {
    let mut transport = HttpTransport::new(url, None)?;
    let redeemed: Redeemed = transport.call(
        "/v1/redeem",
        &peerguide_core::sync::protocol::RedeemRequest {
            code: code.to_owned(),
        },
    )?;
    if json {
        crate::print_json(&redeemed);
    } else {
        println!(
            "Joined as a {:?}. Device token (keep it secret; shown once):",
            redeemed.role
        );
        println!("  {}", redeemed.token);
        println!("Token id (for revoking): {}", redeemed.token_id);
        if let Some(id) = redeemed.volunteer_id {
            println!("Your volunteer profile id: {id}");
        }
    }
    Ok(())
}

pub fn publish(url: &str, token: &str, prune: bool, dir: &Path, json: bool) -> Result<(), Failure> {
    let pack = pack::load(dir)?;
    let skipped_volunteers = pack.volunteers.len();
    let request = PublishRequest::from_pack(pack, prune);
    let mut transport = HttpTransport::new(url, Some(token.to_owned()))?;
    let report: PublishReport = transport.call("/v1/publish", &request)?;
    if json {
        crate::print_json(&report);
    } else {
        println!(
            "Published to {url}: {} records signed, {} unchanged, {} deleted.",
            report.signed, report.unchanged, report.deleted
        );
        if skipped_volunteers > 0 {
            println!(
                "({skipped_volunteers} volunteer profiles in the pack were not published: volunteers join by invite and keep their own profiles.)"
            );
        }
    }
    Ok(())
}

pub fn invite(url: &str, token: &str, r: &str, json: bool) -> Result<(), Failure> {
    let mut transport = HttpTransport::new(url, Some(token.to_owned()))?;
    let invite: Invite = transport.call(
        "/v1/invites",
        &InviteRequest {
            role: role(r)?,
            token_ttl_secs: None,
        },
    )?;
    print_invite(&invite, json);
    Ok(())
}
