//! Peer volunteers end to end, over a real hub and devices that are the app's own `Api` and
//! `Device` over their own database files: a coordinator invites a volunteer, who joins,
//! writes a profile offline, and is approved; each device's directory shows only what its
//! role may see; the volunteer pauses, then deletes the profile, and it is gone everywhere.

#[path = "../../hub/tests/support/mod.rs"]
mod support;

use peerguide_core::api::{Api, HubParams, LangParams, MyProfile, ProfileParams, VolunteersParams};
use peerguide_core::sync::SyncError;
use peerguide_core::sync::device::{DeviceRole, HubLink};
use peerguide_core::volunteer::{
    Audience, Channel, Contact, Fluency, ReviewStatus, SpokenLanguage, Volunteer,
};
use peerguide_hub::{Hub, HubConfig, Role};
use peerguide_sync_client::HttpTransport;
use peerguide_sync_client::device::{
    Decision, Device, JoinParams, ReviewParams, SyncDone, SyncParams,
};
use support::TestHub;
use uuid::Uuid;

/// One installation of the app: its database, its `Api` and its `Device`.
struct App {
    _dir: tempfile::TempDir,
    api: Api,
    device: Device,
}

impl App {
    fn new() -> App {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("peerguide.db");
        let api = Api::open(&db).unwrap();
        App {
            device: Device::new(api.vault()),
            api,
            _dir: dir,
        }
    }

    async fn join(&self, address: &str, code: &str) -> Result<HubLink, SyncError> {
        self.device
            .join(JoinParams {
                address: address.into(),
                code: code.into(),
                pin: Some("246810".into()),
            })
            .await
    }

    async fn sync(&self) -> Result<SyncDone, SyncError> {
        self.device
            .sync_now(SyncParams {
                lang: "en".into(),
                accept_new_key: false,
            })
            .await
    }

    fn my_profile(&self) -> Result<Option<MyProfile>, SyncError> {
        self.api.my_profile(LangParams { lang: "en".into() })
    }

    fn directory(&self, available_now: bool) -> Vec<Volunteer> {
        self.api
            .volunteers(VolunteersParams {
                speaks: Some("ar".into()),
                topic: None,
                available_now,
            })
            .unwrap()
    }

    fn sees(&self, id: Uuid) -> Option<Volunteer> {
        self.directory(false).into_iter().find(|v| v.id == id)
    }

    fn token(&self) -> String {
        self.api
            .sync_status(LangParams { lang: "en".into() })
            .unwrap()
            .hub
            .unwrap()
            .token
            .unwrap()
    }

    async fn review(
        &self,
        id: Uuid,
        decision: Decision,
        seen: Option<String>,
    ) -> Result<SyncDone, SyncError> {
        self.device
            .review_profile(ReviewParams {
                id,
                decision,
                seen,
                lang: "en".into(),
            })
            .await
    }
}

/// A coordinator's invite for `role`, made over the hub's API with the coordinator device's
/// own token.
async fn invite(url: &str, coordinator: &App, role: &str) -> String {
    let (url, token, role) = (url.to_owned(), coordinator.token(), role.to_owned());
    tokio::task::spawn_blocking(move || {
        let mut hub = HttpTransport::new(&url, Some(token)).unwrap();
        let invite: serde_json::Value = hub
            .call("/v1/invites", &serde_json::json!({ "role": role }))
            .unwrap();
        invite["code"].as_str().unwrap().to_owned()
    })
    .await
    .unwrap()
}

fn contact(channel: Channel, value: &str, visible_to: Audience) -> Contact {
    Contact {
        channel,
        value: value.into(),
        visible_to,
    }
}

const PHONE: &str = "07700 900123";
const EMAIL: &str = "amal@example.org";

