//! `range`: `i64` bounds on the fast path, arbitrary-precision bounds when a bound or the
//! length does not fit (`range(2**100)`), as CPython's "longrange".

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A `range` object. When `big` is set it holds the true bounds and the `i64` fields are
/// placeholders (an empty `0..0`), so code that only knows small ranges sees no items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Rc<BigRange>>,
}

/// The bounds of a range that do not all fit `i64` (or whose length does not).
#[derive(Debug, PartialEq, Eq)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

/// The length of `start..stop` by `step` (`step` non-zero), as CPython computes it.
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u32) / step + 1u32
    }
}

impl Range {
    /// A range over `i64` bounds.
    pub fn small(start: i64, stop: i64, step: i64) -> Range {
        Range {
            start,
            stop,
            step,
            big: None,
        }
    }

    /// A range over any bounds (`step` must not be zero): small when everything fits.
    pub fn from_bigs(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
            if big_len(&start, &stop, &step).to_i64().is_some() {
                return Range::small(a, b, c);
            }
        }
        Range {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Rc::new(BigRange { start, stop, step })),
        }
    }

    /// `(start, stop, step)` as big integers.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
            None => (
                BigInt::from(self.start),
                BigInt::from(self.stop),
                BigInt::from(self.step),
            ),
        }
    }

    /// The exact number of items.
    pub fn len_big(&self) -> BigInt {
        match &self.big {
            Some(b) => big_len(&b.start, &b.stop, &b.step),
            None => BigInt::from(self.len()),
        }
    }

    /// Number of items of a small range (saturating; see [`Range::len_big`] for big ones).
    pub fn len(&self) -> i64 {
        if self.big.is_some() {
            return self.len_big().to_i64().unwrap_or(i64::MAX);
        }
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            0
        } else {
            ((hi - lo - 1) / step + 1).min(i64::MAX as i128) as i64
        }
    }

    /// Whether the range is empty.
    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(_) => self.len_big().is_zero(),
            None => self.len() == 0,
        }
    }

    /// Item `i` of a small range (already normalised to `0..len`).
    pub fn get(&self, i: i64) -> Option<i64> {
        if self.big.is_some() {
            return None;
        }
        (0..self.len())
            .contains(&i)
            .then(|| self.start + i * self.step)
    }

    /// Item `i` (negative counts from the end), `None` when out of range.
    pub fn item(&self, i: &BigInt) -> Option<BigInt> {
        let len = self.len_big();
        let i = if i.is_negative() { i + &len } else { i.clone() };
        if i.is_negative() || i >= len {
            return None;
        }
        let (start, _, step) = self.bounds();
        Some(start + i * step)
    }

    /// The index of `x` in the range, if it is an item.
    pub fn position(&self, x: &BigInt) -> Option<BigInt> {
        let (start, stop, step) = self.bounds();
        let inside = if step.is_positive() {
            *x >= start && *x < stop
        } else {
            *x <= start && *x > stop
        };
        if !inside {
            return None;
        }
        let (q, r) = (x - &start).div_rem(&step);
        r.is_zero().then_some(q)
    }

    /// `self[slice]` from the slice's (already integer) parts, `None` standing for a missing
    /// one; `None` for a zero step.
    pub fn slice(
        &self,
        start: Option<BigInt>,
        stop: Option<BigInt>,
        step: Option<BigInt>,
    ) -> Option<Range> {
        let len = self.len_big();
        let step = step.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return None;
        }
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1), &len - 1u32)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(v) => {
                    let v = if v.is_negative() { v + &len } else { v };
                    if v < lower {
                        lower.clone()
                    } else if v > upper {
                        upper.clone()
                    } else {
                        v
                    }
                }
            }
        };
        let (d_start, d_stop) = if step.is_negative() {
            (upper.clone(), lower.clone())
        } else {
            (lower.clone(), upper.clone())
        };
        let a = clamp(start, &d_start);
        let b = clamp(stop, &d_stop);
        let (r_start, _, r_step) = self.bounds();
        Some(Range::from_bigs(
            &r_start + a * &r_step,
            &r_start + b * &r_step,
            r_step * step,
        ))
    }

    /// `range(...)` text.
    pub fn repr(&self) -> String {
        let (start, stop, step) = self.bounds();
        if step.is_one() {
            format!("range({start}, {stop})")
        } else {
            format!("range({start}, {stop}, {step})")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths() {
        assert_eq!(Range::small(0, 10, 3).len(), 4);
        assert_eq!(Range::small(10, 0, -3).len(), 4);
        assert_eq!(Range::small(5, 5, 1).len(), 0);
        assert_eq!(Range::small(0, 10, 3).get(3), Some(9));
    }

    #[test]
    fn big_ranges() {
        let big = BigInt::one() << 100usize;
        let r = Range::from_bigs(BigInt::zero(), big.clone(), BigInt::from(3));
        assert!(r.big.is_some());
        assert_eq!(r.len_big(), (&big - 1u32) / 3u32 + 1u32);
        assert_eq!(r.item(&BigInt::from(-1)), Some(&big - 1u32));
        assert_eq!(r.position(&BigInt::from(6)), Some(BigInt::from(2)));
        assert_eq!(r.position(&BigInt::from(7)), None);
        let s = r.slice(Some(BigInt::from(5)), Some(BigInt::from(10)), None);
        assert_eq!(s.map(|s| s.repr()), Some("range(15, 30, 3)".to_string()));
        // Small bounds, huge length.
        let r = Range::from_bigs(
            BigInt::from(i64::MIN),
            BigInt::from(i64::MAX),
            BigInt::one(),
        );
        assert!(r.big.is_some());
    }
}
