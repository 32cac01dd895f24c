//! The staff panel on a kiosk: the build and content it runs, its network and offline cache,
//! how long it runs and what went wrong, "reload now"; and the anonymous counts it keeps on
//! the device, with a CSV export and "reset counts". Opened through `staff_door`.

use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::components::control_icon::{control_icon, Glyph};
use crate::content_file::{content, version};
use crate::i18n::format::{comma, format_date, format_number};
use crate::i18n::{ui, Lang, UiText};
use crate::kiosk::counts::Counts;
use crate::kiosk::device::{self, CacheSummary};
use crate::kiosk::{count_store, run_log};
use crate::state::use_lang;

/// Properties of [`StaffPanel`].
#[derive(Properties, PartialEq)]
pub struct StaffPanelProps {
    pub on_close: Callback<()>,
}

/// The panel, over the whole screen.
#[component]
pub fn StaffPanel(props: &StaffPanelProps) -> Html {
    let lang = use_lang();
    let text = ui(lang);
    let counts = use_state(count_store::counts);
    let stored = use_state(count_store::stored);
    let cache = use_state(|| None::<CacheSummary>);
    let online = use_state(device::online);
    let now = use_state(js_sys::Date::now);
    let confirming = use_state(|| false);
    let deleted = use_state(|| false);
    let run = run_log::read();

    // The cache's contents arrive when the browser has counted them; the network's state and
    // the clock follow as they change.
    {
        let (cache, online, now) = (cache.clone(), online.clone(), now.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                cache.set(Some(device::cache_summary().await));
            });
            let mut guards = Vec::new();
            if let Some(window) = web_sys::window() {
                for name in ["online", "offline"] {
                    let online = online.clone();
                    guards.push(EventListener::new(&window, name, move |_| {
                        online.set(device::online())
                    }));
                }
            }
            let ticking = Interval::new(1000, move || now.set(js_sys::Date::now()));
            move || drop((guards, ticking))
        });
    }

    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let reload = Callback::from(|_: MouseEvent| device::reload());
    let export = {
        let counts = counts.clone();
        Callback::from(move |_: MouseEvent| {
            device::download(
                &format!("exhibit-counts-{}.csv", count_store::today()),
                "text/csv;charset=utf-8",
                &counts.csv(),
            )
        })
    };
    let ask_reset = {
        let (confirming, deleted) = (confirming.clone(), deleted.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(true);
            deleted.set(false);
        })
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let reset = {
        let (counts, stored, confirming, deleted) = (
            counts.clone(),
            stored.clone(),
            confirming.clone(),
            deleted.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            count_store::reset();
            counts.set(count_store::counts());
            stored.set(count_store::stored());
            confirming.set(false);
            deleted.set(true);
        })
    };

    let (package, commit, built) = device::build();
    let number = |n: u64| format_number(lang, n as f64);
    let updated = content()
        .updated
        .map(|date| format!(" · {}", format_date(lang, date)))
        .unwrap_or_default();
    let cache_line = match &*cache {
        None => "…".to_string(),
        Some(summary) if summary.files == 0 => text.staff_cache_none.to_string(),
        Some(summary) => format!(
            "{} {}{}{} MB · {}",
            number(u64::from(summary.files)),
            text.staff_cache_files,
            comma(lang),
            format_number(lang, (summary.bytes as f64 / 1e5).round() / 10.0),
            summary.names.join(", ")
        ),
    };
    let uptime = duration(
        text,
        lang,
        ((*now - run.started_ms) / 1000.0).max(0.0) as u64,
    );
    let row = |label: &'static str, value: String, name: &'static str| {
        html! { <div class="staff-row" data-row={name}><dt>{ label }</dt><dd>{ value }</dd></div> }
    };

    html! {
        <div class="staff-overlay" role="dialog" aria-modal="true" aria-labelledby="staff-heading">
            <div class="staff-panel">
                <header class="staff-top">
                    <h2 id="staff-heading">{ text.staff_heading }</h2>
                    <button type="button" class="control staff-close" onclick={close}>
                        { control_icon(Glyph::Close) }{ text.staff_close }
                    </button>
                </header>
                <p class="staff-note">{ text.staff_closes_itself }</p>
                <section class="staff-kiosk" aria-labelledby="staff-kiosk-heading">
                    <h3 id="staff-kiosk-heading">{ text.staff_kiosk_heading }</h3>
                    <dl>
                        { row(text.staff_build, format!("{package} · {commit} · {built}"), "build") }
                        { row(text.staff_content, format!("{}{updated}", version()), "content") }
                        { row(text.staff_network, if *online { text.staff_online } else { text.staff_offline }.to_string(), "network") }
                        { row(text.staff_cache, cache_line, "cache") }
                        { row(text.staff_uptime, uptime, "uptime") }
                        { row(text.staff_errors, number(u64::from(run.errors)), "errors") }
                        { row(text.staff_restarts, number(u64::from(run.restarts)), "restarts") }
                    </dl>
                    <button type="button" class="control staff-reload" onclick={reload}>{ text.staff_reload }</button>
                </section>
                <section class="staff-counts" aria-labelledby="staff-counts-heading">
                    <h3 id="staff-counts-heading">{ text.staff_counts_heading }</h3>
                    <p class="staff-note">{ text.staff_counts_note }</p>
                    if !*stored {
                        <p class="staff-warning" role="alert">{ text.staff_counts_not_stored }</p>
                    }
                    { counts_view(text, lang, &counts) }
                    <div class="staff-actions">
                        <button type="button" class="control staff-export" onclick={export}>{ text.staff_export }</button>
                        <button type="button" class="control staff-reset" onclick={ask_reset}>{ text.staff_reset }</button>
                    </div>
                    if *confirming {
                        <div class="staff-confirm" role="alertdialog" aria-labelledby="staff-confirm-text">
                            <p id="staff-confirm-text">{ text.staff_reset_confirm }</p>
                            <button type="button" class="control primary staff-reset-yes" onclick={reset}>{ text.staff_reset_yes }</button>
                            <button type="button" class="control staff-reset-no" onclick={keep}>{ text.staff_cancel }</button>
                        </div>
                    }
                    if *deleted {
                        <p class="staff-done" role="status">{ text.staff_reset_done }</p>
                    }
                </section>
            </div>
        </div>
    }
}

