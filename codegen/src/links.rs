//! Links between sets: a row's `stands_for` and `replaces`, a set's `same_as` and a deprecation's
//! replacement, each resolved to the other set's code and checked against both codes with its
//! evidence.

use crate::render::literal;
use crate::table::{Deprecated, EvidenceSpec, Row, Table};

/// A link's target, `Set::Variant`: the set's table and the variant's position in its `ALL`.
pub(crate) fn link_target<'t>(
    from: &Table,
    target: &str,
    tables: &'t [Table],
) -> Result<(&'t Table, usize), String> {
    let (set, variant) = target
        .split_once("::")
        .ok_or_else(|| format!("{}: link {target:?} is not Set::Variant", from.name))?;
    let other = tables
        .iter()
        .find(|t| t.name == set)
        .ok_or_else(|| format!("{}: link {target:?} names no set of the crate", from.name))?;
    if other.name == from.name {
        return Err(format!("{}: link {target:?} is in the same set", from.name));
    }
    let position = other
        .codes
        .iter()
        .position(|c| c.variant == variant)
        .ok_or_else(|| format!("{}: link {target:?}: {set} has no {variant}", from.name))?;
    Ok((other, position))
}

/// One link of a table: (position in `ALL`, relation, target table, target position, evidence as the
/// library's `Evidence` variant and the `Source` or `Inference` variant in it).
pub(crate) type LinkRow<'t> = (
    usize,
    &'static str,
    &'t Table,
    usize,
    (&'static str, &'static str),
);

/// Every link of a table, each with its evidence, checked against the codes. A set that mirrors
/// another (`same_as`) stands for its code of the same value, code by code.
pub(crate) fn links<'t>(table: &Table, tables: &'t [Table]) -> Result<Vec<LinkRow<'t>>, String> {
    let mut links = Vec::new();
    for (position, row) in table.codes.iter().enumerate() {
        let spec = row
            .evidence
            .as_ref()
            .or(table.link_evidence.as_ref())
            .filter(|_| row.has_links() || table.same_as.is_some());
        let mut targets = Vec::new();
        if let Some(other) = &table.same_as {
            let target = tables
                .iter()
                .find(|t| &t.name == other)
                .ok_or_else(|| format!("{}: same_as names {other}, which is no set", table.name))?;
            let mirrored = target
                .codes
                .iter()
                .position(|c| c.value == row.value)
                .ok_or_else(|| {
                    format!("{} {} mirrors no code of {other}", table.name, row.value)
                })?;
            targets.push(("StandsFor", target, mirrored));
        }
        for (relation, names) in [("StandsFor", &row.stands_for), ("Replaces", &row.replaces)] {
            for target in names {
                let (other, at) = link_target(table, target, tables)?;
                targets.push((relation, other, at));
            }
        }
        for (relation, other, at) in targets {
            let spec =
                spec.ok_or_else(|| format!("{} {}: no evidence", table.name, row.variant))?;
            check_evidence(table, row, relation, other, &other.codes[at], spec)?;
            links.push((position, relation, other, at, spec.rust()?));
        }
    }
    Ok(links)
}

/// Whether `deprecated`, of a code of another set, names `row` of `table` as its replacement.
fn names_replacement(deprecated: Option<&Deprecated>, table: &Table, row: &Row) -> bool {
    let Some(Deprecated {
        replaced_by: Some(name),
        set: Some(set),
        ..
    }) = deprecated
    else {
        return false;
    };
    let same_set = table.name.eq_ignore_ascii_case(set) || table.sdk_names.iter().any(|n| n == set);
    same_set && row.names().any(|n| n == name)
}

/// Checks a link's evidence against the two codes: a stated link's source lists both, and a stated
/// `replaces` is the replaced code's deprecation, which names this one (and such a deprecation makes
/// the link stated); an inference of the same value is one of equal values, and only that.
fn check_evidence(
    table: &Table,
    row: &Row,
    relation: &str,
    other: &Table,
    target: &Row,
    spec: &EvidenceSpec,
) -> Result<(), String> {
    let link = format!(
        "{}::{} {relation} {}::{}",
        table.name, row.variant, other.name, target.variant
    );
    let named = relation == "Replaces" && names_replacement(target.deprecated.as_ref(), table, row);
    match (&spec.stated, &spec.inferred) {
        (Some(label), _) => {
            if !row.listed_by(label) || !target.listed_by(label) {
                return Err(format!(
                    "{link}: stated by {label}, which does not list both codes"
                ));
            }
            if relation == "Replaces" && !named {
                return Err(format!(
                    "{link}: stated by {label}, but the table records no deprecation of {} that \
                     names {}",
                    target.variant, row.variant
                ));
            }
        }
        (None, Some(word)) => {
            if named {
                return Err(format!(
                    "{link}: the deprecation of {} names {}, so the link is stated: give the source",
                    target.variant, row.variant
                ));
            }
            if (word == "same-value") != (row.value == target.value) {
                return Err(format!(
                    "{link}: inferred from {word:?}, but the values are {} and {}",
                    row.value, target.value
                ));
            }
        }
        (None, None) => {}
    }
    Ok(())
}

