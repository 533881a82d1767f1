//! `.pyc` files: the PEP 552 header (and the 12-byte 3.6 one), magic numbers, source hashes,
//! and reading the marshalled module code object that follows.

use crate::code::PythonVersion;
use crate::error::Error;
use crate::reader::{loads_with, LoadOptions, Loaded};
use crate::siphash::siphash;
use crate::value::{Heap, ObjId, Value};
use crate::writer::{dumps_with, DumpOptions, RefPolicy};

/// The magic numbers of the final CPython releases this crate knows.
pub const FINAL_MAGICS: [(PythonVersion, u16); 8] = [
    (PythonVersion::new(3, 6), 3379),
    (PythonVersion::new(3, 7), 3394),
    (PythonVersion::new(3, 8), 3413),
    (PythonVersion::new(3, 9), 3425),
    (PythonVersion::new(3, 10), 3439),
    (PythonVersion::new(3, 11), 3495),
    (PythonVersion::new(3, 12), 3531),
    (PythonVersion::new(3, 13), 3571),
];

/// The CPython version a magic number belongs to (final and pre-release numbers), if it is one
/// whose code layout this crate reads (3.6–3.13).
pub fn version_of_magic(magic: u16) -> Option<PythonVersion> {
    let minor = match magic {
        3360..=3379 => 6,
        3390..=3394 => 7,
        3400..=3413 => 8,
        3420..=3425 => 9,
        3430..=3439 => 10,
        3450..=3499 => 11,
        3500..=3549 => 12,
        3550..=3599 => 13,
        _ => return None,
    };
    Some(PythonVersion::new(3, minor))
}

/// The magic number of a final release.
pub fn magic_of_version(version: PythonVersion) -> Option<u16> {
    FINAL_MAGICS
        .iter()
        .find(|(v, _)| *v == version)
        .map(|&(_, m)| m)
}

/// `importlib.util.source_hash` of the CPython whose magic is `magic`: SipHash-1-3 from 3.11
/// on, SipHash-2-4 before, keyed with the magic as a little-endian u32 (`\r\n` included).
pub fn source_hash(magic: u16, source: &[u8]) -> [u8; 8] {
    let key = u64::from(u32::from_le_bytes(magic_bytes(magic)));
    let (c, d) = match version_of_magic(magic) {
        Some(v) if v < PythonVersion::new(3, 11) => (2, 4),
        _ => (1, 3),
    };
    siphash(c, d, key, 0, source).to_le_bytes()
}

fn magic_bytes(magic: u16) -> [u8; 4] {
    let m = magic.to_le_bytes();
    [m[0], m[1], b'\r', b'\n']
}

/// How a `.pyc` says whether it is still valid for its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalidation {
    /// Flags 0 (or 2): the source's mtime and size, each masked to 32 bits.
    Timestamp {
        /// `int(st_mtime) & 0xFFFFFFFF`.
        mtime: u32,
        /// `len(source) & 0xFFFFFFFF`.
        source_size: u32,
    },
    /// Flags 1 (unchecked) or 3 (checked): a SipHash of the source bytes.
    Hash {
        /// Whether importlib re-hashes the source by default (`check_source`).
        checked: bool,
        /// The hash, as stored.
        source_hash: [u8; 8],
    },
}

/// A parsed `.pyc` header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PycHeader {
    /// The 16-bit magic number (the two bytes before `\r\n`).
    pub magic: u16,
    /// The raw PEP 552 flags (0 for 3.6's 12-byte header).
    pub flags: u32,
    /// What the last 8 bytes mean.
    pub invalidation: Invalidation,
}

