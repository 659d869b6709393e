//! The progress bar of a batch check: drawn on stderr only when stderr is a terminal
//! and there is more than one file, so pipes and CI logs get no control bytes.

use std::io::IsTerminal;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
    /// Whether stdout shares the terminal, so findings must be printed around the bar.
    stdout_on_terminal: bool,
    bytes: u64,
    started: Instant,
}

impl Progress {
    pub fn new(files: usize) -> Progress {
        let bar = (files > 1 && std::io::stderr().is_terminal()).then(|| {
            let bar =
                ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
            if let Ok(style) =
                ProgressStyle::with_template("{bar:30} {pos}/{len} files  {msg}  ETA {eta}")
            {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            bar,
            stdout_on_terminal: std::io::stdout().is_terminal(),
            bytes: 0,
            started: Instant::now(),
        }
    }

    /// Counts one file (of `bytes`) as done.
    pub fn advance(&mut self, bytes: u64) {
        self.bytes += bytes;
        let Some(bar) = &self.bar else { return };
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        bar.set_message(format!(
            "{:.0} files/s, {:.1} MB/s",
            (bar.position() + 1) as f64 / secs,
            self.bytes as f64 / 1e6 / secs
        ));
        bar.inc(1);
    }

    /// Runs `print` (which writes to stdout) without tearing the bar when both share a terminal.
    pub fn around<T>(&self, print: impl FnOnce() -> T) -> T {
        match &self.bar {
            Some(bar) if self.stdout_on_terminal => bar.suspend(print),
            _ => print(),
        }
    }

    /// Prints a line on stderr above the bar.
    pub fn message(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
