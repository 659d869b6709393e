//! Runs a job over many items on a thread pool and hands the results back in input
//! order, each as soon as it and every item before it are done. At most a small
//! window of items is in flight (running or waiting to be handed back), so memory
//! stays bounded however many items there are.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

/// Items in flight per thread: enough to keep every thread busy while one slow item
/// holds back the ones after it.
const WINDOW_PER_THREAD: usize = 4;

/// Calls `work` on every item on `threads` threads and `sink` on the results in input
/// order. Stops starting new items at the first error from `sink` and returns it.
pub fn in_order<T: Sync, R: Send, E>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E> {
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool,
        // No threads to be had: the same work, one item at a time.
        Err(_) => return items.iter().try_for_each(|item| sink(work(item))),
    };
    let window = threads.max(1) * WINDOW_PER_THREAD;
    let stop = AtomicBool::new(false);
    let (done_tx, done_rx) = mpsc::channel();
    let mut panicked = None;
    let result = pool.in_place_scope(|scope| {
        let (work, stop) = (&work, &stop);
        let mut started = 0;
        let mut handed = 0;
        let mut waiting: BTreeMap<usize, R> = BTreeMap::new();
        while handed < items.len() {
            while started < items.len() && started < handed + window {
                let (index, item, done) = (started, &items[started], done_tx.clone());
                scope.spawn(move |_| {
                    if !stop.load(Ordering::Relaxed) {
                        // A panic is reported back (and re-raised below) instead of leaving
                        // the receiver waiting for a result that never comes.
                        let result = panic::catch_unwind(AssertUnwindSafe(|| work(item)));
                        let _ = done.send((index, result));
                    }
                });
                started += 1;
            }
            let Ok((index, result)) = done_rx.recv() else {
                break;
            };
            match result {
                Ok(result) => {
                    waiting.insert(index, result);
                }
                Err(payload) => {
                    panicked = Some(payload);
                    stop.store(true, Ordering::Relaxed);
                    return Ok(());
                }
            }
            while let Some(result) = waiting.remove(&handed) {
                handed += 1;
                if let Err(e) = sink(result) {
                    stop.store(true, Ordering::Relaxed);
                    return Err(e);
                }
            }
        }
        Ok(())
    });
    if let Some(payload) = panicked {
        panic::resume_unwind(payload);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_input_order_with_a_bounded_window() {
        let items: Vec<u64> = (0..500).collect();
        // Started but not yet handed back: never more than the window.
        let outstanding = std::sync::atomic::AtomicUsize::new(0);
        let most_outstanding = std::sync::atomic::AtomicUsize::new(0);
        let mut seen = Vec::new();
        let result: Result<(), ()> = in_order(
            &items,
            3,
            |&n| {
                let now = outstanding.fetch_add(1, Ordering::SeqCst) + 1;
                most_outstanding.fetch_max(now, Ordering::SeqCst);
                // Uneven work, so later items often finish first and must wait.
                let mut x = n;
                for i in 0..(n * 7919) % 20_000 {
                    x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
                }
                (n, x)
            },
            |(n, _)| {
                outstanding.fetch_sub(1, Ordering::SeqCst);
                seen.push(n);
                Ok(())
            },
        );
        assert_eq!(result, Ok(()));
        assert_eq!(seen, items);
        assert!(most_outstanding.load(Ordering::SeqCst) <= 3 * WINDOW_PER_THREAD);
    }

    #[test]
    fn a_sink_error_stops_the_batch_and_is_returned() {
        let items: Vec<usize> = (0..1000).collect();
        let calls = std::sync::atomic::AtomicUsize::new(0);
        let mut seen = Vec::new();
        let result = in_order(
            &items,
            2,
            |&n| {
                calls.fetch_add(1, Ordering::SeqCst);
                n
            },
            |n| {
                if n == 10 {
                    return Err("pipe closed");
                }
                seen.push(n);
                Ok(())
            },
        );
        assert_eq!(result, Err("pipe closed"));
        assert_eq!(seen, (0..10).collect::<Vec<_>>());
        // Only the window after item 10 was started, not the other ~990 items.
        assert!(calls.load(Ordering::SeqCst) <= 10 + 2 * WINDOW_PER_THREAD + 1);
    }
}
