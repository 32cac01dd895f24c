//! The small pictograms that mark a category, so it never shows by colour alone.

use yew::prelude::*;

/// A 24×24 line pictogram in the current text colour for `icon` (one of
/// `content::load::ICONS`); decorative (the label names the category). A plain function, not a
/// component: it has no state, and each component type costs the wasm about 1 KB.
pub fn category_icon(icon: &str) -> Html {
    let path = match icon {
        // Two hands meeting.
        "handshake" => "M2 12l5-5 4 3 3-3 5 2 3 3-6 6-3-2-2 2-3-2-2 1z M9 14l3 3",
        // A factory with a chimney and saw-tooth roof.
        "factory" => "M3 21V11l5 3v-3l5 3v-3l5 3V4h3v17z M7 17h2 M11 17h2 M15 17h2",
        // A fair stand: a flag over a booth.
        "fair" => "M4 21V9h16v12 M4 9l2-4h12l2 4 M9 21v-6h6v6 M12 5V2l3 1-3 1",
        // A lantern.
        "lantern" => "M12 2v3 M8 5h8 M7 8c0-2 10-2 10 0v8c0 2-10 2-10 0z M8 19h8 M12 19v3",
        // A flag.
        "flag" => "M5 22V3 M5 4h12l-2 4 2 4H5",
        _ => "M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16",
    };
    html! {
        <svg class="category-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d={path} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}
