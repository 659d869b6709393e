//! Page layout: where pages start in the source and what number each carries.

/// Page starts in source order. Page 1 starts at offset 0 implicitly.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageMap {
    /// (source offset where the page starts, page number)
    starts: Vec<(usize, u32)>,
    /// Printed page numbers seen in footers: (source offset of the footer, number)
    printed: Vec<(usize, u32)>,
}

impl PageMap {
    /// Record that a new page starts at `offset`.
    pub fn push_break(&mut self, offset: usize) {
        let number = self.starts.last().map_or(2, |&(_, n)| n + 1);
        if self.starts.last().is_some_and(|&(o, _)| o >= offset) {
            return;
        }
        self.starts.push((offset, number));
    }

    /// Record a printed page number (a bare number at the foot of a page).
    pub fn push_printed(&mut self, offset: usize, number: u32) {
        self.printed.push((offset, number));
    }

    /// Number of pages (at least 1).
    pub fn count(&self) -> u32 {
        self.starts.len() as u32 + 1
    }

    /// The 1-based page on which `offset` lies, preferring printed numbers when the
    /// footer of that page carried one.
    pub fn page_at(&self, offset: usize) -> u32 {
        let index = self.starts.partition_point(|&(o, _)| o <= offset);
        let ordinal = index as u32 + 1;
        let page_start = if index == 0 {
            0
        } else {
            self.starts[index - 1].0
        };
        let page_end = self.starts.get(index).map_or(usize::MAX, |&(o, _)| o);
        self.printed
            .iter()
            .find(|&&(o, _)| o >= page_start && o < page_end)
            .map_or(ordinal, |&(_, n)| n)
    }

    /// Source offset where page `ordinal` (1-based, in order of appearance) starts.
    pub fn page_start(&self, ordinal: u32) -> Option<usize> {
        match ordinal {
            0 => None,
            1 => Some(0),
            n => self.starts.get(n as usize - 2).map(|&(o, _)| o),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_by_offset() {
        let mut p = PageMap::default();
        p.push_break(100);
        p.push_break(200);
        assert_eq!(p.page_at(0), 1);
        assert_eq!(p.page_at(150), 2);
        assert_eq!(p.page_at(250), 3);
        assert_eq!(p.count(), 3);
        p.push_printed(190, 7);
        assert_eq!(p.page_at(150), 7);
        assert_eq!(p.page_start(2), Some(100));
    }
}