/// The counts: totals, languages, the top ten events and one row per day, newest first.
fn counts_view(text: &UiText, lang: Lang, counts: &Counts) -> Html {
    if counts.days.is_empty() {
        return html! { <p class="staff-empty">{ text.staff_counts_none }</p> };
    }
    let summary = counts.summary();
    let number = |n: u32| format_number(lang, f64::from(n));
    let median = summary
        .median_visit_secs
        .map(|secs| duration(text, lang, u64::from(secs)))
        .unwrap_or_else(|| "–".to_string());
    let title = |id: &str| {
        content()
            .event(id)
            .map(|event| event.title.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let events_opened = |day: &crate::kiosk::counts::Day| day.events.values().sum::<u32>();
    let total_events: u32 = counts.days.iter().map(events_opened).sum();
    html! {
        <>
            <dl class="staff-totals">
                <div class="staff-row" data-row="visits"><dt>{ text.staff_visits }</dt><dd>{ number(summary.visits) }</dd></div>
                <div class="staff-row" data-row="median"><dt>{ text.staff_median }</dt><dd>{ median }</dd></div>
                <div class="staff-row" data-row="charts"><dt>{ text.staff_charts_played }</dt><dd>{ number(summary.charts_played) }</dd></div>
                <div class="staff-row" data-row="qr"><dt>{ text.staff_qr_shown }</dt><dd>{ number(summary.qr_shown) }</dd></div>
                <div class="staff-row" data-row="languages"><dt>{ text.staff_languages }</dt>
                    <dd>{ summary.languages.iter().map(|(l, n)| format!("{} {}", l.native_name(), number(*n))).collect::<Vec<_>>().join(" · ") }</dd>
                </div>
            </dl>
            <h4>{ text.staff_top_events }</h4>
            <ol class="staff-top-events">
                { for summary.top_events.iter().map(|(id, n)| html! {
                    <li data-event-id={id.clone()}><span>{ title(id) }</span><span class="staff-count">{ number(*n) }</span></li>
                }) }
            </ol>
            <h4>{ text.staff_per_day }</h4>
            <div class="staff-days">
                <table>
                    <thead><tr>
                        <th scope="col">{ text.staff_date }</th>
                        <th scope="col">{ text.staff_visits }</th>
                        <th scope="col">{ text.staff_events_opened }</th>
                        <th scope="col">{ text.staff_charts_played }</th>
                        <th scope="col">{ text.staff_qr_shown }</th>
                    </tr></thead>
                    <tbody>
                        { for counts.days.iter().rev().map(|day| html! {
                            <tr data-date={day.date.clone()}>
                                <th scope="row">{ &day.date }</th>
                                <td>{ number(day.visits) }</td>
                                <td>{ number(events_opened(day)) }</td>
                                <td>{ number(day.charts_played) }</td>
                                <td>{ number(day.qr_shown) }</td>
                            </tr>
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{ text.staff_total }</th>
                        <td>{ number(summary.visits) }</td>
                        <td>{ number(total_events) }</td>
                        <td>{ number(summary.charts_played) }</td>
                        <td>{ number(summary.qr_shown) }</td>
                    </tr></tfoot>
                </table>
            </div>
        </>
    }
}

/// A length of time in its two largest units: "2 Std. 5 Min.", "2小时5分钟", "45 s".
pub fn duration(text: &UiText, lang: Lang, secs: u64) -> String {
    let parts = [
        (secs / 86_400, text.staff_days),
        (secs / 3600 % 24, text.staff_hours),
        (secs / 60 % 60, text.staff_minutes),
        (secs % 60, text.staff_seconds),
    ];
    let first = parts.iter().position(|(n, _)| *n > 0).unwrap_or(3);
    let gap = if lang == Lang::Zh { "" } else { " " };
    parts[first..(first + 2).min(4)]
        .iter()
        .filter(|(n, _)| *n > 0 || first == 3)
        .map(|(n, unit)| format!("{n}{gap}{unit}"))
        .collect::<Vec<_>>()
        .join(gap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_length_of_time_reads_in_its_two_largest_units() {
        let de = ui(Lang::De);
        assert_eq!(duration(de, Lang::De, 0), "0 s");
        assert_eq!(duration(de, Lang::De, 45), "45 s");
        assert_eq!(duration(de, Lang::De, 125), "2 Min. 5 s");
        assert_eq!(duration(de, Lang::De, 7500), "2 Std. 5 Min.");
        assert_eq!(duration(de, Lang::De, 7200), "2 Std.");
        assert_eq!(duration(de, Lang::De, 90_061), "1 T. 1 Std.");
        assert_eq!(duration(ui(Lang::Zh), Lang::Zh, 7500), "2小时5分钟");
        assert_eq!(duration(ui(Lang::En), Lang::En, 65), "1 min 5 s");
    }
}
