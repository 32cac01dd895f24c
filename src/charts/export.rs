//! What a web visitor can download from a chart: its data as CSV and its drawing as SVG, as
//! `data:` addresses (no server, no request leaves the exhibit).

use crate::content::{Series, Status};

/// The chart's values as CSV, one row per series and year, with status and source.
pub fn csv(series: &[&Series]) -> String {
    let mut out = String::from("series,year,value,unit,status,source,url\n");
    for s in series {
        for point in &s.points {
            let source = s.sources.get(point.source);
            let status = match point.status {
                Status::Reported => "reported",
                Status::Provisional => "provisional",
                Status::Revised => "revised",
                Status::Estimate => "estimate",
            };
            let fields = [
                s.id.clone(),
                point.year.to_string(),
                (point.value * s.scale).to_string(),
                s.currency.clone().unwrap_or_else(|| "count".into()),
                status.to_string(),
                source.map(|s| s.publisher.clone()).unwrap_or_default(),
                source.map(|s| s.url.clone()).unwrap_or_default(),
            ];
            let row: Vec<String> = fields.iter().map(|f| quote(f)).collect();
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
    out
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// A `data:` address holding `text` of the given media type.
pub fn data_url(media_type: &str, text: &str) -> String {
    format!(
        "data:{media_type};charset=utf-8,{}",
        crate::percent::percent_encode(text)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_urls_encode_everything_but_plain_characters() {
        assert_eq!(
            data_url("text/csv", "a,b\n"),
            "data:text/csv;charset=utf-8,a%2Cb%0A"
        );
        assert!(
            data_url("image/svg+xml", "<svg>€</svg>").ends_with("%3Csvg%3E%E2%82%AC%3C%2Fsvg%3E")
        );
    }
}
