//! An in-process [`Transport`]: the core's sync engine talks to a [`Hub`] directly, with
//! every message passed through JSON as on the wire, so property tests run many replicas
//! fast and deterministically, without sockets.

use peerguide_core::sync::engine::{Transport, TransportError};
use peerguide_core::sync::protocol::{Page, PullRequest, PushAck, PushRequest};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::{Hub, HubError};

/// A device's connection to a hub in the same process.
pub struct InProcess {
    /// The hub.
    pub hub: Hub,
    /// The device's token, if it has one.
    pub token: Option<String>,
}

fn wire<T: Serialize, U: DeserializeOwned>(value: &T) -> U {
    serde_json::from_slice(&serde_json::to_vec(value).expect("serialises")).expect("round-trips")
}

fn refused(e: HubError) -> TransportError {
    TransportError::Refused {
        code: e.refusal(),
        message: e.to_string(),
    }
}

impl Transport for InProcess {
    fn pull(&mut self, req: &PullRequest) -> Result<Page, TransportError> {
        let who = self
            .hub
            .authenticate(self.token.as_deref())
            .map_err(refused)?;
        let page = self.hub.pull(&who, &wire(req)).map_err(refused)?;
        Ok(wire(&page))
    }

    fn push(&mut self, req: &PushRequest) -> Result<PushAck, TransportError> {
        let who = self
            .hub
            .authenticate(self.token.as_deref())
            .map_err(refused)?;
        let ack = self.hub.push(&who, &wire(req)).map_err(refused)?;
        Ok(wire(&ack))
    }
}
