//! HTML intake: arbitrary markup must convert without markup leaking or panics.
#![no_main]
use dossier::intake::{intake, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let got = intake(&text, Format::Html);
    for s in &got.boilerplate {
        assert!(got.text.get(s.start..s.end).is_some());
    }
});
