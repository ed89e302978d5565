//! An SVG logo made safe to publish: parsed, and written again with only the elements and
//! attributes that draw a picture.
//!
//! The document shows the logo as `<img src="data:image/svg+xml;base64,…">`, and an SVG in an
//! `<img>` runs no script and loads nothing. That alone would do for the browser; the logo is
//! cleaned all the same, because the file travels further than the HTML page (the Markdown reader,
//! a PDF made from the document data, a user template that inlines it). What is written back is a
//! whitelist: drawing elements, their geometry and paint, gradients, clipping, masks, internal
//! references (`href="#id"`, `url(#id)`) and `title`/`desc`. Everything else is left out:
//! `script`, `foreignObject`, `style` sheets, pictures (`image`), animations (which can rewrite an
//! attribute), event handlers (`on…`), links and `url()` out of the file, and editor data
//! (Inkscape, Illustrator). What was active or pointed outside is reported, so the author knows.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::limits::MAX_LOGO_NODES;

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";

/// An SVG written back from its whitelist.
#[derive(Debug)]
pub struct Sanitised {
    /// The SVG as kplan keeps it.
    pub svg: String,
    /// What was left out because it was active or pointed out of the file, as written in the
    /// SVG: `<script>`, `onload`, `href`, … (sorted, each once). Empty when nothing was.
    pub removed: Vec<String>,
}

/// Drawing elements kept, with their children.
const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "defs",
    "title",
    "desc",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "pattern",
    "symbol",
    "use",
    "marker",
];

/// Elements that are dropped silently but whose children are kept: a link around a drawing, a
/// `switch` between alternatives.
const UNWRAPPED: &[&str] = &["a", "switch"];

/// Elements that run, load or change something: dropped with their children, and reported.
const ACTIVE: &[&str] = &[
    "script",
    "foreignObject",
    "style",
    "image",
    "feImage",
    "iframe",
    "embed",
    "object",
    "audio",
    "video",
    "animate",
    "animateMotion",
    "animateTransform",
    "animateColor",
    "set",
    "handler",
    "listener",
];

/// Attributes kept (also when written as a `style` property, for those that are properties).
const ATTRIBUTES: &[&str] = &[
    "id",
    "viewBox",
    "preserveAspectRatio",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "fx",
    "fy",
    "fr",
    "d",
    "points",
    "pathLength",
    "transform",
    "offset",
    "gradientUnits",
    "gradientTransform",
    "spreadMethod",
    "clipPathUnits",
    "maskUnits",
    "maskContentUnits",
    "patternUnits",
    "patternContentUnits",
    "patternTransform",
    "markerWidth",
    "markerHeight",
    "markerUnits",
    "refX",
    "refY",
    "orient",
    "dx",
    "dy",
    "rotate",
    "textLength",
    "lengthAdjust",
    "version",
    // Presentation attributes, which may also come as `style` properties.
    "fill",
    "fill-opacity",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-opacity",
    "opacity",
    "color",
    "clip-path",
    "clip-rule",
    "mask",
    "marker-start",
    "marker-mid",
    "marker-end",
    "stop-color",
    "stop-opacity",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "font-variant",
    "text-anchor",
    "dominant-baseline",
    "alignment-baseline",
    "baseline-shift",
    "letter-spacing",
    "word-spacing",
    "text-decoration",
    "visibility",
    "display",
    "paint-order",
    "vector-effect",
    "shape-rendering",
    "mix-blend-mode",
    "isolation",
];

/// Parses `text` as SVG and writes it back with only what draws. `Err` with the parser's words
/// when it is not XML, or not an SVG.
pub fn sanitise(text: &str) -> Result<Sanitised, String> {
    // A DTD is allowed: editors write one (Illustrator, with entities for its namespaces).
    // roxmltree expands internal entities within its own limits against entity bombs, and
    // resolves no external one (no resolver is given), so nothing is read from elsewhere.
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: MAX_LOGO_NODES,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, options).map_err(|e| e.to_string())?;
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        return Err(format!(
            "the root element is <{}>, not <svg> in the SVG namespace ({SVG_NS})",
            root.tag_name().name()
        ));
    }
    let mut out = Writer::default();
    out.element(root, true);
    Ok(Sanitised {
        svg: out.svg,
        removed: out.removed.into_iter().collect(),
    })
}

