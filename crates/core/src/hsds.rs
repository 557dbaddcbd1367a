//! Services as Open Referral UK / HSDS 3.0 JSON: each service written as a fully nested HSDS
//! `service` (its organisation, phones, languages, schedules and location inside it), and
//! such services read back, from one file or a folder of them.
//!
//! HSDS has a place for most of a service; what it has none for (topics, cost and access as
//! the app's categories, the slug, translations, the sample flag) travels in HSDS
//! `attributes` under Peer Guide's own taxonomy, so a round trip through HSDS loses nothing.
//! `docs/content-pack.md` lists the mapping. No HTTP here: files in, files out.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveTime, Weekday};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::hours::{Closure, OpeningHours, TimeRange, WeeklyHours};
use crate::language::{LanguageTag, SOURCE_LANGUAGE};
use crate::pack::{Pack, PackProblem, Sourced};
use crate::service::{Access, Cost, Service, ServiceText};
use crate::topic::Topic;

/// The HSDS version written and read.
pub const HSDS_VERSION: &str = "3.0.1";

/// The taxonomy naming Peer Guide's own attribute terms.
const TAXONOMY: &str = "Peer Guide";

/// Schedule times are Glasgow wall-clock time, which has no fixed UTC offset.
const LOCAL_TIME_NOTE: &str = "Times are local time in Glasgow (Europe/London).";

const DAYS: [(Weekday, &str); 7] = [
    (Weekday::Mon, "MO"),
    (Weekday::Tue, "TU"),
    (Weekday::Wed, "WE"),
    (Weekday::Thu, "TH"),
    (Weekday::Fri, "FR"),
    (Weekday::Sat, "SA"),
    (Weekday::Sun, "SU"),
];

/// A stable id for a part of a service (its organisation, a phone, a schedule): the same
/// service always exports the same ids, so a consumer sees updates, not new records.
fn part_id(parts: &[&str]) -> String {
    let mut hash = Sha256::new();
    for part in parts {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    let bytes: [u8; 16] = hash.finalize()[..16].try_into().expect("16 bytes");
    uuid::Builder::from_custom_bytes(bytes)
        .into_uuid()
        .to_string()
}

fn cost_slug(cost: Cost) -> &'static str {
    match cost {
        Cost::Free => "free",
        Cost::LowCost => "low-cost",
        Cost::Paid => "paid",
    }
}

fn access_slug(access: Access) -> &'static str {
    match access {
        Access::WalkIn => "walk-in",
        Access::Appointment => "appointment",
        Access::WalkInOrAppointment => "walk-in-or-appointment",
    }
}

/// The services as an HSDS 3 service package: a JSON array of fully nested services.
pub fn export(services: &[Service]) -> Value {
    Value::Array(services.iter().map(export_service).collect())
}

fn insert_some(map: &mut Map<String, Value>, key: &str, value: Option<impl Into<Value>>) {
    if let Some(value) = value {
        map.insert(key.to_owned(), value.into());
    }
}

