//! Small tables for the unit tests of more than one module: sets, rows and the `Old`/`New` pair of
//! sets whose links the tests check and render.

use crate::sources::source_index;
use crate::table::Row;

/// A set `name` of `rows` (TOML `[[code]]` tables), with `header` lines.
pub(crate) fn set(name: &str, header: &str, rows: &str) -> String {
    format!(
        "enum = \"{name}\"\nmodule = \"m\"\ndoc = \"d\"\nsdk_names = [\"{name}\"]\n\
         delivered_by = \"x\"\n{header}\n{rows}"
    )
}

/// `Old::Gone` (-5, in C++ 3.57, deprecated for `New`'s `kNewThere` unless `deprecation` says
/// otherwise) and `Old::Same` (7).
pub(crate) fn old(deprecation: &str) -> String {
    set(
        "Old",
        "",
        &format!(
            "[[code]]\nvariant = \"Gone\"\nvalue = -5\nidentifiers = [[\"kOldGone\", \"cpp-3.57\"]]\n\
             {deprecation}\nzh = [\"旧\"]\nen = [\"Old\"]\n\n\
             [[code]]\nvariant = \"Same\"\nvalue = 7\nidentifiers = [[\"kOldSame\", \"cpp-3.57\"]]\n\
             zh = [\"同\"]\nen = [\"Same\"]\n"
        ),
    )
}

pub(crate) const DEPRECATED: &str =
    "deprecated = { since = \"3.33\", replaced_by = \"kNewThere\", set = \"New\" }";

/// `New::There` (1, in C++ 3.57 and 3.60) replaces `Old::Gone` with `there`'s evidence;
/// `New::Same` (7) stands for `Old::Same` with `same`'s.
pub(crate) fn new(header: &str, there: &str, same: &str) -> String {
    set(
        "New",
        header,
        &format!(
            "[[code]]\nvariant = \"There\"\nvalue = 1\n\
             identifiers = [[\"kNewThere\", \"cpp-3.57\", \"cpp-3.60\"]]\nzh = [\"新\"]\nen = [\"New\"]\n\
             replaces = [\"Old::Gone\"]\n{there}\n\n\
             [[code]]\nvariant = \"Same\"\nvalue = 7\nidentifiers = [[\"kNewSame\", \"cpp-3.60\"]]\n\
             zh = [\"同\"]\nen = [\"Same\"]\nstands_for = [\"Old::Same\"]\n{same}\n"
        ),
    )
}

pub(crate) const STATED: &str = "evidence = { stated = \"cpp-3.57\" }";
pub(crate) const SAME_VALUE: &str = "evidence = { inferred = \"same-value\" }";

/// A row of `identifiers` (TOML) with `extra` lines.
pub(crate) fn row(identifiers: &str, extra: &str) -> Row {
    toml::from_str(&format!(
        "variant = \"A\"\nvalue = 1\nidentifiers = {identifiers}\nzh = [\"甲\"]\nen = [\"A\"]\n{extra}"
    ))
    .expect("a row")
}

/// The `Sources` bits of `labels`.
pub(crate) fn bits(labels: &[&str]) -> u64 {
    labels
        .iter()
        .map(|l| 1u64 << source_index(l).expect("a label"))
        .fold(0, |a, b| a | b)
}
