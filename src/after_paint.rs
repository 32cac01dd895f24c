//! Work that a visitor does not see and so need not hold up the next frame: the document's
//! title and the address bar after a tap. With 500 events, writing both inside the tap's frame
//! took about 4 ms of it (bench/REPORT.md).

/// Runs `work` once the browser is idle after the coming frame (at the latest 200 ms after it);
/// where the browser has no idle callbacks (Safari), in the task after the next frame.
///
/// The idle callback is asked for in the frame's animation callbacks, not at once: asked for
/// during a tap, the browser ran it in the idle time left *before* the frame that shows the
/// tap's result, and with 500 events its 8 ms (the address, the title) held that frame back.
#[cfg(target_arch = "wasm32")]
pub fn after_paint(work: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let Some(window) = web_sys::window() else {
        work();
        return;
    };
    let work = Closure::once_into_js(work);
    // An animation frame comes before the paint; an idle period or a task asked for from it
    // comes after.
    let later = Closure::once_into_js(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(200);
        let idle = window.request_idle_callback_with_options(work.unchecked_ref(), &options);
        if idle.is_err() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(work.unchecked_ref(), 0);
        }
    });
    let _ = window.request_animation_frame(later.unchecked_ref());
}

/// Off the browser (the server renderer, native tests) there is no frame to wait for.
#[cfg(not(target_arch = "wasm32"))]
pub fn after_paint(work: impl FnOnce() + 'static) {
    work();
}
