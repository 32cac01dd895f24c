//! The staff's PIN pad on a kiosk: touch-sized keys, and the keyboard's digits, Backspace,
//! Enter and Escape. Shows how many digits were typed, never which.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::control_icon::{control_icon, Glyph};
use crate::i18n::ui;
use crate::kiosk::PIN_DIGITS;
use crate::state::use_lang;

/// Properties of [`PinPad`].
#[derive(Properties, PartialEq)]
pub struct PinPadProps {
    /// A PIN was entered (the digits typed).
    pub on_enter: Callback<String>,
    pub on_cancel: Callback<()>,
    /// What the last PIN got (wrong, paused); empty for nothing.
    #[prop_or_default]
    pub message: AttrValue,
}

/// The pad, over the whole screen.
#[component]
pub fn PinPad(props: &PinPadProps) -> Html {
    let text = ui(use_lang());
    let entered = use_state(String::new);
    let dialog = use_node_ref();
    // The pad takes the keyboard's focus, so its keys work at once.
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(dialog) = dialog.cast::<HtmlElement>() {
                let _ = dialog.focus();
            }
        });
    }
    let type_digit = {
        let entered = entered.clone();
        move |digit: char| {
            if entered.len() < PIN_DIGITS.1 {
                entered.set(format!("{}{digit}", *entered));
            }
        }
    };
    let delete = {
        let entered = entered.clone();
        move || {
            let mut digits = (*entered).clone();
            digits.pop();
            entered.set(digits);
        }
    };
    let enter = {
        let (entered, on_enter) = (entered.clone(), props.on_enter.clone());
        move || {
            if !entered.is_empty() {
                on_enter.emit((*entered).clone());
                entered.set(String::new());
            }
        }
    };
    let onkeydown = {
        let (type_digit, delete, enter) = (type_digit.clone(), delete.clone(), enter.clone());
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            match key.as_str() {
                "Backspace" => delete(),
                "Enter" => enter(),
                "Escape" => on_cancel.emit(()),
                _ => match key.chars().next() {
                    Some(digit) if key.len() == 1 && digit.is_ascii_digit() => type_digit(digit),
                    _ => return,
                },
            }
            event.prevent_default();
        })
    };
    let key = |digit: char| {
        let type_digit = type_digit.clone();
        html! {
            <button type="button" class="control pin-key" onclick={Callback::from(move |_: MouseEvent| type_digit(digit))}>
                { digit }
            </button>
        }
    };
    let on_delete = Callback::from(move |_: MouseEvent| delete());
    let on_ok = Callback::from(move |_: MouseEvent| enter());
    let on_cancel = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| on_cancel.emit(()))
    };
    html! {
        <div class="staff-overlay" role="dialog" aria-modal="true" aria-labelledby="pin-heading"
            tabindex="-1" ref={dialog} {onkeydown}>
            <div class="pin-pad">
                <h2 id="pin-heading">{ text.staff_pin_heading }</h2>
                <p>{ text.staff_pin_intro }</p>
                <p class="pin-dots" role="status" aria-label={format!("{}: {}", text.staff_pin_entered, entered.len())}>
                    { for (0..entered.len()).map(|_| html! { <span class="pin-dot" /> }) }
                </p>
                if !props.message.is_empty() {
                    <p class="pin-message" role="alert">{ props.message.clone() }</p>
                }
                <div class="pin-keys">
                    { for "123456789".chars().map(key) }
                    <button type="button" class="control pin-key" aria-label={text.staff_pin_delete} onclick={on_delete}>
                        { control_icon(Glyph::Previous) }
                    </button>
                    { key('0') }
                    <button type="button" class="control primary pin-key" onclick={on_ok}>{ text.staff_pin_ok }</button>
                </div>
                <button type="button" class="control pin-cancel" onclick={on_cancel}>{ text.staff_cancel }</button>
            </div>
        </div>
    }
}
