//! Password checks on a small, fixed set of threads.
//!
//! One Argon2 verification takes tens of milliseconds of CPU and about
//! 19 MiB of memory. Run on tokio's blocking pool, as many ran at once as
//! requests came in, each on a thread of its own: 80 concurrent sign-ins
//! took the server to 1.6 GB, and the allocator kept it. Here at most
//! [`HashingLimits::threads`] checks run at once, always on the same
//! threads (so the memory they free is what they reuse), and a sign-in
//! that cannot start one within [`HashingLimits::wait`] gets 503 with
//! `Retry-After` instead of queueing without end.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{oneshot, Semaphore};

/// How much password checking a server does at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashingLimits {
    /// Checks at once, each on its own thread: about the number of cores.
    pub threads: usize,
    /// How long a sign-in waits for a free thread before it gets 503.
    pub wait: Duration,
}

impl Default for HashingLimits {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        // A burst of sign-ins at nine o'clock queues a second or two at most.
        HashingLimits { threads: cores, wait: Duration::from_secs(3) }
    }
}

/// Seconds a client told to come back (503) waits.
pub const RETRY_AFTER_SECONDS: u64 = 1;

/// No thread became free in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy;

type Job = Box<dyn FnOnce() + Send>;

pub struct Hasher {
    slots: Semaphore,
    wait: Duration,
    jobs: mpsc::Sender<Job>,
}

impl Hasher {
    /// Starts the threads; they end when the `Hasher` is dropped.
    pub fn new(limits: HashingLimits) -> Self {
        let threads = limits.threads.max(1);
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for i in 0..threads {
            let queue = Arc::clone(&queue);
            let spawned = std::thread::Builder::new().name(format!("password-{i}")).spawn(move || loop {
                // Holding the lock only while waiting for the next job.
                let job = match queue.lock() {
                    Ok(q) => q.recv(),
                    Err(_) => return,
                };
                match job {
                    Ok(job) => job(),
                    Err(_) => return,
                }
            });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "cannot start a password thread");
            }
        }
        Hasher { slots: Semaphore::new(threads), wait: limits.wait, jobs }
    }

    /// Runs `work` on a password thread once one is free: `Err(Busy)` when
    /// none is within the wait (the work is then not done at all).
    pub async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, Busy> {
        let _slot = match tokio::time::timeout(self.wait, self.slots.acquire()).await {
            Ok(Ok(slot)) => slot,
            _ => return Err(Busy),
        };
        let (done, answer) = oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = done.send(work());
        });
        self.jobs.send(job).map_err(|_| Busy)?;
        // A panicking check drops `done`: treated as busy, never as a match.
        answer.await.map_err(|_| Busy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn at_most_threads_checks_run_at_once_and_the_rest_wait_or_are_refused() {
        let hasher = Arc::new(Hasher::new(HashingLimits { threads: 2, wait: Duration::from_millis(2_000) }));
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let tasks: Vec<_> = (0..10)
            .map(|i| {
                let (hasher, running, most) = (hasher.clone(), running.clone(), most.clone());
                tokio::spawn(async move {
                    hasher
                        .run(move || {
                            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                            most.fetch_max(now, Ordering::SeqCst);
                            std::thread::sleep(Duration::from_millis(30));
                            running.fetch_sub(1, Ordering::SeqCst);
                            (i, std::thread::current().name().map(str::to_string))
                        })
                        .await
                })
            })
            .collect();
        let mut names = std::collections::BTreeSet::new();
        for task in tasks {
            let (_, name) = task.await.unwrap().expect("every check waited for its turn");
            names.insert(name.unwrap_or_default());
        }
        assert_eq!(most.load(Ordering::SeqCst), 2);
        assert!(names.iter().all(|n| n.starts_with("password-")) && names.len() <= 2, "{names:?}");

        let impatient = Arc::new(Hasher::new(HashingLimits { threads: 1, wait: Duration::from_millis(20) }));
        let slow = {
            let impatient = impatient.clone();
            tokio::spawn(
                async move { impatient.run(|| std::thread::sleep(Duration::from_millis(300))).await },
            )
        };
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert_eq!(impatient.run(|| 1).await, Err(Busy));
        assert_eq!(slow.await.unwrap(), Ok(()));
        assert_eq!(impatient.run(|| 2).await, Ok(2));
    }
}
