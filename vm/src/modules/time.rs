//! `time`: the clocks (`time`, `time_ns`, `perf_counter`, `monotonic`, `process_time`, their
//! `_ns` forms), `sleep`, and the calendar side (`gmtime`, `localtime`, `mktime`, `strftime`,
//! `asctime`, `ctime`, `struct_time`).
//!
//! The clocks are Rust (`std::time`); the calendar side is a short Python prelude run in the
//! module's namespace, because `struct_time` is a tuple subclass with named fields and the
//! formatting is string work that reads best in Python. The prelude gets the broken-down time
//! from one native helper, `_gmtime`.
//!
//! pyvm has no time-zone database: local time is UTC (`timezone == 0`, `tzname ==
//! ('UTC', 'UTC')`), which is what CPython reports on a machine whose zone is UTC.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{new_module, set_attr};
use crate::error::{overflow_error, system_error, type_error, value_error, PyResult};
use crate::object::{Obj, Payload};
use crate::objects::float::as_f64;
use crate::objects::int::{as_int, from_big};
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// The calendar half of the module, run in its namespace when it is first imported.
const PRELUDE: &str = r#"
class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
              'tm_yday', 'tm_isdst')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None,) * (11 - len(seq))
        self.tm_zone = extra[0]
        self.tm_gmtoff = extra[1]
        return self

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return (struct_time, (tuple(self) + (self.tm_zone, self.tm_gmtoff),))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])

struct_time.__module__ = 'time'

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

def _seconds(secs):
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if secs in (float('inf'), float('-inf')):
            raise OverflowError('timestamp out of range for platform time_t')
        return int(secs // 1) if secs >= 0 else -int(-secs // 1)
    if isinstance(secs, int):
        return int(secs)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)

def gmtime(secs=None, /):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return struct_time(_gmtime(_seconds(secs)) + ('GMT', 0))

def localtime(secs=None, /):
    """Convert seconds since the Epoch to a time tuple expressing local time (UTC in pyvm)."""
    return struct_time(_gmtime(_seconds(secs)) + ('UTC', 0))

def _as_tuple(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % name)
    return t

def mktime(t, /):
    """Convert a time tuple in local time to seconds since the Epoch."""
    t = _as_tuple(t, 'mktime')
    year, mon, mday, hour, minute, sec = (int(x) for x in t[:6])
    year += (mon - 1) // 12
    mon = (mon - 1) % 12 + 1
    days = _days_from_civil(year, mon, 1) + mday - 1
    return float(days * 86400 + hour * 3600 + minute * 60 + sec)

def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')

def _check(t):
    if not 1 <= t[1] <= 12:
        if t[1] == 0:
            t = (t[0], 1) + tuple(t[2:])
        else:
            raise ValueError('month out of range')
    if not 1 <= t[2] <= 31:
        if t[2] == 0:
            t = tuple(t[:2]) + (1,) + tuple(t[3:])
        else:
            raise ValueError('day of month out of range')
    if not 0 <= t[3] <= 23:
        raise ValueError('hour out of range')
    if not 0 <= t[4] <= 59:
        raise ValueError('minute out of range')
    if not 0 <= t[5] <= 61:
        raise ValueError('seconds out of range')
    if not 0 <= t[7] <= 366:
        if t[7] == 0:
            t = tuple(t[:7]) + (1,) + tuple(t[8:])
        else:
            raise ValueError('day of year out of range')
    if t[6] < 0:
        raise ValueError('day of week out of range')
    return t

def asctime(t=None, /):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    t = _check(_as_tuple(t, 'asctime'))
    return '%s %s %2d %02d:%02d:%02d %d' % (
        _DAYS[t[6] % 7][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])

def ctime(secs=None, /):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(secs))

def _week_number(t, first):
    # %U (first == 6, Sunday) and %W (first == 0, Monday).
    wday = (t[6] - first) % 7
    return (t[7] - 1 + 7 - wday) // 7

def _iso_weeks(year):
    jan1 = (_days_from_civil(year, 1, 1) + 3) % 7
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 53 if jan1 == 3 or (leap and jan1 == 2) else 52

