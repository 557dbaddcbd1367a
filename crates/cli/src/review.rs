//! `peerguide volunteers pending|approve|suspend|reinstate`: a coordinator reviewing
//! volunteer profiles on the hub, over its HTTP API.

use clap::Subcommand;
use peerguide_core::sync::Field;
use peerguide_core::sync::protocol::{
    Decision, ProfilesAnswer, ProfilesRequest, ReviewAnswer, ReviewRequest,
};
use peerguide_core::volunteer::{ReviewStatus, Volunteer};
use peerguide_sync_client::HttpTransport;

use crate::hub::Failure;

#[derive(Subcommand)]
pub enum ReviewCommand {
    /// List profiles waiting for approval, with what changed (coordinators only).
    Pending {
        #[arg(long)]
        hub: String,
        #[arg(long)]
        token: String,
    },
    /// Let others see a profile's words and contacts as they are on the hub now.
    Approve {
        #[arg(long)]
        hub: String,
        #[arg(long)]
        token: String,
        /// The digest `pending` showed: refused if the profile changed since you looked.
        /// Without it, what is on the hub now is approved and printed.
        #[arg(long)]
        seen: Option<String>,
        /// The profile's id or slug.
        profile: String,
    },
    /// Take a profile out of everyone's directory but its volunteer's and coordinators'.
    Suspend {
        #[arg(long)]
        hub: String,
        #[arg(long)]
        token: String,
        /// The profile's id or slug.
        profile: String,
    },
    /// End a suspension: others see the last approved version again.
    Reinstate {
        #[arg(long)]
        hub: String,
        #[arg(long)]
        token: String,
        /// The profile's id or slug.
        profile: String,
    },
}

fn list(
    transport: &mut HttpTransport,
    state: Option<ReviewStatus>,
) -> Result<ProfilesAnswer, Failure> {
    Ok(transport.call("/v1/volunteers/profiles", &ProfilesRequest { state })?)
}

pub fn run(command: ReviewCommand, json: bool) -> Result<(), Failure> {
    let (url, token, profile, decision, seen) = match command {
        ReviewCommand::Pending { hub, token } => return pending(&hub, &token, json),
        ReviewCommand::Approve {
            hub,
            token,
            seen,
            profile,
        } => (hub, token, profile, Decision::Approve, seen),
        ReviewCommand::Suspend {
            hub,
            token,
            profile,
        } => (hub, token, profile, Decision::Suspend, None),
        ReviewCommand::Reinstate {
            hub,
            token,
            profile,
        } => (hub, token, profile, Decision::Reinstate, None),
    };
    let mut transport = HttpTransport::new(&url, Some(token))?;
    let all = list(&mut transport, None)?;
    let found = all
        .profiles
        .iter()
        .find(|p| p.profile.id.to_string() == profile || p.profile.slug == profile)
        .ok_or_else(|| Failure::Usage(format!("no volunteer profile '{profile}' on {url}")))?;
    let review = found.profile.review.as_ref();
    let seen = match (decision, seen) {
        (Decision::Approve, None) => {
            // Nobody looked before: show what is being approved.
            if !json {
                println!("Approving, as it is on the hub now:");
                print_profile(found.profile.clone(), found.approved.as_ref(), &url);
            }
            review.map(|r| r.digest.clone())
        }
        (_, seen) => seen,
    };
    let answer: ReviewAnswer = transport.call(
        "/v1/volunteers/review",
        &ReviewRequest {
            id: found.profile.id,
            decision,
            seen,
        },
    )?;
    if json {
        crate::print_json(&answer);
    } else {
        let name = &found.profile.display_name;
        let what = match (answer.changed, answer.review.state) {
            (false, _) => "unchanged",
            (true, ReviewStatus::Approved) => "approved: others see it as it is now",
            (true, ReviewStatus::Pending) => {
                "reinstated: others see its last approved version; its changes still wait"
            }
            (true, ReviewStatus::Suspended) => {
                "suspended: others' devices drop it at their next sync"
            }
        };
        println!("{name} ({}): {what}.", found.profile.slug);
    }
    Ok(())
}

fn pending(url: &str, token: &str, json: bool) -> Result<(), Failure> {
    let mut transport = HttpTransport::new(url, Some(token.to_owned()))?;
    let answer = list(&mut transport, Some(ReviewStatus::Pending))?;
    if json {
        crate::print_json(&answer.profiles);
        return Ok(());
    }
    if answer.profiles.is_empty() {
        println!("No profiles are waiting for approval.");
    }
    for p in answer.profiles {
        print_profile(p.profile, p.approved.as_ref(), url);
    }
    Ok(())
}

/// A profile with each changed field, as it is now and as others see it.
fn print_profile(profile: Volunteer, approved: Option<&Volunteer>, url: &str) {
    let Some(review) = profile.review.clone() else {
        return;
    };
    let since = review.since.format("%Y-%m-%d %H:%M UTC");
    let first = if review.approved_at.is_some() {
        "changed since approval"
    } else {
        "new"
    };
    println!(
        "{} ({}, {}) — {first}, waiting since {since}",
        profile.display_name, profile.slug, profile.id
    );
    let now = serde_json::to_value(&profile).expect("profiles serialise");
    let before = approved.map(|a| serde_json::to_value(a).expect("profiles serialise"));
    let value = |v: &serde_json::Value, f: Field| v[f.as_str().replace('-', "_")].to_string();
    for field in &review.changed {
        println!("  {}: {}", field.as_str(), value(&now, *field));
        if let Some(before) = &before {
            println!(
                "  {:width$}  was {}",
                "",
                value(before, *field),
                width = field.as_str().len()
            );
        }
    }
    println!(
        "  approve: peerguide volunteers approve --hub {url} --token T --seen {} {}",
        review.digest, profile.slug
    );
}