/// Why a `.pyc` was rejected.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum PycError {
    /// The first four bytes are not `NN NN 0d 0a`, or name a version this crate cannot read.
    #[error("bad magic number: {}", bytes_repr(.0))]
    BadMagic(Vec<u8>),
    /// The magic is valid but not the one the caller expected.
    #[error("bad magic number: expected {expected}, found {found}")]
    WrongMagic {
        /// The magic the caller asked for.
        expected: u16,
        /// The magic in the file.
        found: u16,
    },
    /// Fewer bytes than the header needs.
    #[error("reached EOF while reading pyc header ({0} bytes)")]
    TruncatedHeader(usize),
    /// Flag bits other than 0 and 1 set.
    #[error("invalid flags {0}")]
    InvalidFlags(u32),
    /// A timestamp pyc whose recorded mtime differs from the source's.
    #[error("stale pyc: source mtime {source_mtime} does not match recorded mtime {recorded}")]
    StaleMtime {
        /// `int(st_mtime) & 0xFFFFFFFF` of the source.
        source_mtime: u32,
        /// The mtime in the header.
        recorded: u32,
    },
    /// A timestamp pyc whose recorded size differs from the source's.
    #[error("stale pyc: source size {source_size} does not match recorded size {recorded}")]
    StaleSize {
        /// The source's size, masked to 32 bits.
        source_size: u32,
        /// The size in the header.
        recorded: u32,
    },
    /// A hash pyc whose hash differs from the source's.
    #[error("hash in bytecode doesn't match hash of source")]
    HashMismatch,
    /// Validation by timestamp asked of a hash-based pyc, or the reverse.
    #[error("pyc is not {0}-based")]
    WrongInvalidationMode(&'static str),
    /// The body is not valid marshal data.
    #[error("{}: {}", .0.python_type(), .0)]
    Marshal(#[from] Error),
    /// The body is valid marshal data but not a code object.
    #[error("Non-code object in pyc")]
    NonCode,
}

fn bytes_repr(b: &[u8]) -> String {
    let mut s = String::from("b'");
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\'' => s.push_str("\\'"),
            b'\r' => s.push_str("\\r"),
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            0x20..=0x7e => s.push(char::from(c)),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push('\'');
    s
}

impl PycHeader {
    /// A timestamp header for the final release `magic`.
    pub fn timestamp(magic: u16, mtime: i64, source_size: u64) -> Self {
        PycHeader {
            magic,
            flags: 0,
            invalidation: Invalidation::Timestamp {
                mtime: mtime as u32,
                source_size: source_size as u32,
            },
        }
    }

    /// A hash header over `source`.
    pub fn hash(magic: u16, checked: bool, source: &[u8]) -> Self {
        PycHeader {
            magic,
            flags: if checked { 3 } else { 1 },
            invalidation: Invalidation::Hash {
                checked,
                source_hash: source_hash(magic, source),
            },
        }
    }

    /// The CPython version of the magic, if known.
    pub fn version(&self) -> Option<PythonVersion> {
        version_of_magic(self.magic)
    }

    /// 16 bytes since 3.7 (PEP 552), 12 for 3.3–3.6.
    pub fn len(&self) -> usize {
        match self.version() {
            Some(v) if v < PythonVersion::new(3, 7) => 12,
            _ => 16,
        }
    }

    /// Never true: a header has at least the magic.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// Parses the header at the start of a `.pyc`, checking magic and flags as importlib
    /// does (the magic must belong to a CPython 3.6–3.13).
    pub fn parse(data: &[u8]) -> Result<PycHeader, PycError> {
        let magic_part = data
            .get(..4)
            .ok_or_else(|| PycError::BadMagic(data.to_vec()))?;
        if magic_part[2..] != *b"\r\n" {
            return Err(PycError::BadMagic(magic_part.to_vec()));
        }
        let magic = u16::from_le_bytes([magic_part[0], magic_part[1]]);
        let version =
            version_of_magic(magic).ok_or_else(|| PycError::BadMagic(magic_part.to_vec()))?;
        let u32_at = |at: usize| -> Result<u32, PycError> {
            let b = data
                .get(at..at + 4)
                .ok_or(PycError::TruncatedHeader(data.len()))?;
            Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        if version < PythonVersion::new(3, 7) {
            return Ok(PycHeader {
                magic,
                flags: 0,
                invalidation: Invalidation::Timestamp {
                    mtime: u32_at(4)?,
                    source_size: u32_at(8)?,
                },
            });
        }
        if data.len() < 16 {
            return Err(PycError::TruncatedHeader(data.len()));
        }
        let flags = u32_at(4)?;
        if flags & !0b11 != 0 {
            return Err(PycError::InvalidFlags(flags));
        }
        let invalidation = if flags & 1 != 0 {
            let mut source_hash = [0u8; 8];
            source_hash.copy_from_slice(&data[8..16]);
            Invalidation::Hash {
                checked: flags & 0b10 != 0,
                source_hash,
            }
        } else {
            Invalidation::Timestamp {
                mtime: u32_at(8)?,
                source_size: u32_at(12)?,
            }
        };
        Ok(PycHeader {
            magic,
            flags,
            invalidation,
        })
    }

    /// Like [`PycHeader::parse`], but the magic must be exactly `expected` (what an importer
    /// does: another version's pyc is "bad magic").
    pub fn parse_expecting(data: &[u8], expected: u16) -> Result<PycHeader, PycError> {
        let header = PycHeader::parse(data)?;
        if header.magic != expected {
            return Err(PycError::WrongMagic {
                expected,
                found: header.magic,
            });
        }
        Ok(header)
    }

    /// The header bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = magic_bytes(self.magic).to_vec();
        if self.len() == 16 {
            out.extend_from_slice(&self.flags.to_le_bytes());
        }
        match self.invalidation {
            Invalidation::Timestamp { mtime, source_size } => {
                out.extend_from_slice(&mtime.to_le_bytes());
                out.extend_from_slice(&source_size.to_le_bytes());
            }
            Invalidation::Hash { source_hash, .. } => out.extend_from_slice(&source_hash),
        }
        out
    }

    /// Checks a timestamp pyc against its source's `st_mtime` (seconds, truncated toward zero
    /// as `int()` does) and size: equality after masking to 32 bits, not "newer than".
    pub fn validate_timestamp(&self, source_mtime: i64, source_size: u64) -> Result<(), PycError> {
        let Invalidation::Timestamp {
            mtime,
            source_size: size,
        } = self.invalidation
        else {
            return Err(PycError::WrongInvalidationMode("timestamp"));
        };
        let source = source_mtime as u32;
        if mtime != source {
            return Err(PycError::StaleMtime {
                source_mtime: source,
                recorded: mtime,
            });
        }
        let source = source_size as u32;
        if size != source {
            return Err(PycError::StaleSize {
                source_size: source,
                recorded: size,
            });
        }
        Ok(())
    }

    /// Checks a hash pyc against the source bytes.
    pub fn validate_hash(&self, source: &[u8]) -> Result<(), PycError> {
        let Invalidation::Hash { source_hash: h, .. } = self.invalidation else {
            return Err(PycError::WrongInvalidationMode("hash"));
        };
        if h != source_hash(self.magic, source) {
            return Err(PycError::HashMismatch);
        }
        Ok(())
    }
}

/// A whole `.pyc`: its header and the module code object.
#[derive(Clone, Debug, PartialEq)]
pub struct Pyc {
    /// The header.
    pub header: PycHeader,
    /// The heap holding the module code object and everything it refers to.
    pub heap: Heap,
    /// The module code object.
    pub code: ObjId,
}

impl Pyc {
    /// Reads a `.pyc` of any CPython 3.6–3.13, using the code layout its magic implies.
    pub fn parse(data: &[u8]) -> Result<Pyc, PycError> {
        let header = PycHeader::parse(data)?;
        let version = header.version().unwrap_or(PythonVersion::V3_12);
        let options = LoadOptions {
            version,
            allow_code: true,
        };
        let body = data.get(header.len()..).unwrap_or(&[]);
        let Loaded { heap, root, .. } = loads_with(body, &options)?;
        if !matches!(heap.get(root), Some(Value::Code(_))) {
            return Err(PycError::NonCode);
        }
        Ok(Pyc {
            header,
            heap,
            code: root,
        })
    }

    /// Writes the pyc back: the header and the code object with [`RefPolicy::Preserve`], so a
    /// file CPython wrote comes back identical.
    pub fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        let mut out = self.header.to_bytes();
        let body = dumps_with(
            &self.heap,
            self.code,
            &DumpOptions {
                version: crate::VERSION,
                policy: RefPolicy::Preserve,
            },
        )?;
        out.extend_from_slice(&body);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_hash_examples_from_spec() {
        // 3.11 (magic 3495): b"X = 1\n" and b"".
        assert_eq!(
            source_hash(3495, b"X = 1\n"),
            [0xe0, 0x8c, 0xa2, 0x2c, 0xd2, 0x8f, 0xd4, 0xab]
        );
        assert_eq!(
            source_hash(3495, b""),
            [0x73, 0x8d, 0x9c, 0xd5, 0xd5, 0xe8, 0x7f, 0x73]
        );
    }

    #[test]
    fn header_roundtrip_and_errors() {
        let h = PycHeader::timestamp(3495, 1_704_067_200, 6);
        let bytes = h.to_bytes();
        assert_eq!(
            bytes,
            [0xa7, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 0x80, 0x00, 0x92, 0x65, 6, 0, 0, 0]
        );
        assert_eq!(PycHeader::parse(&bytes).unwrap(), h);
        assert!(h.validate_timestamp(1_704_067_200, 6).is_ok());
        assert!(matches!(
            h.validate_timestamp(1_704_067_201, 6),
            Err(PycError::StaleMtime { .. })
        ));
        assert!(matches!(
            h.validate_timestamp(1_704_067_200 + (1 << 32), 7),
            Err(PycError::StaleSize { .. })
        ));
        assert_eq!(
            PycHeader::parse(&bytes[..8]),
            Err(PycError::TruncatedHeader(8))
        );
        let mut bad = bytes.clone();
        bad[4] = 4;
        assert_eq!(PycHeader::parse(&bad), Err(PycError::InvalidFlags(4)));
        assert_eq!(
            PycHeader::parse(b"\x00\x01\r\n").unwrap_err().to_string(),
            "bad magic number: b'\\x00\\x01\\r\\n'"
        );
        assert_eq!(
            PycHeader::parse(b"o\r\r\n"),
            Err(PycError::TruncatedHeader(4))
        );
        let hh = PycHeader::hash(3495, true, b"X = 1\n");
        assert_eq!(PycHeader::parse(&hh.to_bytes()).unwrap(), hh);
        assert!(hh.validate_hash(b"X = 1\n").is_ok());
        assert_eq!(hh.validate_hash(b"X = 2\n"), Err(PycError::HashMismatch));
        assert!(matches!(
            PycHeader::parse_expecting(&bytes, 3531),
            Err(PycError::WrongMagic { .. })
        ));
    }

    #[test]
    fn flags_2_is_timestamp() {
        let mut bytes = PycHeader::timestamp(3531, 5, 6).to_bytes();
        bytes[4] = 2;
        let h = PycHeader::parse(&bytes).unwrap();
        assert!(matches!(h.invalidation, Invalidation::Timestamp { .. }));
    }
}
