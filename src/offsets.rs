//! Byte ↔ code point ↔ UTF-16 conversion, done once at the output boundary.
//!
//! The core keeps byte offsets. JSON (CLI) speaks Unicode code points, so that
//! `text[start:end]` in Python is the span's text; the JS API speaks UTF-16 code units, so
//! that `text.slice(start, end)` in JavaScript is. [`OffsetIndex`] answers either in
//! near-constant time with a checkpoint every 64 bytes (memory: 1/8 of the text).
//!
//! ```
//! use dossier::offsets::{OffsetIndex, Unit};
//! let text = "“Né” 😀 ok";
//! let idx = OffsetIndex::new(text);
//! let ok = text.find("ok").unwrap();
//! assert_eq!(idx.convert(ok, Unit::CodePoint), 7);
//! assert_eq!(idx.convert(ok, Unit::Utf16), 8);
//! assert_eq!(idx.convert(ok, Unit::Byte), ok);
//! ```

const BLOCK: usize = 64;

/// The unit an offset is expressed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// UTF-8 bytes (the core's own unit).
    Byte,
    /// Unicode scalar values (Python string indices; the CLI's JSON).
    CodePoint,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
}

/// Precomputed checkpoints for converting byte offsets of one text.
#[derive(Clone, Debug)]
pub struct OffsetIndex<'t> {
    text: &'t str,
    /// For block k: (first char boundary at or after k*BLOCK, code points before it,
    /// UTF-16 units before it).
    checkpoints: Vec<(u32, u32, u32)>,
    ascii: bool,
}

impl<'t> OffsetIndex<'t> {
    /// Index `text`.
    pub fn new(text: &'t str) -> OffsetIndex<'t> {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            checkpoints.reserve(text.len() / BLOCK + 1);
            let (mut cp, mut u16s) = (0u32, 0u32);
            let mut next_block = 0usize;
            for (i, ch) in text.char_indices() {
                while i >= next_block {
                    checkpoints.push((i as u32, cp, u16s));
                    next_block += BLOCK;
                }
                cp += 1;
                u16s += ch.len_utf16() as u32;
            }
            while next_block <= text.len() {
                checkpoints.push((text.len() as u32, cp, u16s));
                next_block += BLOCK;
            }
        }
        OffsetIndex {
            text,
            checkpoints,
            ascii,
        }
    }

    /// Convert a byte offset into `unit`. An offset inside a character counts the
    /// characters that start before it; an offset past the end is clamped to the end.
    pub fn convert(&self, byte: usize, unit: Unit) -> usize {
        let byte = byte.min(self.text.len());
        if unit == Unit::Byte || self.ascii {
            return byte;
        }
        let mut k = byte / BLOCK;
        let Some(mut cpt) = self.checkpoints.get(k).copied() else {
            return 0;
        };
        while cpt.0 as usize > byte && k > 0 {
            k -= 1;
            cpt = self.checkpoints[k];
        }
        let (start, mut cp, mut u16s) = (cpt.0 as usize, cpt.1 as usize, cpt.2 as usize);
        // The characters starting in start..byte are its bytes that are not continuation
        // bytes (0x80..=0xBF); those with a 4-byte lead (0xF0..) take two UTF-16 units.
        let seg = self.text.as_bytes().get(start..byte).unwrap_or(&[]);
        for &b in seg {
            let lead = usize::from(!(0x80..0xC0).contains(&b));
            cp += lead;
            u16s += lead + usize::from(b >= 0xF0);
        }
        match unit {
            Unit::CodePoint => cp,
            Unit::Utf16 => u16s,
            Unit::Byte => byte,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize, unit: Unit) -> usize {
        let prefix = &text[..byte];
        match unit {
            Unit::Byte => byte,
            Unit::CodePoint => prefix.chars().count(),
            Unit::Utf16 => prefix.encode_utf16().count(),
        }
    }

    #[test]
    fn matches_naive_on_mixed_text() {
        let text = "Zelenskyy’s “peace” — café 😀 Ωmega ".repeat(20);
        let idx = OffsetIndex::new(&text);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            for unit in [Unit::Byte, Unit::CodePoint, Unit::Utf16] {
                assert_eq!(idx.convert(b, unit), naive(&text, b, unit), "byte {b}");
            }
        }
    }

    #[test]
    fn ascii_and_empty() {
        assert_eq!(OffsetIndex::new("").convert(5, Unit::Utf16), 0);
        assert_eq!(OffsetIndex::new("abc").convert(2, Unit::CodePoint), 2);
    }
}
