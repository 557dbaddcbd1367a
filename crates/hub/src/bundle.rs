//! The public reader's offline bundle: everything a reader of one language may open, in one
//! gzip-compressed JSON answer (`GET /bundle/<lang>.json`), which the reader's page keeps for
//! reading without a connection.
//!
//! One bundle per language holds the home screen's topics, every published article as the
//! article screen shows it (with its plain text, for the offline search), every service, the
//! organisation's contact and the public cut of the volunteer directory: what the replica
//! answers, so it never holds more than a newcomer's phone receives. A bundle is built once
//! per language for each state of the replica and kept compressed; its `ETag` is a hash of
//! its content, so a phone that already holds it gets a `304` of a few hundred bytes.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use peerguide_core::api::{Api, ArticleParams, LangParams, ServicesParams, VolunteersParams};
use peerguide_core::language::LANGUAGES;
use peerguide_core::search::plain_text;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::reader::Reader;

/// The bundle's format: the reader's page reads only the format it knows.
pub const FORMAT: u32 = 1;

/// One language's bundle, as it leaves the hub.
pub struct Built {
    /// The replica's state it was built from.
    seq: Option<u64>,
    /// A quoted hash of the JSON.
    pub etag: String,
    /// The JSON, gzip-compressed (shared with every answer, not copied into each).
    pub gzip: Bytes,
    /// The JSON itself, for a client that takes no gzip.
    pub json: Bytes,
}

/// The bundles built so far, one per language, dropped when the replica moves.
#[derive(Default)]
pub struct Bundles(Mutex<HashMap<&'static str, Arc<Built>>>);

impl Bundles {
    /// The bundle of `lang` (one of the known languages' codes) for the replica at `seq`,
    /// built now if the kept one is older.
    pub fn get(
        &self,
        api: &Api,
        lang: &'static str,
        seq: Option<u64>,
    ) -> peerguide_core::Result<Arc<Built>> {
        // Held while building: the phones that ask right after a publish wait for one build
        // at the best compression instead of each making its own.
        let mut kept = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(b) = kept.get(lang)
            && b.seq == seq
        {
            return Ok(b.clone());
        }
        let json = serde_json::to_vec(&contents(api, lang)?).expect("the bundle serialises");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&json).expect("writing to memory");
        let gzip = gz.finish().expect("writing to memory");
        let etag = format!("\"{}\"", crate::auth::hex(&Sha256::digest(&json)[..12]));
        let built = Arc::new(Built {
            seq,
            etag,
            gzip: gzip.into(),
            json: json.into(),
        });
        kept.insert(lang, built.clone());
        Ok(built)
    }
}

/// What a reader of `lang` may open, as the replica answers it.
pub fn contents(api: &Api, lang: &str) -> peerguide_core::Result<serde_json::Value> {
    let l = || LangParams {
        lang: lang.to_owned(),
    };
    let home = api.home(l())?;
    let mut articles = Vec::new();
    for summary in home.iter().flat_map(|s| &s.articles) {
        let view = api.article(ArticleParams {
            lang: lang.to_owned(),
            slug: summary.slug.clone(),
            today: None,
        })?;
        // The plain text the offline search looks in (the core indexes the same).
        let text = plain_text(&view.translation.body);
        articles.push(json!({ "view": view, "text": text }));
    }
    let services = api.services(ServicesParams {
        lang: lang.to_owned(),
        topic: None,
        speaks: None,
        open_now: false,
        text: None,
    })?;
    let volunteers = api.volunteers(VolunteersParams {
        speaks: None,
        topic: None,
        available_now: false,
    })?;
    Ok(json!({
        "format": FORMAT,
        "lang": lang,
        "languages": api.languages(),
        "about": api.about()?,
        "home": home,
        "articles": articles,
        "services": services,
        "organisation": api.organisation(l())?,
        "volunteers": volunteers,
    }))
}

/// `GET /bundle/<lang>.json`: the language's bundle, or `304` when the phone holds it.
pub async fn route(
    State(reader): State<Arc<Reader>>,
    UrlPath(file): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    // Only the known languages' own codes: a bundle is kept per language, and any other tag
    // would be one more to build and keep.
    let Some(lang) = file
        .strip_suffix(".json")
        .and_then(|code| LANGUAGES.iter().find(|l| l.code == code))
        .map(|l| l.code)
    else {
        return (StatusCode::NOT_FOUND, "no such bundle").into_response();
    };
    let r = reader.clone();
    let built = tokio::task::spawn_blocking(move || r.bundle(lang)).await;
    let built = match built {
        Ok(Ok(b)) => b,
        _ => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let etag = HeaderValue::from_str(&built.etag).expect("hex in quotes");
    let held = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == built.etag));
    if held {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    let gzip = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("gzip"));
    let mut response = Response::new(Body::from(if gzip {
        built.gzip.clone()
    } else {
        built.json.clone()
    }));
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::ETAG, etag);
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if gzip {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    response
}