fn export_service(s: &Service) -> Value {
    let sid = s.id.to_string();
    let oid = part_id(&[&sid, "organization"]);
    let lid = part_id(&[&sid, "location"]);
    let en = s.texts.get(&LanguageTag::source());
    let description = en.map(|t| t.description.clone()).unwrap_or_default();

    let mut organization = Map::new();
    organization.insert("id".into(), json!(oid));
    organization.insert("name".into(), json!(s.name));
    organization.insert("description".into(), json!(description));
    insert_some(&mut organization, "website", s.web.clone());
    insert_some(&mut organization, "email", s.email.clone());

    let (address, exact) = split_address(&s.address);
    let mut address_json = json!({
        "id": part_id(&[&sid, "address"]),
        "location_id": lid,
        "address_1": address.line1,
        "city": address.city,
        "region": s.area,
        "state_province": "Scotland",
        "postal_code": address.postcode,
        "country": "GB",
        "address_type": "physical",
    });
    if let Some(line2) = address.line2 {
        address_json["address_2"] = json!(line2);
    }
    let mut location = json!({
        "id": lid,
        "location_type": "physical",
        "organization_id": oid,
        "name": s.name,
        "addresses": [address_json],
    });
    if let Some(acc) = en.and_then(|t| t.accessibility.as_ref()) {
        location["accessibility"] = json!([{
            "id": part_id(&[&sid, "accessibility"]),
            "location_id": lid,
            "description": acc,
        }]);
    }

    let mut attributes = Vec::new();
    let mut attribute = |kind: &str, code: &str, value: Option<&str>, lang: Option<&str>| {
        let term_id = part_id(&["peerguide-term", kind, code]);
        let mut term = json!({
            "id": term_id,
            "code": code,
            "name": format!("{kind}: {code}"),
            "description": format!("Peer Guide {kind}"),
            "taxonomy": TAXONOMY,
        });
        if let Some(lang) = lang {
            term["language"] = json!(lang);
        }
        let mut a = json!({
            "id": part_id(&[&sid, "attribute", kind, code]),
            "link_id": sid,
            "link_type": kind,
            "link_entity": "service",
            "taxonomy_term_id": term_id,
            "taxonomy_term": term,
        });
        if let Some(value) = value {
            a["value"] = json!(value);
        }
        attributes.push(a);
    };
    attribute("slug", "slug", Some(&s.slug), None);
    for topic in &s.topics {
        attribute("topic", topic.slug(), None, None);
    }
    attribute("cost", cost_slug(s.cost), None, None);
    attribute("access", access_slug(s.access), None, None);
    if s.sample {
        attribute("sample", "sample", Some("true"), None);
    }
    if exact {
        attribute("address", "address", Some(&s.address), None);
    }
    for (lang, text) in &s.texts {
        if lang.as_str() == SOURCE_LANGUAGE {
            continue;
        }
        let code = lang.as_str();
        attribute(
            "description",
            &format!("description-{code}"),
            Some(&text.description),
            Some(code),
        );
        if let Some(acc) = &text.accessibility {
            attribute(
                "accessibility",
                &format!("accessibility-{code}"),
                Some(acc),
                Some(code),
            );
        }
    }

    let mut service = Map::new();
    service.insert("id".into(), json!(sid));
    service.insert("organization_id".into(), json!(oid));
    service.insert("name".into(), json!(s.name));
    service.insert("description".into(), json!(description));
    insert_some(&mut service, "url", s.web.clone());
    insert_some(&mut service, "email", s.email.clone());
    service.insert("status".into(), json!("active"));
    service.insert(
        "fees_description".into(),
        json!(match s.cost {
            Cost::Free => "Free",
            Cost::LowCost => "Low cost, often with concessions",
            Cost::Paid => "Paid",
        }),
    );
    service.insert(
        "application_process".into(),
        json!(match s.access {
            Access::WalkIn => "Walk in during opening hours",
            Access::Appointment => "Book an appointment first",
            Access::WalkInOrAppointment => "Walk in during opening hours or book an appointment",
        }),
    );
    insert_some(
        &mut service,
        "assured_date",
        s.reviewed_on.map(|d| d.to_string()),
    );
    service.insert("organization".into(), Value::Object(organization));
    if let Some(phone) = &s.phone {
        service.insert(
            "phones".into(),
            json!([{ "id": part_id(&[&sid, "phone"]), "service_id": sid, "number": phone }]),
        );
    }
    service.insert(
        "languages".into(),
        Value::Array(
            s.languages
                .iter()
                .map(|l| {
                    json!({
                        "id": part_id(&[&sid, "language", l.as_str()]),
                        "service_id": sid,
                        "name": l.info().english_name,
                        "code": l.as_str(),
                    })
                })
                .collect(),
        ),
    );
    service.insert("schedules".into(), Value::Array(schedules(&sid, &s.hours)));
    service.insert(
        "service_at_locations".into(),
        json!([{
            "id": part_id(&[&sid, "service_at_location"]),
            "service_id": sid,
            "location_id": lid,
            "location": location,
        }]),
    );
    service.insert("attributes".into(), Value::Array(attributes));
    Value::Object(service)
}

