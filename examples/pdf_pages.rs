//! Prints the text plead reads from a PDF or .docx on stdout and, on stderr, where each
//! physical page starts in it (`page N starts BYTE`), for `scripts/pdf_page_check.py`.
//!
//! cargo run --example pdf_pages -- FILE.pdf

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: pdf_pages FILE");
        std::process::exit(2);
    };
    let converted = std::fs::read(&path)
        .map_err(|e| e.to_string())
        .and_then(|bytes| plead::formats::convert(&bytes, &path).map_err(|e| e.to_string()));
    match converted {
        Ok(c) => {
            for (i, start) in c.page_starts.iter().enumerate() {
                eprintln!("page {} starts {start}", i + 1);
            }
            print!("{}", c.text);
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    }
}
