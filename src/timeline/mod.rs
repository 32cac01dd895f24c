//! The timeline's geometry, without any UI: the visible window and where markers go.

pub mod gesture;
pub mod layout;
pub mod window;

pub use layout::{place, Label, Placement};
pub use window::TimeWindow;
