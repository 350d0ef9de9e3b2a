//! The JSONL reader: arbitrary lines must give a result or an error in words.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let o = dossier::Options::default();
    for (n, line) in data.split(|b| *b == b'\n').enumerate() {
        match dossier::jsonl::process_line(n + 1, line, &o) {
            Ok(p) => assert!(p.json.starts_with('{')),
            Err(e) => assert!(e.starts_with(&format!("line {}:", n + 1))),
        }
    }
});
