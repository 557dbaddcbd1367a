//! A lost phone, over a real hub: the volunteer's device is encrypted when it joins (its
//! files hold no contact and no token); a coordinator ends its access from the app; a hub
//! that cannot be reached changes nothing; at its next contact the device forgets
//! everything that is not public content, keeps the guidance, says why and is a reader again.

#[path = "../../hub/tests/support/mod.rs"]
mod support;

use std::path::Path;

use peerguide_core::api::{Api, LangParams, ProfileParams, VolunteersParams};
use peerguide_core::sync::device::DeviceRole;
use peerguide_core::sync::wipe::WipeReason;
use peerguide_core::volunteer::{Audience, Channel, Contact, Fluency, SpokenLanguage};
use peerguide_hub::Role;
use peerguide_sync_client::device::{
    Decision, Device, JoinParams, ReviewParams, RevokeParams, SyncParams,
};
use support::{TestHub, article};

struct App {
    dir: tempfile::TempDir,
    api: Api,
    device: Device,
}

impl App {
    fn new() -> App {
        let dir = tempfile::tempdir().unwrap();
        let api = Api::open(dir.path().join("peerguide.db")).unwrap();
        App {
            device: Device::new(api.vault()),
            api,
            dir,
        }
    }

    async fn join(&self, url: &str, code: String, pin: Option<&str>) -> Result<(), String> {
        self.device
            .join(JoinParams {
                address: url.into(),
                code,
                pin: pin.map(Into::into),
            })
            .await
            .map(|_| ())
            .map_err(|e| e.code().to_owned())
    }

    async fn sync(&self) -> Result<(), String> {
        self.device
            .sync_now(SyncParams {
                lang: "en".into(),
                accept_new_key: false,
            })
            .await
            .map(|_| ())
            .map_err(|e| e.code().to_owned())
    }

    fn phones(&self) -> Vec<String> {
        self.api
            .volunteers(VolunteersParams {
                speaks: None,
                topic: None,
                available_now: false,
            })
            .unwrap()
            .into_iter()
            .flat_map(|v| v.contacts)
            .map(|c| c.value)
            .collect()
    }
}

const PHONE: &str = "07700 900777";
const PIN: &str = "864209";

fn form() -> ProfileParams {
    ProfileParams {
        display_name: "Yonas Tesfaye".into(),
        languages: vec![SpokenLanguage {
            lang: "ti".parse().unwrap(),
            level: Fluency::Native,
        }],
        topics: vec![peerguide_core::Topic::Housing],
        availability: Default::default(),
        contacts: vec![Contact {
            channel: Channel::Phone,
            value: PHONE.into(),
            visible_to: Audience::Volunteers,
        }],
        about: Default::default(),
        away_until: None,
    }
}

