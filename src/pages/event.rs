//! One event, addressed by its id: the timeline with that event's card open.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::pages::timeline::TimelinePage;

/// Properties of [`EventPage`].
#[derive(Properties, PartialEq, Clone, Debug)]
pub struct EventPageProps {
    /// The language from the address.
    pub lang: Lang,
    /// The event's id from the address.
    pub id: AttrValue,
}

/// The timeline with the event selected; an unknown id gets a clear message in the card.
#[component]
pub fn EventPage(props: &EventPageProps) -> Html {
    html! { <TimelinePage lang={props.lang} selected={Some(props.id.clone())} /> }
}
