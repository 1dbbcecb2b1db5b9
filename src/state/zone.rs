//! A time zone as people read it beside an office: its offset from GMT now
//! ("GMT+9", "GMT−5", "GMT+5:30", "GMT+0"). The offset itself comes from the
//! browser's `Intl` ([`offset_minutes`]); the rest is plain text.

/// "GMT+9", "GMT−5" (a real minus sign), "GMT+5:30", "GMT+0".
pub fn gmt_label(offset_minutes: i32) -> String {
    let sign = if offset_minutes < 0 { '\u{2212}' } else { '+' };
    let (h, m) = (offset_minutes.unsigned_abs() / 60, offset_minutes.unsigned_abs() % 60);
    if m == 0 {
        format!("GMT{sign}{h}")
    } else {
        format!("GMT{sign}{h}:{m:02}")
    }
}

/// Minutes east of GMT from what `Intl`'s `shortOffset` writes in English:
/// "GMT+9", "GMT-5", "GMT+5:30", "GMT−3", or a bare "GMT" / "UTC" for zero.
pub fn parse_gmt(text: &str) -> Option<i32> {
    let rest = text.trim().strip_prefix("GMT").or_else(|| text.trim().strip_prefix("UTC"))?;
    if rest.is_empty() {
        return Some(0);
    }
    let (sign, rest) = match rest.chars().next()? {
        '+' => (1, &rest[1..]),
        '-' => (-1, &rest[1..]),
        '\u{2212}' => (-1, &rest['\u{2212}'.len_utf8()..]),
        _ => return None,
    };
    let (h, m) = rest.split_once(':').unwrap_or((rest, "0"));
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

/// The offset of IANA `zone` at `t` (Unix seconds), from the browser; `None`
/// for a name it does not know (the constructor's RangeError is caught).
pub fn offset_minutes(zone: &str, t: f64) -> Option<i32> {
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    let options = Object::new();
    Reflect::set(&options, &"timeZone".into(), &zone.into()).ok()?;
    Reflect::set(&options, &"timeZoneName".into(), &"shortOffset".into()).ok()?;
    let constructor: Function =
        Intl::DateTimeFormat::new(&Array::new(), &Object::new()).constructor().dyn_into().ok()?;
    let args = Array::of2(&"en-US".into(), &options);
    let format: Intl::DateTimeFormat = Reflect::construct(&constructor, &args).ok()?.dyn_into().ok()?;
    let parts = format.format_to_parts(&js_sys::Date::new(&JsValue::from_f64(t * 1000.0)));
    parts.iter().find_map(|part| {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
        (kind == "timeZoneName").then(|| parse_gmt(&value)).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(gmt_label(540), "GMT+9");
        assert_eq!(gmt_label(0), "GMT+0");
        assert_eq!(gmt_label(-300), "GMT\u{2212}5");
        assert_eq!(gmt_label(330), "GMT+5:30");
        assert_eq!(gmt_label(-570), "GMT\u{2212}9:30");
        assert_eq!(gmt_label(345), "GMT+5:45");
    }

    #[test]
    fn what_intl_writes() {
        assert_eq!(parse_gmt("GMT+9"), Some(540));
        assert_eq!(parse_gmt("GMT"), Some(0));
        assert_eq!(parse_gmt("UTC"), Some(0));
        assert_eq!(parse_gmt("GMT-5"), Some(-300));
        assert_eq!(parse_gmt("GMT\u{2212}5"), Some(-300));
        assert_eq!(parse_gmt("GMT+5:30"), Some(330));
        assert_eq!(parse_gmt("GMT+13:45"), Some(825));
        for bad in ["", "JST", "GMT+", "GMT*3", "GMT+99", "GMT+1:75", "GMT+a"] {
            assert_eq!(parse_gmt(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn labels_read_back() {
        for offset in [-720, -570, -300, 0, 60, 330, 345, 540, 765, 840] {
            assert_eq!(parse_gmt(&gmt_label(offset)), Some(offset));
        }
    }
}
