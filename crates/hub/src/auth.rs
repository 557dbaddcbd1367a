//! Roles, invites and device tokens. An invite code is single-use and is exchanged for a
//! device token; the hub keeps only SHA-256 hashes of both, so its database holds no secret.

use rusqlite::OptionalExtension;
use sha2::{Digest, Sha256};
use uuid::Uuid;

pub use peerguide_core::sync::protocol::{Invite, Redeemed, Role, TokenInfo};

use crate::error::{HubError, Result};
use crate::{Hub, MAX_TOKEN_TTL_SECS, now_ms, random_bytes};

/// Who is asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    /// A reader with no token.
    Anonymous,
    /// A volunteer, owning one profile.
    Volunteer {
        /// The token's id.
        token_id: String,
        /// Their profile.
        volunteer_id: Uuid,
    },
    /// A coordinator.
    Coordinator {
        /// The token's id.
        token_id: String,
    },
}

impl Principal {
    /// The role's name, for messages.
    pub fn role_name(&self) -> &'static str {
        match self {
            Principal::Anonymous => "reader without a token",
            Principal::Volunteer { .. } => "volunteer",
            Principal::Coordinator { .. } => "coordinator",
        }
    }

    /// Whom a page was cut for, as signed in it: each role sees a different cut of the
    /// profiles, and a volunteer their own profile whole.
    pub fn viewer(&self) -> String {
        match self {
            Principal::Anonymous => "reader".into(),
            Principal::Volunteer { volunteer_id, .. } => format!("volunteer:{volunteer_id}"),
            Principal::Coordinator { .. } => "coordinator".into(),
        }
    }

    pub(crate) fn require_coordinator(&self, action: &'static str) -> Result<()> {
        match self {
            Principal::Coordinator { .. } => Ok(()),
            Principal::Anonymous => Err(HubError::TokenRequired),
            Principal::Volunteer { .. } => Err(HubError::Forbidden {
                role: self.role_name(),
                action,
            }),
        }
    }
}

const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ23456789";

pub(crate) fn hash(text: &str) -> Vec<u8> {
    Sha256::digest(text.as_bytes()).to_vec()
}

/// Upper-cases and drops dashes and spaces, so a code read over the phone still works.
pub(crate) fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// `secs` seconds after `now`, at most the last second the database can hold.
fn secs_after(now: u64, secs: u64) -> u64 {
    now.saturating_add(secs).min(i64::MAX as u64)
}

pub(crate) fn now_secs() -> u64 {
    now_ms() / 1000
}

