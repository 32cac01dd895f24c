//! A small CSV reader (RFC 4180: commas, double quotes, doubled quotes inside quotes) that keeps
//! the line each record starts on, so problems can name it.

/// One record and the 1-based line it starts on.
#[derive(Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// An unclosed quote, with the line it opened on.
#[derive(Debug, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
}

/// Every non-empty record of `text`.
pub fn parse(text: &str) -> Result<Vec<Record>, CsvError> {
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut quote_line = 0;
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (in_quotes, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => in_quotes = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.trim().is_empty() => {
                field.clear();
                in_quotes = true;
                quote_line = line;
            }
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                fields.push(std::mem::take(&mut field));
                push_record(&mut records, record_line, std::mem::take(&mut fields));
                line += 1;
                record_line = line;
            }
            (false, c) => field.push(c),
        }
    }
    if in_quotes {
        return Err(CsvError { line: quote_line });
    }
    fields.push(field);
    push_record(&mut records, record_line, fields);
    Ok(records)
}

fn push_record(records: &mut Vec<Record>, line: usize, fields: Vec<String>) {
    if fields.iter().any(|f| !f.trim().is_empty()) {
        records.push(Record { line, fields });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quotes_commas_and_lines() {
        let records = parse("a,b\n1,\"x, \"\"y\"\"\"\n\n2,\"two\nlines\"\n3,z").expect("valid CSV");
        assert_eq!(records.len(), 4);
        assert_eq!(records[1].fields, ["1", "x, \"y\""]);
        assert_eq!(records[2].line, 4);
        assert_eq!(records[2].fields[1], "two\nlines");
        assert_eq!(records[3].line, 6);
    }

    #[test]
    fn an_unclosed_quote_names_its_line() {
        assert_eq!(parse("a,b\n1,\"open\n2,3"), Err(CsvError { line: 2 }));
    }
}