#[derive(Default)]
struct Writer {
    svg: String,
    removed: BTreeSet<String>,
}

impl Writer {
    fn element(&mut self, node: roxmltree::Node<'_, '_>, is_root: bool) {
        let name = node.tag_name().name();
        if node.tag_name().namespace() != Some(SVG_NS) {
            // Editor data (sodipodi, inkscape, rdf …), or HTML smuggled into the SVG.
            if ACTIVE.contains(&name) || node.tag_name().namespace().is_none() {
                self.removed.insert(format!("<{name}>"));
            }
            return;
        }
        if ACTIVE.contains(&name) {
            self.removed.insert(format!("<{name}>"));
            return;
        }
        if UNWRAPPED.contains(&name) {
            self.attributes(node, true);
            self.children(node);
            return;
        }
        if !ELEMENTS.contains(&name) {
            return;
        }
        self.svg.push('<');
        self.svg.push_str(name);
        if is_root {
            let _ = write!(self.svg, " xmlns=\"{SVG_NS}\"");
        }
        for (key, value) in self.attributes(node, false) {
            let _ = write!(self.svg, " {key}=\"{}\"", escape(&value, true));
        }
        self.svg.push('>');
        self.children(node);
        let _ = write!(self.svg, "</{name}>");
    }

    fn children(&mut self, node: roxmltree::Node<'_, '_>) {
        let keeps_text = matches!(node.tag_name().name(), "title" | "desc" | "text" | "tspan");
        for child in node.children() {
            if child.is_element() {
                self.element(child, false);
            } else if child.is_text() && keeps_text {
                self.svg
                    .push_str(&escape(child.text().unwrap_or(""), false));
            }
        }
    }

    /// The attributes of `node` that are kept, in a fixed order (the `style` properties after
    /// the attributes, winning over them as they do in CSS). With `report_only`, nothing is
    /// kept, but what is active is still reported.
    fn attributes(
        &mut self,
        node: roxmltree::Node<'_, '_>,
        report_only: bool,
    ) -> Vec<(String, String)> {
        let mut kept: Vec<(String, String)> = Vec::new();
        let keep = |kept: &mut Vec<(String, String)>, key: &str, value: &str| match kept
            .iter_mut()
            .find(|(k, _)| k == key)
        {
            Some(slot) => slot.1 = value.to_owned(),
            None => kept.push((key.to_owned(), value.to_owned())),
        };
        let mut style = None;
        for attr in node.attributes() {
            let name = attr.name();
            let value = attr.value();
            if name.to_ascii_lowercase().starts_with("on") {
                self.removed.insert(name.to_owned());
                continue;
            }
            match attr.namespace() {
                None => {}
                Some(XLINK_NS) if name == "href" => {}
                // xml:space, editor attributes, …
                Some(_) => continue,
            }
            if name == "href" {
                if value.trim_start().starts_with('#') {
                    keep(&mut kept, "href", value.trim());
                } else if !value.trim().is_empty() {
                    self.removed.insert(attr_label(attr));
                }
                continue;
            }
            if name == "style" {
                style = Some(value);
                continue;
            }
            if !ATTRIBUTES.contains(&name) {
                continue;
            }
            if !internal_urls_only(value) {
                self.removed.insert(name.to_owned());
                continue;
            }
            keep(&mut kept, name, value);
        }
        for declaration in style.unwrap_or("").split(';') {
            let Some((property, value)) = declaration.split_once(':') else {
                continue;
            };
            let (property, value) = (property.trim(), value.trim());
            let value = value
                .strip_suffix("!important")
                .map_or(value, str::trim_end);
            if !ATTRIBUTES.contains(&property) || property == "id" {
                continue;
            }
            // A CSS escape or at-rule could spell `url(` another way.
            if !internal_urls_only(value) || value.contains(['\\', '@']) {
                self.removed.insert("style".to_owned());
                continue;
            }
            keep(&mut kept, property, value);
        }
        if report_only {
            kept.clear();
        }
        kept
    }
}