def _iso(t):
    # ISO 8601 year and week: weeks start on Monday; week 1 holds the year's first Thursday.
    year = t[0]
    week = (t[7] - (t[6] + 1) + 10) // 7
    if week < 1:
        year -= 1
        week = _iso_weeks(year)
    elif week > _iso_weeks(year):
        year += 1
        week = 1
    return year, week

def strptime(data_string, format='%a %b %d %H:%M:%S %Y', /):
    """Parse a string to a time tuple according to a format specification."""
    import datetime
    return datetime.datetime.strptime(data_string, format).timetuple()

def strftime(format, t=None, /):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    t = _check(_as_tuple(t, 'strftime'))
    zone = getattr(t, 'tm_zone', None) or 'UTC'
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        code = format[i + 1]
        i += 2
        year, mon, mday, hour, minute, sec, wday, yday = t[:8]
        if code == 'Y': out.append(str(year))
        elif code == 'm': out.append('%02d' % mon)
        elif code == 'd': out.append('%02d' % mday)
        elif code == 'e': out.append('%2d' % mday)
        elif code == 'H': out.append('%02d' % hour)
        elif code == 'I': out.append('%02d' % ((hour + 11) % 12 + 1))
        elif code == 'M': out.append('%02d' % minute)
        elif code == 'S': out.append('%02d' % sec)
        elif code == 'y': out.append('%02d' % (year % 100))
        elif code == 'C': out.append('%02d' % (year // 100))
        elif code == 'p': out.append('AM' if hour < 12 else 'PM')
        elif code == 'a': out.append(_DAYS[wday % 7][:3])
        elif code == 'A': out.append(_DAYS[wday % 7])
        elif code == 'b' or code == 'h': out.append(_MONTHS[mon - 1][:3])
        elif code == 'B': out.append(_MONTHS[mon - 1])
        elif code == 'j': out.append('%03d' % yday)
        elif code == 'w': out.append(str((wday + 1) % 7))
        elif code == 'u': out.append(str(wday % 7 + 1))
        elif code == 'U': out.append('%02d' % _week_number(t, 6))
        elif code == 'W': out.append('%02d' % _week_number(t, 0))
        elif code == 'G': out.append(str(_iso(t)[0]))
        elif code == 'g': out.append('%02d' % (_iso(t)[0] % 100))
        elif code == 'V': out.append('%02d' % _iso(t)[1])
        elif code == 'Z': out.append(zone)
        elif code == 'z': out.append('+0000')
        elif code == 'c': out.append(asctime(t))
        elif code == 'x': out.append('%02d/%02d/%02d' % (mon, mday, year % 100))
        elif code == 'X' or code == 'T': out.append('%02d:%02d:%02d' % (hour, minute, sec))
        elif code == 'D': out.append('%02d/%02d/%02d' % (mon, mday, year % 100))
        elif code == 'F': out.append('%d-%02d-%02d' % (year, mon, mday))
        elif code == 'R': out.append('%02d:%02d' % (hour, minute))
        elif code == 'r': out.append('%02d:%02d:%02d %s' % ((hour + 11) % 12 + 1, minute, sec, 'AM' if hour < 12 else 'PM'))
        elif code == 'n': out.append('\n')
        elif code == 't': out.append('\t')
        elif code == 's': out.append(str(int(mktime(t))))
        elif code == '%': out.append('%')
        else: out.append('%' + code)
    return ''.join(out)
"#;

/// When the process's clocks started (for `perf_counter`/`monotonic`).
fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
}

fn ns_value(d: Duration) -> Value {
    from_big(BigInt::from(d.as_nanos()))
}

fn t_time(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn t_time_ns(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(ns_value(since_epoch()))
}

fn t_perf_counter(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(start().elapsed().as_secs_f64()))
}

fn t_perf_counter_ns(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(ns_value(start().elapsed()))
}

/// CPU time of the process: user plus system time from `/proc/self/stat` (in clock ticks of
/// 1/100 s), falling back to the wall clock since start where that file does not exist.
fn process_time() -> Duration {
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            // The command name (field 2) may contain spaces: count fields after its ')'.
            let rest = s.rsplit_once(')')?.1;
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let utime: u64 = fields.get(11)?.parse().ok()?;
            let stime: u64 = fields.get(12)?.parse().ok()?;
            Some(utime + stime)
        });
    match ticks {
        Some(t) => Duration::from_millis(t * 10),
        None => start().elapsed(),
    }
}

