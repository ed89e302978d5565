//! The parse floor: read every plan file of a folder and parse it with the same parsers kplan
//! uses into generic trees, doing nothing else. Benchmarks report kplan's time as a ratio to this.
//!
//! cargo run --release --example parse-floor -- DIR

use std::path::Path;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: parse-floor DIR");
    let root = Path::new(&dir);
    let mut paths =
        kplan::discover::plan_files(root, &[root.join("build")]).expect("readable folder");
    paths.push(root.join("kplan.toml"));
    let mut nodes = 0usize;
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("UTF-8 file");
        let is_toml = path.extension().is_some_and(|e| e == "toml");
        let tree = kplan::load::parse_text(&text, is_toml).expect("parses");
        nodes += usize::from(tree.is_some());
    }
    println!("{nodes} documents parsed");
}
