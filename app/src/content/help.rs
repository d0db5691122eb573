//! Help directories: `help/<region>.yaml`, one per country and one international.

use super::check::{check_reviewed, line_of, Report};
use super::localized::{Localized, Text};
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HelpFile {
    country: String,
    reviewed: String,
    sources: Vec<String>,
    /// The numbers to call in an emergency, shown as call buttons first.
    #[serde(default)]
    emergency: Vec<String>,
    services: Vec<ServiceFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceFile {
    id: String,
    name: Text,
    reach: Vec<Reach>,
    hours: Text,
    cost: Text,
    anonymous: bool,
    #[serde(rename = "for")]
    purpose: Text,
    what_happens: WhatHappens,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WhatHappens {
    child: Text,
    adult: Text,
}

/// One way to reach a service.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reach {
    pub kind: ReachKind,
    pub value: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReachKind {
    Phone,
    Sms,
    Chat,
    Web,
    App,
}

impl Reach {
    /// The address a link opens: `tel:`, `sms:` or the web address.
    pub fn href(&self) -> String {
        match self.kind {
            ReachKind::Phone => format!("tel:{}", self.value.replace(' ', "")),
            ReachKind::Sms => format!("sms:{}", self.value.replace(' ', "")),
            ReachKind::Chat | ReachKind::Web | ReachKind::App => self.value.clone(),
        }
    }
}

/// A country's (or the world's) helplines and reporting services.
#[derive(Clone, Debug)]
pub struct HelpDirectory {
    pub region: String,
    pub reviewed: String,
    pub sources: Vec<String>,
    pub emergency: Vec<String>,
    pub services: Vec<HelpService>,
}

#[derive(Clone, Debug)]
pub struct HelpService {
    pub id: String,
    pub name: Localized<String>,
    pub reach: Vec<Reach>,
    pub hours: Localized<String>,
    pub cost: Localized<String>,
    pub anonymous: bool,
    pub purpose: Localized<String>,
    pub for_child: Localized<String>,
    pub for_adult: Localized<String>,
}

pub fn load(region: &str, text: &str, path: &Path, report: &mut Report) -> Option<HelpDirectory> {
    let file: HelpFile = match serde_norway::from_str(text) {
        Ok(file) => file,
        Err(error) => {
            let line = error.location().map(|l| l.line()).unwrap_or(1);
            report.error(path, line, format!("invalid help directory: {error}"));
            return None;
        }
    };
    if file.country != region {
        report.error(
            path,
            line_of(text, "country:"),
            format!("`country: {}` does not match the file name", file.country),
        );
    }
    check_reviewed(&file.reviewed, text, path, report);
    if file.sources.is_empty() {
        report.error(path, line_of(text, "sources:"), "name at least one source");
    }
    let mut ids = std::collections::HashSet::new();
    let services = file
        .services
        .into_iter()
        .map(|service| {
            let line = [format!("id: {}", service.id), format!("id: \"{}\"", service.id)]
                .iter()
                .map(|needle| line_of(text, needle))
                .find(|&line| line > 1)
                .unwrap_or(1);
            if !ids.insert(service.id.clone()) {
                report.error(path, line, format!("duplicate service id `{}`", service.id));
            }
            validate_reach(&service, line, path, report);
            HelpService {
                id: service.id,
                name: service.name,
                reach: service.reach,
                hours: service.hours,
                cost: service.cost,
                anonymous: service.anonymous,
                purpose: service.purpose,
                for_child: service.what_happens.child,
                for_adult: service.what_happens.adult,
            }
        })
        .collect();
    Some(HelpDirectory {
        region: region.to_owned(),
        reviewed: file.reviewed,
        sources: file.sources,
        emergency: file.emergency,
        services,
    })
}

fn validate_reach(service: &ServiceFile, line: usize, path: &Path, report: &mut Report) {
    if service.reach.is_empty() {
        report.error(
            path,
            line,
            format!("`{}` has no way to reach it: add a `reach:` entry", service.id),
        );
    }
    for reach in &service.reach {
        let ok = match reach.kind {
            ReachKind::Phone | ReachKind::Sms => {
                !reach.value.is_empty()
                    && reach
                        .value
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == ' ' || c == '+')
            }
            _ => reach.value.starts_with("https://"),
        };
        if !ok {
            report.error(
                path,
                line,
                format!(
                    "`{}`: `{}` is not a phone number or an https:// address",
                    service.id, reach.value
                ),
            );
        }
    }
}
