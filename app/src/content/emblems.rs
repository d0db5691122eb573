//! The project's own small pictures: a tier's or a module's emblem, and the
//! illustrations of lessons (`![what it means](emblem:name)`). Each is a
//! hand-written SVG file in `content/emblems/`, checked against a short list
//! of shapes and attributes so that nothing but drawing reaches a page.

use super::markdown::escape_html;
use super::model::Tier;
use std::collections::BTreeMap;

/// The most bytes one picture may weigh.
pub const MAX_BYTES: usize = 700;

const ELEMENTS: [&str; 9] = [
    "svg", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon",
];
const ATTRIBUTES: [&str; 26] = [
    "xmlns",
    "viewBox",
    "d",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "width",
    "height",
    "points",
    "transform",
    "fill",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "class",
    "fill-rule",
    "opacity",
];
/// Colours a picture may use: the tier's (current) colour, none, or the
/// site's tints through `class="a"` and `class="b"`.
const PAINTS: [&str; 2] = ["currentColor", "none"];

/// One picture: its view box and what is drawn inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Emblem {
    pub view_box: String,
    pub inner: String,
}

/// Every picture, by name.
#[derive(Clone, Debug, Default)]
pub struct Emblems(pub BTreeMap<String, Emblem>);

impl Emblems {
    pub fn get(&self, name: &str) -> Option<&Emblem> {
        self.0.get(name)
    }
}

/// The name of a tier's emblem: `tier-8-10`.
pub fn tier_emblem(tier: Tier) -> String {
    format!("tier-{}", tier.code())
}

impl Emblem {
    /// The picture as inline SVG. With a label it is an image that names
    /// itself; without one it is decoration that screen readers skip.
    pub fn svg(&self, class: &str, label: Option<&str>) -> String {
        let role = match label.map(str::trim).filter(|l| !l.is_empty()) {
            Some(label) => format!("role=\"img\" aria-label=\"{}\"", escape_html(label)),
            None => "aria-hidden=\"true\"".to_owned(),
        };
        format!(
            "<svg class=\"{class}\" viewBox=\"{}\" {role} focusable=\"false\">{}</svg>",
            self.view_box, self.inner
        )
    }
}

/// Reads a picture's file; what is wrong with it, if anything.
pub fn parse(text: &str) -> Result<Emblem, String> {
    let text = text.trim();
    if text.len() > MAX_BYTES {
        return Err(format!(
            "{} bytes: a picture weighs at most {MAX_BYTES}",
            text.len()
        ));
    }
    let open_end = text.find('>').ok_or("not an SVG file: it starts with `<svg`")?;
    let (open, rest) = text.split_at(open_end + 1);
    if !open.starts_with("<svg") {
        return Err("not an SVG file: it starts with `<svg`".to_owned());
    }
    let inner = rest
        .strip_suffix("</svg>")
        .ok_or("an SVG file ends with `</svg>`")?
        .trim();
    let view_box =
        attribute(open, "viewBox").ok_or("the `<svg>` needs a viewBox, e.g. `viewBox=\"0 0 48 48\"`")?;
    if attribute(open, "width").is_some() || attribute(open, "height").is_some() {
        return Err("no width or height on `<svg>`: the site sizes the picture".to_owned());
    }
    check_tags(text)?;
    Ok(Emblem {
        view_box: view_box.to_owned(),
        inner: inner.to_owned(),
    })
}

/// The value of `name="…"` in a tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// Every tag is an allowed shape with allowed attributes and paints.
fn check_tags(text: &str) -> Result<(), String> {
    for tag in text.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        if tag.starts_with('/') {
            continue;
        }
        let tag = tag.trim_end_matches('/');
        let mut parts = tag.split_whitespace();
        let name = parts.next().unwrap_or_default();
        if !ELEMENTS.contains(&name) {
            return Err(format!(
                "`<{name}>` is not allowed; draw with {}",
                ELEMENTS.join(", ")
            ));
        }
        check_attributes(name, tag[name.len()..].trim())?;
    }
    Ok(())
}

/// `a="…" b="…"`: each name allowed, each paint a known one.
fn check_attributes(element: &str, mut rest: &str) -> Result<(), String> {
    while !rest.is_empty() {
        let (name, after) = rest
            .split_once("=\"")
            .ok_or_else(|| format!("`<{element}>`: write attributes as name=\"value\""))?;
        let (value, after) = after
            .split_once('"')
            .ok_or_else(|| format!("`<{element}>`: an attribute's value is not closed"))?;
        let name = name.trim();
        if !ATTRIBUTES.contains(&name) {
            return Err(format!("`{name}` is not allowed on `<{element}>`"));
        }
        if matches!(name, "fill" | "stroke") && !PAINTS.contains(&value) {
            return Err(format!(
                "`{name}=\"{value}\"`: paint with currentColor or none, and tints with class=\"a\" or \"b\""
            ));
        }
        if name == "class" && !matches!(value, "a" | "b") {
            return Err(format!(
                "class=\"{value}\": a picture's classes are \"a\" and \"b\""
            ));
        }
        rest = after.trim_start();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="16" cy="24" r="8" class="a" stroke="currentColor" stroke-width="3"/><path d="M24 24h18v6" fill="none" stroke="currentColor"/></svg>"#;

    #[test]
    fn a_drawing_is_read_and_drawn_with_or_without_a_label() {
        let emblem = parse(KEY).unwrap();
        assert_eq!(emblem.view_box, "0 0 48 48");
        let named = emblem.svg("emblem", Some("Une clé \"maison\""));
        assert!(named.contains("role=\"img\" aria-label=\"Une clé &quot;maison&quot;\""));
        assert!(emblem.svg("emblem", Some(" ")).contains("aria-hidden=\"true\""));
        assert!(named.contains("<circle"));
    }

    #[test]
    fn anything_but_drawing_is_refused() {
        let refused = [
            KEY.replace("<circle", "<script"),
            KEY.replace("class=\"a\"", "onload=\"x()\""),
            KEY.replace("currentColor\" stroke-width", "#ff0000\" stroke-width"),
            KEY.replace("class=\"a\"", "class=\"danger\""),
            KEY.replace("<path", "<image href=\"https://example.org/x.png\""),
            KEY.replace(" viewBox=\"0 0 48 48\"", ""),
            KEY.replace("viewBox", "width=\"48\" viewBox"),
            KEY.replace("/>", "/><rect x=\"0\" y=\"0\" width=\"1\" height=\"1\"/>")
                .repeat(4),
            "<p>hello</p>".to_owned(),
        ];
        for text in refused {
            assert!(parse(&text).is_err(), "{text}");
        }
    }
}
