//! Reusable pieces of the views, one component per file.

pub mod category_filter;
pub mod category_icon;
pub mod chart_view;
pub mod control_icon;
pub mod document_meta;
pub mod embed_code;
pub mod event_card;
pub mod event_index;
pub mod kiosk_supervisor;
pub mod language_switcher;
pub mod picture_figure;
pub mod pin_pad;
pub mod preview_card;
pub mod route_link;
pub mod series_table;
pub mod site_footer;
pub mod site_header;
pub mod source_list;
pub mod staff_door;
pub mod staff_panel;
pub mod take_home;
pub mod timeline;
