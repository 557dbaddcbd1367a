//! The coordinators' desk over real HTTP: signing in (token or one-time code), the session
//! cookie's attributes, CSRF and origin checks on every write, every desk route × every kind
//! of caller, and editing: draft, publish (arriving on a device at its next sync), history,
//! restore, unpublish, and translations marked out of date when English changes.

mod support;

use peerguide_core::Store;
use peerguide_core::api::{Api, ArticleParams};
use peerguide_hub::desk::ROUTES;
use peerguide_hub::{HubConfig, Role};
use serde_json::{Value, json};
use support::*;

/// A browser talking to the desk: the cookie it holds and the page's CSRF token.
#[derive(Clone, Default)]
struct Browser {
    url: String,
    cookie: Option<String>,
    csrf: Option<String>,
    origin: Option<String>,
}

struct Answer {
    status: u16,
    code: Option<String>,
    json: Value,
    set_cookie: Option<String>,
    cache_control: Option<String>,
}

impl Browser {
    fn new(url: &str) -> Browser {
        Browser {
            url: url.to_owned(),
            origin: Some(url.to_owned()),
            ..Browser::default()
        }
    }

    fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
        extra: &[(&str, &str)],
    ) -> Answer {
        let client = reqwest::blocking::Client::new();
        let mut req = match method {
            "GET" => client.get(format!("{}{path}", self.url)),
            _ => client
                .post(format!("{}{path}", self.url))
                .header("content-type", "application/json")
                .body(serde_json::to_vec(&body.unwrap_or(json!({}))).unwrap()),
        };
        if let Some(c) = &self.cookie {
            req = req.header("cookie", format!("pg_desk={c}"));
        }
        if let Some(c) = &self.csrf {
            req = req.header("x-desk-csrf", c);
        }
        if let Some(o) = &self.origin {
            req = req.header("origin", o);
        }
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        let resp = req.send().unwrap();
        let status = resp.status().as_u16();
        let set_cookie = resp
            .headers()
            .get("set-cookie")
            .map(|v| v.to_str().unwrap().to_owned());
        let cache_control = resp
            .headers()
            .get("cache-control")
            .map(|v| v.to_str().unwrap().to_owned());
        let json: Value = resp.json().unwrap_or(Value::Null);
        Answer {
            status,
            code: json["error"]["code"].as_str().map(str::to_owned),
            json,
            set_cookie,
            cache_control,
        }
    }

    fn get(&self, path: &str) -> Answer {
        self.send("GET", path, None, &[])
    }

    fn post(&self, path: &str, body: Value) -> Answer {
        self.send("POST", path, Some(body), &[])
    }

    /// Signs in; on success the browser keeps the cookie and the CSRF token.
    fn sign_in(&mut self, how: Value) -> Answer {
        let a = self.post("/desk/api/sign-in", how);
        if a.status == 200 {
            let cookie = a.set_cookie.clone().expect("a cookie is set");
            let value = cookie
                .split(';')
                .next()
                .unwrap()
                .trim_start_matches("pg_desk=")
                .to_owned();
            self.cookie = Some(value);
            self.csrf = a.json["csrf"].as_str().map(str::to_owned);
        }
        a
    }
}

fn coordinator_browser(t: &TestHub) -> Browser {
    let mut b = Browser::new(&t.url);
    let a = b.sign_in(json!({"token": t.coordinator, "name": "Amina"}));
    assert_eq!(a.status, 200, "{:?}", a.json);
    b
}

