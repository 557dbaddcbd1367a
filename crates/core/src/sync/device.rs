//! This device's link to its organisation's hub (address, token, role) and what its syncs
//! did, kept in the store so every shell knows them offline and after a restart.
//!
//! The token is a secret: it is stored here because the device needs it to sync, but it is
//! never serialised towards a UI.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::SyncError;
use super::engine::SyncReport;
use super::protocol::Role;
use crate::LanguageTag;
use crate::store::{StateKey, Store, SyncTables};
use crate::volunteer::Audience;

/// How many changed articles a sync's summary names (the rest are counted).
pub const CHANGES_NAMED: usize = 20;

/// What this device may do at its hub.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeviceRole {
    /// No account: pulls published content and public profiles.
    Reader,
    /// A volunteer: edits their own profile, sees what volunteers may see.
    Volunteer,
    /// A coordinator: publishes, invites, reviews profiles, sees everything.
    Coordinator,
}

impl From<Role> for DeviceRole {
    /// The device's role once an invite for `role` was redeemed.
    fn from(role: Role) -> DeviceRole {
        match role {
            Role::Volunteer => DeviceRole::Volunteer,
            Role::Coordinator => DeviceRole::Coordinator,
        }
    }
}

impl DeviceRole {
    fn as_str(self) -> &'static str {
        match self {
            DeviceRole::Reader => "reader",
            DeviceRole::Volunteer => "volunteer",
            DeviceRole::Coordinator => "coordinator",
        }
    }

    /// Which contacts this device may show: those meant for its role and the ones before.
    pub fn audience(self) -> Audience {
        match self {
            DeviceRole::Reader => Audience::Everyone,
            DeviceRole::Volunteer => Audience::Volunteers,
            DeviceRole::Coordinator => Audience::Coordinators,
        }
    }

    fn parse(s: &str) -> DeviceRole {
        match s {
            "volunteer" => DeviceRole::Volunteer,
            "coordinator" => DeviceRole::Coordinator,
            _ => DeviceRole::Reader,
        }
    }
}

/// The hub this device syncs with, and as whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HubLink {
    /// The hub's address, e.g. `https://hub.example.org`.
    pub url: String,
    /// The device's role there.
    pub role: DeviceRole,
    /// The volunteer profile this device speaks for, if a volunteer's.
    pub volunteer_id: Option<Uuid>,
    /// The device token; never sent to a UI.
    #[serde(skip)]
    pub token: Option<String>,
}

/// How a sync attempt ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncAttempt {
    /// When it ended (RFC 3339).
    pub at: String,
    /// Why it failed; `None` for a sync that completed.
    pub failure: Option<AttemptFailure>,
}

/// A failed attempt's error, as the UI translates it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptFailure {
    /// The stable code, e.g. `hub-unreachable`.
    pub code: String,
    /// The English message.
    pub message: String,
}

/// What the last sync that changed anything brought.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changes {
    /// When (RFC 3339).
    pub at: String,
    /// Up to [`CHANGES_NAMED`] of the articles changed.
    pub articles: Vec<Uuid>,
    /// How many articles changed.
    pub articles_changed: usize,
    /// How many services changed.
    pub services_changed: usize,
    /// How many volunteer profiles changed.
    pub volunteers_changed: usize,
    /// True when the device started afresh from the hub's full content.
    pub restarted: bool,
}

fn get(store: &Store, key: StateKey) -> crate::Result<Option<String>> {
    store.sync_tables().get(key)
}

fn set(tx: &rusqlite::Transaction, key: StateKey, value: Option<&str>) -> crate::Result<()> {
    SyncTables::of(tx).put(key, value)
}

/// The hub this device is linked to, if any.
pub fn hub_link(store: &Store) -> crate::Result<Option<HubLink>> {
    let Some(url) = get(store, StateKey::HubUrl)? else {
        return Ok(None);
    };
    Ok(Some(HubLink {
        url,
        role: get(store, StateKey::Role)?
            .map(|r| DeviceRole::parse(&r))
            .unwrap_or(DeviceRole::Reader),
        volunteer_id: get(store, StateKey::VolunteerId)?.and_then(|id| id.parse().ok()),
        token: get(store, StateKey::Token)?,
    }))
}

/// Links this device to the hub at `address`, or unlinks it when `address` is blank.
/// Moving to another address forgets the token and role: they belong to the old hub. What
/// the device holds stays; the organisation key pinned on first contact stays pinned, so a
/// hub with another organisation's key is refused until the user confirms the change.
pub fn set_hub(store: &mut Store, address: &str) -> Result<Option<HubLink>, SyncError> {
    let address = address.trim();
    let url = if address.is_empty() {
        None
    } else {
        Some(parse_hub_address(address)?)
    };
    let current = hub_link(store)?;
    let tx = store.transaction()?;
    if current.as_ref().map(|l| &l.url) != url.as_ref() {
        for key in [StateKey::Token, StateKey::Role, StateKey::VolunteerId] {
            set(&tx, key, None)?;
        }
    }
    set(&tx, StateKey::HubUrl, url.as_deref())?;
    tx.commit()?;
    Ok(hub_link(store)?)
}