/// An attribute as the finding names it: `xlink:href` for the XLink one.
fn attr_label(attr: roxmltree::Attribute<'_, '_>) -> String {
    match attr.namespace() {
        Some(XLINK_NS) => format!("xlink:{}", attr.name()),
        _ => attr.name().to_owned(),
    }
}

/// Whether every `url(…)` in a value points inside the file (`url(#id)`).
fn internal_urls_only(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower.match_indices("url(").all(|(at, _)| {
        lower[at + 4..]
            .trim_start_matches([' ', '\t', '\n', '"', '\''])
            .starts_with('#')
    })
}

/// XML text or attribute-value escaping.
fn escape(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\n' | '\r' | '\t' if attribute => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(svg: &str) -> Sanitised {
        sanitise(svg).unwrap()
    }

    #[test]
    fn a_plain_drawing_is_kept() {
        let s = clean(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Våpen &amp; skjold</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><path d="M0 0h10v10z" fill="url(#g)" style="stroke:#000; stroke-width: 2"/></svg>"##,
        );
        assert!(s.removed.is_empty(), "{:?}", s.removed);
        assert_eq!(
            s.svg,
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Våpen &amp; skjold</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"></stop></linearGradient></defs><path d="M0 0h10v10z" fill="url(#g)" stroke="#000" stroke-width="2"></path></svg>"##
        );
    }

    #[test]
    fn active_content_and_links_out_are_left_out_and_reported() {
        let s = clean(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">
              <script>alert(2)</script>
              <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
              <style>@import url(https://x.no/a.css);</style>
              <a xlink:href="javascript:alert(3)"><rect width="1" height="1" onclick="alert(4)"/></a>
              <image href="https://x.no/p.png"/>
              <use xlink:href="https://x.no/s.svg#a"/>
              <rect fill="url(https://x.no/f)" style="fill:url( 'https://x.no/g')"/>
              <set attributeName="href" to="javascript:alert(5)"/>
            </svg>"#,
        );
        assert_eq!(
            s.removed,
            [
                "<foreignObject>",
                "<image>",
                "<script>",
                "<set>",
                "<style>",
                "fill",
                "onclick",
                "onload",
                "style",
                "xlink:href"
            ]
        );
        for gone in [
            "script",
            "alert",
            "javascript",
            "https:",
            "foreignObject",
            "div",
        ] {
            assert!(!s.svg.contains(gone), "{gone} in {}", s.svg);
        }
        // The drawing inside the link stays.
        assert!(
            s.svg.contains("<rect width=\"1\" height=\"1\"></rect>"),
            "{}",
            s.svg
        );
    }

    #[test]
    fn what_is_not_an_svg_is_refused() {
        assert!(sanitise("not xml").is_err());
        assert!(
            sanitise("<html><body/></html>")
                .unwrap_err()
                .contains("<html>")
        );
        // A DTD as editors write it is read; an entity bomb or an external entity is refused.
        let illustrator = r#"<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [<!ENTITY ns_svg "http://www.w3.org/2000/svg">]><svg xmlns="&ns_svg;"><rect width="1"/></svg>"#;
        assert_eq!(
            clean(illustrator).svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"></rect></svg>"#
        );
        let mut bomb = String::from(r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY e0 "lol">"#);
        for i in 1..10 {
            let prev = format!("&e{};", i - 1).repeat(10);
            bomb.push_str(&format!("<!ENTITY e{i} \"{prev}\">"));
        }
        bomb.push_str(r#"]><svg xmlns="http://www.w3.org/2000/svg"><title>&e9;</title></svg>"#);
        assert!(sanitise(&bomb).is_err());
        let external = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><title>&x;</title></svg>"#;
        if let Ok(s) = sanitise(external) {
            assert!(!s.svg.contains("root:"), "{}", s.svg);
        }
        // Editor data is dropped without a word.
        let s = clean(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.3"><inkscape:grid/><metadata/><circle r="1"/></svg>"#,
        );
        assert!(s.removed.is_empty(), "{:?}", s.removed);
        assert_eq!(
            s.svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"></circle></svg>"#
        );
    }
}
