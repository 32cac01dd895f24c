//! "Take it home": QR codes that open the same view on a visitor's phone, drawn as SVG on the
//! kiosk itself (no network needed to show them).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use super::KioskConfig;

/// The code for `data` as an SVG of at least `size` px, or `None` if it cannot hold it.
pub fn qr_svg(data: &str, size: u32) -> Option<String> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(size, size)
            .dark_color(svg::Color("#14213d"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
    )
}

/// Where the codes lead: the configured public address, else the address this kiosk loads
/// the exhibit from.
pub fn public_base(config: &KioskConfig) -> String {
    if let Some(public) = &config.public {
        return public.clone();
    }
    #[cfg(target_arch = "wasm32")]
    if let Some(origin) = web_sys::window().and_then(|w| w.location().origin().ok()) {
        return origin;
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_address_becomes_a_square_code() {
        let svg =
            qr_svg("https://exhibit.example.org/zh/event/nanjing-day-2026", 160).expect("a code");
        assert!(svg.starts_with("<?xml") || svg.contains("<svg"));
        assert!(svg.contains("#14213d"));
        // The address is encoded in the modules, never written out as markup.
        assert!(!svg.contains("nanjing-day-2026"));
        assert!(
            qr_svg(&"x".repeat(5000), 160).is_none(),
            "too long for a code"
        );
    }

    #[test]
    fn the_configured_public_address_comes_first() {
        let config = KioskConfig {
            public: Some("https://exhibit.example.org".into()),
            ..KioskConfig::default()
        };
        assert_eq!(public_base(&config), "https://exhibit.example.org");
    }
}
