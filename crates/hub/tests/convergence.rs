//! Property test: five replicas (two devices of one volunteer, a coordinator's, another
//! volunteer's and an anonymous reader's) make random edits and deletions and sync in random
//! orders against an in-process hub, while a coordinator approves, suspends and reinstates
//! profiles at random points; at the end every replica holds exactly what the hub sends its
//! role, reviews included.
//!
//! Approval is part of the model rather than done once before comparing: that way the
//! views compared include profiles that were never approved (the reader must hold nothing
//! of them), changes waiting while an older approved version is shown, and suspensions
//! withdrawn from and given back to devices, each reached by any interleaving of syncs.

mod support;

use peerguide_core::Store;
use peerguide_core::sync::engine::SyncOptions;
use peerguide_core::sync::protocol::{Kind, PullRequest};
use peerguide_core::sync::{self, Field, VolunteerDoc};
use peerguide_core::volunteer::{Audience, Volunteer, VolunteerQuery};
use peerguide_hub::local::InProcess;
use peerguide_hub::{Decision, Hub, HubConfig, Principal, ProfilesRequest, ReviewRequest, Role};
use proptest::prelude::*;
use serde_json::json;

#[derive(Debug, Clone)]
enum Op {
    /// Replica edits a field of a profile.
    Edit {
        replica: usize,
        profile: usize,
        field: usize,
        value: u8,
    },
    /// Replica deletes a profile.
    Delete { replica: usize, profile: usize },
    /// Replica syncs.
    Sync { replica: usize },
    /// A sync whose answer is lost: the hub applied the push but the device never heard.
    LostAck { replica: usize },
    /// A coordinator decides about a profile, as it is on the hub at that moment.
    Review { profile: usize, decision: Decision },
}

/// Replicas 0 and 1: Amal's phone and laptop; 2: a coordinator's laptop; 3: Sami's phone
/// (another volunteer); 4: a reader without a token.
const REPLICAS: usize = 5;

fn op() -> impl Strategy<Value = Op> {
    let decision = prop_oneof![
        3 => Just(Decision::Approve),
        1 => Just(Decision::Suspend),
        1 => Just(Decision::Reinstate),
    ];
    prop_oneof![
        6 => (0..4usize, 0..2usize, 0..4usize, any::<u8>()).prop_map(|(replica, profile, field, value)| Op::Edit { replica, profile, field, value }),
        1 => (0..4usize, 0..2usize).prop_map(|(replica, profile)| Op::Delete { replica, profile }),
        6 => (0..REPLICAS).prop_map(|replica| Op::Sync { replica }),
        1 => (0..4usize).prop_map(|replica| Op::LostAck { replica }),
        3 => (0..2usize, decision).prop_map(|(profile, decision)| Op::Review { profile, decision }),
    ]
}

fn field_change(field: usize, value: u8) -> (Field, serde_json::Value) {
    match field {
        0 => (Field::DisplayName, json!(format!("Name {value}"))),
        // Passes without approval.
        3 => (
            Field::Availability,
            json!({"sat": [format!("{:02}:00-23:00", value % 23)]}),
        ),
        1 => (
            Field::Topics,
            json!(if value.is_multiple_of(2) {
                vec!["housing"]
            } else {
                vec!["health", "employment"]
            }),
        ),
        _ => (
            Field::Contacts,
            json!([
                {"channel": "phone", "value": format!("0141 496 {value:04}"), "visible_to": "everyone"},
                {"channel": "signal", "value": format!("peers {value}"), "visible_to": "volunteers"},
                {"channel": "email", "value": format!("staff{value}@example.org"), "visible_to": "coordinators"}
            ]),
        ),
    }
}

/// What the hub says a principal may hold: its profiles, as that principal is sent them,
/// with the review if the principal is sent one.
fn hub_view(hub: &Hub, who: &Principal) -> Vec<Volunteer> {
    let page = hub
        .pull(
            who,
            &PullRequest {
                cursor: 0,
                langs: vec![],
                limit: Some(2_000),
                nonce: String::new(),
            },
        )
        .unwrap();
    let mut out: Vec<Volunteer> = page
        .records
        .iter()
        .filter(|r| r.kind == Kind::Volunteer && !r.deleted)
        .filter_map(|r| {
            let mut v = serde_json::from_str::<VolunteerDoc>(&r.body)
                .unwrap()
                .to_volunteer()?;
            v.review = r.review.clone();
            Some(v)
        })
        .collect();
    out.sort_by_key(|v| v.id);
    out
}

/// Every profile a device holds, whatever its review.
fn device_view(store: &Store) -> Vec<Volunteer> {
    let query = VolunteerQuery {
        include_unlisted: true,
        ..VolunteerQuery::default()
    };
    let mut out = store
        .find_volunteers(Audience::Coordinators, &query)
        .unwrap();
    out.sort_by_key(|v| v.id);
    out
}

