//! One view per address (see `route::Route`).

pub mod about;
pub mod charts;
pub mod embed;
pub mod home;
pub mod legal;
pub mod not_found;
pub mod root;

use crate::i18n::Lang;
use yew::Properties;

/// Properties shared by the views that live under a language prefix.
#[derive(Properties, PartialEq, Clone, Copy, Debug)]
pub struct LangProps {
    /// The language from the address.
    pub lang: Lang,
}
