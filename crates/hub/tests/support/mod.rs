//! A real hub on 127.0.0.1:0 for tests, devices, content and raw HTTP helpers.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

use peerguide_core::article::{Article, ReviewState, Translation};
use peerguide_core::hours::OpeningHours;
use peerguide_core::service::{Access, Cost, Service, ServiceText};
use peerguide_core::sync::engine::{SyncOptions, SyncReport, Transport};
use peerguide_core::sync::{self, SyncError};
use peerguide_core::{LanguageTag, Store, Topic};
use peerguide_hub::{
    Decision, Hub, HubConfig, Principal, ProfilesRequest, PublishRequest, ReviewAnswer,
    ReviewRequest, Role,
};
use peerguide_sync_client::HttpTransport;
use uuid::Uuid;

pub struct TestHub {
    pub url: String,
    pub hub: Hub,
    pub dir: tempfile::TempDir,
    pub coordinator: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestHub {
    pub fn start() -> TestHub {
        TestHub::start_with(HubConfig::default())
    }

    pub fn start_with(config: HubConfig) -> TestHub {
        let dir = tempfile::tempdir().unwrap();
        let init = Hub::init(dir.path()).unwrap();
        let hub = Hub::open(dir.path(), config).unwrap();
        let coordinator = hub.redeem(&init.invite.code).unwrap().token;
        let mut t = TestHub {
            url: String::new(),
            hub,
            dir,
            coordinator,
            stop: None,
            thread: None,
        };
        t.serve();
        t
    }

    fn serve(&mut self) {
        self.serve_at("127.0.0.1:0");
    }

    /// Serves again on the address it had, after [`TestHub::shutdown`]: devices linked to
    /// it reach it again as they would a hub back from an outage.
    pub fn resume(&mut self) {
        let addr = self.url.trim_start_matches("http://").to_owned();
        self.serve_at(&addr);
    }

    fn serve_at(&mut self, addr: &str) {
        let addr = addr.to_owned();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let hub = self.hub.clone();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                peerguide_hub::http::serve(listener, hub, async {
                    let _ = rx.await;
                })
                .await
                .unwrap();
            });
        });
        let addr = addr_rx.recv().unwrap();
        self.url = format!("http://{addr}");
        self.stop = Some(tx);
        self.thread = Some(thread);
    }

    /// Stops the server (finishing requests in flight), reopens the data folder and serves again.
    pub fn restart(&mut self) {
        self.shutdown();
        self.hub = Hub::open(self.dir.path(), HubConfig::default()).unwrap();
        self.serve();
    }

    /// Stops the server, closes the database, lets `f` work on the data folder, then
    /// reopens and serves again.
    pub fn offline(&mut self, f: impl FnOnce(&Path)) {
        self.shutdown();
        let scratch = tempfile::tempdir().unwrap();
        Hub::init(scratch.path()).unwrap();
        let placeholder = Hub::open(scratch.path(), HubConfig::default()).unwrap();
        drop(std::mem::replace(&mut self.hub, placeholder));
        f(self.dir.path());
        self.hub = Hub::open(self.dir.path(), HubConfig::default()).unwrap();
        self.serve();
    }

    pub fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            t.join().unwrap();
        }
    }

    pub fn coordinator(&self) -> Principal {
        self.hub.authenticate(Some(&self.coordinator)).unwrap()
    }

    /// A volunteer's token and profile id.
    pub fn volunteer(&self) -> (String, Uuid) {
        let invite = self.hub.create_invite(Role::Volunteer, None).unwrap();
        let r = self.hub.redeem(&invite.code).unwrap();
        (r.token, r.volunteer_id.unwrap())
    }

    /// The profile's review digest as a coordinator sees it on the hub now.
    pub fn digest(&self, id: Uuid) -> String {
        self.hub
            .profiles(&self.coordinator(), &ProfilesRequest::default())
            .unwrap()
            .profiles
            .into_iter()
            .find(|p| p.profile.id == id)
            .and_then(|p| p.profile.review)
            .expect("the profile is on the hub")
            .digest
    }

    /// A coordinator decides about a profile as it is on the hub now.
    pub fn decide(&self, id: Uuid, decision: Decision) -> ReviewAnswer {
        let req = ReviewRequest {
            id,
            decision,
            seen: Some(self.digest(id)),
        };
        self.hub.review(&self.coordinator(), &req).unwrap()
    }

    /// A coordinator approves a profile as it is on the hub now.
    pub fn approve(&self, id: Uuid) -> ReviewAnswer {
        self.decide(id, Decision::Approve)
    }

    pub fn publish(&self, articles: Vec<Article>, services: Vec<Service>) {
        self.hub
            .publish(
                &self.coordinator(),
                &PublishRequest {
                    articles,
                    services,
                    settings: vec![],
                    prune: false,
                },
            )
            .unwrap();
    }

    pub fn transport(&self, token: Option<&str>) -> HttpTransport {
        HttpTransport::new(&self.url, token.map(str::to_owned)).unwrap()
    }
}

