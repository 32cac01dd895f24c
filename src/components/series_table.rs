//! One data series as a table: every year with its value, status, note and source, the
//! year the visitor came for marked. Years without a reliable figure have no row.

use yew::prelude::*;

use crate::components::source_list::SourceList;
use crate::content::{Series, Status};
use crate::i18n::format::{colon, format_amount, format_year};
use crate::i18n::{ui, Lang, UiText};

/// A status as a reader says it.
pub fn status_name(text: &UiText, status: Status) -> &'static str {
    match status {
        Status::Reported => text.status_reported,
        Status::Provisional => text.status_provisional,
        Status::Revised => text.status_revised,
        Status::Estimate => text.status_estimate,
    }
}

/// The space between two phrases: none in Chinese, whose full-width brackets and stops carry
/// their own.
pub fn word_space(lang: Lang) -> &'static str {
    if lang == Lang::Zh {
        ""
    } else {
        " "
    }
}

/// The series' title, unit, values and sources; the row of the year cursor (`marked`) marked.
/// `framed` shows the title, unit and sources above and below the table (off inside a chart,
/// which shows them itself). A plain function, not a component: it has no state of its own.
pub fn series_table(lang: Lang, series: &Series, marked: Option<i32>, framed: bool) -> Html {
    let text = ui(lang);
    let heading_id = format!("series-{}", series.id);
    html! {
        <section class="series" id={format!("data-{}", series.id)} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class={classes!((!framed).then_some("visually-hidden"))}>{ series.title.get(lang) }</h3>
            if framed {
            <p class="series-unit">{ format!("{}{}{}", text.data_unit, colon(lang), series.unit.get(lang)) }</p>
            }
            <div class="table-scroll">
                <table class="series-table">
                    <thead>
                        <tr>
                            <th scope="col">{ text.table_year }</th>
                            <th scope="col">{ text.table_value }</th>
                            <th scope="col">{ text.table_status }</th>
                            <th scope="col">{ text.table_note }</th>
                            <th scope="col">{ text.table_source }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for series.points.iter().map(|point| {
                            let marked = marked == Some(point.year);
                            let source = series.sources.get(point.source);
                            html! {
                                <tr key={point.year} data-year={point.year.to_string()}
                                    class={classes!(marked.then_some("marked"))}
                                    aria-current={marked.then_some("true")}>
                                    <th scope="row">
                                        { format_year(lang, point.year) }
                                        if marked {
                                            <span class="visually-hidden">{ format!(" ({})", text.data_marked_year) }</span>
                                        }
                                    </th>
                                    <td class="value">{ format_amount(lang, point.value * series.scale, series.currency.as_deref()) }</td>
                                    <td class={classes!("status", format!("status-{}", point.status.code()))}>
                                        { status_name(text, point.status) }
                                    </td>
                                    <td>{ point.note.as_ref().map(|note| note.get(lang).to_string()).unwrap_or_default() }</td>
                                    <td lang={source.map(|s| s.title_lang())}>{ source.map(|s| s.publisher.clone()).unwrap_or_default() }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if framed {
                <details class="series-sources">
                    <summary>{ format!("{} ({})", text.about_sources_heading, series.sources.len()) }</summary>
                    <SourceList {lang} sources={series.sources.clone()} />
                </details>
            }
        </section>
    }
}
