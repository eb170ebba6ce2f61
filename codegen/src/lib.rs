//! The generator of bytertc-codes' code-set tables.
//!
//! Every code set is written once, as a table in `src/codes/<module>.toml`; this crate turns each into
//! `src/codes/<module>.rs`: the enum with a rustdoc per variant, and constant data (rows, names, the
//! perfect hash index of the names) that the library's `code_set!` macro reads. The library compiles
//! plain constants, which is what keeps it cheap to compile (see "Build cost" in `docs/performance.md`): no
//! `macro_rules!` repetition over codes, no `const` evaluation per code, and variants declared in value
//! order so that consecutive values need no discriminant expression of their own.
//!
//! `cargo run -p bytertc-codes-codegen` writes the files; `-- --check` only compares, and the
//! generator's `tests/library.rs` does the same on every `cargo test -p bytertc-codes-codegen`.
//!
//! # The pipeline
//!
//! 1. Read and validate each table: [`read_tables`] reads the list of sets (`list.rs`) and every table
//!    in it; [`read_table`] checks every rule of one table (`table.rs`), its source labels, ranges
//!    and platforms by `sources.rs`.
//! 2. Resolve links between sets (`links.rs`, as each set is rendered): `stands_for`, `replaces`,
//!    `same_as` and deprecations' replacements, each to the other set's code, with its evidence
//!    checked against both codes.
//! 3. Render each set's Rust ([`render()`], `render.rs`): the enum and its docs, the constants (the
//!    blobs of `blob.rs`, the perfect hashes of `index.rs`), the links and the conversions; and the
//!    list's own files (`list.rs`).
//! 4. Write or check the files: [`generate`] gives every file with its contents, [`write()`] writes
//!    those that differ, [`check`] only compares.
//!
//! # The table format
//!
//! ```toml
//! enum = "ErrorCode"                              # the Rust enum
//! module = "[`ErrorCode`]: the errors of `onError`."   # the module's one-line doc
//! doc = '''
//! The enum's rustdoc (Markdown; examples in it are doc tests).
//! '''
//! sdk_names = ["ErrorCode", "ByteRTCErrorCode"]   # the enum's names on the pages and in the headers
//! delivered_by = "`onError`"                      # the callbacks that deliver the codes (Markdown)
//! same_as = "ErrorCode"                           # optional: every code means the code of the same
//!                                                 # value there (`From` converts into it, `TryFrom`
//!                                                 # back)
//! link_evidence = { inferred = "same-value" }     # optional: the evidence of every link of the set
//!                                                 # that its row gives none (see `evidence` below)
//! ok = ["Ok"]                                     # the OK codes (`is_ok`, `into_result`): the codes
//!                                                 # that say the operation succeeded or nothing is
//!                                                 # wrong; required, if only `[]`, where a code is
//!                                                 # named `Ok`, `Success` or `…Success`
//!
//! [[code]]                                        # one per code, in the order of the reference pages
//! variant = "InvalidToken"
//! value = -1000
//! aliases = ["..."]                               # optional: more rustdoc search aliases
//! identifiers = [                                 # each SDK identifier once, `sdk_name()` first,
//!     ["ERROR_CODE_INVALID_TOKEN", "Unity", "Android", "android-3.45..android-3.57"],
//!     ["kErrorCodeInvalidToken", "Windows", "Linux", "Electron", "cpp-3.24..cpp-3.61"],
//! ]                                               # with the 3.58 pages (platform names) and the
//!                                                 # sources that use it: source labels, or
//!                                                 # inclusive ranges `first..last` of one family's
//!                                                 # sources (every source of that family between
//!                                                 # them in `Source::ALL` order); where a source
//!                                                 # has two (an alias), the first is its
//!                                                 # `identifier_in`
//! hidden_in = ["cpp-3.45..cpp-3.61", "objc-3.50"]   # optional: the sources whose doc comment marks
//!                                                 # the code `@hidden` with no platform list
//!                                                 # (`is_hidden`: the newest C++ source that lists
//!                                                 # it is one); each source lists the code
//! hidden_on = ["Android", "Windows", "Linux"]     # optional: the platforms of a scoped
//!                                                 # `@hidden(…)` mark in the newest C++ source that
//!                                                 # lists the code, as `Platform` names them
//! deprecated = { since = "3.52", replaced_by = "OverStreamPublishLimit" }   # optional; `replaced_by`
//! # names a variant of the set, or with `set = "AVSyncEvent"` an identifier of another set
//! zh = ["摘要", "更多行"]                          # lines; the first is the summary
//! zh_from = "cpp-3.61"                            # optional: the header the Chinese comes from
//!                                                 # ("crate" where no source has one); else a page
//! en = ["Summary", "More lines"]
//! stands_for = ["ErrorCode::NoPublishPermission"] # optional: codes of other sets that mean the same
//!                                                 # event, delivered another way (Rust names)
//! replaces = ["StreamMixingErrorCode::Timeout"]   # optional: older codes this one replaces
//! evidence = { inferred = "same-identifier-words" }   # the evidence of the row's links, where it
//! # is not the set's `link_evidence`: `{ stated = "cpp-3.57" }`, the oldest source that says so,
//! # which lists both codes (for `replaces`: it deprecates the older code and names this one, as
//! # that code's `deprecated` records); or `{ inferred = "..." }`, what the crate infers the link
//! # from where no source says so: "same-value" (where the values are equal, and only there),
//! # "same-identifier-words" or "same-text". The generator rejects anything else.
//!
//! known_from = "the Flutter plugin's …"           # optional (Markdown): where the code is known from
//!                                                 # when no page or source lists it; then, and only
//!                                                 # then, an identifier may name none
//!
//! [[code.other_meanings]]                         # optional: what a source says that differs
//! source = "cpp-3.60"                             # the first source of its family that says it
//! until = "cpp-3.61"                              # the last source of that family that says it:
//!                                                 # the meaning holds in the family's sources from
//!                                                 # `source` through `until` (both list the code;
//!                                                 # two meanings of a family do not overlap)
//! zh = ["..."]
//! en = ["..."]
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

