//! The browser's `Intl` formatters, for the digits and month names of each locale.

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use super::format::{locale, COMPACT_FROM};
use super::Lang;
use crate::content::model::PartialDate;

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(locale(lang)))
}

/// A number as `Intl.NumberFormat` writes it; `None` if the browser cannot.
pub fn number(lang: Lang, value: f64) -> Option<String> {
    let mut pairs = vec![
        ("maximumFractionDigits", JsValue::from(2)),
        ("minimumFractionDigits", JsValue::from(0)),
    ];
    if value.abs() >= COMPACT_FROM {
        pairs.push(("notation", JsValue::from_str("compact")));
    }
    let format = Intl::NumberFormat::new(&locales(lang), &options(&pairs)).format();
    format
        .call1(&JsValue::UNDEFINED, &JsValue::from_f64(value))
        .ok()?
        .as_string()
        // ICU puts a plain space between number and "Mrd."; keep them on one line.
        .map(|text| text.replace(' ', "\u{a0}"))
}

/// A date at its precision as `Intl.DateTimeFormat` writes it.
pub fn date(lang: Lang, date: PartialDate) -> Option<String> {
    let mut pairs = vec![
        ("year", JsValue::from_str("numeric")),
        ("timeZone", JsValue::from_str("UTC")),
    ];
    if date.month.is_some() {
        pairs.push(("month", JsValue::from_str("long")));
    }
    if date.day.is_some() {
        pairs.push(("day", JsValue::from_str("numeric")));
    }
    let millis = js_sys::Date::utc(
        f64::from(date.year),
        f64::from(date.month.unwrap_or(1)) - 1.0,
    ) + f64::from(date.day.unwrap_or(1).saturating_sub(1)) * 86_400_000.0;
    let format = Intl::DateTimeFormat::new(&locales(lang), &options(&pairs)).format();
    format
        .call1(
            &JsValue::UNDEFINED,
            &js_sys::Date::new(&JsValue::from_f64(millis)),
        )
        .ok()?
        .as_string()
}
