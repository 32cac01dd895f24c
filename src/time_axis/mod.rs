//! The time axis without any UI: the visible window, where markers go, and the arithmetic of
//! the gestures that move it. `components::timeline` draws it; `pages::home` shows it.

pub mod gesture;
pub mod layout;
pub mod window;

pub use layout::{place, Label, Placement};
pub use window::TimeWindow;