/// Weekly hours as one WEEKLY schedule per distinct time range (its days in `byday`), then
/// each closure as a schedule valid over its dates with no opening time.
fn schedules(sid: &str, hours: &OpeningHours) -> Vec<Value> {
    let mut ranges: Vec<(TimeRange, Vec<&str>)> = Vec::new();
    for (day, code) in DAYS {
        for range in hours.weekly.day(day) {
            match ranges.iter_mut().find(|(r, _)| r == range) {
                Some((_, days)) => days.push(code),
                None => ranges.push((*range, vec![code])),
            }
        }
    }
    let weekly = ranges.into_iter().map(|(range, days)| {
        let text = range.to_string();
        json!({
            "id": part_id(&[sid, "schedule", &text]),
            "service_id": sid,
            "freq": "WEEKLY",
            "wkst": "MO",
            "byday": days.join(","),
            "opens_at": range.start.format("%H:%M").to_string(),
            "closes_at": range.end.format("%H:%M").to_string(),
            "notes": LOCAL_TIME_NOTE,
        })
    });
    let closures = hours.closures.iter().map(|c| {
        let mut s = json!({
            "id": part_id(&[sid, "closure", &c.from.to_string(), &c.to.to_string()]),
            "service_id": sid,
            "valid_from": c.from.to_string(),
            "valid_to": c.to.to_string(),
            "notes": "Closed",
        });
        if let Some(reason) = &c.reason {
            s["description"] = json!(reason);
        }
        s
    });
    weekly.chain(closures).collect()
}

/// A street address in the parts HSDS asks for.
struct Address {
    line1: String,
    line2: Option<String>,
    city: String,
    postcode: String,
}

/// Splits `17 Canalbank Terrace, Glasgow G20 9PL` into its parts. The second value says
/// whether putting the parts back together would not give the same text, in which case
/// the exact text travels as an attribute.
fn split_address(address: &str) -> (Address, bool) {
    let parts: Vec<&str> = address.split(", ").collect();
    let split = match parts.as_slice() {
        [first, middle @ .., last] => {
            let words: Vec<&str> = last.split(' ').collect();
            (words.len() >= 3 && is_postcode(&words[words.len() - 2..])).then(|| Address {
                line1: (*first).to_owned(),
                line2: (!middle.is_empty()).then(|| middle.join(", ")),
                city: words[..words.len() - 2].join(" "),
                postcode: words[words.len() - 2..].join(" "),
            })
        }
        _ => None,
    };
    match split {
        Some(a) if join_address(&a) == address => (a, false),
        _ => (
            Address {
                line1: address.to_owned(),
                line2: None,
                city: "Glasgow".to_owned(),
                postcode: String::new(),
            },
            true,
        ),
    }
}

fn join_address(a: &Address) -> String {
    let mut text = a.line1.clone();
    if let Some(line2) = &a.line2 {
        text.push_str(", ");
        text.push_str(line2);
    }
    let tail = [a.city.as_str(), a.postcode.as_str()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if !tail.is_empty() {
        if !text.is_empty() {
            text.push_str(", ");
        }
        text.push_str(&tail);
    }
    text
}

/// A UK postcode's two halves: `G20` (letters then a digit, four characters at most) and
/// `9PL` (a digit and two letters).
fn is_postcode(halves: &[&str]) -> bool {
    let [outward, inward] = halves else {
        return false;
    };
    let out = outward.as_bytes();
    let inw = inward.as_bytes();
    (2..=4).contains(&out.len())
        && out[0].is_ascii_uppercase()
        && out.iter().all(u8::is_ascii_alphanumeric)
        && out.iter().any(u8::is_ascii_digit)
        && inw.len() == 3
        && inw[0].is_ascii_digit()
        && inw[1..].iter().all(u8::is_ascii_uppercase)
}

/// Whether `path` holds HSDS JSON rather than a content pack: a `.json` file, or a folder
/// with `.json` files and none of a pack's parts.
pub fn is_hsds(path: &Path) -> bool {
    if path.is_file() {
        return path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    }
    let Ok(entries) = fs::read_dir(path) else {
        return false;
    };
    let names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let pack_parts = ["guidance", "services", "volunteers", "search.toml"];
    !names.iter().any(|n| pack_parts.contains(&n.as_str()))
        && names
            .iter()
            .any(|n| n.to_ascii_lowercase().ends_with(".json"))
}

/// Reads HSDS services from a `.json` file or every `.json` file of a folder: each file a
/// service, an array of services, or a page of them (`{"contents": [...]}`). Every problem
/// is reported at once, each naming the file and the field.
pub fn load(path: &Path) -> Result<Pack> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Io { path, source }
    };
    let (root, files): (&Path, Vec<PathBuf>) = if path.is_dir() {
        let mut files: Vec<PathBuf> = fs::read_dir(path)
            .map_err(io(path))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("json"))
            })
            .collect();
        files.sort();
        (path, files)
    } else {
        (
            path.parent().unwrap_or(Path::new("")),
            vec![path.to_owned()],
        )
    };
    let mut problems = Vec::new();
    let mut pack = Pack::default();
    let mut slugs = HashSet::new();
    for file in files {
        let rel = file.strip_prefix(root).unwrap_or(&file).to_owned();
        let text = fs::read_to_string(&file).map_err(io(&file))?;
        let value: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                problems.push(PackProblem {
                    file: rel,
                    line: Some(e.line()),
                    field: None,
                    message: format!("is not JSON: {e}"),
                });
                continue;
            }
        };
        let items: Vec<&Value> = match &value {
            Value::Array(items) => items.iter().collect(),
            Value::Object(o) => match o.get("contents") {
                Some(Value::Array(items)) => items.iter().collect(),
                _ => vec![&value],
            },
            _ => Vec::new(),
        };
        if items.is_empty() {
            problems.push(PackProblem {
                file: rel.clone(),
                line: None,
                field: None,
                message: "holds no HSDS service (an object, an array of them, or a page with \
                          'contents')"
                    .into(),
            });
        }
        for (i, item) in items.into_iter().enumerate() {
            let mut reader = ServiceReader {
                file: &rel,
                at: format!("[{i}]"),
                problems: &mut problems,
            };
            if let Some(mut service) = reader.service(item) {
                // Names can repeat across organisations; slugs must not.
                let base = service.record.slug.clone();
                let mut n = 2;
                while !slugs.insert(service.record.slug.clone()) {
                    service.record.slug = format!("{base}-{n}");
                    n += 1;
                }
                pack.services.push(service);
            }
        }
    }
    if problems.is_empty() {
        pack.services
            .sort_by(|a, b| a.record.slug.cmp(&b.record.slug));
        Ok(pack)
    } else {
        Err(Error::InvalidPack { problems })
    }
}

