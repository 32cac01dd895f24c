//! The charts' own plotters drawing backend: writes the few shapes they draw (lines, polylines,
//! rectangles, circles, text) as SVG into a string, element for element as plotters' SVG
//! backend wrote them. Smaller in the wasm (issue 17): no file output, no `std::io` errors and
//! their messages, each attribute written straight into the string.

use std::fmt::Write as _;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle, FontTransform,
};

/// Draws into `out`, which holds the whole `<svg>` element once `present` has run.
pub struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
}

/// Writing into a `String` does not fail; plotters asks for an error type all the same.
pub type Error = std::fmt::Error;

type Drawn = Result<(), DrawingErrorKind<Error>>;

impl<'a> SvgWriter<'a> {
    /// Starts an SVG of `size` px in `out`.
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        let _ = writeln!(
            out,
            "<svg width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" xmlns=\"http://www.w3.org/2000/svg\">",
            size.0, size.1
        );
        SvgWriter {
            out,
            size,
            closed: false,
        }
    }

    /// `opacity="…"` and a colour attribute, as plotters wrote them.
    fn colour(&mut self, attribute: &str, colour: BackendColor) {
        let (r, g, b) = colour.rgb;
        let _ = write!(
            self.out,
            " opacity=\"{}\" {attribute}=\"#{r:02X}{g:02X}{b:02X}\"",
            colour.alpha
        );
    }

    fn hex(colour: BackendColor) -> String {
        let (r, g, b) = colour.rgb;
        format!("#{r:02X}{g:02X}{b:02X}")
    }

    fn points(&mut self, path: impl IntoIterator<Item = BackendCoord>) {
        self.out.push_str(" points=\"");
        for (x, y) in path {
            let _ = write!(self.out, "{x},{y} ");
        }
        self.out.push('"');
    }
}

/// Text as SVG character data, as plotters escaped it.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
}

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        if !self.closed {
            self.out.push_str("</svg>\n");
            self.closed = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, colour: BackendColor) -> Drawn {
        if colour.alpha == 0.0 {
            return Ok(());
        }
        let _ = write!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"1\" height=\"1\" stroke=\"none\"",
            point.0, point.1
        );
        self.colour("fill", colour);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<line");
        self.colour("stroke", style.color());
        let _ = writeln!(
            self.out,
            " stroke-width=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            style.stroke_width(),
            from.0,
            from.1,
            to.0,
            to.1
        );
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        let (fill, stroke) = if fill {
            (Self::hex(colour), "none".to_string())
        } else {
            ("none".to_string(), Self::hex(colour))
        };
        let _ = writeln!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" opacity=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\"/>",
            upper_left.0,
            upper_left.1,
            bottom_right.0 - upper_left.0,
            bottom_right.1 - upper_left.1,
            colour.alpha
        );
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<polyline fill=\"none\"");
        self.colour("stroke", style.color());
        let _ = write!(self.out, " stroke-width=\"{}\"", style.stroke_width());
        self.points(path);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<polygon");
        self.colour("fill", style.color());
        self.points(path);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        let (stroke, fill) = if fill {
            ("none".to_string(), Self::hex(colour))
        } else {
            (Self::hex(colour), "none".to_string())
        };
        let _ = writeln!(
            self.out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{radius}\" opacity=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{}\"/>",
            center.0,
            center.1,
            colour.alpha,
            style.stroke_width()
        );
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = pos;
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        let _ = write!(
            self.out,
            "<text x=\"{x}\" y=\"{y}\" dy=\"{dy}\" text-anchor=\"{anchor}\" font-family=\""
        );
        escape_into(self.out, style.family().as_str());
        let _ = write!(self.out, "\" font-size=\"{}\"", style.size() / 1.24);
        self.colour("fill", colour);
        match style.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => self.out.push_str(" font-weight=\"bold\""),
            other => {
                let _ = write!(self.out, " font-style=\"{}\"", other.as_str());
            }
        }
        let degrees = match style.transform() {
            FontTransform::Rotate90 => Some(90),
            FontTransform::Rotate180 => Some(180),
            FontTransform::Rotate270 => Some(270),
            _ => None,
        };
        if let Some(degrees) = degrees {
            let _ = write!(self.out, " transform=\"rotate({degrees}, {x}, {y})\"");
        }
        self.out.push_str(">\n");
        escape_into(self.out, text);
        self.out.push_str("\n</text>\n");
        Ok(())
    }
}

impl Drop for SvgWriter<'_> {
    fn drop(&mut self) {
        let _ = self.present();
    }
}