fn file_holds(dir: &Path, text: &str) -> Option<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .find(|p| {
            std::fs::read(p)
                .unwrap()
                .windows(text.len())
                .any(|w| w == text.as_bytes())
        })
        .map(|p| p.display().to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_revoked_device_forgets_what_is_not_public_at_its_next_contact() {
    let mut hub = TestHub::start();
    hub.publish(vec![article("gp-register", &["en"], 1)], vec![]);
    let url = hub.url.clone();

    let coordinator = App::new();
    let code = hub.hub.create_invite(Role::Coordinator, None).unwrap().code;
    coordinator.join(&url, code, Some(PIN)).await.unwrap();

    // Joining needs a PIN, checked before the invite is used up.
    let volunteer = App::new();
    let code = hub.hub.create_invite(Role::Volunteer, None).unwrap().code;
    assert_eq!(
        volunteer.join(&url, code.clone(), None).await.unwrap_err(),
        "invalid-pin"
    );
    assert_eq!(
        volunteer
            .join(&url, code.clone(), Some("1234"))
            .await
            .unwrap_err(),
        "invalid-pin"
    );
    volunteer.join(&url, code, Some(PIN)).await.unwrap();
    assert!(volunteer.api.lock_status().unwrap().encrypted);
    volunteer.api.save_profile(form()).unwrap();
    volunteer.sync().await.unwrap();
    let token = volunteer
        .api
        .sync_status(LangParams { lang: "en".into() })
        .unwrap()
        .hub
        .unwrap()
        .token
        .unwrap();

    // Approved; the coordinator's device holds the volunteers-only phone number.
    coordinator.sync().await.unwrap();
    let list = coordinator.api.review_list().unwrap();
    let id = list[0].id;
    coordinator
        .device
        .review_profile(ReviewParams {
            id,
            decision: Decision::Approve,
            seen: Some(list[0].review.clone().unwrap().digest),
            lang: "en".into(),
        })
        .await
        .unwrap();
    volunteer.sync().await.unwrap();
    assert!(volunteer.phones().contains(&PHONE.to_owned()));
    for (app, who) in [(&volunteer, "volunteer"), (&coordinator, "coordinator")] {
        for secret in [PHONE, "Yonas Tesfaye", token.as_str()] {
            assert_eq!(file_holds(app.dir.path(), secret), None, "{who}: {secret}");
        }
    }

    // An unsent edit, then the phone is lost: the coordinator ends its access in the app.
    let mut edited = form();
    edited.display_name = "Yonas T.".into();
    volunteer.api.save_profile(edited).unwrap();
    coordinator
        .device
        .revoke_devices(RevokeParams {
            id,
            lang: "en".into(),
        })
        .await
        .unwrap();

    // The hub cannot be reached: nothing changes.
    hub.shutdown();
    assert_eq!(volunteer.sync().await.unwrap_err(), "hub-unreachable");
    assert!(volunteer.api.lock_status().unwrap().encrypted);
    assert!(volunteer.phones().contains(&PHONE.to_owned()));

    // Next contact: refused, and everything not public is gone.
    hub.resume();
    assert_eq!(volunteer.sync().await.unwrap_err(), "token-revoked");
    let status = volunteer.api.lock_status().unwrap();
    assert!(!status.encrypted && !status.locked, "a reader: no PIN");
    let notice = status.notice.unwrap();
    assert_eq!(notice.reason, WipeReason::TokenRevoked);
    assert_eq!(notice.lost_edits, 1, "the unsent name change, told");
    let link = volunteer
        .api
        .sync_status(LangParams { lang: "en".into() })
        .unwrap()
        .hub
        .unwrap();
    assert_eq!(
        (link.role, link.token.as_deref()),
        (DeviceRole::Reader, None)
    );
    assert!(volunteer.api.review_list().is_err());
    assert!(!volunteer.phones().contains(&PHONE.to_owned()));
    for secret in [PHONE, "Yonas T", token.as_str()] {
        assert_eq!(file_holds(volunteer.dir.path(), secret), None, "{secret}");
    }

    // As a reader it syncs public content again: the guidance is there.
    volunteer.sync().await.unwrap();
    let hits = volunteer
        .api
        .search(peerguide_core::api::SearchParams {
            lang: "en".into(),
            query: "gp".into(),
            limit: None,
        })
        .unwrap();
    assert!(!hits.is_empty());
    assert!(
        !volunteer.phones().contains(&PHONE.to_owned()),
        "volunteers-only stays away"
    );
    drop(tokio::task::spawn_blocking(move || drop(hub)).await);
}

/// A coordinator's own phone lost: revoked, it wipes itself at its next call to the hub, be
/// it a sync or a coordinator's request (a review, ending someone's access).
#[tokio::test]
async fn a_revoked_coordinators_request_wipes_the_coordinators_device_too() {
    let hub = TestHub::start();
    let url = hub.url.clone();
    let coordinator = App::new();
    let code = hub.hub.create_invite(Role::Coordinator, None).unwrap().code;
    coordinator.join(&url, code, Some(PIN)).await.unwrap();
    coordinator.sync().await.unwrap();
    assert!(coordinator.api.lock_status().unwrap().encrypted);

    for token in hub.hub.tokens().unwrap() {
        if token.role == Role::Coordinator && token.revoked_at.is_none() {
            hub.hub.revoke(&token.id).unwrap();
        }
    }
    let refused = coordinator
        .device
        .revoke_devices(RevokeParams {
            id: uuid::Uuid::now_v7(),
            lang: "en".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(refused.code(), "token-revoked");
    let status = coordinator.api.lock_status().unwrap();
    assert!(
        !status.encrypted && !status.locked,
        "a reader again: no PIN"
    );
    assert_eq!(status.notice.unwrap().reason, WipeReason::TokenRevoked);
    assert!(
        coordinator.api.review_list().is_err(),
        "no review list left"
    );
}
