//! `range` over `i64` bounds.

/// A `range` object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    /// Number of items.
    pub fn len(&self) -> i64 {
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
        self.len() == 0
    }

    /// Item `i` (already normalised to `0..len`).
    pub fn get(&self, i: i64) -> Option<i64> {
        (0..self.len())
            .contains(&i)
            .then(|| self.start + i * self.step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths() {
        assert_eq!(
            Range {
                start: 0,
                stop: 10,
                step: 3
            }
            .len(),
            4
        );
        assert_eq!(
            Range {
                start: 10,
                stop: 0,
                step: -3
            }
            .len(),
            4
        );
        assert_eq!(
            Range {
                start: 5,
                stop: 5,
                step: 1
            }
            .len(),
            0
        );
        assert_eq!(
            Range {
                start: 0,
                stop: 10,
                step: 3
            }
            .get(3),
            Some(9)
        );
    }
}
