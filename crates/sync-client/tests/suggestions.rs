//! Suggestions and flags from the app, over a real hub and devices that are the app's own
//! `Api` and `Device` over their own database files: a volunteer writes a translation with no
//! connection, it reaches the review queue at the next sync (once, however often it is
//! sent), the coordinator's decline and reason come back to the phone; a reader's flag waits
//! for the next sync and then leaves the device; a revoked device forgets its suggestions.

#[path = "../../hub/tests/support/mod.rs"]
mod support;

use peerguide_core::api::{Api, FlagParams, HubParams, SuggestionIdParams, SuggestionParams};
use peerguide_core::suggestion::{SuggestionKind, SuggestionStatus};
use peerguide_hub::Role;
use peerguide_sync_client::device::{Device, JoinParams, SyncDone, SyncParams};
use support::{TestHub, article};

struct App {
    _dir: tempfile::TempDir,
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
            _dir: dir,
        }
    }

    async fn sync(&self) -> Result<SyncDone, peerguide_core::sync::SyncError> {
        self.device
            .sync_now(SyncParams {
                lang: "ar".into(),
                accept_new_key: false,
            })
            .await
    }

    fn flags_waiting(&self) -> usize {
        self.api
            .store(|s| s.queued_flags().map(|f| f.len()))
            .unwrap()
    }
}

fn translation(send: bool) -> SuggestionParams {
    SuggestionParams {
        id: None,
        slug: "housing-basics".into(),
        lang: "ti".into(),
        kind: SuggestionKind::Translation,
        title: "ገዛ".into(),
        summary: "ሓጺር።".into(),
        body: "ጽሑፍ።".into(),
        credit: true,
        send,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_volunteers_offline_translation_reaches_the_queue_and_its_decline_comes_back() {
    let t = TestHub::start();
    t.publish(vec![article("housing-basics", &["en", "ar"], 1)], vec![]);
    let volunteer = App::new();
    let code = t.hub.create_invite(Role::Volunteer, None).unwrap().code;
    let link = volunteer
        .device
        .join(JoinParams {
            address: t.url.clone(),
            code,
            pin: Some("246810".into()),
        })
        .await
        .unwrap();
    volunteer.sync().await.unwrap();

    // Written with no hub to talk to: a draft, changed, then handed to the next sync.
    let draft = volunteer.api.save_suggestion(translation(false)).unwrap();
    assert_eq!(draft.status, SuggestionStatus::Draft);
    let mut form = translation(true);
    form.id = Some(draft.id);
    form.body = "ጽሑፍ ብዝበለጸ።".into();
    let sent = volunteer.api.save_suggestion(form.clone()).unwrap();
    assert_eq!(
        (sent.status, sent.delivered),
        (SuggestionStatus::Sent, false)
    );
    assert!(t.hub.queue().unwrap().is_empty());
    // No longer the volunteer's to change or delete.
    let err = volunteer.api.save_suggestion(form).unwrap_err();
    assert_eq!(err.code(), "suggestion-not-found");
    let err = volunteer
        .api
        .delete_suggestion(SuggestionIdParams { id: sent.id })
        .unwrap_err();
    assert_eq!(err.code(), "suggestion-not-found");

    volunteer.sync().await.unwrap();
    volunteer.sync().await.unwrap();
    let queue = t.hub.queue().unwrap();
    assert_eq!(queue.len(), 1, "sent once however often it syncs");
    assert_eq!(queue[0].kind, "suggestion");
    assert_eq!(queue[0].lang, "ti");
    assert_eq!(queue[0].body.as_deref(), Some("ጽሑፍ ብዝበለጸ።"));
    // The volunteer had agreed to be named, but has no profile with a name yet.
    assert_eq!(queue[0].credit, None);
    let held = volunteer.api.suggestions().unwrap().suggestions;
    assert_eq!(held.len(), 1);
    assert!(held[0].delivered);

    t.hub
        .decline(queue[0].id, "Tigrinya needs a second reader first.")
        .unwrap();
    let done = volunteer.sync().await.unwrap();
    assert!(
        done.changed >= 1,
        "a decision is a change the screens reload for"
    );
    let held = volunteer.api.suggestions().unwrap().suggestions;
    assert_eq!(held[0].status, SuggestionStatus::Declined);
    assert_eq!(
        held[0].reason.as_deref(),
        Some("Tigrinya needs a second reader first.")
    );

    // A suggestion for an article the hub does not have comes back as a draft, with why.
    let mut stray = translation(true);
    stray.slug = "no-such-article".into();
    let stray = volunteer.api.save_suggestion(stray).unwrap();
    volunteer.sync().await.unwrap();
    let back = volunteer
        .api
        .store(|s| s.suggestion(stray.id))
        .unwrap()
        .unwrap();
    assert_eq!(back.status, SuggestionStatus::Draft);
    assert_eq!(back.reason.as_deref(), Some("desk-not-found"));

    // Access ended: every suggestion leaves the phone with the rest of the volunteer's data.
    volunteer.api.save_suggestion(translation(true)).unwrap();
    t.hub.revoke_volunteer(link.volunteer_id.unwrap()).unwrap();
    let err = volunteer.sync().await.unwrap_err();
    assert_eq!(err.code(), "token-revoked");
    assert!(volunteer.api.store(|s| s.suggestions()).unwrap().is_empty());
    assert_eq!(
        volunteer.api.suggestions().unwrap_err().code(),
        "not-a-volunteer"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_readers_flag_waits_for_the_next_sync_and_then_leaves_the_device() {
    let t = TestHub::start();
    t.publish(vec![article("housing-basics", &["en", "ar"], 1)], vec![]);
    let reader = App::new();
    reader
        .api
        .set_hub(HubParams {
            address: t.url.clone(),
        })
        .unwrap();
    reader.sync().await.unwrap();

    // A reader writes no suggestions.
    let err = reader.api.save_suggestion(translation(true)).unwrap_err();
    assert_eq!(err.code(), "not-a-volunteer");
    let err = reader
        .api
        .flag(FlagParams {
            slug: "not-held".into(),
            lang: "ar".into(),
            sentence: None,
        })
        .unwrap_err();
    assert_eq!(err.code(), "article-not-found");
    reader
        .api
        .flag(FlagParams {
            slug: "housing-basics".into(),
            lang: "ar".into(),
            sentence: Some("رقم الهاتف خطأ.".into()),
        })
        .unwrap();
    assert_eq!(reader.flags_waiting(), 1);
    assert!(t.hub.queue().unwrap().is_empty());

    reader.sync().await.unwrap();
    assert_eq!(reader.flags_waiting(), 0);
    let queue = t.hub.queue().unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(
        (
            queue[0].kind.as_str(),
            queue[0].lang.as_str(),
            queue[0].sentence.as_deref()
        ),
        ("flag", "ar", Some("رقم الهاتف خطأ."))
    );
}
