//! A kiosk in its own fonts all day. The Latin faces are `font-display: optional`
//! (scripts/fonts.py): where one arrives after the first paint, as it may when a cheap kiosk PC
//! starts its browser cold, the page keeps the fallback font for as long as it runs, even once
//! the face has loaded. On the web a visitor's next page has the face from the cache; a kiosk
//! runs one page all day. So at an idle reset, with nobody at the screen, a kiosk whose text is
//! drawn in the fallback while the faces are loaded starts over at its start address: the
//! faces come from the cache then and draw the page.
//!
//! Once per browser tab: should the faces come late again, the kiosk keeps going in the
//! fallback rather than start over at every reset. Only where a service worker serves the
//! start address, so that a kiosk without the network never starts over onto an error page.
//!
//! The browser calls live here, at the edge; on the host every call does nothing.

/// The family the exhibit's Latin faces are named by (scripts/fonts.py).
pub const FAMILY: &str = "Exhibit Latin";
/// Where a kiosk notes that it started over for its fonts (`sessionStorage`).
pub const RESTARTED_KEY: &str = "exhibit-fonts-restart";
/// The weights the faces are drawn in: running text and headings.
pub const WEIGHTS: [u16; 2] = [400, 700];

/// Whether text set in the exhibit's face, with two different fallbacks behind it, came out
/// in the fallbacks: the face draws both alike, the fallbacks (monospace and serif) do not.
pub fn drawn_in_fallback(widths_with_monospace: f64, widths_with_serif: f64) -> bool {
    (widths_with_monospace - widths_with_serif).abs() > 0.5
}

#[cfg(target_arch = "wasm32")]
pub use browser::start_over_in_own_fonts;

#[cfg(not(target_arch = "wasm32"))]
/// Starts the kiosk over at `start` if its text is drawn in the fallback font (on the host:
/// nothing).
pub fn start_over_in_own_fonts(_start: &str) {}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::{JsCast, JsValue};

    /// What the probe measures: Latin letters, digits and the dash of the exhibit's name.
    const PROBE: &str = "Nanjing – Stuttgart 1995 Städtefreundschaft";

    /// At an idle reset: where the exhibit's faces are loaded but the page draws its text in
    /// the fallback, the kiosk starts over at `start` (once per tab, and only where a service
    /// worker serves the start address).
    pub fn start_over_in_own_fonts(start: &str) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(document) = window.document() else {
            return;
        };
        if served_by_worker(&window)
            && faces_loaded(&document)
            && in_fallback(&document)
            && crate::kiosk::update::may_restart(super::RESTARTED_KEY, f64::INFINITY)
        {
            let _ = window.location().replace(start);
        }
    }

    /// Whether a service worker controls the page (and so serves the start address offline).
    fn served_by_worker(window: &web_sys::Window) -> bool {
        let navigator = window.navigator();
        js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
            .ok()
            .filter(|workers| !workers.is_undefined() && !workers.is_null())
            .and_then(|workers| {
                js_sys::Reflect::get(&workers, &JsValue::from_str("controller")).ok()
            })
            .is_some_and(|controller| !controller.is_undefined() && !controller.is_null())
    }

    /// Whether the faces of both weights have loaded: only then does starting over help.
    fn faces_loaded(document: &web_sys::Document) -> bool {
        let fonts = document.fonts();
        super::WEIGHTS.iter().all(|weight| {
            fonts
                .check(&format!("{weight} 16px \"{}\"", super::FAMILY))
                .unwrap_or(false)
        })
    }

    /// Whether the page draws the exhibit's face in the fallback, in either weight.
    fn in_fallback(document: &web_sys::Document) -> bool {
        let Some(body) = document.body() else {
            return false;
        };
        super::WEIGHTS.iter().any(|weight| {
            let width = |fallback: &str| -> Option<f64> {
                let probe = document
                    .create_element("span")
                    .ok()?
                    .dyn_into::<web_sys::HtmlElement>()
                    .ok()?;
                probe.set_text_content(Some(PROBE));
                let style = probe.style();
                for (name, value) in [
                    ("font-family", format!("\"{}\", {fallback}", super::FAMILY)),
                    ("font-weight", weight.to_string()),
                    ("font-size", "32px".to_string()),
                    ("position", "absolute".to_string()),
                    ("visibility", "hidden".to_string()),
                    ("white-space", "nowrap".to_string()),
                ] {
                    style.set_property(name, &value).ok()?;
                }
                body.append_child(&probe).ok()?;
                let width = probe.get_bounding_client_rect().width();
                probe.remove();
                Some(width)
            };
            match (width("monospace"), width("serif")) {
                (Some(monospace), Some(serif)) => super::drawn_in_fallback(monospace, serif),
                _ => false,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::drawn_in_fallback;

    #[test]
    fn the_face_draws_both_probes_alike_and_the_fallbacks_do_not() {
        assert!(!drawn_in_fallback(612.4, 612.4));
        assert!(!drawn_in_fallback(612.4, 612.7));
        assert!(drawn_in_fallback(806.0, 612.4));
        assert!(drawn_in_fallback(540.0, 612.4));
    }
}
