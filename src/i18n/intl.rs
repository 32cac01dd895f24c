//! The browser's `Intl` formatters, for the digits and month names of each locale.
//!
//! Making an `Intl` formatter costs far more than using one, and a view writes dozens of dates
//! and amounts on every render: each formatter is made once per language and kind of output,
//! and each text once per value (the content holds a bounded set of dates and amounts).

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use super::format::{locale, COMPACT_FROM};
use super::Lang;
use crate::calendar::PartialDate;

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

/// Past this many remembered texts the memory starts afresh (a bound, not a goal).
const REMEMBERED: usize = 4096;

/// What a formatter is for: numbers written out or compact, dates to the year, month or day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Kind {
    Number { compact: bool },
    Date { month: bool, day: bool },
}

/// The value a text was made from: a number's bits or a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Value {
    Number(u64),
    Date(PartialDate),
}

thread_local! {
    static FORMATTERS: RefCell<HashMap<(Lang, Kind), Function>> = RefCell::new(HashMap::new());
    static TEXTS: RefCell<HashMap<(Lang, Value), String>> = RefCell::new(HashMap::new());
}

/// The remembered text for `value`, or the one `make` writes (then remembered).
fn remembered(lang: Lang, value: Value, make: impl FnOnce() -> Option<String>) -> Option<String> {
    if let Some(text) = TEXTS.with(|texts| texts.borrow().get(&(lang, value)).cloned()) {
        return Some(text);
    }
    let text = make()?;
    TEXTS.with(|texts| {
        let mut texts = texts.borrow_mut();
        if texts.len() >= REMEMBERED {
            texts.clear();
        }
        texts.insert((lang, value), text.clone());
    });
    Some(text)
}

/// The `format` function of the formatter for `lang` and `kind`, made on first use.
fn formatter(lang: Lang, kind: Kind) -> Function {
    FORMATTERS.with(|formatters| {
        formatters
            .borrow_mut()
            .entry((lang, kind))
            .or_insert_with(|| match kind {
                Kind::Number { compact } => {
                    let mut pairs = vec![
                        ("maximumFractionDigits", JsValue::from(2)),
                        ("minimumFractionDigits", JsValue::from(0)),
                    ];
                    if compact {
                        pairs.push(("notation", JsValue::from_str("compact")));
                    }
                    Intl::NumberFormat::new(&locales(lang), &options(&pairs)).format()
                }
                Kind::Date { month, day } => {
                    let mut pairs = vec![
                        ("year", JsValue::from_str("numeric")),
                        ("timeZone", JsValue::from_str("UTC")),
                    ];
                    if month {
                        pairs.push(("month", JsValue::from_str("long")));
                    }
                    if day {
                        pairs.push(("day", JsValue::from_str("numeric")));
                    }
                    Intl::DateTimeFormat::new(&locales(lang), &options(&pairs)).format()
                }
            })
            .clone()
    })
}

/// A number as `Intl.NumberFormat` writes it; `None` if the browser cannot.
pub fn number(lang: Lang, value: f64) -> Option<String> {
    remembered(lang, Value::Number(value.to_bits()), || {
        let kind = Kind::Number {
            compact: value.abs() >= COMPACT_FROM,
        };
        formatter(lang, kind)
            .call1(&JsValue::UNDEFINED, &JsValue::from_f64(value))
            .ok()?
            .as_string()
            // ICU puts a plain space between number and "Mrd."; keep them on one line.
            .map(|text| text.replace(' ', "\u{a0}"))
    })
}

/// A date at its precision as `Intl.DateTimeFormat` writes it.
pub fn date(lang: Lang, date: PartialDate) -> Option<String> {
    remembered(lang, Value::Date(date), || {
        let kind = Kind::Date {
            month: date.month.is_some(),
            day: date.day.is_some(),
        };
        let millis = js_sys::Date::utc(
            f64::from(date.year),
            f64::from(date.month.unwrap_or(1)) - 1.0,
        ) + f64::from(date.day.unwrap_or(1).saturating_sub(1)) * 86_400_000.0;
        formatter(lang, kind)
            .call1(
                &JsValue::UNDEFINED,
                &js_sys::Date::new(&JsValue::from_f64(millis)),
            )
            .ok()?
            .as_string()
    })
}