#[test]
fn the_session_cookie_is_httponly_strict_scoped_and_expires() {
    let t = TestHub::start();
    let mut b = Browser::new(&t.url);
    let a = b.sign_in(json!({"token": t.coordinator, "name": "Amina"}));
    let cookie = a.set_cookie.unwrap();
    for part in ["HttpOnly", "SameSite=Strict", "Path=/desk", "Max-Age=43200"] {
        assert!(cookie.contains(part), "{cookie} has {part}");
    }
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");
    assert_eq!(a.json["name"], "Amina");
    assert!(a.json.get("token_id").is_none());

    // Behind a TLS proxy, the cookie is only ever sent over TLS.
    let tls = Browser::new(&t.url).send(
        "POST",
        "/desk/api/sign-in",
        Some(json!({"token": t.coordinator, "name": "Amina"})),
        &[("x-forwarded-proto", "https")],
    );
    assert!(tls.set_cookie.unwrap().contains("; Secure"));

    // The hub keeps only a hash of the session id.
    let db = rusqlite::Connection::open(t.dir.path().join("hub.db")).unwrap();
    let stored: Vec<Vec<u8>> = db
        .prepare("SELECT id_hash FROM desk_sessions")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(stored.len(), 2);
    let raw = b.cookie.clone().unwrap();
    assert!(stored.iter().all(|h| h.len() == 32 && h != raw.as_bytes()));

    // Signing out ends the session on the hub and clears the cookie.
    let out = b.post("/desk/api/sign-out", json!({}));
    assert_eq!(out.status, 200);
    assert!(out.set_cookie.unwrap().contains("Max-Age=0"));
    let after = b.get("/desk/api/session");
    assert_eq!(
        (after.status, after.code.as_deref()),
        (401, Some("desk-session-required"))
    );
}

#[test]
fn a_coordinator_code_signs_in_once_and_a_volunteer_code_is_refused_and_kept() {
    let t = TestHub::start();
    let volunteer_code = t.hub.create_invite(Role::Volunteer, None).unwrap().code;
    let a = Browser::new(&t.url).sign_in(json!({"code": volunteer_code, "name": "V"}));
    assert_eq!((a.status, a.code.as_deref()), (403, Some("forbidden")));
    // Refused without being used up: the volunteer can still join with it.
    assert!(t.hub.redeem(&volunteer_code).is_ok());

    let code = t.hub.create_invite(Role::Coordinator, None).unwrap().code;
    let mut b = Browser::new(&t.url);
    assert_eq!(b.sign_in(json!({"code": code, "name": "Sam"})).status, 200);
    assert_eq!(b.get("/desk/api/session").json["name"], "Sam");
    let again = Browser::new(&t.url).sign_in(json!({"code": code, "name": "Sam"}));
    assert_eq!(
        (again.status, again.code.as_deref()),
        (409, Some("invite-used"))
    );

    let (vol_token, _) = t.volunteer();
    let a = Browser::new(&t.url).sign_in(json!({"token": vol_token, "name": "V"}));
    assert_eq!((a.status, a.code.as_deref()), (403, Some("forbidden")));
    let a = Browser::new(&t.url).sign_in(json!({"token": "pgt_nonsense", "name": "V"}));
    assert_eq!((a.status, a.code.as_deref()), (401, Some("token-unknown")));
    let a = Browser::new(&t.url).sign_in(json!({"token": t.coordinator, "name": " "}));
    assert_eq!((a.status, a.code.as_deref()), (422, Some("wrong-shape")));

    // Sign-in from another site's page is refused, so no one is signed in behind their back.
    let mut other = Browser::new(&t.url);
    other.origin = Some("https://evil.example".into());
    let a = other.sign_in(json!({"token": t.coordinator, "name": "X"}));
    assert_eq!((a.status, a.code.as_deref()), (403, Some("desk-csrf")));
}

/// Each route with its placeholders filled: the article, a revision of it, and for the queue
/// one flag to accept and another to decline.
fn instantiate(route: &str, revision: i64, flags: (i64, i64)) -> String {
    let id = if route.ends_with("/accept") {
        flags.0
    } else if route.ends_with("/decline") {
        flags.1
    } else {
        revision
    };
    route
        .replace("{kind}", "article")
        .replace("{slug}", "housing-basics")
        .replace("{id}", &id.to_string())
}

fn body_for(path: &str, revision: i64) -> Value {
    let item = serde_json::to_value(article("housing-basics", &["en", "ar"], 1)).unwrap();
    if path.ends_with("/save") || path.ends_with("/publish") {
        json!({ "item": item })
    } else if path.ends_with("/restore") {
        json!({ "revision": revision })
    } else if path.ends_with("/decline") {
        json!({ "reason": "Already fixed." })
    } else {
        json!({})
    }
}