impl Hub {
    /// Creates a single-use invite for `role`. `token_ttl_secs` overrides how long the
    /// token it gives will last; more than [`MAX_TOKEN_TTL_SECS`] is refused.
    pub fn create_invite(&self, role: Role, token_ttl_secs: Option<u64>) -> Result<Invite> {
        let ttl = token_ttl_secs.unwrap_or(self.config().token_ttl_secs);
        if ttl > MAX_TOKEN_TTL_SECS {
            return Err(HubError::InvalidLifetime {
                secs: ttl,
                max: MAX_TOKEN_TTL_SECS,
            });
        }
        let bytes = random_bytes::<12>();
        let raw: String = bytes
            .iter()
            .map(|b| CODE_ALPHABET[*b as usize % CODE_ALPHABET.len()] as char)
            .collect();
        let code = format!("{}-{}-{}", &raw[0..4], &raw[4..8], &raw[8..12]);
        let volunteer_id = (role == Role::Volunteer).then(Uuid::now_v7);
        let now = now_secs();
        let expires_at = secs_after(now, self.config().invite_ttl_secs);
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO invites (code_hash, role, volunteer_id, created_at, expires_at,
                                      token_ttl_secs)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    hash(&normalise_code(&code)),
                    role.as_str(),
                    volunteer_id,
                    now as i64,
                    expires_at as i64,
                    ttl as i64,
                ),
            )?;
            Ok(())
        })?;
        tracing::info!(role = role.as_str(), "invite created");
        Ok(Invite {
            code,
            role,
            volunteer_id,
            expires_at,
        })
    }

    /// Exchanges an invite code for a device token, once.
    pub fn redeem(&self, code: &str) -> Result<Redeemed> {
        let code_hash = hash(&normalise_code(code));
        let now = now_secs();
        let token = format!("pgt_{}", hex(&random_bytes::<32>()));
        let token_id = hex(&random_bytes::<8>());
        let redeemed = self.write(|tx, _| {
            type InviteRow = (String, Option<Uuid>, i64, i64, Option<i64>);
            let row: Option<InviteRow> = tx
                .query_row(
                    "SELECT role, volunteer_id, expires_at, token_ttl_secs, redeemed_at
                     FROM invites WHERE code_hash = ?1",
                    [&code_hash],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .optional()?;
            let Some((role, volunteer_id, expires_at, ttl, redeemed_at)) = row else {
                return Err(HubError::InviteUnknown);
            };
            if redeemed_at.is_some() {
                return Err(HubError::InviteUsed);
            }
            if (expires_at as u64) < now {
                return Err(HubError::InviteExpired);
            }
            let role = Role::parse(&role).ok_or(HubError::InviteUnknown)?;
            tx.execute(
                "UPDATE invites SET redeemed_at = ?1 WHERE code_hash = ?2",
                (now as i64, &code_hash),
            )?;
            // Invites made before lifetimes were bounded may hold any number.
            let ttl = u64::try_from(ttl).unwrap_or(0).min(MAX_TOKEN_TTL_SECS);
            let token_expires = secs_after(now, ttl);
            tx.execute(
                "INSERT INTO tokens (id, token_hash, role, volunteer_id, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    &token_id,
                    hash(&token),
                    role.as_str(),
                    volunteer_id,
                    now as i64,
                    token_expires as i64,
                ),
            )?;
            Ok(Redeemed {
                token: token.clone(),
                token_id: token_id.clone(),
                role,
                volunteer_id,
                expires_at: token_expires,
            })
        })?;
        tracing::info!(role = redeemed.role.as_str(), token_id = %redeemed.token_id, "invite redeemed");
        Ok(redeemed)
    }

    /// Who holds `bearer` (no token: an anonymous reader). A token that is unknown,
    /// expired or revoked is refused, never silently treated as anonymous.
    pub fn authenticate(&self, bearer: Option<&str>) -> Result<Principal> {
        let Some(token) = bearer else {
            return Ok(Principal::Anonymous);
        };
        let token_hash = hash(token);
        let row = self.read(|tx| {
            Ok(tx
                .query_row(
                    "SELECT id, role, volunteer_id, expires_at, revoked_at FROM tokens
                     WHERE token_hash = ?1",
                    [&token_hash],
                    |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, Option<Uuid>>(2)?,
                            r.get::<_, i64>(3)?,
                            r.get::<_, Option<i64>>(4)?,
                        ))
                    },
                )
                .optional()?)
        })?;
        let Some((token_id, role, volunteer_id, expires_at, revoked_at)) = row else {
            return Err(HubError::TokenUnknown);
        };
        if revoked_at.is_some() {
            return Err(HubError::TokenRevoked);
        }
        if (expires_at as u64) <= now_secs() {
            return Err(HubError::TokenExpired);
        }
        match (Role::parse(&role), volunteer_id) {
            (Some(Role::Coordinator), _) => Ok(Principal::Coordinator { token_id }),
            (Some(Role::Volunteer), Some(volunteer_id)) => Ok(Principal::Volunteer {
                token_id,
                volunteer_id,
            }),
            _ => Err(HubError::TokenUnknown),
        }
    }

    /// Revokes a token by id: its device can no longer push or pull beyond public content.
    pub fn revoke(&self, token_id: &str) -> Result<()> {
        let n = self.write(|tx, _| {
            Ok(tx.execute(
                "UPDATE tokens SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL",
                (now_secs() as i64, token_id),
            )?)
        })?;
        if n == 0 {
            let exists = self.tokens()?.iter().any(|t| t.id == token_id);
            if !exists {
                return Err(HubError::TokenNotFound {
                    id: token_id.to_owned(),
                });
            }
        }
        tracing::info!(token_id, "token revoked");
        Ok(())
    }

    /// Revokes every token of the devices that speak for the profile `volunteer_id` (the
    /// coordinator's "end this volunteer's access" in the app); answers how many were live.
    /// At its next contact each such device forgets everything that is not public content.
    pub fn revoke_volunteer(&self, volunteer_id: Uuid) -> Result<usize> {
        let n = self.write(|tx, _| {
            Ok(tx.execute(
                "UPDATE tokens SET revoked_at = ?1 WHERE volunteer_id = ?2 AND revoked_at IS NULL",
                (now_secs() as i64, volunteer_id),
            )?)
        })?;
        tracing::info!(%volunteer_id, revoked = n, "volunteer's tokens revoked");
        Ok(n)
    }

    /// Every token, newest first.
    pub fn tokens(&self) -> Result<Vec<TokenInfo>> {
        self.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT id, role, volunteer_id, created_at, expires_at, revoked_at FROM tokens
                 ORDER BY created_at DESC, id",
            )?;
            let rows = stmt
                .query_map([], |r| {
                    Ok(TokenInfo {
                        id: r.get(0)?,
                        role: Role::parse(&r.get::<_, String>(1)?).unwrap_or(Role::Volunteer),
                        volunteer_id: r.get(2)?,
                        created_at: r.get::<_, i64>(3)? as u64,
                        expires_at: r.get::<_, i64>(4)? as u64,
                        revoked_at: r.get::<_, Option<i64>>(5)?.map(|v| v as u64),
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
