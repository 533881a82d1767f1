//! CPython-compatible hashing: ints and floats modulo the Mersenne prime 2**61 - 1, tuples with
//! the xxHash-style combiner, str/bytes with SipHash-1-3 keyed per process (`PYTHONHASHSEED`
//! honoured: `0` disables randomisation, a number seeds CPython's LCG), so set and dict layouts,
//! and therefore printed set orders, match CPython's.

use std::hash::Hasher;
use std::sync::OnceLock;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `sys.hash_info.modulus`.
pub const MODULUS: u64 = (1 << 61) - 1;
const BITS: u32 = 61;
/// `hash(float('inf'))`.
pub const INF: i64 = 314_159;

static KEYS: OnceLock<(u64, u64)> = OnceLock::new();

fn keys() -> (u64, u64) {
    *KEYS.get_or_init(|| {
        let seed = std::env::var("PYTHONHASHSEED").ok();
        let mut buf = [0u8; 24];
        match seed.as_deref().map(str::parse::<u32>) {
            Some(Ok(0)) => {}
            Some(Ok(x0)) => {
                // CPython's lcg_urandom.
                let mut x = x0;
                for b in &mut buf {
                    x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
                    *b = ((x >> 16) & 0xff) as u8;
                }
            }
            _ => {
                let rs = std::collections::hash_map::RandomState::new();
                let mut h = std::hash::BuildHasher::build_hasher(&rs);
                h.write_u64(0x5eed);
                let a = h.finish();
                let mut h = std::hash::BuildHasher::build_hasher(&rs);
                h.write_u64(a);
                let b = h.finish();
                buf[..8].copy_from_slice(&a.to_le_bytes());
                buf[8..16].copy_from_slice(&b.to_le_bytes());
            }
        }
        let mut k0 = [0u8; 8];
        let mut k1 = [0u8; 8];
        k0.copy_from_slice(&buf[..8]);
        k1.copy_from_slice(&buf[8..16]);
        (u64::from_le_bytes(k0), u64::from_le_bytes(k1))
    })
}

/// CPython's `_Py_HashBytes`: SipHash-1-3 of the raw bytes; the empty string hashes to 0.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let (k0, k1) = keys();
    let mut h = siphasher::sip::SipHasher13::new_with_keys(k0, k1);
    h.write(data);
    fix(h.finish() as i64)
}

/// -1 is reserved as an error marker in CPython.
#[inline]
pub fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(int)`.
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    let m = v.unsigned_abs() % MODULUS;
    let h = if v < 0 { -(m as i64) } else { m as i64 };
    fix(h)
}

/// `hash(int)` for a big integer.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let m = (v.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    fix(if v.sign() == Sign::Minus { -m } else { m })
}

/// `hash(float)` for a non-NaN float (NaN hashes by identity in CPython 3.10+).
pub fn hash_f64(v: f64) -> i64 {
    if v.is_nan() {
        // CPython hashes NaN by identity; the loop below would never end for NaN.
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    if v == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    fix((x as i64).wrapping_mul(sign))
}

/// `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// `hash(tuple)` from the hashes of its items (CPython's xxHash-derived combiner).
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    xx_hash(items, true)
}

/// `hash(slice)` (3.12): the tuple algorithm over `(start, stop, step)` without the final
/// length mix, as CPython's `slice_hash`.
pub fn hash_slice(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    xx_hash(items, false)
}

/// CPython's xxHash-based combination of item hashes.
fn xx_hash(items: impl ExactSizeIterator<Item = i64>, mix_len: bool) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let len = items.len() as u64;
    let mut acc = P5;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    if mix_len {
        acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    }
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// `hash(object())`: the address rotated by 4 bits, as CPython's `_Py_HashPointer`.
pub fn hash_pointer(addr: usize) -> i64 {
    fix(addr.rotate_right(4) as i64)
}

/// Shuffles one entry hash for `frozenset.__hash__`.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `hash(frozenset)` from the hashes of its items.
pub fn hash_frozenset(items: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut hash: u64 = 0;
    for h in items {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (len as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    hash as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values recorded from CPython 3.12 (hashes of numbers do not depend on the seed).
    #[test]
    fn numbers_hash_as_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(i64::MAX), 3);
        assert_eq!(hash_i64(-(1 << 61)), -2);
        assert_eq!(hash_f64(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_f64(-2.5), -1_152_921_504_606_846_978);
        assert_eq!(hash_f64(0.1), 230_584_300_921_369_408);
        assert_eq!(hash_f64(1e300), 1_224_995_262_755_759_164);
        assert_eq!(hash_f64(3.0), 3);
        let big: BigInt = BigInt::from(1) << 100u32;
        assert_eq!(hash_bigint(&big), 549_755_813_888);
    }

    #[test]
    fn seeded_str_hashes_match_cpython() {
        // Only meaningful when the test runs with PYTHONHASHSEED=0; otherwise skip.
        if std::env::var("PYTHONHASHSEED").as_deref() != Ok("0") {
            return;
        }
        assert_eq!(hash_bytes(b"a"), 4_644_417_185_603_328_019);
        assert_eq!(hash_bytes(b"hello"), -2_096_571_579_003_691_106);
        assert_eq!(hash_bytes(b"abc"), -4_594_863_902_769_663_758);
    }

    #[test]
    fn tuples_hash_as_cpython() {
        assert_eq!(hash_tuple([].into_iter()), 5_740_354_900_026_072_187);
        assert_eq!(
            hash_tuple([1i64, 2].into_iter()),
            -3_550_055_125_485_641_917
        );
    }
}
