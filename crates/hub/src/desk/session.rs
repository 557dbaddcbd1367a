//! Desk sessions: a coordinator signs in with a device token or a coordinator invite code,
//! and the browser holds a random session id in a cookie. The hub keeps only its hash, the
//! CSRF token the page sends back on writes, the name shown in history, and the device token
//! the session stands on (revoking that token ends the session).

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use crate::auth::{Principal, Role, hash, hex, normalise_code, now_secs};
use crate::error::{HubError, Result};
use crate::{Hub, random_bytes};

/// The longest name shown in history, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// How a coordinator signs in to the desk: exactly one of `token` and `code`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    /// A coordinator's device token.
    #[serde(default)]
    pub token: Option<String>,
    /// A one-time code from `peerguide hub invite --role coordinator`.
    #[serde(default)]
    pub code: Option<String>,
    /// The name the desk's history shows for what they do.
    pub name: String,
}

/// A live session, as the page may know it (never the session id itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskSession {
    /// The name shown in history.
    pub name: String,
    /// Sent back in the `x-desk-csrf` header on every write.
    pub csrf: String,
    /// Unix seconds after which the session no longer works.
    pub expires_at: u64,
    /// The device token the session stands on (never sent to the page).
    #[serde(skip)]
    pub token_id: String,
}

impl Hub {
    /// Opens a desk session for a coordinator; returns the session id (for the cookie only)
    /// and the session. A volunteer's code is refused without being used up.
    pub fn desk_sign_in(&self, req: &SignIn) -> Result<(String, DeskSession)> {
        let name = req.name.trim();
        if name.is_empty()
            || name.chars().count() > MAX_NAME_CHARS
            || name.chars().any(char::is_control)
        {
            return Err(HubError::WrongShape {
                reason: format!(
                    "'name' must be 1 to {MAX_NAME_CHARS} characters without control characters"
                ),
            });
        }
        let token_id = match (req.token.as_deref(), req.code.as_deref()) {
            (Some(token), None) => match self.authenticate(Some(token.trim()))? {
                Principal::Coordinator { token_id } => token_id,
                who => {
                    return Err(HubError::Forbidden {
                        role: who.role_name(),
                        action: "open the desk",
                    });
                }
            },
            (None, Some(code)) => {
                let role = self.invite_role(code)?;
                if role != Role::Coordinator {
                    return Err(HubError::Forbidden {
                        role: "volunteer",
                        action: "open the desk",
                    });
                }
                self.redeem(code)?.token_id
            }
            _ => {
                return Err(HubError::WrongShape {
                    reason: "give either 'token' or 'code'".into(),
                });
            }
        };
        let id = format!("pgd_{}", hex(&random_bytes::<32>()));
        let csrf = hex(&random_bytes::<24>());
        let now = now_secs();
        let expires_at = now.saturating_add(self.config().desk_session_secs);
        let name = name.to_owned();
        self.write(|tx, _| {
            tx.execute(
                "DELETE FROM desk_sessions WHERE expires_at < ?1",
                [now as i64],
            )?;
            tx.execute(
                "INSERT INTO desk_sessions (id_hash, csrf, token_id, name, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    hash(&id),
                    &csrf,
                    &token_id,
                    &name,
                    now as i64,
                    expires_at as i64,
                ),
            )?;
            Ok(())
        })?;
        tracing::info!(token_id = %token_id, "desk session opened");
        Ok((
            id,
            DeskSession {
                name,
                csrf,
                expires_at,
                token_id,
            },
        ))
    }

    /// The session a cookie holds, if it is live and its device token still works.
    pub fn desk_session(&self, id: Option<&str>) -> Result<DeskSession> {
        let Some(id) = id else {
            return Err(HubError::SessionRequired);
        };
        let row = self.read(|tx| {
            Ok(tx
                .query_row(
                    "SELECT s.name, s.csrf, s.expires_at, t.expires_at, t.revoked_at, t.id
                     FROM desk_sessions s JOIN tokens t ON t.id = s.token_id
                     WHERE s.id_hash = ?1",
                    [hash(id)],
                    |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, i64>(2)?,
                            r.get::<_, i64>(3)?,
                            r.get::<_, Option<i64>>(4)?,
                            r.get::<_, String>(5)?,
                        ))
                    },
                )
                .optional()?)
        })?;
        let Some((name, csrf, expires_at, token_expires, revoked, token_id)) = row else {
            return Err(HubError::SessionRequired);
        };
        let now = now_secs() as i64;
        if expires_at <= now || token_expires <= now || revoked.is_some() {
            return Err(HubError::SessionExpired);
        }
        Ok(DeskSession {
            name,
            csrf,
            expires_at: expires_at as u64,
            token_id,
        })
    }

    /// Ends a session (signing out); an unknown id changes nothing.
    pub fn desk_sign_out(&self, id: &str) -> Result<()> {
        self.write(|tx, _| {
            tx.execute("DELETE FROM desk_sessions WHERE id_hash = ?1", [hash(id)])?;
            Ok(())
        })
    }

    /// The role an unused, unexpired invite grants, without using it.
    fn invite_role(&self, code: &str) -> Result<Role> {
        let code_hash = hash(&normalise_code(code));
        let row = self.read(|tx| {
            Ok(tx
                .query_row(
                    "SELECT role, expires_at, redeemed_at FROM invites WHERE code_hash = ?1",
                    [&code_hash],
                    |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, i64>(1)?,
                            r.get::<_, Option<i64>>(2)?,
                        ))
                    },
                )
                .optional()?)
        })?;
        match row {
            None => Err(HubError::InviteUnknown),
            Some((_, _, Some(_))) => Err(HubError::InviteUsed),
            Some((_, expires, None)) if (expires as u64) < now_secs() => {
                Err(HubError::InviteExpired)
            }
            Some((role, _, None)) => Role::parse(&role).ok_or(HubError::InviteUnknown),
        }
    }
}
