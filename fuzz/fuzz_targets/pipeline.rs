//! The whole pipeline on arbitrary bytes (read lossily, as the CLI does), every format.
#![no_main]
use dossier::{Format, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let mut o = Options::default();
    if flags & 1 == 1 {
        o.reference_date = jiff::civil::Date::new(2025, 5, 20).ok();
    }
    o.format = match flags >> 1 & 3 {
        0 => Format::Auto,
        1 => Format::Text,
        _ => Format::Html,
    };
    o.day_first = flags & 8 == 8;
    if let Ok(d) = dossier::summarise(&text, &o) {
        let t = d.document.text();
        for a in &d.actors {
            for m in &a.mentions {
                assert!(t.get(m.start..m.end).is_some());
            }
        }
        for x in &d.dates {
            assert!(t.get(x.span.start..x.span.end).is_some());
        }
        let _ = serde_json::to_vec(&d.json(dossier::offsets::Unit::Utf16));
        let _ = d.to_json();
    }
});
