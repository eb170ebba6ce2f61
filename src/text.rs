//! The `const` parser of the tables' values.

/// The decimal integer in `text` (an optional `-`, then ASCII digits), evaluated at compile time for every
/// table row's value. Anything else is a compile error, never a silent zero.
pub(crate) const fn parse_code(text: &str) -> i32 {
    let bytes = text.as_bytes();
    let negative = !bytes.is_empty() && bytes[0] == b'-';
    let mut i = if negative { 1 } else { 0 };
    assert!(i < bytes.len(), "a code value needs at least one digit");
    let mut value: i64 = 0;
    while i < bytes.len() {
        let digit = bytes[i];
        assert!(
            digit.is_ascii_digit(),
            "a code value is an optional `-` and decimal digits"
        );
        value = value * 10 + (digit - b'0') as i64;
        assert!(
            value <= i32::MAX as i64 + 1,
            "a code value must fit in an i32"
        );
        i += 1;
    }
    if negative {
        value = -value;
    }
    assert!(
        value >= i32::MIN as i64 && value <= i32::MAX as i64,
        "a code value must fit in an i32"
    );
    value as i32
}

#[cfg(test)]
mod tests {
    use super::parse_code;

    #[test]
    fn parse_code_reads_decimal_integers() {
        assert_eq!(parse_code("0"), 0);
        assert_eq!(parse_code("7"), 7);
        assert_eq!(parse_code("-1000"), -1000);
        assert_eq!(parse_code("-2147483648"), i32::MIN);
        assert_eq!(parse_code("2147483647"), i32::MAX);
        const VALUE: i32 = parse_code("-5014");
        assert_eq!(VALUE, -5014);
    }

    #[test]
    #[should_panic(expected = "fit in an i32")]
    fn parse_code_rejects_overflow() {
        parse_code("2147483648");
    }

    #[test]
    #[should_panic(expected = "decimal digits")]
    fn parse_code_rejects_non_digits() {
        parse_code("0x10");
    }
}
