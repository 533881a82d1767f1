//! The text encodings `open()` supports natively: UTF-8 (with and without signature), Latin-1,
//! ASCII and UTF-16, with the `strict`, `replace`, `ignore` and `surrogateescape` error handlers.
//! Errors carry CPython's wording so that `UnicodeDecodeError`/`UnicodeEncodeError` print alike.

/// A supported codec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Codec {
    Utf8,
    Utf8Sig,
    Latin1,
    Ascii,
    Utf16,
    Utf16Le,
    Utf16Be,
}

impl Codec {
    /// Looks a codec up by any of its usual spellings.
    pub(crate) fn lookup(name: &str) -> Option<Codec> {
        let n = name.to_ascii_lowercase().replace(['_', ' '], "-");
        Some(match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" => Codec::Utf8,
            "utf-8-sig" | "utf8-sig" => Codec::Utf8Sig,
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "latin" => {
                Codec::Latin1
            }
            "ascii" | "us-ascii" | "646" => Codec::Ascii,
            "utf-16" | "utf16" => Codec::Utf16,
            "utf-16-le" | "utf-16le" => Codec::Utf16Le,
            "utf-16-be" | "utf-16be" => Codec::Utf16Be,
            _ => return None,
        })
    }

    /// CPython's canonical name, used in error messages.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
        }
    }
}

/// A decoding or encoding failure under the `strict` handler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CodecError {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) reason: &'static str,
}

/// Decodes `data`; each output code point is paired with the offset just past its bytes.
pub(crate) fn decode(
    codec: Codec,
    data: &[u8],
    errors: &str,
) -> Result<Vec<(u32, usize)>, CodecError> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    if codec == Codec::Utf8Sig && data.starts_with(b"\xef\xbb\xbf") {
        i = 3;
    }
    let mut be = codec == Codec::Utf16Be;
    if codec == Codec::Utf16 {
        if data.starts_with(b"\xff\xfe") {
            i = 2;
        } else if data.starts_with(b"\xfe\xff") {
            i = 2;
            be = true;
        }
    }
    while i < data.len() {
        let step = match codec {
            Codec::Utf8 | Codec::Utf8Sig => utf8_one(&data[i..]),
            Codec::Latin1 => Ok((u32::from(data[i]), 1)),
            Codec::Ascii => {
                if data[i] < 128 {
                    Ok((u32::from(data[i]), 1))
                } else {
                    Err((1, "ordinal not in range(128)"))
                }
            }
            Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => utf16_one(&data[i..], be),
        };
        match step {
            Ok((c, n)) => {
                i += n;
                out.push((c, i));
            }
            Err((n, reason)) => {
                let n = n.max(1);
                match errors {
                    "replace" => {
                        i += n;
                        out.push((0xFFFD, i));
                    }
                    "ignore" => i += n,
                    "backslashreplace" => {
                        for b in data.get(i..i + n).unwrap_or_default() {
                            for c in format!("\\x{b:02x}").chars() {
                                out.push((u32::from(c), i + 1));
                            }
                            i += 1;
                        }
                    }
                    "surrogateescape" => {
                        for b in data.get(i..i + n).unwrap_or_default() {
                            out.push((0xDC00 + u32::from(*b), i + 1));
                            i += 1;
                        }
                        if n == 0 {
                            i += 1;
                        }
                    }
                    _ => {
                        return Err(CodecError {
                            start: i,
                            end: i + n,
                            reason,
                        })
                    }
                }
            }
        }
    }
    Ok(out)
}

fn utf8_one(d: &[u8]) -> Result<(u32, usize), (usize, &'static str)> {
    let b0 = d.first().copied().unwrap_or(0);
    let (len, init, min) = match b0 {
        0x00..=0x7f => return Ok((u32::from(b0), 1)),
        0xc2..=0xdf => (2, u32::from(b0 & 0x1f), 0x80),
        0xe0..=0xef => (3, u32::from(b0 & 0x0f), 0x800),
        0xf0..=0xf4 => (4, u32::from(b0 & 0x07), 0x10000),
        _ => return Err((1, "invalid start byte")),
    };
    let mut c = init;
    for k in 1..len {
        match d.get(k) {
            None => return Err((k, "unexpected end of data")),
            Some(&b) if b & 0xc0 == 0x80 => {
                let nc = (c << 6) | u32::from(b & 0x3f);
                // Reject overlong forms and surrogates at the second byte, as CPython does.
                if k == 1 {
                    let bad = match b0 {
                        0xe0 => b < 0xa0,
                        0xed => b > 0x9f,
                        0xf0 => b < 0x90,
                        0xf4 => b > 0x8f,
                        _ => false,
                    };
                    if bad {
                        return Err((1, "invalid continuation byte"));
                    }
                }
                c = nc;
            }
            Some(_) => return Err((k, "invalid continuation byte")),
        }
    }
    if c < min {
        return Err((1, "invalid continuation byte"));
    }
    Ok((c, len))
}

