//! The time axis without any UI: the visible window, where markers go, the classes of track
//! sizes the layout is made for, how wide a title is, and the arithmetic of the gestures that
//! move it. `components::timeline` draws it; `pages::home` shows it.

pub mod arrange;
pub mod classes;
pub mod era_names;
pub mod gesture;
pub mod layout;
pub mod text_width;
pub mod window;

pub use classes::{class_of, LayoutClass, CLASSES};
pub use layout::{place, Form, Item, Placement, Span};
pub use window::TimeWindow;
