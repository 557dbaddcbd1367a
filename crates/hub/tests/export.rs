//! `peerguide hub export`: what a hub published, written as a content pack that reads back
//! as the same records; published into a fresh hub and exported again, the files are
//! identical byte for byte.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use peerguide_core::pack;
use peerguide_core::pack_write::write_pack;
use peerguide_hub::{Hub, HubConfig, PublishRequest};

fn request(dir: &Path) -> PublishRequest {
    PublishRequest::from_pack(pack::load(dir).unwrap(), false)
}

fn fresh_hub(dir: &Path) -> Hub {
    let init = Hub::init(dir).unwrap();
    let hub = Hub::open(dir, HubConfig::default()).unwrap();
    hub.redeem(&init.invite.code).unwrap();
    hub
}

fn coordinator(hub: &Hub) -> peerguide_hub::Principal {
    let code = hub
        .create_invite(peerguide_hub::Role::Coordinator, None)
        .unwrap()
        .code;
    let token = hub.redeem(&code).unwrap().token;
    hub.authenticate(Some(&token)).unwrap()
}

fn export(hub: &Hub, to: &Path) -> Vec<PathBuf> {
    let p = hub.published().unwrap();
    write_pack(to, &p.articles, &p.services, &p.settings).unwrap()
}

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().display().to_string();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

#[test]
fn the_demo_pack_exported_published_into_a_fresh_hub_and_exported_again_is_identical() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let work = tempfile::tempdir().unwrap();
    let first_hub = fresh_hub(&work.path().join("hub-a"));
    let report = first_hub
        .publish(&coordinator(&first_hub), &request(&content))
        .unwrap();
    assert!(report.signed > 0);

    let first = work.path().join("export-a");
    let written = export(&first_hub, &first);
    let original = pack::load(&content).unwrap();
    assert!(written.len() > original.articles.len() + original.services.len());

    // The exported pack reads back as what the hub holds, ids included.
    let reread = pack::load(&first).unwrap();
    let published = first_hub.published().unwrap();
    assert_eq!(reread.articles.len(), published.articles.len());
    for (a, p) in reread.articles.iter().zip(&published.articles) {
        assert_eq!(a.explicit_id, Some(p.id));
        let by_lang = |t: &[peerguide_core::article::Translation]| {
            let mut t = t.to_vec();
            t.sort_by(|x, y| x.lang.as_str().cmp(y.lang.as_str()));
            t
        };
        assert_eq!(
            by_lang(&a.record.translations),
            by_lang(&p.translations),
            "{}",
            p.slug
        );
        assert_eq!(a.record.provenance, p.provenance, "{}", p.slug);
        assert_eq!(
            (a.record.revision, a.record.position),
            (p.revision, p.position)
        );
    }
    for (s, p) in reread.services.iter().zip(&published.services) {
        assert_eq!(
            peerguide_core::service::Service {
                id: p.id,
                ..s.record.clone()
            },
            *p
        );
    }
    let mut settings = reread.settings();
    settings.sort_by(|a, b| a.name.cmp(&b.name));
    assert_eq!(settings, published.settings);

    let second_hub = fresh_hub(&work.path().join("hub-b"));
    second_hub
        .publish(&coordinator(&second_hub), &request(&first))
        .unwrap();
    let second = work.path().join("export-b");
    export(&second_hub, &second);
    let (a, b) = (files(&first), files(&second));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (name, bytes) in &a {
        assert!(b[name] == *bytes, "{name} differs after the round trip");
    }
}