#[test]
fn every_desk_route_refuses_everyone_but_a_signed_in_coordinator_on_the_desks_own_page() {
    let t = TestHub::start();
    t.publish(vec![article("housing-basics", &["en", "ar"], 1)], vec![]);
    let coordinator = coordinator_browser(&t);
    let revision = coordinator
        .post(
            "/desk/api/article/save",
            body_for("/desk/api/article/save", 0),
        )
        .json["id"]
        .as_i64()
        .unwrap();
    for _ in 0..2 {
        t.hub
            .flag(&peerguide_hub::desk::FlagRequest {
                slug: "housing-basics".into(),
                lang: tag("ar"),
                sentence: None,
            })
            .unwrap();
    }
    let flags = {
        let queue = t.hub.queue().unwrap();
        (queue[0].id, queue[1].id)
    };
    let (vol_token, _) = t.volunteer();
    let bearer = format!("Bearer {vol_token}");
    let coord_bearer = format!("Bearer {}", t.coordinator);

    // A revoked token's session ends with it.
    let code = t.hub.create_invite(Role::Coordinator, None).unwrap().code;
    let to_revoke = t.hub.redeem(&code).unwrap();
    let mut revoked = Browser::new(&t.url);
    revoked.sign_in(json!({"token": to_revoke.token, "name": "R"}));
    t.hub.revoke(&to_revoke.token_id).unwrap();

    // A session past its expiry, on a hub whose sessions last no time at all.
    let short = TestHub::start_with(HubConfig {
        desk_session_secs: 0,
        ..HubConfig::default()
    });
    short.publish(vec![article("housing-basics", &["en"], 1)], vec![]);
    let mut expired = Browser::new(&short.url);
    assert_eq!(
        expired
            .sign_in(json!({"token": short.coordinator, "name": "E"}))
            .status,
        200
    );

    let mut checked = 0;
    // Unpublish last: it takes the article away.
    let mut routes: Vec<_> = ROUTES
        .iter()
        .filter(|(_, p)| !p.ends_with("sign-in"))
        .collect();
    routes.sort_by_key(|(_, p)| (p.ends_with("sign-out"), p.ends_with("unpublish")));
    for (method, route) in routes {
        let path = instantiate(route, revision, flags);
        let body = Some(body_for(&path, revision));
        let write = *method == "POST";
        let anonymous = Browser::new(&t.url).send(method, &path, body.clone(), &[]);
        assert_eq!(
            (anonymous.status, anonymous.code.as_deref()),
            (401, Some("desk-session-required")),
            "anonymous {method} {path}"
        );
        for token in [&bearer, &coord_bearer] {
            // A device token is for the sync API: the desk answers only its own session.
            let a =
                Browser::new(&t.url).send(method, &path, body.clone(), &[("authorization", token)]);
            assert_eq!(
                (a.status, a.code.as_deref()),
                (401, Some("desk-session-required")),
                "bearer {method} {path}"
            );
        }
        let a = revoked.send(method, &path, body.clone(), &[]);
        assert_eq!(
            (a.status, a.code.as_deref()),
            (401, Some("desk-session-expired")),
            "revoked {path}"
        );
        let e = expired.send(method, &path, body.clone(), &[]);
        assert_eq!(
            (e.status, e.code.as_deref()),
            (401, Some("desk-session-expired")),
            "expired {path}"
        );
        if write {
            let mut wrong = coordinator.clone();
            wrong.csrf = Some("0".repeat(48));
            let a = wrong.send(method, &path, body.clone(), &[]);
            assert_eq!(
                (a.status, a.code.as_deref()),
                (403, Some("desk-csrf")),
                "wrong csrf {path}"
            );
            let mut none = coordinator.clone();
            none.csrf = None;
            let a = none.send(method, &path, body.clone(), &[]);
            assert_eq!(
                (a.status, a.code.as_deref()),
                (403, Some("desk-csrf")),
                "no csrf {path}"
            );
            let mut cross = coordinator.clone();
            cross.origin = Some("http://evil.example".into());
            let a = cross.send(method, &path, body.clone(), &[]);
            assert_eq!(
                (a.status, a.code.as_deref()),
                (403, Some("desk-csrf")),
                "other origin {path}"
            );
            let mut no_origin = coordinator.clone();
            no_origin.origin = None;
            let a = no_origin.send(method, &path, body.clone(), &[]);
            assert_eq!(
                (a.status, a.code.as_deref()),
                (403, Some("desk-csrf")),
                "no origin {path}"
            );
            let a = coordinator.send(
                method,
                &path,
                body.clone(),
                &[("sec-fetch-site", "cross-site")],
            );
            assert_eq!(
                (a.status, a.code.as_deref()),
                (403, Some("desk-csrf")),
                "cross-site {path}"
            );
        }
        let ok = coordinator.send(method, &path, body, &[]);
        assert_eq!(ok.status, 200, "coordinator {method} {path}: {:?}", ok.json);
        // What the desk answers is never kept by a browser or a proxy.
        assert_eq!(ok.cache_control.as_deref(), Some("no-store"), "{path}");
        checked += 1;
    }
    assert_eq!(checked, ROUTES.len() - 1);
}

