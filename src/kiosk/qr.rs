//! "Take it home": QR codes that open the same view on a visitor's phone, drawn as SVG on the
//! kiosk itself (no network needed to show them).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

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
}