/// Keeps the token a redeemed invite gave this device. A new role makes the next sync start
/// afresh: what the hub sends depends on the role (a reader is sent profiles cut for readers,
/// a coordinator every profile), and the cursor is already past what was sent before.
pub fn set_credentials(
    store: &mut Store,
    token: &str,
    role: DeviceRole,
    volunteer_id: Option<Uuid>,
) -> Result<(), SyncError> {
    let before = hub_link(store)?.map_or(DeviceRole::Reader, |l| l.role);
    if before != role {
        super::engine::start_afresh(store)?;
    }
    let tx = store.transaction()?;
    set(&tx, StateKey::Token, Some(token))?;
    set(&tx, StateKey::Role, Some(role.as_str()))?;
    set(
        &tx,
        StateKey::VolunteerId,
        volunteer_id.map(|id| id.to_string()).as_deref(),
    )?;
    tx.commit()?;
    Ok(())
}

/// The languages to sync: every language a reader of this device has chosen, `reader`
/// included. The list only grows: switching the app's language back and forth must not
/// download everything again each time (a changed list makes the next sync start afresh).
pub fn sync_languages(
    store: &mut Store,
    reader: &LanguageTag,
) -> Result<Vec<LanguageTag>, SyncError> {
    let mut langs: Vec<LanguageTag> = get(store, StateKey::ReaderLangs)?
        .unwrap_or_default()
        .split(',')
        .filter_map(|l| l.parse().ok())
        .collect();
    if !langs.contains(reader) {
        langs.push(reader.clone());
        langs.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        let text: Vec<&str> = langs.iter().map(LanguageTag::as_str).collect();
        let tx = store.transaction()?;
        set(&tx, StateKey::ReaderLangs, Some(&text.join(",")))?;
        tx.commit()?;
    }
    Ok(langs)
}

/// Records how a sync ended; a sync that changed something also becomes the latest
/// [`Changes`].
pub fn record_attempt(
    store: &mut Store,
    result: Result<&SyncReport, &SyncError>,
) -> Result<SyncAttempt, SyncError> {
    let at = chrono::Utc::now().to_rfc3339();
    let attempt = SyncAttempt {
        at: at.clone(),
        failure: result.err().map(|e| AttemptFailure {
            code: e.code().to_owned(),
            message: e.to_string(),
        }),
    };
    let tx = store.transaction()?;
    set(
        &tx,
        StateKey::LastAttempt,
        Some(&serde_json::to_string(&attempt).expect("serialises")),
    )?;
    if let Ok(report) = result
        && (report.changed > 0 || report.removed > 0)
    {
        let changes = Changes {
            at,
            // Ids are UUID v7: the newest articles first.
            articles: report
                .articles_changed
                .iter()
                .rev()
                .take(CHANGES_NAMED)
                .copied()
                .collect(),
            articles_changed: report.articles_changed.len(),
            services_changed: report.services_changed.len(),
            volunteers_changed: report.volunteers_changed.len(),
            restarted: report.restarted,
        };
        set(
            &tx,
            StateKey::LastChanges,
            Some(&serde_json::to_string(&changes).expect("serialises")),
        )?;
    }
    tx.commit()?;
    Ok(attempt)
}

/// How the last sync attempt ended, if there was one.
pub fn last_attempt(store: &Store) -> crate::Result<Option<SyncAttempt>> {
    Ok(get(store, StateKey::LastAttempt)?.and_then(|v| serde_json::from_str(&v).ok()))
}

/// What the last sync that changed anything brought, if one did.
pub fn last_changes(store: &Store) -> crate::Result<Option<Changes>> {
    Ok(get(store, StateKey::LastChanges)?.and_then(|v| serde_json::from_str(&v).ok()))
}