fn utf16_one(d: &[u8], be: bool) -> Result<(u32, usize), (usize, &'static str)> {
    let unit = |k: usize| -> Option<u32> {
        let a = *d.get(k)?;
        let b = *d.get(k + 1)?;
        Some(if be {
            u32::from(a) << 8 | u32::from(b)
        } else {
            u32::from(b) << 8 | u32::from(a)
        })
    };
    let Some(u) = unit(0) else {
        return Err((d.len(), "truncated data"));
    };
    if (0xd800..0xdc00).contains(&u) {
        match unit(2) {
            Some(l) if (0xdc00..0xe000).contains(&l) => {
                Ok((0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00), 4))
            }
            Some(_) => Err((2, "illegal UTF-16 surrogate")),
            None => Err((d.len(), "unexpected end of data")),
        }
    } else if (0xdc00..0xe000).contains(&u) {
        Err((2, "illegal encoding"))
    } else {
        Ok((u, 2))
    }
}

/// Encodes code points; `bom` asks for the signature/byte-order mark of codecs that have one.
pub(crate) fn encode(
    codec: Codec,
    text: &[u32],
    errors: &str,
    bom: bool,
) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(text.len());
    if bom {
        match codec {
            Codec::Utf8Sig => out.extend_from_slice(b"\xef\xbb\xbf"),
            Codec::Utf16 => out.extend_from_slice(b"\xff\xfe"),
            _ => {}
        }
    }
    for (i, &c) in text.iter().enumerate() {
        let limit = match codec {
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
            _ => 0x11_0000,
        };
        let surrogate = (0xd800..0xe000).contains(&c);
        if c >= limit || surrogate {
            if errors == "surrogateescape" && (0xdc80..0xdd00).contains(&c) {
                out.push((c - 0xdc00) as u8);
                continue;
            }
            match errors {
                "replace" => {
                    push_char(codec, &mut out, u32::from(b'?'));
                    continue;
                }
                "ignore" => continue,
                _ => {
                    let reason = match codec {
                        Codec::Ascii => "ordinal not in range(128)",
                        Codec::Latin1 => "ordinal not in range(256)",
                        _ => "surrogates not allowed",
                    };
                    return Err(CodecError {
                        start: i,
                        end: i + 1,
                        reason,
                    });
                }
            }
        }
        push_char(codec, &mut out, c);
    }
    Ok(out)
}

fn push_char(codec: Codec, out: &mut Vec<u8>, c: u32) {
    match codec {
        Codec::Ascii | Codec::Latin1 => out.push(c as u8),
        Codec::Utf8 | Codec::Utf8Sig => {
            let mut buf = [0u8; 4];
            if let Some(ch) = char::from_u32(c) {
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let be = codec == Codec::Utf16Be;
            let mut push = |u: u16| {
                if be {
                    out.extend_from_slice(&u.to_be_bytes());
                } else {
                    out.extend_from_slice(&u.to_le_bytes());
                }
            };
            if c >= 0x10000 {
                let v = c - 0x10000;
                push(0xd800 + (v >> 10) as u16);
                push(0xdc00 + (v & 0x3ff) as u16);
            } else {
                push(c as u16);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_errors_match_cpython() {
        let e = decode(Codec::Utf8, b"caf\xe9 \xff", "strict").unwrap_err();
        assert_eq!(
            (e.start, e.end, e.reason),
            (3, 4, "invalid continuation byte")
        );
        let r = decode(Codec::Utf8, b"caf\xe9 \xff", "replace").unwrap();
        assert_eq!(r.len(), 6);
        assert_eq!(r[3].0, 0xFFFD);
    }

    #[test]
    fn round_trips() {
        let text: Vec<u32> = "hé€😀".chars().map(u32::from).collect();
        for c in [Codec::Utf8, Codec::Utf16, Codec::Utf16Be, Codec::Utf8Sig] {
            let b = encode(c, &text, "strict", true).unwrap();
            let d: Vec<u32> = decode(c, &b, "strict")
                .unwrap()
                .iter()
                .map(|p| p.0)
                .collect();
            assert_eq!(d, text);
        }
        assert!(encode(Codec::Ascii, &text, "strict", false).is_err());
    }
}
