//! A legal or contact page (imprint, privacy notice, accessibility statement, contact): its
//! text from `assets/content/pages/`, as curators wrote it.

use yew::prelude::*;

use crate::content::{PageId, PLACEHOLDER_START};
use crate::content_file::content;
use crate::i18n::Lang;

/// The page's title and text: paragraphs split at blank lines, `## ` lines as headings, line
/// breaks kept (addresses), placeholders marked.
pub fn legal_page(lang: Lang, id: PageId) -> Html {
    let Some(page) = content().page(id) else {
        return Html::default();
    };
    let text = page.text.get(lang);
    html! {
        <article class={classes!("page", "page-legal", format!("page-{}", id.code()))}>
            <h1>{ page.title.get(lang) }</h1>
            { for blocks(text).into_iter().map(|block| match block {
                Block::Heading(heading) => html! { <h2>{ heading }</h2> },
                Block::Paragraph(lines) => html! {
                    <p>{ for lines.into_iter().enumerate().map(|(index, line)| html! {
                        <>
                            if index > 0 { <br /> }
                            { for marked(line) }
                        </>
                    }) }</p>
                },
            }) }
        </article>
    }
}

/// A piece of a page's text.
#[derive(Debug, PartialEq)]
pub enum Block<'a> {
    Heading(&'a str),
    /// Its lines, in order.
    Paragraph(Vec<&'a str>),
}

/// The text's headings and paragraphs.
pub fn blocks(text: &str) -> Vec<Block<'_>> {
    fn flush<'a>(lines: &mut Vec<&'a str>, blocks: &mut Vec<Block<'a>>) {
        if !lines.is_empty() {
            blocks.push(Block::Paragraph(std::mem::take(lines)));
        }
    }
    let mut blocks = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            flush(&mut lines, &mut blocks);
        } else if let Some(heading) = line.strip_prefix("## ") {
            flush(&mut lines, &mut blocks);
            blocks.push(Block::Heading(heading.trim()));
        } else {
            lines.push(line);
        }
    }
    flush(&mut lines, &mut blocks);
    blocks
}

/// A line with its placeholders in `<mark class="placeholder">`, so nobody mistakes one for
/// the operator's details.
fn marked(line: &str) -> Vec<Html> {
    let mut parts = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find(PLACEHOLDER_START) {
        let after = &rest[start..];
        let end = after.find("]]").map_or(after.len(), |end| end + 2);
        parts.push(html! { { rest[..start].to_string() } });
        parts.push(html! { <mark class="placeholder">{ after[..end].to_string() }</mark> });
        rest = &after[end..];
    }
    parts.push(html! { { rest.to_string() } });
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_and_lines() {
        let text = "Intro\n\n## Contact\n\nName\nStreet\n\n\nEnd\n";
        assert_eq!(
            blocks(text),
            [
                Block::Paragraph(vec!["Intro"]),
                Block::Heading("Contact"),
                Block::Paragraph(vec!["Name", "Street"]),
                Block::Paragraph(vec!["End"]),
            ]
        );
    }
}
