from m import (
    a,
    b c,
)
