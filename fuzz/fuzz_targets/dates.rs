//! The date normaliser: date-like text against arbitrary reference dates.
#![no_main]
use dossier::{Format, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let year = 1 + (u16::from_le_bytes([data[0], data[1]]) % 9999) as i16;
    let month = 1 + (data[2] % 12) as i8;
    let day = 1 + (data[3] % 31) as i8;
    let text = String::from_utf8_lossy(&data[4..]);
    let _ = dossier::intake::parse_date_prefix(&text);
    let mut o = Options { format: Format::Text, ..Options::default() };
    o.reference_date = jiff::civil::Date::new(year, month, day).ok();
    o.day_first = day % 2 == 0;
    if let Ok(d) = dossier::summarise(&text, &o) {
        let doc = &d.document;
        for t in dossier::dates::extract(doc, &o) {
            assert!(!t.value.is_empty());
            assert!(doc.text().get(t.span.start..t.span.end).is_some());
        }
    }
});
