//! The pictograms inside controls (play, pause, close, previous, next, more below), drawn in
//! the control's text colour so a pressed or forced-colours control keeps its icon legible.

use yew::prelude::*;

/// What a control's icon shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Glyph {
    Play,
    Pause,
    Close,
    Previous,
    Next,
    /// More below: a chevron pointing down.
    Down,
}

/// A 24×24 pictogram; decorative (the control's label names what it does). A plain function,
/// not a component: it has no state, and each component type costs the wasm about 1 KB.
pub fn control_icon(glyph: Glyph) -> Html {
    let (path, filled) = match glyph {
        Glyph::Play => ("M7 4.5v15l12.5-7.5z", true),
        Glyph::Pause => ("M6.5 4.5h4v15h-4z M13.5 4.5h4v15h-4z", true),
        Glyph::Close => ("M6 6l12 12 M18 6L6 18", false),
        Glyph::Previous => ("M15 5l-7 7 7 7", false),
        Glyph::Next => ("M9 5l7 7-7 7", false),
        Glyph::Down => ("M5 9l7 7 7-7", false),
    };
    let (fill, stroke) = if filled {
        ("currentColor", "none")
    } else {
        ("none", "currentColor")
    };
    html! {
        <svg class="control-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d={path} {fill} {stroke} stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}