mod blob;
#[cfg(test)]
mod fixtures;
mod index;
mod links;
mod list;
mod render;
mod sources;
mod table;

use list::{read_list, render_list, render_test_list};
pub use render::render;
pub use sources::source_labels;
pub use table::{read_table, Deprecated, EvidenceSpec, OtherMeaning, Row, Table};

/// Every generated file of the crate at `root`, with the contents it should have.
///
/// # Errors
///
/// If a table is invalid.
pub fn generate(root: &Path) -> Result<BTreeMap<PathBuf, String>, String> {
    let codes = root.join("src/codes");
    let (list, tables) = read_tables(root)?;
    let paths: Vec<PathBuf> = list
        .iter()
        .map(|module| codes.join(format!("{module}.toml")))
        .collect();
    let mut files = BTreeMap::new();
    for ((path, module), table) in paths.iter().zip(&list).zip(&tables) {
        files.insert(path.with_extension("rs"), render(table, module, &tables)?);
    }
    // A set is found by any of its names, in any case: no two sets may share one.
    let mut owners: BTreeMap<String, &str> = BTreeMap::new();
    for table in &tables {
        for name in core::iter::once(&table.name).chain(&table.sdk_names) {
            let owner = owners
                .entry(name.to_ascii_lowercase())
                .or_insert(&table.name);
            if *owner != table.name {
                return Err(format!("{owner} and {} are both named {name}", table.name));
            }
        }
    }
    files.insert(codes.join("mod.rs"), render_list(&list, &tables));
    files.insert(root.join("tests/common/sets.rs"), render_test_list(&tables));
    Ok(files)
}

/// The crate's list of sets (`src/codes/sets.toml`: module names) and their tables, in its order.
///
/// # Errors
///
/// If the list or a table is invalid, or a table in `src/codes/` is not in the list.
pub fn read_tables(root: &Path) -> Result<(Vec<String>, Vec<Table>), String> {
    let codes = root.join("src/codes");
    let list_path = codes.join("sets.toml");
    let list = read_list(&list_path)?;
    let paths: Vec<PathBuf> = list
        .iter()
        .map(|module| codes.join(format!("{module}.toml")))
        .collect();
    for entry in fs::read_dir(&codes).map_err(|e| format!("{}: {e}", codes.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let is_table = path.extension().is_some_and(|e| e == "toml") && path != list_path;
        if is_table && !paths.contains(&path) {
            return Err(format!(
                "{} is not in {}: add its module to the list",
                path.display(),
                list_path.display()
            ));
        }
    }
    let tables = paths
        .iter()
        .map(|path| read_table(path))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((list, tables))
}

/// Writes every generated file that differs; returns what it did.
///
/// # Errors
///
/// If a table is invalid or a file cannot be written.
pub fn write(root: &Path) -> Result<String, String> {
    let mut written = Vec::new();
    let files = generate(root)?;
    for (path, contents) in &files {
        if fs::read_to_string(path).ok().as_deref() != Some(contents) {
            fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
            written.push(path.display().to_string());
        }
    }
    Ok(format!(
        "{} files, {} written{}",
        files.len(),
        written.len(),
        if written.is_empty() {
            String::new()
        } else {
            format!(": {}", written.join(", "))
        }
    ))
}

/// Compares every generated file with what the tables give.
///
/// # Errors
///
/// Names every stale file, with the command that regenerates them.
pub fn check(root: &Path) -> Result<String, String> {
    let files = generate(root)?;
    let stale: Vec<String> = files
        .iter()
        .filter(|(path, contents)| fs::read_to_string(path).ok().as_deref() != Some(contents))
        .map(|(path, _)| path.display().to_string())
        .collect();
    if stale.is_empty() {
        Ok(format!("{} files, all current", files.len()))
    } else {
        Err(format!(
            "stale: {}; run `cargo run -p bytertc-codes-codegen`",
            stale.join(", ")
        ))
    }
}