/// The `Option<Replacement>` expression of a deprecation: the replacement's set, identifier, and
/// where this crate has it, its set and position.
pub(crate) fn replacement(
    table: &Table,
    deprecated: &Deprecated,
    tables: &[Table],
) -> Result<String, String> {
    let Some(name) = &deprecated.replaced_by else {
        return Ok("None".to_owned());
    };
    let (set, identifier, code) = match &deprecated.set {
        None => {
            let (position, row) = table
                .codes
                .iter()
                .enumerate()
                .find(|(_, c)| &c.variant == name)
                .expect("read_table checked the replacement");
            (
                table.name.as_str(),
                row.identifiers[0][0].as_str(),
                Some((table, position)),
            )
        }
        Some(set) => {
            // A set is the same whether spelled the SDK's way (`AVSyncEvent`) or Rust's.
            let other = tables
                .iter()
                .find(|t| t.name.eq_ignore_ascii_case(set) || t.sdk_names.iter().any(|n| n == set));
            let code = match other {
                None => None,
                Some(other) => Some((
                    other,
                    other
                        .codes
                        .iter()
                        .position(|c| c.names().any(|n| n == name))
                        .ok_or_else(|| {
                            format!("{}: no code of {set} is named {name}", table.name)
                        })?,
                )),
            };
            (set.as_str(), name.as_str(), code)
        }
    };
    let code = match code {
        Some((table, position)) => {
            format!("Some((crate::CodeSet::{}, {position}))", table.name)
        }
        None => "None".to_owned(),
    };
    Ok(format!(
        "Some(crate::table::Replacement {{ set: {}, name: {}, code: {code} }})",
        literal(set),
        literal(identifier)
    ))
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::fixtures::{new, old, set, DEPRECATED, SAME_VALUE, STATED};
    use crate::table::read_table;

    /// `New`'s links, or the first error, as read from files and rendered.
    fn new_links(old: &str, new: &str) -> Result<Vec<(usize, String, usize, String)>, String> {
        let dir = std::env::temp_dir().join(format!(
            "bytertc-codegen-links-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let mut tables = Vec::new();
        for (name, text) in [("old", old), ("new", new)] {
            let path = dir.join(format!("{name}.toml"));
            fs::write(&path, text).map_err(|e| e.to_string())?;
            let table = read_table(&path);
            let _ = fs::remove_file(&path);
            tables.push(table?);
        }
        let _ = fs::remove_dir(&dir);
        let links = links(&tables[1], &tables)?;
        Ok(links
            .into_iter()
            .map(|(from, relation, other, at, (kind, reason))| {
                (
                    from,
                    format!("{relation} {}", other.name),
                    at,
                    format!("{kind}({reason})"),
                )
            })
            .collect())
    }

    #[test]
    fn links_carry_their_evidence() {
        let expected = vec![
            (
                0,
                "Replaces Old".to_owned(),
                0,
                "Stated(Cpp3_57)".to_owned(),
            ),
            (
                1,
                "StandsFor Old".to_owned(),
                1,
                "Inferred(SameValue)".to_owned(),
            ),
        ];
        assert_eq!(
            new_links(&old(DEPRECATED), &new("", STATED, SAME_VALUE)),
            Ok(expected.clone())
        );
        // The set's `link_evidence` stands for a row's that gives none.
        let header = "link_evidence = { inferred = \"same-value\" }";
        assert_eq!(
            new_links(&old(DEPRECATED), &new(header, STATED, "")),
            Ok(expected)
        );
    }

    #[test]
    fn bad_evidence_is_a_generator_error() {
        let fails = |old: &str, new: &str, what: &str| {
            let err = new_links(old, new).expect_err(what);
            assert!(err.contains(what), "{err:?} should say {what:?}");
        };
        let old_ok = old(DEPRECATED);
        // Unknown values, a stated link without a source label, neither or both.
        let unknown = "evidence = { inferred = \"similar\" }";
        fails(
            &old_ok,
            &new("", STATED, unknown),
            "unknown inference \"similar\"",
        );
        let no_label = "evidence = { stated = \"\" }";
        fails(
            &old_ok,
            &new("", no_label, SAME_VALUE),
            "which is no source label",
        );
        let page = "evidence = { stated = \"Windows\" }";
        fails(
            &old_ok,
            &new("", page, SAME_VALUE),
            "which is no source label",
        );
        fails(
            &old_ok,
            &new("", "evidence = {}", SAME_VALUE),
            "`stated` with a source label",
        );
        let both = "evidence = { stated = \"cpp-3.57\", inferred = \"same-text\" }";
        fails(&old_ok, &new("", both, SAME_VALUE), "not both");
        fails(
            &old_ok,
            &new("", "evidence = \"stated\"", SAME_VALUE),
            "invalid type",
        );
        // A link without evidence; evidence without a link; a set default that no link takes.
        fails(&old_ok, &new("", STATED, ""), "Same: a link needs evidence");
        let stray = set(
            "New",
            "",
            &format!(
                "[[code]]\nvariant = \"A\"\nvalue = 1\nidentifiers = [[\"kA\", \"cpp-3.60\"]]\n\
                 zh = [\"甲\"]\nen = [\"A\"]\n{SAME_VALUE}\n"
            ),
        );
        fails(&old_ok, &stray, "A: evidence, but no link");
        let header = "link_evidence = { inferred = \"same-value\" }";
        fails(
            &old_ok,
            &new(header, STATED, SAME_VALUE),
            "link_evidence is the evidence of no link",
        );
        // A stated link whose source does not list both codes, or that no deprecation records.
        let later = "evidence = { stated = \"cpp-3.60\" }";
        fails(
            &old_ok,
            &new("", later, SAME_VALUE),
            "does not list both codes",
        );
        fails(
            &old(""),
            &new("", STATED, SAME_VALUE),
            "records no deprecation of Gone",
        );
        // A deprecation that names the code states the link.
        let inferred = "evidence = { inferred = \"same-identifier-words\" }";
        fails(
            &old_ok,
            &new("", inferred, SAME_VALUE),
            "so the link is stated",
        );
        // The same value, and only then.
        let text = "evidence = { inferred = \"same-text\" }";
        fails(&old_ok, &new("", STATED, text), "the values are 7 and 7");
        fails(
            &old(""),
            &new("", SAME_VALUE, SAME_VALUE),
            "the values are 1 and -5",
        );
    }
}
