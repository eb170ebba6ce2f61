//! Formatting helpers shared by every `Display` impl: padding like `str`, and a bounded view of
//! rejected input. Neither allocates, so both work without `std`.

use core::fmt::{self, Alignment, Write};

/// Writes `args` honouring `f`'s width, fill, alignment and precision exactly as `str`'s `Display`
/// does: the precision truncates to that many characters, the width pads (left-aligned by default).
#[inline]
pub(crate) fn pad(f: &mut fmt::Formatter<'_>, args: fmt::Arguments<'_>) -> fmt::Result {
    if f.width().is_none() && f.precision().is_none() {
        return f.write_fmt(args);
    }
    let limit = f.precision().unwrap_or(usize::MAX);
    let mut counter = Chars(0);
    fmt::write(&mut counter, args)?;
    let shown = counter.0.min(limit);
    let padding = f.width().unwrap_or(0).saturating_sub(shown);
    let (before, after) = match f.align() {
        Some(Alignment::Right) => (padding, 0),
        Some(Alignment::Center) => (padding / 2, padding - padding / 2),
        Some(Alignment::Left) | None => (0, padding),
    };
    let fill = f.fill();
    for _ in 0..before {
        f.write_char(fill)?;
    }
    fmt::write(
        &mut Truncated {
            out: &mut *f,
            left: limit,
        },
        args,
    )?;
    for _ in 0..after {
        f.write_char(fill)?;
    }
    Ok(())
}

/// A code's `Display`: its summary and value, in parentheses that suit `locale` (`Token is invalid
/// (-1000)`, `Token 无效。（-1000）`). One function for every set, so it is compiled once.
#[inline]
pub(crate) fn code(
    f: &mut fmt::Formatter<'_>,
    summary: &str,
    code: i32,
    locale: crate::Locale,
) -> fmt::Result {
    match locale {
        crate::Locale::Zh => pad(f, format_args!("{summary}（{code}）")),
        crate::Locale::En => pad(f, format_args!("{summary} ({code})")),
    }
}

/// The `Display` of the code `code` of `set`: [`code`] with the English summary.
#[inline]
pub(crate) fn english(f: &mut fmt::Formatter<'_>, set: crate::CodeSet, code: i32) -> fmt::Result {
    let summary = crate::table::row(set, code).summary(crate::Locale::En);
    self::code(f, summary, code, crate::Locale::En)
}

/// Counts the characters written to it.
struct Chars(usize);

impl Write for Chars {
    #[inline]
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.chars().count();
        Ok(())
    }
}

/// Passes on at most `left` characters.
struct Truncated<'a, W> {
    out: &'a mut W,
    left: usize,
}

impl<W: Write> Write for Truncated<'_, W> {
    #[inline]
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = s
            .char_indices()
            .nth(self.left)
            .map_or(s.len(), |(at, _)| at);
        self.left -= s[..end].chars().count();
        self.out.write_str(&s[..end])
    }
}

/// The most bytes of a rejected input that an error message quotes.
#[cfg(any(feature = "std", feature = "serde", test))]
pub(crate) const SHOWN_BYTES: usize = 64;

/// A rejected input as an error message shows it: quoted like `str`'s `Debug`, and if longer than
/// [`SHOWN_BYTES`], only its start followed by `…` and its length, so that a huge input never makes a
/// huge message.
///
/// ```text
/// "ERROR_CODE_NOPE"
/// "xxxxxxxx…" (10485760 bytes)
/// ```
#[cfg(any(feature = "std", feature = "serde", test))]
#[derive(Clone, Copy)]
pub(crate) struct Shown<'a>(pub(crate) &'a str);

#[cfg(any(feature = "std", feature = "serde", test))]
impl fmt::Display for Shown<'_> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        if text.len() <= SHOWN_BYTES {
            return write!(f, "{text:?}");
        }
        let mut end = SHOWN_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        write!(f, "{:?}… ({} bytes)", &text[..end], text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Padded<'a>(&'a str);

    impl fmt::Display for Padded<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            // Split in two pieces so that truncation across pieces is exercised.
            let half = self.0.char_indices().nth(self.0.chars().count() / 2);
            let (a, b) = self.0.split_at(half.map_or(self.0.len(), |(at, _)| at));
            pad(f, format_args!("{a}{b}"))
        }
    }

    #[test]
    fn pads_and_truncates_exactly_like_str() {
        for text in ["", "a", "Token 无效。（-1000）", "abcdef", "ünïcödé"] {
            let padded = Padded(text);
            let cases = [
                (format!("{padded}"), text.to_string()),
                (format!("{padded:>12}"), format!("{text:>12}")),
                (format!("{padded:<12}"), format!("{text:<12}")),
                (format!("{padded:^13}"), format!("{text:^13}")),
                (format!("{padded:*^12}"), format!("{text:*^12}")),
                (format!("{padded:-<3}"), format!("{text:-<3}")),
                (format!("{padded:12}"), format!("{text:12}")),
                (format!("{padded:.2}"), format!("{text:.2}")),
                (format!("{padded:>8.3}"), format!("{text:>8.3}")),
                (format!("{padded:.0}"), format!("{text:.0}")),
                (format!("{padded:文>9}"), format!("{text:文>9}")),
            ];
            for (got, want) in cases {
                assert_eq!(got, want, "{text:?}");
            }
        }
    }

    #[test]
    fn shown_bounds_long_input() {
        assert_eq!(Shown("ERROR_CODE_NOPE").to_string(), r#""ERROR_CODE_NOPE""#);
        assert_eq!(Shown("a\"b").to_string(), r#""a\"b""#);
        let exact = "x".repeat(SHOWN_BYTES);
        assert_eq!(Shown(&exact).to_string(), format!("{exact:?}"));
        let long = "y".repeat(10 << 20);
        let shown = Shown(&long).to_string();
        assert_eq!(
            shown,
            format!("{:?}… (10485760 bytes)", "y".repeat(SHOWN_BYTES))
        );
        // A cut never splits a character.
        let chinese = "房".repeat(100);
        let shown = Shown(&chinese).to_string();
        assert!(
            shown.starts_with(&format!("\"{}\"…", "房".repeat(21))),
            "{shown}"
        );
        assert!(shown.ends_with("(300 bytes)"));
    }
}