fn amal_form() -> ProfileParams {
    let every_day: serde_json::Value = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .into_iter()
        .map(|d| {
            (
                d.to_owned(),
                serde_json::json!(["00:00-12:00", "12:00-00:00"]),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into();
    ProfileParams {
        display_name: "  Amal  ".into(),
        languages: vec![SpokenLanguage {
            lang: "ar".parse().unwrap(),
            level: Fluency::Native,
        }],
        topics: vec![peerguide_core::Topic::Housing],
        availability: serde_json::from_value(every_day).unwrap(),
        contacts: vec![
            contact(Channel::Phone, PHONE, Audience::Volunteers),
            contact(Channel::Email, EMAIL, Audience::Everyone),
        ],
        about: [("en".parse().unwrap(), "I help with tenancy forms.".into())].into(),
        away_until: None,
    }
}

/// The form as the profile screen fills it from what is held.
fn form_of(v: &Volunteer) -> ProfileParams {
    ProfileParams {
        display_name: v.display_name.clone(),
        languages: v.languages.clone(),
        topics: v.topics.clone(),
        availability: v.availability.clone(),
        contacts: v.contacts.clone(),
        about: v.about.clone(),
        away_until: v.away_until,
    }
}

fn values(v: &Volunteer) -> Vec<&str> {
    v.contacts.iter().map(|c| c.value.as_str()).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_volunteer_joins_is_approved_pauses_and_leaves() {
    let mut hub = TestHub::start();
    let url = hub.url.clone();

    // The coordinator's device joins with a coordinator invite.
    let coordinator = App::new();
    let first = hub.hub.create_invite(Role::Coordinator, None).unwrap().code;
    let link = coordinator.join(&url, &first).await.unwrap();
    assert_eq!(
        (link.role, link.volunteer_id),
        (DeviceRole::Coordinator, None)
    );
    assert!(coordinator.api.review_list().unwrap().is_empty());

    // It invites a volunteer, who types the code loosely.
    let code = invite(&url, &coordinator, "volunteer").await;
    let volunteer = App::new();
    let err = volunteer.join(&url, "ABCD-EFGH-JKMN").await.unwrap_err();
    assert_eq!(err.code(), "invite-unknown");
    let typed = format!("  {}  ", code.to_lowercase());
    let link = volunteer.join(&format!("{url}/"), &typed).await.unwrap();
    assert_eq!(link.role, DeviceRole::Volunteer);
    let id = link.volunteer_id.unwrap();
    assert_eq!(volunteer.my_profile().unwrap(), None, "no profile yet");
    // Invites work once.
    let err = App::new().join(&url, &code).await.unwrap_err();
    assert_eq!(err.code(), "invite-used");

    // Another volunteer, and a newcomer who only linked to the hub.
    let other = App::new();
    let code = invite(&url, &coordinator, "volunteer").await;
    other.join(&url, &code).await.unwrap();
    let newcomer = App::new();
    newcomer
        .api
        .set_hub(HubParams {
            address: url.clone(),
        })
        .unwrap();
    assert_eq!(newcomer.my_profile().unwrap_err().code(), "not-a-volunteer");
    assert_eq!(
        volunteer.api.review_list().unwrap_err().code(),
        "not-a-coordinator"
    );
    let err = volunteer
        .review(id, Decision::Approve, None)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "not-a-coordinator");

    // The hub is down: the volunteer writes the profile offline.
    hub.shutdown();
    let mine = volunteer.api.save_profile(amal_form()).unwrap();
    assert_eq!(mine.profile.id, id);
    assert_eq!(mine.profile.display_name, "Amal");
    assert!(mine.profile.slug.starts_with("volunteer-"));
    assert!(mine.pending > 0);
    assert_eq!(
        mine.profile.review.as_ref().unwrap().state,
        ReviewStatus::Pending
    );
    assert_eq!(values(&mine.profile), [PHONE, EMAIL]);
    assert_eq!(values(&mine.previews.everyone), [EMAIL]);
    assert_eq!(values(&mine.previews.volunteers), [PHONE, EMAIL]);
    assert_eq!(mine.previews.everyone.review, None);
    let err = volunteer.sync().await.unwrap_err();
    assert_eq!(err.code(), "hub-unreachable");
    assert_eq!(volunteer.my_profile().unwrap(), Some(mine.clone()));

    // Back online: the profile goes up, waiting for approval.
    hub.resume();
    volunteer.sync().await.unwrap();
    assert_eq!(volunteer.my_profile().unwrap().unwrap().pending, 0);
    newcomer.sync().await.unwrap();
    assert_eq!(newcomer.sees(id), None, "not approved yet");

    coordinator.sync().await.unwrap();
    let list = coordinator.api.review_list().unwrap();
    assert_eq!(list[0].id, id);
    let review = list[0].review.clone().unwrap();
    assert_eq!(review.state, ReviewStatus::Pending);
    assert_eq!(
        values(&list[0]),
        [PHONE, EMAIL],
        "every contact, for review"
    );

    // Approved as seen: the coordinator's device shows it at once.
    let done = coordinator
        .review(id, Decision::Approve, Some(review.digest.clone()))
        .await
        .unwrap();
    assert!(done.changed > 0);
    let list = coordinator.api.review_list().unwrap();
    assert_eq!(
        list[0].review.as_ref().unwrap().state,
        ReviewStatus::Approved
    );

    // Each role sees what it may.
    newcomer.sync().await.unwrap();
    let seen = newcomer.sees(id).expect("approved profiles are listed");
    assert_eq!(
        values(&seen),
        [EMAIL],
        "no volunteers-only phone for a newcomer"
    );
    other.sync().await.unwrap();
    assert_eq!(values(&other.sees(id).unwrap()), [PHONE, EMAIL]);
    assert_eq!(values(&coordinator.sees(id).unwrap()), [PHONE, EMAIL]);

    // The volunteer changes the words: an approval of what the coordinator saw before is
    // refused, and newcomers keep the approved words meanwhile.
    let mut form = form_of(&volunteer.my_profile().unwrap().unwrap().profile);
    form.about.insert(
        "en".parse().unwrap(),
        "Tenancy forms and GP letters.".into(),
    );
    volunteer.api.save_profile(form).unwrap();
    volunteer.sync().await.unwrap();
    let err = coordinator
        .review(id, Decision::Approve, Some(review.digest.clone()))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "profile-changed");
    newcomer.sync().await.unwrap();
    assert_eq!(
        newcomer.sees(id).unwrap().about.values().next().unwrap(),
        "I help with tenancy forms."
    );

    // Available now until they pause; a pause needs no approval.
    assert!(newcomer.directory(true).iter().any(|v| v.id == id));
    let mut form = form_of(&volunteer.my_profile().unwrap().unwrap().profile);
    form.away_until = Some(peerguide_core::hours::local_now().date());
    let paused = volunteer.api.save_profile(form).unwrap();
    assert_eq!(paused.pending, 1, "only the pause is written");
    volunteer.sync().await.unwrap();
    newcomer.sync().await.unwrap();
    assert!(!newcomer.directory(true).iter().any(|v| v.id == id));
    assert!(newcomer.sees(id).is_some(), "still in the directory");

    // The volunteer deletes the profile: gone from every device after their syncs.
    volunteer.api.delete_profile().unwrap();
    assert_eq!(volunteer.my_profile().unwrap(), None);
    volunteer.sync().await.unwrap();
    assert_eq!(volunteer.my_profile().unwrap(), None);
    for app in [&newcomer, &other, &coordinator] {
        app.sync().await.unwrap();
        assert_eq!(app.sees(id), None);
    }
    assert!(
        coordinator
            .api
            .review_list()
            .unwrap()
            .iter()
            .all(|v| v.id != id)
    );
    let err = volunteer.api.save_profile(amal_form()).unwrap_err();
    assert_eq!(err.code(), "profile-deleted");

    // A coordinator revokes the other volunteer's device: its next sync says so.
    let other_id = other
        .api
        .sync_status(LangParams { lang: "en".into() })
        .unwrap()
        .hub
        .unwrap()
        .volunteer_id
        .unwrap();
    let token = hub
        .hub
        .tokens()
        .unwrap()
        .into_iter()
        .find(|t| t.volunteer_id == Some(other_id))
        .unwrap();
    hub.hub.revoke(&token.id).unwrap();
    let err = other.sync().await.unwrap_err();
    assert_eq!(err.code(), "token-revoked");
    let status = other
        .api
        .sync_status(LangParams { lang: "en".into() })
        .unwrap();
    assert_eq!(
        status.last_attempt.unwrap().failure.unwrap().code,
        "token-revoked"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_invite_past_its_date_is_refused_and_changes_nothing() {
    let hub = TestHub::start();
    // A second handle on the same hub, whose invites expire at once.
    let strict = Hub::open(
        hub.dir.path(),
        HubConfig {
            invite_ttl_secs: 0,
            ..HubConfig::default()
        },
    )
    .unwrap();
    let code = strict.create_invite(Role::Volunteer, None).unwrap().code;
    // Expiry is counted in whole seconds.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let app = App::new();
    let err = app.join(&hub.url, &code).await.unwrap_err();
    assert_eq!(err.code(), "invite-expired");
    let status = app
        .api
        .sync_status(LangParams { lang: "en".into() })
        .unwrap();
    assert_eq!(
        status.hub, None,
        "a refused join leaves the device as it was"
    );

    let err = app.join("http://hub.example.org", &code).await.unwrap_err();
    assert_eq!(err.code(), "invalid-hub-address");
}
