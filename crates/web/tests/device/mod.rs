//! A web-mode device for tests: `peerguide serve`'s router over a fresh database on a
//! loopback port, and the requests a UI (or another site's page) sends it.

#![allow(dead_code)]

use std::sync::Arc;

use peerguide_web::WebApp;
use serde_json::Value;

pub struct Web {
    pub base: String,
    _dir: tempfile::TempDir,
}

pub async fn start_web() -> Web {
    let dir = tempfile::tempdir().unwrap();
    let app = peerguide_web::router(
        Arc::new(WebApp::open(&dir.path().join("pg.db")).unwrap()),
        None,
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(peerguide_web::serve(listener, app, std::future::pending()));
    Web {
        base: format!("http://{addr}"),
        _dir: dir,
    }
}

impl Web {
    pub async fn get(&self, path: &str) -> (u16, Value) {
        let r = reqwest::get(format!("{}{path}", self.base)).await.unwrap();
        (r.status().as_u16(), r.json().await.unwrap())
    }

    pub async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        let r = reqwest::Client::new()
            .post(format!("{}{path}", self.base))
            .json(&body)
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.json().await.unwrap())
    }

    /// A POST as a form on another site could send it: not JSON.
    pub async fn post_text(&self, path: &str, body: &str) -> u16 {
        reqwest::Client::new()
            .post(format!("{}{path}", self.base))
            .header("content-type", "text/plain")
            .body(body.to_owned())
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }
}