fn device_title(t: &TestHub, device: &Api, slug: &str, lang: &str) -> Option<String> {
    device
        .store(|store| {
            sync_with(store, &mut t.transport(None), &opts(&["en", "ar"])).unwrap();
            Ok::<(), peerguide_core::Error>(())
        })
        .unwrap();
    device
        .article(ArticleParams {
            slug: slug.into(),
            lang: lang.into(),
            today: None,
        })
        .ok()
        .map(|a| a.translation.title)
}

#[test]
fn an_edit_published_on_the_desk_reaches_a_device_and_its_history_can_be_restored() {
    let t = TestHub::start();
    t.publish(vec![article("housing-basics", &["en", "ar"], 1)], vec![]);
    let desk = coordinator_browser(&t);
    let store = Api::new(Store::open_in_memory().unwrap());
    assert_eq!(
        device_title(&t, &store, "housing-basics", "en").as_deref(),
        Some("housing-basics in en r1")
    );

    let opened = desk.get("/desk/api/article/housing-basics");
    let mut item = opened.json["published"].clone();
    assert!(opened.json["draft"].is_null());
    // Published once from the desk as it is, so its history starts with the first text.
    let same = desk.post("/desk/api/article/publish", json!({ "item": item }));
    assert_eq!(same.json["signed"], 0, "nothing changed: {:?}", same.json);
    // A slug a pack would refuse is refused here too, so `hub export` always writes a pack
    // that loads.
    for slug in ["-housing-", "Housing", "housing basics"] {
        let mut bad = item.clone();
        bad["slug"] = json!(slug);
        let refused = desk.post("/desk/api/article/save", json!({ "item": bad }));
        assert_eq!(refused.status, 422, "{slug}: {:?}", refused.json);
        assert_eq!(refused.json["error"]["code"], "wrong-shape", "{slug}");
    }
    // Half an edit of a suggestion is refused, not dropped for the volunteer's own text.
    let partial = desk.post(
        "/desk/api/queue/1/accept",
        json!({ "title": "Only a title" }),
    );
    assert_eq!(partial.status, 422, "{:?}", partial.json);
    assert_eq!(partial.json["error"]["code"], "wrong-shape");
    item["translations"][0]["title"] = json!("Finding a home");
    let saved = desk.post("/desk/api/article/save", json!({ "item": item }));
    assert_eq!(saved.status, 200);
    // A draft is not sent to devices.
    assert_eq!(
        device_title(&t, &store, "housing-basics", "en").as_deref(),
        Some("housing-basics in en r1")
    );
    let overview = desk.get("/desk/api/overview?today=2026-11-29").json;
    assert_eq!(overview["articles"][0]["draft"], true);

    let published = desk.post("/desk/api/article/publish", json!({ "item": item }));
    assert_eq!(published.status, 200, "{:?}", published.json);
    assert!(published.json["signed"].as_u64().unwrap() >= 1);
    assert_eq!(
        device_title(&t, &store, "housing-basics", "en").as_deref(),
        Some("Finding a home")
    );
    // The English text changed, the Arabic did not: Arabic is now out of date.
    let overview = desk.get("/desk/api/overview?today=2026-11-29").json;
    assert_eq!(overview["articles"][0]["cells"]["ar"], "out-of-date");
    assert_eq!(overview["articles"][0]["draft"], false);

    let history = desk.get("/desk/api/article/housing-basics").json["history"].clone();
    let actions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["publish", "draft", "publish"]);
    assert!(
        history
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["by"] == "Amina")
    );

    // Restore the first draft (the text as first published) and publish it again.
    let first = history[2]["id"].as_i64().unwrap();
    let old = desk.get(&format!(
        "/desk/api/article/housing-basics/revisions/{first}"
    ));
    assert_eq!(
        old.json["body"]["translations"][0]["title"],
        "housing-basics in en r1"
    );
    let restored = desk.post(
        "/desk/api/article/housing-basics/restore",
        json!({"revision": first}),
    );
    assert_eq!(restored.status, 200);
    let draft = desk.get("/desk/api/article/housing-basics").json["draft"].clone();
    assert_eq!(draft["translations"][0]["title"], "housing-basics in en r1");
    assert_eq!(
        desk.post("/desk/api/article/publish", json!({ "item": draft }))
            .status,
        200
    );
    assert_eq!(
        device_title(&t, &store, "housing-basics", "en").as_deref(),
        Some("housing-basics in en r1")
    );

    // Unpublished: gone from the device at its next sync, its history kept.
    assert_eq!(
        desk.post("/desk/api/article/housing-basics/unpublish", json!({}))
            .status,
        200
    );
    assert_eq!(device_title(&t, &store, "housing-basics", "en"), None);
    let after = desk.get("/desk/api/article/housing-basics").json;
    assert!(after["published"].is_null());
    assert_eq!(after["history"][0]["action"], "unpublish");
}

