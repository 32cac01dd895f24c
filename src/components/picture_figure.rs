//! A picture with its caption: a drawing as its SVG file; a photograph as a `<picture>` with
//! its WebP sizes and a JPEG fallback, its shape in `width` and `height` (nothing moves when it
//! arrives), loaded lazily; the caption names who made it, the licence and where the original
//! comes from (links on the web, plain text on a kiosk, where a link leads nowhere).

use yew::prelude::*;

use crate::content::Picture;
use crate::i18n::format::colon;
use crate::i18n::{ui, Lang};

/// How wide a picture is shown, for the browser's choice of size: the card's picture is at
/// most 28rem wide (assets/style.css, `.event-picture img`), the whole screen on a phone.
pub const SIZES: &str = "(max-width: 32rem) 100vw, 28rem";

/// One picture and its caption; on a kiosk (`kiosk`) the caption has no links. A plain
/// function, not a component: it has no state of its own.
pub fn picture_figure(lang: Lang, picture: &Picture, kiosk: bool) -> Html {
    let alt = picture.alt.get(lang).to_string();
    let image = match &picture.sizes {
        // A drawing scales to any width by itself.
        None => html! {
            <img src={crate::base::outward(&format!("/{}", picture.file))} {alt} width="320" height="180" />
        },
        Some(sizes) => {
            let srcset = |format: &str| {
                sizes
                    .widths
                    .iter()
                    .map(|&w| format!("{}/{} {w}w", crate::base::base(), sizes.file(w, format)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let fallback = sizes.widths.first().copied().unwrap_or(sizes.width);
            html! {
                <picture>
                    <source type="image/webp" srcset={srcset("webp")} sizes={SIZES} />
                    <img src={crate::base::outward(&format!("/{}", sizes.file(fallback, "jpg")))} srcset={srcset("jpg")}
                        sizes={SIZES} {alt} width={sizes.width.to_string()}
                        height={sizes.height.to_string()} loading="lazy" decoding="async" />
                </picture>
            }
        }
    };
    let licence = match &picture.licence_url {
        Some(url) if !kiosk => html! {
            <a href={url.clone()} rel="license noopener noreferrer">{ picture.licence.clone() }</a>
        },
        _ => html! { { picture.licence.clone() } },
    };
    // Where the original comes from: its name, or (without one) its address without the scheme.
    let source = picture.source.clone().or_else(|| {
        picture.source_url.as_deref().map(|url| {
            url.trim_start_matches("https://")
                .trim_start_matches("http://")
                .to_string()
        })
    });
    html! {
        <figure class="event-picture">
            { image }
            <figcaption>
                <span class="picture-credit">{ picture.credit.get(lang).to_string() }</span>
                { " · " }
                <span class="picture-licence">{ licence }</span>
                if let Some(source) = source {
                    { " · " }
                    <span class="picture-source">
                        { ui(lang).picture_source }{ colon(lang) }
                        if let (Some(url), false) = (&picture.source_url, kiosk) {
                            <a href={url.clone()} rel="noopener noreferrer">{ source }</a>
                        } else {
                            { source }
                        }
                    </span>
                }
            </figcaption>
        </figure>
    }
}
