//! `_random`: the Mersenne Twister (MT19937) under `lib/random.py`, bit for bit CPython's, so
//! that `random.seed(n)` followed by any of `random`'s functions gives CPython's numbers.
//!
//! The generator's state is not a native object: it lives in a `bytearray` of [`STATE_BYTES`]
//! bytes that `random.Random` keeps (624 little-endian 32-bit words, then the read index). That
//! keeps the object model free of a payload for one module while the work (seeding, twisting,
//! tempering, building big integers) stays in Rust. `random.py` does the rest in Python, as
//! CPython's does, on top of `random()` and `getrandbits()`.
//!
//! Seeding a string needs SHA-512 (CPython hashes the text into the seed), so a small SHA-512
//! lives here too, with its constants computed rather than typed in.

use std::sync::OnceLock;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};

use super::{new_module, set_attr};
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::object::{Obj, Payload};
use crate::objects::bytes::new_bytes;
use crate::objects::bytes_methods::bytes_of;
use crate::objects::int::{as_int, from_big};
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;
/// Bytes of the state buffer: the 624 words and the index.
const STATE_BYTES: usize = (N + 1) * 4;

/// The generator, decoded from (and written back to) a state buffer.
struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(seed: u32) -> Mt {
        let mut mt = [0u32; N];
        mt[0] = seed;
        for i in 1..N {
            let prev = mt[i - 1];
            mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt { mt, index: N }
    }

    /// Seeding from an array of 32-bit words (the reference `init_by_array`).
    fn init_by_array(key: &[u32]) -> Mt {
        let mut g = Mt::init_genrand(19_650_218);
        let mt = &mut g.mt;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        g
    }

    fn load(buf: &[u8]) -> Option<Mt> {
        if buf.len() != STATE_BYTES {
            return None;
        }
        let mut mt = [0u32; N];
        for (w, chunk) in mt.iter_mut().zip(buf.chunks_exact(4)) {
            *w = u32::from_le_bytes(chunk.try_into().ok()?);
        }
        let index = u32::from_le_bytes(buf.get(N * 4..)?.try_into().ok()?) as usize;
        Some(Mt {
            mt,
            index: index.min(N),
        })
    }

    fn store(&self, buf: &mut Vec<u8>) {
        buf.clear();
        for w in &self.mt {
            buf.extend_from_slice(&w.to_le_bytes());
        }
        buf.extend_from_slice(&(self.index as u32).to_le_bytes());
    }
}

/// Word access to a generator's state: the 624 words at 0..N and the read index at N.
/// Implemented by [`Mt`] (an owned copy, for seeding and get/setstate) and by [`MtView`]
/// (the state buffer itself, so a draw touches two words instead of copying 2.5 KB).
trait Words {
    fn get(&self, i: usize) -> u32;
    fn set(&mut self, i: usize, w: u32);

    fn twist(&mut self) {
        for kk in 0..N {
            let y = (self.get(kk) & UPPER_MASK) | (self.get((kk + 1) % N) & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            let w = self.get((kk + M) % N) ^ (y >> 1) ^ mag;
            self.set(kk, w);
        }
        self.set(N, 0);
    }

    fn next_u32(&mut self) -> u32 {
        let mut index = self.get(N) as usize;
        if index >= N {
            self.twist();
            index = 0;
        }
        let mut y = self.get(index);
        self.set(N, (index + 1) as u32);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (CPython's `genrand_res53`).
    fn next_f64(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits as a non-negative integer (words drawn least significant first).
    fn bits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let mut words = Vec::new();
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&words))
    }
}

impl Words for Mt {
    fn get(&self, i: usize) -> u32 {
        if i == N {
            return self.index as u32;
        }
        self.mt.get(i).copied().unwrap_or(0)
    }

    fn set(&mut self, i: usize, w: u32) {
        if i == N {
            self.index = w as usize;
        } else if let Some(slot) = self.mt.get_mut(i) {
            *slot = w;
        }
    }
}

/// The generator read and written in place in its state buffer.
struct MtView<'a> {
    buf: &'a mut [u8],
}

impl Words for MtView<'_> {
    fn get(&self, i: usize) -> u32 {
        self.buf
            .get(i * 4..i * 4 + 4)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u32::from_le_bytes)
    }

    fn set(&mut self, i: usize, w: u32) {
        if let Some(b) = self.buf.get_mut(i * 4..i * 4 + 4) {
            b.copy_from_slice(&w.to_le_bytes());
        }
    }
}

