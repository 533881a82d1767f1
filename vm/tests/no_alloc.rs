//! Issue 4, acceptance 3: arithmetic on small ints and floats allocates nothing on the heap.
//!
//! A counting global allocator wraps the system allocator. A Python function doing int and
//! float arithmetic in a loop is compiled and looked up once; then the allocations of one call
//! with 10 iterations are compared with those of one call with 10,000 iterations. Any per-operation
//! allocation (a boxed int, a boxed float, a temporary object) would make the second figure grow
//! with the loop count; the call itself (frame window, `range` object and its iterator) costs the
//! same in both runs.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use pyvm_vm::object::Payload;
use pyvm_vm::{Value, Vm};

/// Counts allocations made by the current thread (the test harness runs other tests on other
/// threads; only this thread's allocations matter).
struct Counting;

thread_local! {
    static ALLOCS: Cell<u64> = const { Cell::new(0) };
}

fn bump() {
    // `try_with`: the thread-local may already be gone while a thread shuts down.
    let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
}

// SAFETY: every method forwards to `System`, which upholds the `GlobalAlloc` contract; the
// counter is a thread-local `Cell` that never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump();
        // SAFETY: same layout contract as our caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        bump();
        // SAFETY: same layout contract as our caller's.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        bump();
        // SAFETY: `ptr` was allocated by `System` with `layout` (all allocations go through us).
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations() -> u64 {
    ALLOCS.with(Cell::get)
}

const PROGRAM: &str = "
def work(n):
    i = 0
    acc = 0
    f = 0.5
    g = 1.0
    while i < n:
        acc = acc + i * 3 - (i // 2) % 7
        acc = acc ^ (i << 2) & 0xFFFF | 1
        acc = -acc if acc > 1000000 else acc
        f = f * 1.0000001 + i / 3.0 - 0.25
        g = (g + f) % 97.5 - (-g) // 2.0
        i += 1
    return acc + int(f) + int(g)
";

fn lookup_work(vm: &mut Vm) -> Value {
    let globals = match vm.exec_source(PROGRAM, "<no_alloc>") {
        Ok(g) => g,
        Err(e) => panic!("test program raised {}", e.type_name()),
    };
    let Some(Payload::Dict(d)) = globals.payload() else {
        panic!("exec_source did not return a dict");
    };
    let f = d.borrow().get_str("work").cloned();
    f.unwrap_or_else(|| panic!("work() not defined"))
}

/// Allocations made by one call `work(n)`.
fn allocations_of_call(vm: &mut Vm, work: &Value, n: i64) -> u64 {
    let args = [Value::Int(n)];
    let before = allocations();
    let result = vm.call(work, &args, &[]);
    let after = allocations();
    match result {
        Ok(Value::Int(_)) => {}
        Ok(other) => panic!("work() returned a non-small int: {other:?}"),
        Err(e) => panic!("work() raised {}", e.type_name()),
    }
    after - before
}

#[test]
fn small_int_and_float_arithmetic_does_not_allocate() {
    let mut vm = Vm::new();
    let work = lookup_work(&mut vm);
    // Warm up: the first call may grow the value stack or fill caches.
    allocations_of_call(&mut vm, &work, 10);
    let short = allocations_of_call(&mut vm, &work, 10);
    let long = allocations_of_call(&mut vm, &work, 10_000);
    eprintln!("allocations: work(10) = {short}, work(10000) = {long}");
    assert_eq!(
        short, long,
        "int/float arithmetic allocated: {short} allocations for 10 iterations, {long} for 10,000"
    );
}
