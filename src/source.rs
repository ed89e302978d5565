//! Source files of a plan and positions inside them (byte offsets → line and column).

use std::path::PathBuf;

/// Index of a file in a [`Sources`] table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// A byte range inside one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// The file the range belongs to.
    pub file: FileId,
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span of `start..end` in `file`.
    pub fn new(file: FileId, start: u32, end: u32) -> Self {
        Self { file, start, end }
    }
}

/// A line and column, both 1-based; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column in Unicode scalar values.
    pub column: u32,
    /// 0-based byte offset.
    pub byte: u32,
}

/// One plan file as read from disk.
#[derive(Debug)]
pub struct SourceFile {
    /// Path relative to the plan root, with `/` separators.
    pub path: String,
    /// Absolute (or as given) path on disk.
    pub disk_path: PathBuf,
    /// The text; empty when the file could not be decoded.
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// A source file with its line table computed once.
    pub fn new(path: String, disk_path: PathBuf, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b'\n')
                    .map(|(i, _)| i as u32 + 1),
            )
            .collect();
        Self {
            path,
            disk_path,
            text,
            line_starts,
        }
    }

    /// The line and column of a byte offset (clamped to the text).
    pub fn position(&self, byte: u32) -> Position {
        let mut byte = (byte as usize).min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s as usize <= byte) - 1;
        let line_start = self.line_starts[line] as usize;
        let column = self.text[line_start..byte].chars().count() + 1;
        Position {
            line: line as u32 + 1,
            column: column as u32,
            byte: byte as u32,
        }
    }

    /// The byte offset of the start of a 1-based line and column (counted in characters).
    pub fn offset_of(&self, line: u32, column: u32) -> u32 {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1) as usize) else {
            return self.text.len() as u32;
        };
        let rest = &self.text[start as usize..];
        let skip: usize = rest
            .chars()
            .take(column.saturating_sub(1) as usize)
            .take_while(|&c| c != '\n')
            .map(char::len_utf8)
            .sum();
        start + skip as u32
    }
}

/// All source files of one run, addressed by [`FileId`].
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    /// Adds a file and returns its id.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    /// Moves the files of `other` to the end of these, each path prefixed by `prefix`; returns
    /// the number to add to `other`'s file ids.
    pub fn append(&mut self, other: Sources, prefix: &str) -> u32 {
        let offset = self.files.len() as u32;
        for mut file in other.files {
            file.path = format!("{prefix}{}", file.path);
            self.files.push(file);
        }
        offset
    }

    /// The file with this id.
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// All files in the order they were added (sorted path order).
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether there are no files.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_and_lines() {
        let f = SourceFile::new("a".into(), "a".into(), "ab\næøå: x\n".into());
        assert_eq!(f.position(0).line, 1);
        let p = f.position(3 + "æøå".len() as u32);
        assert_eq!((p.line, p.column), (2, 4));
        assert_eq!(f.offset_of(2, 4), 3 + "æøå".len() as u32);
        assert_eq!(f.position(1000).line, 3);
    }
}