/// Checks a hub address a person typed. Plain `http` is accepted only inside a building's own
/// network (loopback, private and link-local addresses, `.local` names): anywhere else it
/// would let whoever runs the network read and alter what the device receives.
pub fn parse_hub_address(address: &str) -> Result<String, SyncError> {
    let bad = |reason: &str| SyncError::InvalidHubAddress {
        address: address.to_owned(),
        reason: reason.to_owned(),
    };
    let url = url::Url::parse(address).map_err(|e| bad(&e.to_string()))?;
    let host = match url.host() {
        Some(host) => host,
        None => return Err(bad("it names no host")),
    };
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("it must not hold a user name or password"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("it must not hold a query or fragment"));
    }
    match url.scheme() {
        "https" => {}
        "http" => {
            let local = match host {
                url::Host::Domain(name) => {
                    name == "localhost" || name.ends_with(".local") || name.ends_with(".lan")
                }
                url::Host::Ipv4(ip) => is_local(IpAddr::V4(ip)),
                url::Host::Ipv6(ip) => is_local(IpAddr::V6(ip)),
            };
            if !local {
                return Err(bad(
                    "plain http is only allowed inside a local network; use https",
                ));
            }
        }
        other => return Err(bad(&format!("'{other}' is not http or https"))),
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

fn is_local(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(ip) => ip.is_loopback() || ip.is_private() || ip.is_link_local(),
        IpAddr::V6(ip) => ip.is_loopback() || ip.is_unique_local() || ip.is_unicast_link_local(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hub_addresses_are_checked_and_tidied() {
        let ok = [
            ("https://hub.example.org/", "https://hub.example.org"),
            (
                "https://hub.example.org/peer",
                "https://hub.example.org/peer",
            ),
            ("http://127.0.0.1:8090", "http://127.0.0.1:8090"),
            ("http://192.168.1.20:8090/", "http://192.168.1.20:8090"),
            ("http://[::1]:8090", "http://[::1]:8090"),
            ("http://hub.local", "http://hub.local"),
            ("HTTPS://HUB.EXAMPLE.ORG", "https://hub.example.org"),
        ];
        for (typed, kept) in ok {
            assert_eq!(parse_hub_address(typed).unwrap(), kept, "{typed}");
        }
        let refused = [
            "hub.example.org",
            "http://hub.example.org",
            "http://8.8.8.8",
            "ftp://hub.example.org",
            "https://user:pw@hub.example.org",
            "https://hub.example.org/?x=1",
            "javascript:alert(1)",
        ];
        for typed in refused {
            let err = parse_hub_address(typed).unwrap_err();
            assert_eq!(err.code(), "invalid-hub-address", "{typed}");
            assert!(err.to_string().contains(typed), "{err}");
        }
    }

    #[test]
    fn a_new_hub_address_forgets_the_old_hubs_token() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(hub_link(&store).unwrap(), None);
        set_hub(&mut store, "https://a.example.org").unwrap();
        let id = Uuid::now_v7();
        set_credentials(&mut store, "secret", DeviceRole::Volunteer, Some(id)).unwrap();
        let link = set_hub(&mut store, "https://a.example.org/")
            .unwrap()
            .unwrap();
        assert_eq!(link.token.as_deref(), Some("secret"));
        assert_eq!(link.volunteer_id, Some(id));
        assert!(!serde_json::to_string(&link).unwrap().contains("secret"));

        let link = set_hub(&mut store, "https://b.example.org")
            .unwrap()
            .unwrap();
        assert_eq!((link.token, link.role), (None, DeviceRole::Reader));
        assert_eq!(set_hub(&mut store, "  ").unwrap(), None);
    }

    #[test]
    fn the_languages_synced_only_grow() {
        let mut store = Store::open_in_memory().unwrap();
        let ar: LanguageTag = "ar".parse().unwrap();
        let fa: LanguageTag = "fa".parse().unwrap();
        assert_eq!(sync_languages(&mut store, &ar).unwrap(), vec![ar.clone()]);
        assert_eq!(
            sync_languages(&mut store, &fa).unwrap(),
            vec![ar.clone(), fa.clone()]
        );
        assert_eq!(sync_languages(&mut store, &ar).unwrap(), vec![ar, fa]);
    }

    #[test]
    fn an_attempt_that_changed_nothing_keeps_the_last_changes() {
        let mut store = Store::open_in_memory().unwrap();
        let mut report = SyncReport {
            changed: 2,
            ..SyncReport::default()
        };
        report.articles_changed.insert(Uuid::now_v7());
        report.services_changed.insert(Uuid::now_v7());
        record_attempt(&mut store, Ok(&report)).unwrap();
        let first = last_changes(&store).unwrap().unwrap();
        assert_eq!((first.articles_changed, first.services_changed), (1, 1));

        record_attempt(&mut store, Ok(&SyncReport::default())).unwrap();
        let failure = SyncError::HubUnreachable {
            reason: "http://127.0.0.1:9: connection refused".into(),
        };
        let attempt = record_attempt(&mut store, Err(&failure)).unwrap();
        assert_eq!(attempt.failure.unwrap().code, "hub-unreachable");
        assert_eq!(last_attempt(&store).unwrap().unwrap().at, attempt.at);
        assert_eq!(last_changes(&store).unwrap(), Some(first));
    }
}
