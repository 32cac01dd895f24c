//! Reusable pieces of the views, one component per file.

pub mod document_meta;
pub mod language_switcher;
pub mod route_link;
pub mod site_header;
pub mod source_list;
