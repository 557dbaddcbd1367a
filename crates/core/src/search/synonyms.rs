//! Search synonyms an organisation keeps per language (`search.toml` in a pack): people type
//! the everyday word (`دکتر`, `dole`) for what the guide calls otherwise (`پزشک`, `Universal
//! Credit`). A query word that is a member of a group also matches every other member.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::language::LanguageTag;
use crate::search::fold;

/// Groups of words or phrases that mean the same to a reader, per language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Synonyms(pub BTreeMap<LanguageTag, Vec<Vec<String>>>);

/// One group, each member folded and split into its words.
pub(crate) type Group = Vec<Vec<String>>;

impl Synonyms {
    /// The name these are kept under on a device.
    pub const SETTING: &'static str = "search.synonyms";

    /// True when no language has a group.
    pub fn is_empty(&self) -> bool {
        self.0.values().all(Vec::is_empty)
    }

    /// The groups that apply to a query typed by a reader of `reader`: those of the reader's
    /// language and of English (the language every guide falls back to, which readers also
    /// type), folded the way the index and queries are.
    pub(crate) fn groups_for(&self, reader: &LanguageTag) -> Vec<Group> {
        self.0
            .iter()
            .filter(|(lang, _)| lang.base() == reader.base() || lang.base() == "en")
            .flat_map(|(_, groups)| groups)
            .map(|group| {
                group
                    .iter()
                    .map(|member| {
                        let folded = fold::fold(member);
                        fold::words(&folded).map(str::to_owned).collect::<Vec<_>>()
                    })
                    .filter(|member| !member.is_empty())
                    .collect::<Group>()
            })
            .filter(|group| group.len() > 1)
            .collect()
    }
}