#[test]
fn a_new_article_is_a_draft_until_published_and_bad_input_is_named() {
    let t = TestHub::start();
    let desk = coordinator_browser(&t);
    let mut item = serde_json::to_value(article("new-one", &["en"], 1)).unwrap();
    assert_eq!(
        desk.post("/desk/api/article/save", json!({ "item": item }))
            .status,
        200
    );
    let overview = desk.get("/desk/api/overview").json;
    assert_eq!(overview["articles"][0]["slug"], "new-one");
    assert_eq!(overview["articles"][0]["unpublished"], true);

    item["slug"] = json!("Not A Slug");
    let bad = desk.post("/desk/api/article/save", json!({ "item": item }));
    assert_eq!(
        (bad.status, bad.code.as_deref()),
        (422, Some("wrong-shape"))
    );
    assert!(
        bad.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Not A Slug")
    );
    let missing = desk.get("/desk/api/article/nothing-here");
    assert_eq!(
        (missing.status, missing.code.as_deref()),
        (404, Some("desk-not-found"))
    );
}

#[test]
fn the_overview_counts_each_language_of_the_policy() {
    let t = TestHub::start();
    let mut reviewed = article("a", &["en", "ar", "ti"], 1);
    reviewed.translations[2].source_revision = 0;
    t.publish(
        vec![reviewed, article("b", &["en", "ar"], 1)],
        vec![service("gp", &["en"])],
    );
    t.hub
        .publish(
            &t.coordinator(),
            &peerguide_hub::PublishRequest {
                settings: vec![peerguide_core::setting::Setting {
                    name: "review-policy".into(),
                    value: json!({"languages": ["ar", "ti", "so"]}),
                }],
                ..Default::default()
            },
        )
        .unwrap();
    let desk = coordinator_browser(&t);
    let o = desk.get("/desk/api/overview?today=2026-11-29").json;
    assert_eq!(o["languages"], json!(["en", "ar", "ti", "so"]));
    assert_eq!(o["total"], 2);
    let count = |lang: &str| {
        o["counts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["lang"] == lang)
            .unwrap()
            .clone()
    };
    assert_eq!(count("ar")["present"], 2);
    assert_eq!(count("ar")["reviewed"], 2);
    assert_eq!(count("ti")["present"], 1);
    assert_eq!(count("ti")["out_of_date"], 1);
    assert_eq!(count("so")["present"], 0);
    assert_eq!(o["articles"][0]["cells"]["ti"], "out-of-date");
    assert_eq!(o["articles"][1]["cells"]["ti"], "missing");
    assert_eq!(o["services"][0]["overdue"], true);
}

#[test]
fn the_demo_pack_published_through_the_desk_is_what_the_pack_says() {
    let t = TestHub::start();
    let desk = coordinator_browser(&t);
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let pack = peerguide_core::pack::load(&content).unwrap();
    for a in &pack.articles {
        let item = serde_json::to_value(&a.record).unwrap();
        let answer = desk.post("/desk/api/article/publish", json!({ "item": item }));
        assert_eq!(answer.status, 200, "{}: {:?}", a.record.slug, answer.json);
    }
    for s in &pack.services {
        let item = serde_json::to_value(&s.record).unwrap();
        let answer = desk.post("/desk/api/service/publish", json!({ "item": item }));
        assert_eq!(answer.status, 200, "{}: {:?}", s.record.slug, answer.json);
    }
    let published = t.hub.published().unwrap();
    assert_eq!(published.articles.len(), pack.articles.len());
    assert_eq!(published.services.len(), pack.services.len());
    let by_lang = |t: &[peerguide_core::article::Translation]| {
        let mut t = t.to_vec();
        t.sort_by(|x, y| x.lang.as_str().cmp(y.lang.as_str()));
        t
    };
    for (p, a) in published.articles.iter().zip(&pack.articles) {
        assert_eq!(p.slug, a.record.slug);
        assert_eq!(
            by_lang(&p.translations),
            by_lang(&a.record.translations),
            "{}",
            p.slug
        );
        assert_eq!(p.provenance, a.record.provenance);
        assert_eq!(p.revision, a.record.revision);
    }
    // Every publish is in the history, by the coordinator who signed in.
    let history = desk.get("/desk/api/article/bank-account").json["history"].clone();
    assert_eq!(history[0]["action"], "publish");
    assert_eq!(history[0]["by"], "Amina");
}

#[test]
fn a_service_created_on_the_desk_reaches_a_device_and_deleting_it_takes_it_off() {
    let t = TestHub::start();
    let desk = coordinator_browser(&t);
    let device = Api::new(Store::open_in_memory().unwrap());
    let held = |device: &Api| {
        device
            .store(|store| {
                sync_with(store, &mut t.transport(None), &opts(&["en"])).unwrap();
                Ok::<(), peerguide_core::Error>(())
            })
            .unwrap();
        device
            .service(peerguide_core::api::ServiceParams {
                lang: "en".into(),
                slug: "new-food-bank".into(),
            })
            .ok()
            .map(|s| s.listing.name)
    };
    // A new service has no id yet: the hub gives it one.
    let item = serde_json::to_value(service("new-food-bank", &["en"])).unwrap();
    let answer = desk.post("/desk/api/service/publish", json!({ "item": item }));
    assert_eq!(answer.status, 200, "{:?}", answer.json);
    assert_eq!(held(&device).as_deref(), Some("Service new-food-bank"));

    let answer = desk.post("/desk/api/service/new-food-bank/unpublish", json!({}));
    assert_eq!(answer.status, 200, "{:?}", answer.json);
    assert_eq!(held(&device), None);
    let history = desk.get("/desk/api/service/new-food-bank").json;
    let actions: Vec<&str> = history["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"unpublish"), "{actions:?}");
    // Deleting what is not published is named.
    let answer = desk.post("/desk/api/service/new-food-bank/unpublish", json!({}));
    assert_eq!(
        (answer.status, answer.json["error"]["code"].as_str()),
        (404, Some("desk-not-found"))
    );
}
