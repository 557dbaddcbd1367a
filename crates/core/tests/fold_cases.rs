//! The shared table of folding cases (`fold-cases.json`), which the public reader's offline
//! search in TypeScript runs too (`ui/test/fold.test.ts`): both must fold alike.

use peerguide_core::search::fold::fold;

#[test]
fn the_shared_folding_cases_hold_in_the_core() {
    let cases: serde_json::Value =
        serde_json::from_str(include_str!("fold-cases.json")).expect("fold-cases.json is JSON");
    let pairs = |name: &str| -> Vec<(String, String)> {
        cases[name]
            .as_array()
            .unwrap_or_else(|| panic!("fold-cases.json has no `{name}` list"))
            .iter()
            .map(|pair| {
                (
                    pair[0].as_str().expect("a string").to_owned(),
                    pair[1].as_str().expect("a string").to_owned(),
                )
            })
            .collect()
    };
    let same = pairs("same");
    assert!(same.len() > 30, "the table lost its cases");
    for (written, typed) in same {
        assert_eq!(
            fold(&written),
            fold(&typed),
            "{written:?} and {typed:?} should fold alike"
        );
    }
    for (text, folded) in pairs("exact") {
        assert_eq!(fold(&text), folded, "{text:?}");
    }
}
