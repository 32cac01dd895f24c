//! The curated content: events, eras, categories, pictures, data series and key figures.
//!
//! `model` is what the app uses. On the host (never in the browser) `load` reads and checks the
//! curated files in assets/content/; `build.rs` runs it, so invalid content fails the build.
//! `sourcing` counts how much of it rests on independent sources.

pub mod model;

#[cfg(not(target_arch = "wasm32"))]
pub mod dates;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
#[cfg(not(target_arch = "wasm32"))]
pub mod photo;
#[cfg(not(target_arch = "wasm32"))]
pub mod problem;
#[cfg(not(target_arch = "wasm32"))]
pub mod problem_de;
#[cfg(not(target_arch = "wasm32"))]
mod raw;
#[cfg(not(target_arch = "wasm32"))]
pub mod rows;
pub mod sourcing;

pub use model::*;
