//! A QR code with a caption: the same view, or a source, on the visitor's phone.

use yew::prelude::*;

use crate::kiosk::qr::qr_svg;

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
}

/// The code, or nothing if the address is too long for one.
#[component]
pub fn TakeHome(props: &TakeHomeProps) -> Html {
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
