//! Phone numbers: the one rule for what looks like a phone number at all (pack validation)
//! and the one rule for a valid UK number (`peerguide check`), so services and volunteers'
//! contacts are judged alike.

/// True when `phone` is written like a phone number: 7 to 15 digits, with only spaces,
/// `+`, brackets and hyphens between them.
pub fn looks_like_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&digits)
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +()-".contains(c))
}

/// Numbers dialled as they are, with no area code: emergency (999, 112), NHS 111, police
/// 101, power cuts 105, and the 116 helplines (116 123, Samaritans).
fn is_short_code(digits: &str) -> bool {
    matches!(digits, "999" | "112" | "111" | "101" | "105")
        || (digits.len() == 6 && digits.starts_with("116"))
}

/// The number in national form (`01412227352`) when `phone` is a valid UK number: written
/// with a leading 0 or as +44 / 0044, then ten digits (nine for some small areas' 01 numbers
/// and some 0800 numbers),
/// in a range Ofcom allocates to callers' numbers (01, 02, 03, 05, 07, 08, 09). A UK short
/// code is kept as it is.
pub fn uk_national(phone: &str) -> Option<String> {
    if !phone
        .chars()
        .all(|c| c.is_ascii_digit() || " +()-".contains(c))
        || phone.matches('+').count() > usize::from(phone.trim_start().starts_with('+'))
    {
        return None;
    }
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if is_short_code(&digits) {
        return Some(digits);
    }
    let national = if let Some(rest) = digits
        .strip_prefix("44")
        .filter(|_| phone.trim_start().starts_with('+'))
    {
        format!("0{}", rest.strip_prefix('0').unwrap_or(rest))
    } else if let Some(rest) = digits.strip_prefix("0044") {
        format!("0{rest}")
    } else if digits.starts_with('0') && !phone.trim_start().starts_with('+') {
        digits
    } else {
        return None;
    };
    let len = national.len();
    let range = national.as_bytes().get(1).copied()?;
    let b = national.as_bytes();
    // 011x and 01x1 are the big cities' codes (0141 Glasgow), always seven-digit local
    // numbers; a few smaller areas (01387, 016977) still have shorter ones.
    let city = len > 4 && (b[2] == b'1' || b[3] == b'1');
    let ok = match range {
        b'2' | b'3' | b'5' | b'7' | b'9' => len == 11,
        b'1' => len == 11 || (len == 10 && !city),
        b'8' => len == 11 || (len == 10 && national.starts_with("0800")),
        _ => false,
    };
    ok.then_some(national)
}

/// True when `phone` is a valid UK number (see [`uk_national`]).
pub fn is_valid_uk(phone: &str) -> bool {
    uk_national(phone).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_numbers_as_people_write_them() {
        for ok in [
            "0141 222 7352",
            "0800 838 502",
            "0808 8010 503",
            "07700 900123",
            "+44 7700 900123",
            "+44 (0)141 496 0123",
            "0044 141 496 0123",
            "111",
            "116 123",
            "01387 12345", // Dumfries still has five-digit local numbers
        ] {
            assert!(is_valid_uk(ok), "{ok} is a UK number");
        }
        assert_eq!(
            uk_national("+44 141 222 7352").as_deref(),
            Some("01412227352")
        );
    }

    #[test]
    fn numbers_that_are_not_uk_numbers() {
        for bad in [
            "0141 222 735",   // a digit short
            "0141 222 73521", // a digit too many
            "0131 496 000",   // Edinburgh numbers are never short
            "+33 1 23 45 67 89",
            "0041 44 668 18 00",
            "06 12 34 56 78",
            "141 222 7352",
            "0141-222-7352 ext 4",
            "",
        ] {
            assert!(!is_valid_uk(bad), "{bad} is not a UK number");
        }
    }
}
