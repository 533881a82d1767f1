lambda if: 1
