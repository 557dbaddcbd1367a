//! The rules a volunteer profile is held to, each written once: a content pack's reader, the
//! app's save, the device's push and the hub all call these, so a profile one of them keeps
//! is one every other keeps, with the same code when it is refused.

use super::{Audience, Channel, Contact, ProfileFault, ProfileProblem, limits};
use crate::phone;

/// Whether `slug` is a slug: 1 to [`limits::SLUG_CHARS`] lower-case ASCII letters, digits and
/// inner hyphens. It becomes a folder name in a pack and a path segment in a link, so a
/// leading or trailing hyphen (which `hub export` could not write back) is refused too.
pub fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= limits::SLUG_CHARS
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// [`valid_slug`] as a profile's problem (field `slug`, code `invalid-change`).
pub fn check_slug(slug: &str) -> Result<(), ProfileProblem> {
    if valid_slug(slug) {
        return Ok(());
    }
    Err(ProfileProblem {
        field: "slug",
        fault: ProfileFault::WrongValue,
        reason: format!(
            "'{slug}' is not a slug (lower-case letters, digits and inner hyphens, at most {})",
            limits::SLUG_CHARS
        ),
    })
}

/// Whether `email` is written like an email address: something, `@`, a host with a dot, no
/// spaces. Whether it reaches anyone only sending can tell.
pub fn valid_email(email: &str) -> bool {
    matches!(email.split_once('@'), Some((user, host))
        if !user.is_empty() && host.contains('.') && !email.contains(char::is_whitespace))
}

/// Whether `value` is written like a contact of `channel`: a phone number for a call, a text
/// or WhatsApp ([`phone::looks_like_phone`]), an email address for email, anything not blank
/// for Signal (a number or a user name).
pub fn valid_contact_value(channel: Channel, value: &str) -> bool {
    match channel {
        Channel::Phone | Channel::Whatsapp => phone::looks_like_phone(value),
        Channel::Email => valid_email(value),
        Channel::Signal => !value.trim().is_empty(),
    }
}

/// Checks one contact: its length ([`limits::CONTACT_CHARS`], `profile-too-large`), a single
/// line with no direction overrides, and a value of its channel's form (`invalid-change`).
pub fn check_contact(c: &Contact) -> Result<(), ProfileProblem> {
    let problem = |fault, reason: String| ProfileProblem {
        field: "contacts",
        fault,
        reason,
    };
    let n = c.value.chars().count();
    if n > limits::CONTACT_CHARS {
        return Err(problem(
            ProfileFault::TooLarge,
            format!(
                "{n} characters in a contact; at most {}",
                limits::CONTACT_CHARS
            ),
        ));
    }
    if let Some(reason) = super::line_problem(&c.value) {
        return Err(problem(
            ProfileFault::WrongValue,
            format!("a contact {reason}"),
        ));
    }
    if !valid_contact_value(c.channel, &c.value) {
        let what = match c.channel {
            Channel::Phone | Channel::Whatsapp => {
                "a phone number (7 to 15 digits, with only spaces, +, brackets and hyphens)"
            }
            Channel::Email => "an email address",
            Channel::Signal => "a Signal number or user name",
        };
        return Err(problem(
            ProfileFault::WrongValue,
            format!("'{}' is not {what}", c.value),
        ));
    }
    Ok(())
}

impl Audience {
    /// Whether a viewer of this audience sees a contact visible to `contact`: each audience
    /// sees what is shown to it and to the audiences before it.
    pub fn sees(self, contact: Audience) -> bool {
        contact <= self
    }

    /// The audience's place in that order (everyone 0, volunteers 1, coordinators 2): how
    /// the store compares audiences in SQL.
    pub fn rank(self) -> i64 {
        match self {
            Audience::Everyone => 0,
            Audience::Volunteers => 1,
            Audience::Coordinators => 2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_as_packs_links_and_profiles_need_them() {
        for good in ["amal", "volunteer-0a1b2c3d4e5f", "gp-registration", "a1"] {
            assert!(valid_slug(good), "{good}");
            check_slug(good).unwrap();
        }
        let long = "a".repeat(limits::SLUG_CHARS + 1);
        for bad in [
            "", "-amal", "amal-", "Amal", "am al", "amál", "a_b", "a/b", &long,
        ] {
            assert!(!valid_slug(bad), "{bad}");
            assert_eq!(check_slug(bad).unwrap_err().fault.code(), "invalid-change");
        }
    }

    #[test]
    fn a_contact_is_of_its_channels_form() {
        let c = |channel, value: &str| Contact {
            channel,
            value: value.into(),
            visible_to: Audience::Everyone,
        };
        for good in [
            c(Channel::Phone, "0141 496 0000"),
            c(Channel::Whatsapp, "+44 (0)7700 900123"),
            c(Channel::Email, "amal@example.org"),
            c(Channel::Signal, "amal.01"),
        ] {
            check_contact(&good).unwrap();
        }
        for bad in [
            c(Channel::Phone, "call me"),
            c(Channel::Phone, "0141"),
            c(Channel::Whatsapp, "0141 496 0000 ext 4"),
            c(Channel::Email, "amal at example.org"),
            c(Channel::Signal, " "),
            c(Channel::Phone, "0141 496\n0000"),
            c(Channel::Phone, "\u{202E}0141 496 0000"),
        ] {
            let p = check_contact(&bad).unwrap_err();
            assert_eq!((p.field, p.fault.code()), ("contacts", "invalid-change"));
        }
        let long = c(Channel::Signal, &"7".repeat(limits::CONTACT_CHARS + 1));
        assert_eq!(
            check_contact(&long).unwrap_err().fault.code(),
            "profile-too-large"
        );
    }

    #[test]
    fn each_audience_sees_itself_and_those_before_it() {
        use Audience::*;
        for viewer in [Everyone, Volunteers, Coordinators] {
            for contact in [Everyone, Volunteers, Coordinators] {
                assert_eq!(viewer.sees(contact), contact.rank() <= viewer.rank());
            }
        }
        assert!(Coordinators.sees(Volunteers) && !Everyone.sees(Volunteers));
    }
}
