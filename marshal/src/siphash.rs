//! SipHash, as CPython uses it for hash-based `.pyc` files (PEP 552).
//!
//! `importlib.util.source_hash` is SipHash with key (k0 = the magic number read as a
//! little-endian u32, k1 = 0) over the raw source bytes: SipHash-2-4 in 3.7–3.10 and SipHash-1-3
//! from 3.11 on. Twenty lines of code do not justify a dependency.

/// SipHash with `c` compression rounds and `d` finalisation rounds.
pub(crate) fn siphash(c_rounds: usize, d_rounds: usize, k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;

    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v2 = v2.rotate_left(32);
    };

    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let m = u64::from_le_bytes(word);
        v3 ^= m;
        for _ in 0..c_rounds {
            round(&mut v0, &mut v1, &mut v2, &mut v3);
        }
        v0 ^= m;
    }
    let mut last = [0u8; 8];
    let tail = chunks.remainder();
    last[..tail.len()].copy_from_slice(tail);
    last[7] = data.len() as u8;
    let m = u64::from_le_bytes(last);
    v3 ^= m;
    for _ in 0..c_rounds {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^= m;
    v2 ^= 0xff;
    for _ in 0..d_rounds {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_vector_siphash24() {
        // From the SipHash paper: key 00..0f, message 00..0e → a129ca6149be45e5.
        let k0 = u64::from_le_bytes([0, 1, 2, 3, 4, 5, 6, 7]);
        let k1 = u64::from_le_bytes([8, 9, 10, 11, 12, 13, 14, 15]);
        let msg: Vec<u8> = (0..15).collect();
        assert_eq!(siphash(2, 4, k0, k1, &msg), 0xa129_ca61_49be_45e5);
    }
}
