//! A QR code with a caption: the same view, or a source, on the visitor's phone.

use yew::prelude::*;

use crate::kiosk::counts::Tally;
use crate::kiosk::qr::qr_svg;
use crate::state::{use_dispatch, Action};

/// Properties of [`TakeHome`].
#[derive(Properties, PartialEq, Clone)]
pub struct TakeHomeProps {
    /// What the code opens.
    pub address: AttrValue,
    /// The caption; empty for none.
    #[prop_or_default]
    pub label: AttrValue,
    /// The code's size in px.
    #[prop_or(160)]
    pub size: u32,
    /// What this code is the "take it home" code of (an event's or a chart's id): its showing
    /// is counted once per thing shown (kiosk counts); empty for a source's code, not counted.
    #[prop_or_default]
    pub counted_as: AttrValue,
}

/// The code, or nothing if the address is too long for one.
#[component]
pub fn TakeHome(props: &TakeHomeProps) -> Html {
    let dispatch = use_dispatch();
    use_effect_with(props.counted_as.clone(), move |counted_as| {
        if let (false, Some(dispatch)) = (counted_as.is_empty(), dispatch) {
            dispatch.dispatch(Action::Count(Tally::QrShown));
        }
    });
    let Some(svg) = qr_svg(&props.address, props.size) else {
        return Html::default();
    };
    // The XML prolog is not allowed inside HTML.
    let svg = svg
        .find("<svg")
        .map_or(svg.as_str(), |start| &svg[start..])
        .to_string();
    html! {
        <figure class="take-home" data-address={props.address.clone()}>
            <div class="take-home-code" role="img" aria-label={format!("QR: {}", props.address)}>
                { Html::from_html_unchecked(AttrValue::from(svg)) }
            </div>
            if !props.label.is_empty() {
                <figcaption>{ props.label.clone() }</figcaption>
            }
        </figure>
    }
}
