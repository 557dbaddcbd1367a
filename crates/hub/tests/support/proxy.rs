//! A loopback proxy between a real device and a real hub, standing in for whoever runs a
//! plain-http network: it passes every request on, and lets a test rewrite, drop, replay or
//! stall the pages the hub answers pulls with.

#![allow(dead_code)]

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use peerguide_core::sync::{Page, PullRequest};

/// What the proxy does with one page.
pub enum Action {
    /// Sends this page (the hub's, or one the test made of it).
    Send(Page),
    /// Holds the answer until [`Proxy::release`] (or a minute), then sends this page.
    Stall(Page),
}

type Hook = Box<dyn FnMut(&PullRequest, Page) -> Action + Send>;

#[derive(Clone)]
struct Shared {
    hub: String,
    client: reqwest::Client,
    hook: Arc<Mutex<Hook>>,
    release: Arc<tokio::sync::Notify>,
    pulls: Arc<AtomicUsize>,
    fake_acks: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<Exchange>>>,
}

/// One request that went through the proxy and the answer the device got, as on the wire.
#[derive(Clone, Debug)]
pub struct Exchange {
    /// The request's path.
    pub path: String,
    /// Its headers, as sent.
    pub request_headers: HeaderMap,
    /// Its body, as sent.
    pub request: Bytes,
    /// The answer's body, as passed on.
    pub answer: Bytes,
    /// The answer's `content-encoding`, if any.
    pub answer_encoding: Option<String>,
}

/// A proxy on 127.0.0.1:0 in front of the hub at `hub`.
pub struct Proxy {
    /// Where devices reach the proxy.
    pub url: String,
    shared: Shared,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Proxy {
    /// A proxy that passes everything on unchanged.
    pub fn start(hub: &str) -> Proxy {
        let shared = Shared {
            hub: hub.to_owned(),
            client: reqwest::Client::new(),
            hook: Arc::new(Mutex::new(Box::new(|_: &PullRequest, page| {
                Action::Send(page)
            }))),
            release: Arc::new(tokio::sync::Notify::new()),
            pulls: Arc::new(AtomicUsize::new(0)),
            fake_acks: Arc::new(AtomicBool::new(false)),
            seen: Arc::new(Mutex::new(Vec::new())),
        };
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let state = shared.clone();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                let app = Router::new().fallback(forward).with_state(state);
                axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = stop_rx.await;
                    })
                    .await
                    .unwrap();
            });
        });
        let addr = addr_rx.recv().unwrap();
        Proxy {
            url: format!("http://{addr}"),
            shared,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    /// From now on, every page the hub answers a pull with goes through `hook`.
    pub fn on_pull(&self, hook: impl FnMut(&PullRequest, Page) -> Action + Send + 'static) {
        *self.shared.hook.lock().unwrap() = Box::new(hook);
    }

    /// While `on`, pushes never reach the hub: the proxy answers them itself, as the hub
    /// would have.
    pub fn answer_pushes_itself(&self, on: bool) {
        self.shared.fake_acks.store(on, Ordering::SeqCst);
    }

    /// Lets stalled answers go.
    pub fn release(&self) {
        self.shared.release.notify_waiters();
    }

    /// Every request that went through so far, with its answer.
    pub fn exchanges(&self) -> Vec<Exchange> {
        self.shared.seen.lock().unwrap().clone()
    }

    /// How many pulls went through.
    pub fn pulls(&self) -> usize {
        self.shared.pulls.load(Ordering::SeqCst)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.release();
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

async fn forward(State(s): State<Shared>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let request = axum::body::to_bytes(body, 64 << 20)
        .await
        .unwrap_or_default();
    let (path, request_headers) = (parts.uri.path().to_owned(), parts.headers.clone());
    let seen = s.seen.clone();
    let req = Request::from_parts(parts, axum::body::Body::from(request.clone()));
    let response = pass_on(s, req).await;
    let (parts, body) = response.into_parts();
    let answer = axum::body::to_bytes(body, 64 << 20)
        .await
        .unwrap_or_default();
    seen.lock().unwrap().push(Exchange {
        path,
        request_headers,
        request,
        answer: answer.clone(),
        answer_encoding: parts
            .headers
            .get("content-encoding")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
    });
    Response::from_parts(parts, axum::body::Body::from(answer))
}

async fn pass_on(s: Shared, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    let method = req.method().clone();
    let headers = req.headers().clone();
    let body = axum::body::to_bytes(req.into_body(), 64 << 20)
        .await
        .unwrap_or_default();
    if path == "/v1/push"
        && s.fake_acks.load(Ordering::SeqCst)
        && let Ok(push) = serde_json::from_slice::<peerguide_core::sync::PushRequest>(&body)
    {
        let ack = serde_json::json!({"batch_id": push.batch_id, "changed": push.docs.len()});
        return ([("content-type", "application/json")], ack.to_string()).into_response();
    }
    let mut out = s.client.request(method, format!("{}{}", s.hub, path));
    for (name, value) in &headers {
        // The proxy reads pages, so it asks the hub for them uncompressed.
        if !matches!(name.as_str(), "host" | "accept-encoding" | "content-length") {
            out = out.header(name, value);
        }
    }
    let answer = match out.body(body.clone()).send().await {
        Ok(a) => a,
        Err(_) => return StatusCode::BAD_GATEWAY.into_response(),
    };
    let status = answer.status();
    let answer_headers = answer.headers().clone();
    let bytes = answer.bytes().await.unwrap_or_default();
    if path != "/v1/pull" || !status.is_success() {
        return relay(status, &answer_headers, bytes);
    }
    s.pulls.fetch_add(1, Ordering::SeqCst);
    let (Ok(request), Ok(page)) = (
        serde_json::from_slice::<PullRequest>(&body),
        serde_json::from_slice::<Page>(&bytes),
    ) else {
        return relay(status, &answer_headers, bytes);
    };
    let action = (s.hook.lock().unwrap())(&request, page);
    let page = match action {
        Action::Send(page) => page,
        Action::Stall(page) => {
            let _ = tokio::time::timeout(Duration::from_secs(60), s.release.notified()).await;
            page
        }
    };
    (
        [("content-type", "application/json")],
        serde_json::to_vec(&page).unwrap(),
    )
        .into_response()
}

fn relay(
    status: reqwest::StatusCode,
    headers: &reqwest::header::HeaderMap,
    body: Bytes,
) -> Response {
    let mut response = (StatusCode::from_u16(status.as_u16()).unwrap(), body).into_response();
    let out: &mut HeaderMap = response.headers_mut();
    for name in ["content-type", "content-encoding"] {
        if let Some(v) = headers.get(name)
            && let Ok(v) = axum::http::HeaderValue::from_bytes(v.as_bytes())
        {
            out.insert(name, v);
        }
    }
    response
}