fn run(ops: Vec<Op>) {
    let dir = tempfile::tempdir().unwrap();
    let init = Hub::init(dir.path()).unwrap();
    let hub = Hub::open(dir.path(), HubConfig::default()).unwrap();
    let coordinator = hub.redeem(&init.invite.code).unwrap().token;
    let invite = |role| {
        hub.redeem(&hub.create_invite(role, None).unwrap().code)
            .unwrap()
    };
    let amal = invite(Role::Volunteer);
    let sami = invite(Role::Volunteer);
    let sami_id = sami.volunteer_id.unwrap();
    let amal_id = amal.volunteer_id.unwrap();
    let profiles = [(amal_id, "amal"), (sami_id, "sami")];
    let tokens: [Option<String>; REPLICAS] = [
        Some(amal.token.clone()),
        Some(amal.token.clone()),
        Some(coordinator.clone()),
        Some(sami.token.clone()),
        None,
    ];
    let mut replicas: Vec<Store> = (0..REPLICAS)
        .map(|_| Store::open_in_memory().unwrap())
        .collect();
    let opts = SyncOptions::default();
    let may_edit = |replica: usize, profile: usize| match replica {
        0 | 1 => profile == 0,
        2 => true,
        3 => profile == 1,
        _ => false,
    };
    let as_coordinator = hub.authenticate(Some(&coordinator)).unwrap();

    for op in ops {
        match op {
            Op::Edit {
                replica,
                profile,
                field,
                value,
            } if may_edit(replica, profile) => {
                let (id, slug) = profiles[profile];
                match sync::edit_volunteer(
                    &mut replicas[replica],
                    id,
                    slug,
                    &[field_change(field, value)],
                    0,
                ) {
                    Ok(()) => {}
                    Err(e) => assert_eq!(e.code(), "profile-deleted", "{e}"),
                }
            }
            Op::Delete { replica, profile } if may_edit(replica, profile) => {
                let _ = sync::delete_volunteer(&mut replicas[replica], profiles[profile].0, 0);
            }
            Op::Sync { replica } => {
                let mut t = InProcess {
                    hub: hub.clone(),
                    token: tokens[replica].clone(),
                };
                sync::sync(&mut replicas[replica], &mut t, &opts, &mut |_| {}).unwrap();
            }
            Op::Review { profile, decision } => {
                // The coordinator looks at the profile as it is on the hub now, then decides.
                let listed = hub
                    .profiles(&as_coordinator, &ProfilesRequest::default())
                    .unwrap();
                let Some(seen) = listed
                    .profiles
                    .iter()
                    .find(|p| p.profile.id == profiles[profile].0)
                    .and_then(|p| p.profile.review.as_ref())
                    .map(|r| r.digest.clone())
                else {
                    continue;
                };
                let req = ReviewRequest {
                    id: profiles[profile].0,
                    decision,
                    seen: Some(seen),
                };
                hub.review(&as_coordinator, &req).unwrap();
            }
            Op::LostAck { replica } => {
                // The push reaches the hub, the answer is lost; the device retries later.
                let mut lossy = LoseAck {
                    inner: InProcess {
                        hub: hub.clone(),
                        token: tokens[replica].clone(),
                    },
                };
                let _ = sync::sync(&mut replicas[replica], &mut lossy, &opts, &mut |_| {});
            }
            _ => {}
        }
    }
    // Everyone syncs until quiet: twice round is enough for every change to reach everyone.
    for _ in 0..2 {
        for (replica, store) in replicas.iter_mut().enumerate() {
            let mut t = InProcess {
                hub: hub.clone(),
                token: tokens[replica].clone(),
            };
            sync::sync(store, &mut t, &opts, &mut |_| {}).unwrap();
        }
    }
    let sees =
        |token: &Option<String>| hub_view(&hub, &hub.authenticate(token.as_deref()).unwrap());
    for (replica, name) in [
        "Amal's phone",
        "Amal's laptop",
        "the coordinator's laptop",
        "Sami's phone",
        "a reader's phone",
    ]
    .into_iter()
    .enumerate()
    {
        assert_eq!(
            device_view(&replicas[replica]),
            sees(&tokens[replica]),
            "{name}"
        );
    }
    // Readers are only ever sent approved versions, and hold no review: their directory is
    // everything they hold.
    let reader = &replicas[4];
    assert_eq!(
        reader
            .volunteers(Audience::Coordinators, None, None)
            .unwrap()
            .len(),
        device_view(reader).len()
    );
    for store in &mut replicas {
        assert_eq!(sync::status(store).unwrap().pending, 0);
    }
}

/// Pushes reach the hub but their answers are lost (pulls fail too).
struct LoseAck {
    inner: InProcess,
}

impl peerguide_core::sync::Transport for LoseAck {
    fn pull(
        &mut self,
        _: &PullRequest,
    ) -> Result<peerguide_core::sync::Page, peerguide_core::sync::TransportError> {
        Err(peerguide_core::sync::TransportError::Unreachable(
            "lost".into(),
        ))
    }
    fn push(
        &mut self,
        req: &peerguide_core::sync::PushRequest,
    ) -> Result<peerguide_core::sync::PushAck, peerguide_core::sync::TransportError> {
        let _ = self.inner.push(req);
        Err(peerguide_core::sync::TransportError::Unreachable(
            "answer lost".into(),
        ))
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn replicas_converge_whatever_the_edits_and_sync_order(ops in proptest::collection::vec(op(), 1..60)) {
        run(ops);
    }
}

#[test]
fn concurrent_offline_edits_of_different_fields_both_survive() {
    run(vec![
        Op::Edit {
            replica: 0,
            profile: 0,
            field: 0,
            value: 1,
        },
        Op::Sync { replica: 0 },
        Op::Sync { replica: 1 },
        Op::Edit {
            replica: 1,
            profile: 0,
            field: 1,
            value: 2,
        },
        Op::Edit {
            replica: 2,
            profile: 0,
            field: 2,
            value: 3,
        },
        Op::LostAck { replica: 1 },
        Op::Sync { replica: 2 },
    ]);
}
