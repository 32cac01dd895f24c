//! The trade and investment view.

use yew::prelude::*;

use super::LangProps;
use crate::charts::charts;
use crate::components::chart_view::ChartView;
use crate::components::source_list::{kind_name, SourceList};
use crate::content::Qualifier;
use crate::content_file::content;
use crate::i18n::format::{colon, format_amount, format_date};
use crate::i18n::ui;
use crate::state::use_exhibit;

/// Key figures of Nanjing and Germany, each with its date and source, and every data series
/// year by year, the year cursor marked.
#[component]
pub fn ChartsPage(props: &LangProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    let exhibit = use_exhibit();
    {
        // Arriving with a year to look at (from an event's figures, a shared link): its first
        // chart comes into view. Once per arrival: marking a year in a chart further down
        // must not jump the page back up.
        let marked = exhibit.year_cursor;
        use_effect_with(exhibit.arrival, move |_| {
            if marked.is_some() {
                let row = web_sys::window()
                    .and_then(|window| window.document())
                    .and_then(|document| {
                        document
                            .query_selector(".chart:has(.chart-point.marked)")
                            .ok()
                            .flatten()
                    });
                if let Some(row) = row {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    row.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    }
    html! {
        <article class="page page-charts">
            <h1>{ text.charts_heading }</h1>
            <p class="lead">{ text.charts_intro }</p>
            <h2>{ text.figures_heading }</h2>
            <ul class="figure-tiles">
                { for content().figures.iter().map(|figure| {
                    let qualifier = match figure.qualifier {
                        Qualifier::Exact => None,
                        Qualifier::MoreThan => Some(text.figure_more_than),
                        Qualifier::About => Some(text.figure_about),
                    };
                    let amount = format_amount(lang, figure.value * figure.scale, figure.currency.as_deref());
                    html! {
                        <li class="figure-tile" data-figure={figure.id.clone()}>
                            if let Some(qualifier) = qualifier {
                                <span class="figure-qualifier">{ qualifier }</span>
                            }
                            <span class="figure-value">{ amount }</span>
                            <span class="figure-label">{ figure.label.get(lang) }</span>
                            <span class="figure-as-of">{ format!("{} {}", text.figure_as_of, format_date(lang, figure.as_of)) }</span>
                            <details class="figure-source">
                                <summary>{ text.figure_source }{ colon(lang) }{ kind_name(text, figure.source.kind) }</summary>
                                <SourceList {lang} sources={vec![figure.source.clone()]} />
                            </details>
                        </li>
                    }
                }) }
            </ul>
            <h2>{ text.data_heading }</h2>
            { for charts(content()).into_iter().map(|chart| {
                let key = chart.id.clone();
                html! { <ChartView {lang} {key} {chart} /> }
            }) }
        </article>
    }
}