impl Drop for TestHub {
    fn drop(&mut self) {
        self.shutdown();
    }
}

pub fn tag(s: &str) -> LanguageTag {
    s.parse().unwrap()
}

pub fn article(slug: &str, langs: &[&str], revision: u32) -> Article {
    Article {
        id: Uuid::nil(),
        slug: slug.into(),
        topic: Topic::Housing,
        revision,
        position: 0,
        translations: langs
            .iter()
            .map(|l| Translation {
                lang: tag(l),
                title: format!("{slug} in {l} r{revision}"),
                summary: format!("Summary of {slug}."),
                body: format!("Body of {slug} in {l}, revision {revision}."),
                source_revision: revision,
                review: ReviewState::Reviewed,
                translated: Default::default(),
            })
            .collect(),
        provenance: Default::default(),
    }
}

pub fn service(slug: &str, langs: &[&str]) -> Service {
    Service {
        id: Uuid::nil(),
        slug: slug.into(),
        name: format!("Service {slug}"),
        topics: vec![Topic::Health],
        area: "Govan".into(),
        address: "1 Main Street".into(),
        phone: Some("0141 000 0000".into()),
        web: None,
        email: None,
        languages: vec![tag("en")],
        cost: Cost::Free,
        access: Access::WalkIn,
        hours: OpeningHours::default(),
        reviewed_on: None,
        sample: false,
        texts: langs
            .iter()
            .map(|l| {
                (
                    tag(l),
                    ServiceText {
                        description: format!("{slug} described in {l}"),
                        accessibility: None,
                    },
                )
            })
            .collect::<BTreeMap<_, _>>(),
    }
}

pub fn opts(langs: &[&str]) -> SyncOptions {
    SyncOptions {
        langs: langs.iter().map(|l| tag(l)).collect(),
        ..SyncOptions::default()
    }
}

pub fn sync_with(
    store: &mut Store,
    transport: &mut dyn Transport,
    opts: &SyncOptions,
) -> Result<SyncReport, SyncError> {
    sync::sync(store, transport, opts, &mut |_| {})
}

/// A raw POST: (status, error code if any, decompressed body text).
pub fn raw_post(
    url: &str,
    path: &str,
    token: Option<&str>,
    protocol: Option<&str>,
    body: Vec<u8>,
) -> (u16, Option<String>, String) {
    let client = reqwest::blocking::Client::new();
    let mut req = client
        .post(format!("{url}{path}"))
        .header("content-type", "application/json")
        .body(body);
    if let Some(p) = protocol {
        req = req.header("peerguide-protocol", p);
    }
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let resp = req.send().unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().unwrap();
    let code = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v["error"]["code"].as_str().map(str::to_owned));
    (status, code, text)
}

pub fn post_json(
    url: &str,
    path: &str,
    token: Option<&str>,
    body: serde_json::Value,
) -> (u16, Option<String>, String) {
    raw_post(
        url,
        path,
        token,
        Some("1"),
        serde_json::to_vec(&body).unwrap(),
    )
}

pub fn open_store(path: &Path) -> Store {
    Store::open(path).unwrap()
}