/// One of Peer Guide's own attributes: the term's code, the value, the term's language.
type Ours<'v> = (&'v str, Option<&'v str>, Option<&'v str>);

struct ServiceReader<'a> {
    file: &'a Path,
    at: String,
    problems: &'a mut Vec<PackProblem>,
}

fn str_of<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn array_of<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A slug made of a name's ASCII letters and digits, accents dropped (`St Aidan's Café` →
/// `st-aidans-cafe`).
fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.nfd() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if (c.is_whitespace() || c == '-' || c == '/' || c == '&')
            && !slug.ends_with('-')
            && !slug.is_empty()
        {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "service".to_owned()
    } else {
        slug
    }
}

/// `09:30`, `09:30:00`, `09:30Z` or `09:30+01:00`: the wall-clock part (Peer Guide's hours
/// are Glasgow time; see the docs).
fn parse_time(text: &str) -> Option<NaiveTime> {
    let clock = text
        .trim_end_matches('Z')
        .split(['+', '-'])
        .next()
        .unwrap_or(text);
    NaiveTime::parse_from_str(clock, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(clock, "%H:%M:%S"))
        .ok()
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), "%Y-%m-%d").ok()
}

impl ServiceReader<'_> {
    fn problem(&mut self, field: &str, message: impl Into<String>) {
        self.problems.push(PackProblem {
            file: self.file.to_owned(),
            line: None,
            field: Some(format!("{}.{field}", self.at)),
            message: message.into(),
        });
    }

    fn service(&mut self, v: &Value) -> Option<Sourced<Service>> {
        if !v.is_object() {
            self.problem("", "is not an HSDS service object");
            return None;
        }
        let id = match str_of(v, "id").map(Uuid::parse_str) {
            Some(Ok(id)) => Some(id),
            Some(Err(_)) => {
                self.problem("id", format!("'{}' is not a UUID", str_of(v, "id")?));
                None
            }
            None => None,
        };
        if let Some(id) = id {
            self.at = format!("{} (service {id})", self.at);
        }
        let name = str_of(v, "name").map(str::to_owned);
        if name.is_none() {
            self.problem("name", "every service needs a name");
        }
        let organization = v.get("organization").unwrap_or(&Value::Null);
        let locations: Vec<&Value> = array_of(v, "service_at_locations")
            .iter()
            .filter_map(|sal| sal.get("location"))
            .collect();

        // Peer Guide's own attributes, by kind.
        let mut ours: BTreeMap<&str, Vec<Ours>> = BTreeMap::new();
        let mut other_codes: Vec<&str> = Vec::new();
        for a in array_of(v, "attributes") {
            let term = a.get("taxonomy_term").unwrap_or(&Value::Null);
            let code = str_of(term, "code").unwrap_or_default();
            if str_of(term, "taxonomy") == Some(TAXONOMY) {
                ours.entry(str_of(a, "link_type").unwrap_or_default())
                    .or_default()
                    .push((
                        code,
                        a.get("value").and_then(Value::as_str),
                        str_of(term, "language"),
                    ));
            } else {
                other_codes.push(code);
            }
        }
        let ours_of = |kind: &str| ours.get(kind).map_or(&[][..], Vec::as_slice);

        let mut topics: Vec<Topic> = ours_of("topic")
            .iter()
            .filter_map(|(code, _, _)| code.parse().ok())
            .collect();
        if topics.is_empty() {
            // Another directory's taxonomy may use Peer Guide's topic slugs.
            topics = other_codes.iter().filter_map(|c| c.parse().ok()).collect();
        }
        topics.dedup();
        if topics.is_empty() {
            let known: Vec<&str> = Topic::ALL.iter().map(|t| t.slug()).collect();
            self.problem(
                "attributes",
                format!(
                    "names no Peer Guide topic: add an attribute whose taxonomy term code is one of {}",
                    known.join(", ")
                ),
            );
        }

        let address = locations
            .iter()
            .flat_map(|l| array_of(l, "addresses"))
            .find(|a| str_of(a, "address_type") != Some("postal"))
            .or_else(|| {
                locations
                    .iter()
                    .flat_map(|l| array_of(l, "addresses"))
                    .next()
            });
        let exact_address = ours_of("address").first().and_then(|(_, value, _)| *value);
        let address_text = exact_address.map(str::to_owned).or_else(|| {
            address.map(|a| {
                join_address(&Address {
                    line1: str_of(a, "address_1").unwrap_or_default().to_owned(),
                    line2: str_of(a, "address_2").map(str::to_owned),
                    city: str_of(a, "city").unwrap_or_default().to_owned(),
                    postcode: str_of(a, "postal_code").unwrap_or_default().to_owned(),
                })
            })
        });
        let address_text = address_text.filter(|a| !a.trim().is_empty());
        if address_text.is_none() {
            self.problem(
                "service_at_locations",
                "has no address: Peer Guide lists services people can find (a location with an address)",
            );
        }
        let area = address
            .and_then(|a| str_of(a, "region").or_else(|| str_of(a, "city")))
            .unwrap_or("Glasgow")
            .to_owned();

        let phone = array_of(v, "phones")
            .iter()
            .chain(array_of(organization, "phones"))
            .chain(locations.iter().flat_map(|l| array_of(l, "phones")))
            .find_map(|p| str_of(p, "number"))
            .map(str::to_owned);
        let web = str_of(v, "url")
            .or_else(|| str_of(organization, "website"))
            .map(str::to_owned);
        let email = str_of(v, "email")
            .or_else(|| str_of(organization, "email"))
            .map(str::to_owned);

        let mut languages: Vec<LanguageTag> = Vec::new();
        for (i, l) in array_of(v, "languages").iter().enumerate() {
            let Some(code) = str_of(l, "code") else {
                continue;
            };
            match code.parse::<LanguageTag>() {
                Ok(tag) if !languages.contains(&tag) => languages.push(tag),
                Ok(_) => {}
                Err(e) => self.problem(&format!("languages[{i}].code"), e.to_string()),
            }
        }
        if languages.is_empty() {
            // A UK directory that names no language serves in English.
            languages.push(LanguageTag::source());
        }

        let cost = match ours_of("cost").first().map(|(c, _, _)| *c) {
            Some("free") => Cost::Free,
            Some("low-cost") => Cost::LowCost,
            Some("paid") => Cost::Paid,
            _ => {
                let options = array_of(v, "cost_options");
                let fees = str_of(v, "fees_description")
                    .unwrap_or_default()
                    .to_lowercase();
                let charged = options
                    .iter()
                    .any(|o| o.get("amount").and_then(Value::as_f64).unwrap_or(0.0) > 0.0);
                if charged || (!fees.is_empty() && !fees.contains("free")) {
                    Cost::Paid
                } else {
                    Cost::Free
                }
            }
        };
        let access = match ours_of("access").first().map(|(c, _, _)| *c) {
            Some("walk-in") => Access::WalkIn,
            Some("appointment") => Access::Appointment,
            Some("walk-in-or-appointment") => Access::WalkInOrAppointment,
            _ => {
                let how = str_of(v, "application_process")
                    .unwrap_or_default()
                    .to_lowercase();
                let walk = how.contains("walk") || how.contains("drop");
                let book = how.contains("appointment") || how.contains("book");
                match (walk, book) {
                    (true, true) => Access::WalkInOrAppointment,
                    (true, false) => Access::WalkIn,
                    _ => Access::Appointment,
                }
            }
        };

        let hours = self.hours(v, &locations);

        let reviewed_on = match str_of(v, "assured_date") {
            Some(d) => match parse_date(d) {
                Some(date) => Some(date),
                None => {
                    self.problem(
                        "assured_date",
                        format!("'{d}' is not a date like 2026-03-12"),
                    );
                    None
                }
            },
            None => None,
        };

        let mut texts: BTreeMap<LanguageTag, ServiceText> = BTreeMap::new();
        let description = str_of(v, "description").or_else(|| str_of(organization, "description"));
        match description {
            Some(d) => {
                let accessibility: Vec<&str> = locations
                    .iter()
                    .flat_map(|l| array_of(l, "accessibility"))
                    .filter_map(|a| str_of(a, "description"))
                    .collect();
                texts.insert(
                    LanguageTag::source(),
                    ServiceText {
                        description: d.to_owned(),
                        accessibility: (!accessibility.is_empty())
                            .then(|| accessibility.join("\n")),
                    },
                );
            }
            None => self.problem("description", "every service needs a description"),
        }
        for (kind, is_description) in [("description", true), ("accessibility", false)] {
            for (code, value, lang) in ours_of(kind) {
                let (Some(value), Some(lang)) = (value, lang) else {
                    continue;
                };
                match lang.parse::<LanguageTag>() {
                    Ok(tag) => {
                        let text = texts.entry(tag).or_insert_with(|| ServiceText {
                            description: String::new(),
                            accessibility: None,
                        });
                        if is_description {
                            text.description = (*value).to_owned();
                        } else {
                            text.accessibility = Some((*value).to_owned());
                        }
                    }
                    Err(e) => self.problem(&format!("attributes ({code})"), e.to_string()),
                }
            }
        }
        if texts.values().any(|t| t.description.trim().is_empty()) {
            self.problem(
                "attributes",
                "a translated accessibility note has no description in its language",
            );
        }

        let slug = ours_of("slug")
            .first()
            .and_then(|(_, value, _)| *value)
            .map(slugify)
            .unwrap_or_else(|| slugify(name.as_deref().unwrap_or_default()));
        let sample = ours_of("sample")
            .first()
            .is_some_and(|(_, value, _)| *value != Some("false"));

        let (name, address) = (name?, address_text?);
        if topics.is_empty() || !texts.contains_key(&LanguageTag::source()) {
            return None;
        }
        Some(Sourced {
            file: self.file.to_owned(),
            explicit_id: id,
            record: Service {
                id: Uuid::nil(),
                slug,
                name,
                topics,
                area,
                address,
                phone,
                web,
                email,
                languages,
                cost,
                access,
                hours,
                reviewed_on,
                sample,
                texts,
            },
        })
    }

    /// Weekly hours from WEEKLY schedules with days and times, closures from schedules with
    /// dates and no opening time; the service's own schedules and its locations'.
    fn hours(&mut self, v: &Value, locations: &[&Value]) -> OpeningHours {
        let mut hours = OpeningHours::default();
        let all = array_of(v, "schedules").iter().chain(
            array_of(v, "service_at_locations")
                .iter()
                .flat_map(|sal| array_of(sal, "schedules")),
        );
        let all = all.chain(locations.iter().flat_map(|l| array_of(l, "schedules")));
        let mut seen = HashSet::new();
        for (i, s) in all.enumerate() {
            if let Some(id) = str_of(s, "id")
                && !seen.insert(id.to_owned())
            {
                continue;
            }
            let field = format!("schedules[{i}]");
            let opens = str_of(s, "opens_at");
            let closes = str_of(s, "closes_at");
            let byday = str_of(s, "byday");
            if opens.is_none() && closes.is_none() && byday.is_none() {
                let from = str_of(s, "valid_from").and_then(parse_date);
                let to = str_of(s, "valid_to").and_then(parse_date).or(from);
                match (from, to) {
                    (Some(from), Some(to)) if to >= from => hours.closures.push(Closure {
                        from,
                        to,
                        reason: str_of(s, "description").map(str::to_owned),
                    }),
                    _ => self.problem(
                        &field,
                        "a schedule with no opening time must be a closure with valid_from and valid_to dates",
                    ),
                }
                continue;
            }
            let freq = str_of(s, "freq").unwrap_or("WEEKLY");
            let interval = s.get("interval").and_then(Value::as_f64).unwrap_or(1.0);
            if freq != "WEEKLY" || interval != 1.0 {
                self.problem(
                    &field,
                    format!("only weekly hours can be held (this is {freq}, every {interval})"),
                );
                continue;
            }
            let range = match (opens.and_then(parse_time), closes.and_then(parse_time)) {
                (Some(start), Some(end)) if start != end => TimeRange { start, end },
                _ => {
                    self.problem(
                        &field,
                        format!(
                            "opens_at '{}' and closes_at '{}' are not two different times like 09:30",
                            opens.unwrap_or_default(),
                            closes.unwrap_or_default()
                        ),
                    );
                    continue;
                }
            };
            for day in byday.unwrap_or_default().split(',').map(str::trim) {
                match DAYS.iter().find(|(_, code)| *code == day) {
                    Some((weekday, _)) => day_mut(&mut hours.weekly, *weekday).push(range),
                    None => self.problem(
                        &format!("{field}.byday"),
                        format!("'{day}' is not a day of the week like MO or TU"),
                    ),
                }
            }
        }
        for (day, _) in DAYS {
            day_mut(&mut hours.weekly, day).sort_by_key(|r| r.start);
        }
        hours
    }
}

fn day_mut(weekly: &mut WeeklyHours, day: Weekday) -> &mut Vec<TimeRange> {
    match day {
        Weekday::Mon => &mut weekly.mon,
        Weekday::Tue => &mut weekly.tue,
        Weekday::Wed => &mut weekly.wed,
        Weekday::Thu => &mut weekly.thu,
        Weekday::Fri => &mut weekly.fri,
        Weekday::Sat => &mut weekly.sat,
        Weekday::Sun => &mut weekly.sun,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_split_into_hsds_parts_and_join_back() {
        for (text, line1, line2, city, postcode, exact) in [
            (
                "17 Canalbank Terrace, Glasgow G20 9PL",
                "17 Canalbank Terrace",
                None,
                "Glasgow",
                "G20 9PL",
                false,
            ),
            (
                "Unit 4, 120 Paisley Road West, Glasgow G51 1LE",
                "Unit 4",
                Some("120 Paisley Road West"),
                "Glasgow",
                "G51 1LE",
                false,
            ),
            (
                "Behind the church",
                "Behind the church",
                None,
                "Glasgow",
                "",
                true,
            ),
        ] {
            let (a, kept) = split_address(text);
            assert_eq!(
                (
                    a.line1.as_str(),
                    a.line2.as_deref(),
                    a.city.as_str(),
                    a.postcode.as_str(),
                    kept
                ),
                (line1, line2, city, postcode, exact),
                "{text}"
            );
            if !exact {
                assert_eq!(join_address(&a), text);
            }
        }
    }

    #[test]
    fn slugs_from_names() {
        assert_eq!(
            slugify("St Aidan's Kirk Welcome Café"),
            "st-aidans-kirk-welcome-cafe"
        );
        assert_eq!(slugify("Food & Fuel / Govan"), "food-fuel-govan");
        assert_eq!(slugify("مرکز"), "service");
    }

    #[test]
    fn times_keep_their_wall_clock_part() {
        for t in ["09:30", "09:30:00", "09:30Z", "09:30+01:00", "09:30-05:00"] {
            assert_eq!(parse_time(t), NaiveTime::from_hms_opt(9, 30, 0), "{t}");
        }
        assert_eq!(parse_time("half nine"), None);
    }
}
