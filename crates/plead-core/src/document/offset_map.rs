//! Maps offsets in a paragraph's logical text back to the source document.

use crate::vocabulary::Span;

/// How a stretch of logical text relates to the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RunKind {
    /// Copied byte for byte.
    Verbatim,
    /// Text the view made up (a space standing for a line break and gutter, say);
    /// `benign` when an edit may overwrite the source it stands for.
    Synthetic { benign: bool },
}

#[derive(Clone, Copy, Debug)]
struct Run {
    logical: u32,
    source: u32,
    logical_len: u32,
    source_len: u32,
    kind: RunKind,
    /// Whether the source skipped just before this run (markup, tags) may be overwritten by an edit.
    gap_before_benign: bool,
}

/// Logical offset → source offset, built run by run as the view is assembled.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    runs: Vec<Run>,
    logical_len: u32,
}

impl OffsetMap {
    /// Append `len` bytes copied from `source`. Adjacent verbatim runs are merged.
    pub fn push_verbatim(&mut self, source: usize, len: usize, gap_benign: bool) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.runs.last_mut() {
            if last.kind == RunKind::Verbatim && (last.source + last.source_len) as usize == source
            {
                last.logical_len += len as u32;
                last.source_len += len as u32;
                self.logical_len += len as u32;
                return;
            }
        }
        self.runs.push(Run {
            logical: self.logical_len,
            source: source as u32,
            logical_len: len as u32,
            source_len: len as u32,
            kind: RunKind::Verbatim,
            gap_before_benign: gap_benign,
        });
        self.logical_len += len as u32;
    }

    /// Append `logical_len` made-up bytes standing for `source_len` bytes of source at `source`.
    pub fn push_synthetic(
        &mut self,
        source: usize,
        source_len: usize,
        logical_len: usize,
        benign: bool,
    ) {
        self.runs.push(Run {
            logical: self.logical_len,
            source: source as u32,
            logical_len: logical_len as u32,
            source_len: source_len as u32,
            kind: RunKind::Synthetic { benign },
            gap_before_benign: true,
        });
        self.logical_len += logical_len as u32;
    }

    /// The map cut to its first `logical_len` bytes.
    pub fn truncated(mut self, logical_len: usize) -> OffsetMap {
        let keep = logical_len as u32;
        self.runs
            .retain(|r| r.logical < keep || (r.logical == keep && r.logical_len == 0));
        if let Some(last) = self.runs.last_mut() {
            if last.logical + last.logical_len > keep {
                let cut = last.logical + last.logical_len - keep;
                last.logical_len -= cut;
                if last.kind == RunKind::Verbatim {
                    last.source_len -= cut;
                }
            }
        }
        self.logical_len = keep.min(self.logical_len);
        self
    }

    /// The same map with source offsets counted from `origin` (no run starts before it).
    pub fn relative_to(mut self, origin: usize) -> OffsetMap {
        let origin = origin as u32;
        for r in &mut self.runs {
            r.source = r.source.saturating_sub(origin);
        }
        self
    }

    pub fn logical_len(&self) -> usize {
        self.logical_len as usize
    }

    /// Index of the run holding logical byte `p` (for `p == len`, the last run).
    fn run_at(&self, p: u32) -> Option<usize> {
        if self.runs.is_empty() {
            return None;
        }
        let i = self.runs.partition_point(|r| r.logical <= p);
        let mut i = i.saturating_sub(1);
        // Skip zero-length runs so the start maps into real text.
        while i + 1 < self.runs.len()
            && self.runs[i].logical_len == 0
            && self.runs[i + 1].logical <= p
        {
            i += 1;
        }
        Some(i)
    }

    /// Source offset of logical offset `p`, as the start of a range.
    pub fn to_source_start(&self, p: usize) -> usize {
        let p = p.min(self.logical_len as usize) as u32;
        let Some(i) = self.run_at(p) else { return 0 };
        let r = self.runs[i];
        match r.kind {
            RunKind::Verbatim => (r.source + (p - r.logical).min(r.source_len)) as usize,
            RunKind::Synthetic { .. } if p >= r.logical + r.logical_len => {
                (r.source + r.source_len) as usize
            }
            RunKind::Synthetic { .. } => r.source as usize,
        }
    }

    /// Source offset of logical offset `p`, as the end of a range.
    pub fn to_source_end(&self, p: usize) -> usize {
        let p = p.min(self.logical_len as usize) as u32;
        if self.runs.is_empty() {
            return 0;
        }
        // The run that ends at or after p and starts before it.
        let i = self
            .runs
            .partition_point(|r| r.logical < p)
            .saturating_sub(1);
        let r = self.runs[i];
        match r.kind {
            RunKind::Verbatim => (r.source + (p - r.logical).min(r.source_len)) as usize,
            RunKind::Synthetic { .. } if p <= r.logical => r.source as usize,
            RunKind::Synthetic { .. } => (r.source + r.source_len) as usize,
        }
    }

    /// The source range of a logical range.
    pub fn to_source(&self, span: Span) -> Span {
        let start = self.to_source_start(span.start);
        let end = self.to_source_end(span.end).max(start);
        Span::new(start, end)
    }

    /// Whether replacing the source range of `span` only overwrites what the logical
    /// text shows plus benign markup (whitespace, tags): false when a pleading gutter,
    /// page number or similar lies inside, since an edit would destroy it.
    pub fn is_editable(&self, span: Span) -> bool {
        let (s, e) = (span.start as u32, span.end as u32);
        for (idx, r) in self.runs.iter().enumerate() {
            let r_end = r.logical + r.logical_len;
            if r_end <= s && !(r.logical_len == 0 && r.logical == s) {
                continue;
            }
            if r.logical >= e && !(s == e && r.logical == s) {
                break;
            }
            if let RunKind::Synthetic { benign: false } = r.kind {
                return false;
            }
            if idx > 0 && r.logical > s && !r.gap_before_benign {
                return false;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_verbatim_and_synthetic_runs() {
        // source: "ab\n28\tcd" ; logical "ab cd"
        let mut m = OffsetMap::default();
        m.push_verbatim(0, 2, true);
        m.push_synthetic(2, 4, 1, false);
        m.push_verbatim(6, 2, true);
        assert_eq!(m.logical_len(), 5);
        assert_eq!(m.to_source(Span::new(0, 2)), Span::new(0, 2));
        assert_eq!(m.to_source(Span::new(3, 5)), Span::new(6, 8));
        assert_eq!(m.to_source(Span::new(0, 5)), Span::new(0, 8));
        assert!(m.is_editable(Span::new(0, 2)));
        assert!(m.is_editable(Span::new(3, 5)));
        assert!(!m.is_editable(Span::new(1, 4)));
    }

    #[test]
    fn benign_gap_is_editable() {
        // source "<u>ab</u> cd" -> logical "ab cd"
        let mut m = OffsetMap::default();
        m.push_verbatim(3, 2, true);
        m.push_verbatim(9, 3, true);
        assert_eq!(m.to_source(Span::new(0, 5)), Span::new(3, 12));
        assert!(m.is_editable(Span::new(0, 5)));
        let mut m = OffsetMap::default();
        m.push_verbatim(0, 2, true);
        m.push_verbatim(5, 2, false);
        assert!(!m.is_editable(Span::new(0, 4)));
        assert!(m.is_editable(Span::new(2, 4)));
    }
}
