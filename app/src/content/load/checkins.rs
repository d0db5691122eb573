//! The check-ins, `checkins/<tier>.<language>.md`: one per tier, the same
//! parts, items and marks in every language.

use super::front_matter::{every_language, Pages};
use super::loader::{entries, split_language, LangFiles, Loader, REFERENCE};
use crate::content::checkin::{self, Checkin, CheckinItem, CheckinPart, ParsedCheckin, ParsedItem};
use crate::content::localized::Localized;
use crate::content::model::Tier;
use crate::i18n::Lang;
use std::collections::BTreeMap;
use std::path::Path;

impl Loader {
    /// Every tier's check-in; a tier without one, or an unknown file, is reported.
    pub(super) fn load_checkins(&mut self, dir: &Path) -> Vec<Checkin> {
        let mut files: BTreeMap<Tier, LangFiles> = BTreeMap::new();
        for path in entries(dir) {
            let named = split_language(&path).and_then(|(base, lang)| Some((Tier::from_code(&base)?, lang?)));
            match named {
                Some((tier, lang)) => {
                    files.entry(tier).or_default().insert(lang, path);
                }
                None => self.report.error(
                    &path,
                    1,
                    "a check-in is `<tier>.<language>.md`, e.g. `8-10.fr.md`",
                ),
            }
        }
        let mut checkins = vec![];
        for tier in Tier::ALL {
            let Some(paths) = files.get(&tier) else {
                let message = format!("each tier needs its check-in: no `{}.fr.md` here", tier.code());
                self.report.error(dir, 1, message);
                continue;
            };
            checkins.extend(self.checkin(tier, paths, dir));
        }
        checkins
    }

    fn checkin(&mut self, tier: Tier, paths: &LangFiles, dir: &Path) -> Option<Checkin> {
        let pages = self.pages_each(paths, dir);
        let mut parsed = BTreeMap::new();
        for (lang, (path, page)) in &pages {
            self.check_header(path, page, "a check-in");
            let checkin = checkin::parse(&page.body, page.body_line, path, &mut self.report);
            checkin::validate(&checkin, path, &mut self.report);
            parsed.insert(*lang, checkin);
        }
        let (parsed, pages) = (every_language(parsed)?, every_language(pages)?);
        self.same_checkin_shape(&parsed, &pages)?;
        let reference = &pages.get(REFERENCE).1.front;
        let reviewed = reference.reviewed.clone().unwrap_or_default();
        let shape = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(format!(
            "{:?}",
            parsed.get(REFERENCE).shape()
        )));
        Some(Checkin {
            tier,
            version: format!("{reviewed}.{}", &shape[..8]),
            title: pages.map(|(_, page)| page.front.title.clone()),
            reviewed,
            sources: reference.sources.clone().unwrap_or_default(),
            parts: self.checkin_parts(&parsed, &pages),
        })
    }

    /// Every translation has the reference's parts, items, kinds and marks.
    fn same_checkin_shape(&mut self, parsed: &Localized<ParsedCheckin>, pages: &Pages) -> Option<()> {
        let reference = parsed.get(REFERENCE).shape();
        let mut same = true;
        for (lang, checkin) in parsed.iter().filter(|(lang, _)| *lang != REFERENCE) {
            if checkin.shape() != reference {
                let message = format!(
                    "this translation differs from the {} check-in: parts, item ids, kinds or `[x]` marks",
                    REFERENCE.name()
                );
                self.report.error(&pages.get(lang).0, 1, message);
                same = false;
            }
        }
        same.then_some(())
    }

    /// The parts and items, rendered in every language.
    fn checkin_parts(&mut self, parsed: &Localized<ParsedCheckin>, pages: &Pages) -> Vec<CheckinPart> {
        let reference = parsed.get(REFERENCE);
        let mut parts = vec![];
        for (i, part) in reference.parts.iter().enumerate() {
            let Some(which) = part.part else { continue };
            let items = (0..part.items.len())
                .map(|j| {
                    self.checkin_item(|lang: Lang| {
                        (&parsed.get(lang).parts[i].items[j], pages.get(lang).0.as_path())
                    })
                })
                .collect();
            parts.push(CheckinPart {
                part: which,
                title: parsed.map(|p| p.parts[i].title.clone()),
                items,
            });
        }
        parts
    }

    fn checkin_item<'a>(&mut self, at: impl Fn(Lang) -> (&'a ParsedItem, &'a Path)) -> CheckinItem {
        let (reference, _) = at(REFERENCE);
        let options = (0..reference.options.len())
            .map(|k| {
                let html = Localized::from_fn(|lang| {
                    let (item, path) = at(lang);
                    let (_, text, line) = &item.options[k];
                    self.render_inline(text, *line, path)
                });
                (reference.options[k].0, html)
            })
            .collect();
        CheckinItem {
            id: reference.id.clone(),
            kind: reference.kind,
            title_html: Localized::from_fn(|lang| {
                let (item, path) = at(lang);
                self.render_inline(&item.title, item.line, path)
            }),
            options,
        }
    }
}