/// The state buffer argument (a bytearray made by `random.Random`).
fn state_arg(args: &[Value]) -> PyResult<&Obj> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::ByteArray(_)) => Ok(o),
        _ => Err(type_error("_random: the state must be a bytearray")),
    }
}

/// Runs `f` on the generator held by the state buffer in `args[0]`, writing it back after.
fn with_state<T>(args: &[Value], f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    let obj = state_arg(args)?;
    let Payload::ByteArray(cell) = &obj.payload else {
        return Err(type_error("_random: the state must be a bytearray"));
    };
    let mut buf = cell.borrow_mut();
    let mut g = Mt::load(&buf).unwrap_or_else(|| Mt::init_genrand(5489));
    let out = f(&mut g);
    g.store(&mut buf);
    Ok(out)
}

/// Runs `f` on the generator in the state buffer in `args[0]`, in place (a buffer of the
/// wrong size is first reset to the reference default seed).
fn with_view<T>(args: &[Value], f: impl FnOnce(&mut MtView<'_>) -> T) -> PyResult<T> {
    let obj = state_arg(args)?;
    let Payload::ByteArray(cell) = &obj.payload else {
        return Err(type_error("_random: the state must be a bytearray"));
    };
    let mut buf = cell.borrow_mut();
    if buf.len() != STATE_BYTES {
        Mt::init_genrand(5489).store(&mut buf);
    }
    Ok(f(&mut MtView { buf: &mut buf }))
}

/// `seed(state, n)`: seed from the absolute value of the int `n`, as CPython does.
fn r_seed(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = args
        .get(1)
        .and_then(as_int)
        .map(|i| i.to_big())
        .ok_or_else(|| type_error("_random.seed: the seed must be an int"))?;
    let mut key = n.abs().to_u32_digits().1;
    if key.is_empty() {
        key.push(0);
    }
    with_state(args, |g| *g = Mt::init_by_array(&key))?;
    Ok(Value::None)
}

/// `random(state)`: the next float in [0, 1).
fn r_random(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(with_view(args, |g| g.next_f64())?))
}

/// `getrandbits(state, k)`.
fn r_getrandbits(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let k = args
        .get(1)
        .and_then(as_int)
        .map(|i| i.to_big())
        .ok_or_else(|| type_error("an integer is required"))?;
    if k.is_negative() {
        return Err(value_error("number of bits must be non-negative"));
    }
    let k = k
        .to_u64()
        .filter(|&k| k <= i32::MAX as u64)
        .ok_or_else(|| overflow_error("Python int too large to convert to C int"))?;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    Ok(from_big(with_view(args, |g| g.bits(k))?))
}

/// `getstate(state)`: the 624 words and the index, as CPython's internal state tuple.
fn r_getstate(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (words, index) = with_state(args, |g| (g.mt, g.index))?;
    let mut items: Vec<Value> = words.iter().map(|&w| Value::Int(i64::from(w))).collect();
    items.push(Value::Int(index as i64));
    Ok(vm.new_tuple(items))
}

/// `setstate(state, words)`: the inverse of `getstate` (a sequence of 625 ints).
fn r_setstate(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(seq) = args.get(1) else {
        return Err(type_error("state vector must be a tuple"));
    };
    let items = vm.collect_iter(seq)?;
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (w, v) in mt.iter_mut().zip(&items) {
        let n = as_int(v)
            .map(|i| i.to_big())
            .ok_or_else(|| type_error("state vector items must be integers"))?;
        *w = n
            .to_u64()
            .and_then(|u| u32::try_from(u).ok())
            .ok_or_else(|| overflow_error("Python int too large to convert to C unsigned long"))?;
    }
    let index = items
        .get(N)
        .and_then(as_int)
        .and_then(|i| i.to_big().to_i64())
        .ok_or_else(|| type_error("state vector items must be integers"))?;
    if !(0..=N as i64).contains(&index) {
        return Err(value_error("invalid state"));
    }
    with_state(args, |g| {
        *g = Mt {
            mt,
            index: index as usize,
        }
    })?;
    Ok(Value::None)
}

