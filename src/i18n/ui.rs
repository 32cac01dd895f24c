//! Interface strings: the list of keys, one field each.
//!
//! The texts themselves are content (`assets/content/interface.toml`): curators edit them, the
//! content check names a missing key or language, and they travel to the browser in the content
//! file beside the code instead of inside the WebAssembly (`content_file::ui`). The struct is
//! the list of keys; `UiText::KEYS` is the order the content keeps them in.

macro_rules! ui_text {
    ($( $(#[$doc:meta])* $key:ident ),* $(,)?) => {
        /// Every string the interface shows, in one language.
        #[derive(Debug)]
        pub struct UiText {
            $( $(#[$doc])* pub $key: &'static str, )*
        }

        impl UiText {
            /// The name of every text, in the order the content keeps them.
            pub const KEYS: &'static [&'static str] = &[$( stringify!($key) ),*];

            /// Every key with its text, for completeness tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($key), self.$key) ),*]
            }

            /// The texts in the order of [`UiText::KEYS`]; a text not given is empty (the
            /// content check refuses content without every one).
            pub fn from_texts(texts: impl IntoIterator<Item = &'static str>) -> UiText {
                let mut texts = texts.into_iter();
                UiText {
                    $( $key: texts.next().unwrap_or_default(), )*
                }
            }
        }
    };
}

ui_text! {
    /// The exhibit's name in the header and the document title.
    site_title,
    /// One line under the name.
    site_tagline,
    /// Screen-reader link that jumps past the header.
    skip_to_content,
    /// Accessible name of the main navigation.
    nav_label,
    nav_timeline,
    nav_charts,
    nav_about,
    /// Accessible name of the language switcher.
    language_label,
    home_heading,
    home_intro,
    home_charts_teaser,
    home_about_teaser,
    charts_heading,
    charts_intro,
    about_heading,
    about_method,
    about_wording,
    event_unknown_heading,
    event_unknown_body,
    not_found_heading,
    not_found_body,
    back_to_start,
    /// Without JavaScript, above a page drawn at build time (the build writes it, in every
    /// language; the page's own shows).
    noscript_page,
    /// Without JavaScript, on an address not drawn at build time, before a link to each
    /// language's start page (named by `back_to_start`), after the language's colon.
    noscript_shell,
    choose_language,
    /// The about page: how the figures were compiled, and the list of sources.
    about_compiled_heading,
    about_compiled,
    about_sources_heading,
    about_sources_intro,
    /// A source without a publication date.
    source_undated,
    /// Accessible name of the footer's links to the legal and contact pages.
    footer_label,
    /// Before the content's date in the footer: "Stand: 30. November 2026".
    footer_updated,
    /// The about page: the legal and contact pages (the way there on a kiosk, which has no
    /// footer) and the licences of the fonts and program libraries.
    about_legal_heading,
    about_licences_heading,
    about_licences,
    licence_fonts,
    licence_crates,
    /// Before a source's publication date.
    source_published,
    /// What kind of page a source is (`content::SourceKind`), shown beside it.
    kind_official_statistics,
    kind_government,
    kind_company,
    kind_news,
    kind_press_release,
    kind_copy,
    /// The about page: how many sources of each kind.
    about_kinds_heading,
    about_kinds_intro,
    /// Drawn on a chart where a year inside its span has no sourced figure.
    chart_no_figure,
    event_sources_heading,
    event_previous,
    event_next,
    event_category,
    confidence_inferred,
    confidence_uncertain,
    /// Before the note of a verified event that rests on its issuer's own word alone.
    confidence_own_account,
    timeline_intro,
    figures_heading,
    figure_more_than,
    figure_about,
    figure_as_of,
    figure_source,
    /// Before where a photograph's original comes from, in its caption.
    picture_source,
    /// The category filter's accessible name.
    filter_label,
    filter_show_all,
    /// The timeline's name, and the help a screen reader announces on its track.
    timeline_label,
    timeline_help,
    zoom_in,
    zoom_out,
    zoom_whole,
    /// After a number: several events too close together to show apart.
    cluster_label,
    /// Closes an event's card.
    close_card,
    /// On a card with more text below the visible part: scrolls the card on.
    card_more,
    /// The card's list of figures that belong to the event; each leads to its data.
    event_figures_heading,
    /// The charts page: one section per data series with its values year by year.
    data_heading,
    data_unit,
    table_year,
    table_value,
    table_status,
    table_note,
    table_source,
    status_reported,
    status_provisional,
    status_revised,
    status_estimate,
    /// Said of the row of the year the visitor came for.
    data_marked_year,
    /// Charts: the play button steps through the years.
    chart_play,
    chart_pause,
    /// Shows the chart's data as a table.
    chart_table,
    chart_download_csv,
    chart_download_svg,
    /// The legend's explanation of hollow marks and dashed lines.
    chart_legend_not_final,
    /// The accessible name of a chart's points; says how to move between them.
    chart_points_label,
    /// Before the list of a chart's sources.
    chart_sources,
    /// Under a kiosk's QR code of the view.
    take_home,
    /// How a link preview's description (`og:image:alt`) starts: what the picture is.
    preview_alt,
    /// Before a chart's title in a link preview's description.
    preview_chart,
    /// Staff panel: The staff's PIN pad: heading.
    staff_pin_heading,
    /// Staff panel: Under the heading.
    staff_pin_intro,
    /// Staff panel: Accessible name of the row of dots showing how many digits were typed.
    staff_pin_entered,
    /// Staff panel: The key that deletes the last digit.
    staff_pin_delete,
    /// Staff panel: The key that checks the PIN.
    staff_pin_ok,
    /// Staff panel: Closes the PIN pad or the reset confirmation.
    staff_cancel,
    /// Staff panel: A wrong PIN; `{n}`: tries left.
    staff_pin_wrong,
    /// Staff panel: Too many wrong PINs; `{n}`: seconds to wait.
    staff_pin_paused,
    /// Staff panel: The staff panel's heading.
    staff_heading,
    /// Staff panel: Closes the panel.
    staff_close,
    /// Staff panel: Says when the panel closes by itself.
    staff_closes_itself,
    /// Staff panel: The section about the kiosk itself.
    staff_kiosk_heading,
    /// Staff panel: The program's version and date.
    staff_build,
    /// Staff panel: The content's version and date.
    staff_content,
    /// Staff panel: Online or offline.
    staff_network,
    /// Staff panel: Connected.
    staff_online,
    /// Staff panel: Not connected.
    staff_offline,
    /// Staff panel: What the offline cache holds.
    staff_cache,
    /// Staff panel: After a number of files: "120 Dateien".
    staff_cache_files,
    /// Staff panel: The cache holds nothing (yet).
    staff_cache_none,
    /// Staff panel: How long the kiosk has run since it was started.
    staff_uptime,
    /// Staff panel: Unit after a number of days.
    staff_days,
    /// Staff panel: Unit after a number of hours.
    staff_hours,
    /// Staff panel: Unit after a number of minutes.
    staff_minutes,
    /// Staff panel: Unit after a number of seconds.
    staff_seconds,
    /// Staff panel: Errors since the start.
    staff_errors,
    /// Staff panel: Restarts after an error since the start.
    staff_restarts,
    /// Staff panel: Reloads the exhibit at once.
    staff_reload,
    /// Staff panel: The section with the visit counts.
    staff_counts_heading,
    /// Staff panel: What the counts are.
    staff_counts_note,
    /// Staff panel: The device's storage refused the counts.
    staff_counts_not_stored,
    /// Staff panel: No counts yet.
    staff_counts_none,
    /// Staff panel: Visits (a visit ends at the idle reset).
    staff_visits,
    /// Staff panel: The median visit length.
    staff_median,
    /// Staff panel: Charts played through the years.
    staff_charts_played,
    /// Staff panel: QR codes shown.
    staff_qr_shown,
    /// Staff panel: Languages chosen with the switcher.
    staff_languages,
    /// Staff panel: The ten events opened most.
    staff_top_events,
    /// Staff panel: Column: events opened.
    staff_events_opened,
    /// Staff panel: The table of counts per day.
    staff_per_day,
    /// Staff panel: Column: the day.
    staff_date,
    /// Staff panel: The row of totals.
    staff_total,
    /// Staff panel: Downloads the counts as CSV.
    staff_export,
    /// Staff panel: Starts deleting every count (asks first).
    staff_reset,
    /// Staff panel: The question before the counts are deleted.
    staff_reset_confirm,
    /// Staff panel: Confirms the deletion.
    staff_reset_yes,
    /// Staff panel: After the deletion.
    staff_reset_done,
    /// An embed whose address names no chart (the event's are `event_unknown_*`).
    chart_unknown_heading,
    chart_unknown_body,
    /// An embed's link to the full view, which opens in a new tab.
    embed_open,
    /// Said to screen readers after `embed_open`.
    embed_new_tab,
    /// The web control that copies the HTML to frame a chart or an event elsewhere.
    embed_code_copy,
    /// The label of the field that shows that HTML.
    embed_code_label,
    /// Announced once the HTML is on the clipboard.
    embed_code_copied,
    /// Announced when the browser refused the clipboard: the field's text is selected.
    embed_code_select,
}

/// The texts that hold a placeholder the program fills in, with that placeholder: each
/// language must keep it (the content check says so).
pub const PLACEHOLDERS: &[(&str, &str)] =
    &[("staff_pin_wrong", "{n}"), ("staff_pin_paused", "{n}")];