fn t_process_time(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(process_time().as_secs_f64()))
}

fn t_process_time_ns(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(ns_value(process_time()))
}

fn t_sleep(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(arg) = args.first() else {
        return Err(type_error(
            "time.sleep() takes exactly one argument (0 given)",
        ));
    };
    if args.len() > 1 {
        return Err(type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let secs = match as_f64(arg) {
        Some(r) => r?,
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(arg)
            )))
        }
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    let d = Duration::try_from_secs_f64(secs)
        .map_err(|_| overflow_error("sleep length is too large"))?;
    std::thread::sleep(d);
    Ok(Value::None)
}

/// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// The nine broken-down UTC fields of `secs` seconds since the epoch.
fn broken_down(secs: i64) -> [i64; 9] {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    const CUMULATIVE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let before = CUMULATIVE.get((m - 1) as usize).copied().unwrap_or(0);
    let yday = before + d + i64::from(m > 2 && is_leap(y));
    let wday = (days + 3).rem_euclid(7);
    [
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        wday,
        yday,
        0,
    ]
}

/// `_gmtime(secs)`: the nine fields of a UTC time as a tuple (the prelude wraps it).
fn t_gmtime_fields(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let secs = args
        .first()
        .and_then(as_int)
        .map(|i| i.to_big())
        .ok_or_else(|| type_error("an integer is required"))?;
    // CPython's limit is the platform's time_t and a four-digit-or-so year; keep years in i32.
    let secs = secs
        .to_i64()
        .filter(|s| s.unsigned_abs() < 67_767_976_233_316_800)
        .ok_or_else(|| overflow_error("timestamp out of range for platform time_t"))?;
    let fields = broken_down(secs);
    if fields[0] > i64::from(i32::MAX) - 1900 || fields[0] < i64::from(i32::MIN) + 1900 {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(vm.new_tuple(fields.iter().map(|&f| Value::Int(f)).collect()))
}

/// Builds the `time` module: the native clocks, then the calendar prelude.
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    start();
    let m = new_module(
        vm,
        "time",
        &[
            ("time", t_time),
            ("time_ns", t_time_ns),
            ("perf_counter", t_perf_counter),
            ("perf_counter_ns", t_perf_counter_ns),
            ("monotonic", t_perf_counter),
            ("monotonic_ns", t_perf_counter_ns),
            ("process_time", t_process_time),
            ("process_time_ns", t_process_time_ns),
            ("thread_time", t_process_time),
            ("thread_time_ns", t_process_time_ns),
            ("sleep", t_sleep),
            ("_gmtime", t_gmtime_fields),
        ],
    );
    set_attr(&m, "_STRUCT_TM_ITEMS", Value::Int(11));
    run_prelude(vm, &m)?;
    Ok(m)
}

fn run_prelude(vm: &mut Vm, module: &Obj) -> PyResult<()> {
    let Payload::Module { dict, .. } = &module.payload else {
        return Ok(());
    };
    let code = pyvm_compiler::compile(PRELUDE, "<frozen time>", pyvm_parser::Mode::Exec)
        .map_err(|e| system_error(format!("cannot compile the time prelude: {e}")))?;
    let builtins = Value::Obj(vm.builtins.clone());
    vm.dict_set(dict, Value::str("__builtins__"), builtins)?;
    let data = crate::objects::function::CodeData::new(code);
    vm.run_code_with_locals(data, dict.clone(), Value::Obj(dict.clone()), None)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(broken_down(0), [1970, 1, 1, 0, 0, 0, 3, 1, 0]);
        // time.gmtime(1700000000) in CPython
        assert_eq!(
            broken_down(1_700_000_000),
            [2023, 11, 14, 22, 13, 20, 1, 318, 0]
        );
        // time.gmtime(-1)
        assert_eq!(broken_down(-1), [1969, 12, 31, 23, 59, 59, 2, 365, 0]);
        // a leap day: time.gmtime(951782400) is 2000-02-29
        assert_eq!(broken_down(951_782_400)[..3], [2000, 2, 29]);
    }

    #[test]
    fn process_time_is_monotone_enough() {
        let a = process_time();
        let b = process_time();
        assert!(b >= a);
    }
}