/// `sha512(data)`: the digest of bytes (for seeding from str/bytes).
fn r_sha512(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let data = args
        .first()
        .and_then(bytes_of)
        .ok_or_else(|| type_error("a bytes-like object is required"))?;
    Ok(new_bytes(sha512(&data).to_vec()))
}

/// The SHA-512 constants: the first 64 fractional bits of the square roots of the first 8
/// primes (initial hash) and of the cube roots of the first 80 primes (round constants).
fn sha512_constants() -> &'static ([u64; 8], [u64; 80]) {
    static CONSTANTS: OnceLock<([u64; 8], [u64; 80])> = OnceLock::new();
    CONSTANTS.get_or_init(|| {
        let mut primes = Vec::with_capacity(80);
        let mut candidate = 2u32;
        while primes.len() < 80 {
            if primes.iter().all(|p: &u32| candidate % p != 0) {
                primes.push(candidate);
            }
            candidate += 1;
        }
        let frac = |root: BigUint| -> u64 {
            let digits = root.to_u64_digits();
            digits.first().copied().unwrap_or(0)
        };
        let mut h = [0u64; 8];
        for (slot, &p) in h.iter_mut().zip(&primes) {
            *slot = frac((BigUint::from(p) << 128u32).sqrt());
        }
        let mut k = [0u64; 80];
        for (slot, &p) in k.iter_mut().zip(&primes) {
            *slot = frac((BigUint::from(p) << 192u32).cbrt());
        }
        (h, k)
    })
}

fn sha512(data: &[u8]) -> [u8; 64] {
    let (init, k) = sha512_constants();
    let mut h = *init;
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u128).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (slot, chunk) in w.iter_mut().zip(block.chunks_exact(8)) {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            *slot = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(k[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (slot, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *slot = slot.wrapping_add(v);
        }
    }
    let mut out = [0u8; 64];
    for (chunk, v) in out.chunks_exact_mut(8).zip(h) {
        chunk.copy_from_slice(&v.to_be_bytes());
    }
    out
}

/// Builds the `_random` module.
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    let m = new_module(
        vm,
        "_random",
        &[
            ("seed", r_seed),
            ("random", r_random),
            ("getrandbits", r_getrandbits),
            ("getstate", r_getstate),
            ("setstate", r_setstate),
            ("sha512", r_sha512),
        ],
    );
    set_attr(&m, "STATE_BYTES", Value::Int(STATE_BYTES as i64));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Zero;

    fn seeded(n: u32) -> Mt {
        Mt::init_by_array(&[n])
    }

    #[test]
    fn seed_42_matches_cpython() {
        // random.seed(42); random.random() in CPython 3.12.
        let mut g = seeded(42);
        assert_eq!(g.next_f64(), 0.6394267984578837);
        assert_eq!(g.next_f64(), 0.025010755222666936);
    }

    #[test]
    fn seed_zero_uses_one_zero_word() {
        // random.seed(0); random.random()
        let mut g = Mt::init_by_array(&[0]);
        assert_eq!(g.next_f64(), 0.8444218515250481);
    }

    #[test]
    fn getrandbits_small_and_large() {
        // random.seed(1); getrandbits(8), getrandbits(70)
        let mut g = seeded(1);
        assert_eq!(g.bits(8), BigInt::from(34));
        assert_eq!(g.bits(70).to_string(), "956416341049221797962".to_string());
    }

    #[test]
    fn state_round_trips_through_bytes() {
        let mut g = seeded(7);
        g.next_u32();
        let mut buf = Vec::new();
        g.store(&mut buf);
        let mut back = Mt::load(&buf).expect("full buffer");
        assert_eq!(back.next_u32(), g.next_u32());
        // Drawing in place from the bytes gives the same numbers as an owned copy.
        let mut fresh = Mt::load(&buf).expect("full buffer");
        let mut view = MtView { buf: &mut buf };
        for _ in 0..2000 {
            assert_eq!(view.next_u32(), fresh.next_u32());
        }
        assert!(Mt::load(&buf[..10]).is_none());
    }

    #[test]
    fn sha512_known_digest() {
        let d = sha512(b"abc");
        assert_eq!(d[..4], [0xdd, 0xaf, 0x35, 0xa1]);
        assert_eq!(d[60..], [0xa5, 0x4c, 0xa4, 0x9f]);
        assert!(!d.iter().all(|b| *b == 0) && !BigUint::from_bytes_be(&d).is_zero());
    }
}
