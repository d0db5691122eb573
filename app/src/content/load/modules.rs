//! A module's folder: `module.yaml`, then its lessons, scenarios, quiz, guide
//! and parents' card, one Markdown file per language.

use super::loader::{entries, language_files, split_language, LangFiles, Loader};
use crate::content::check::{check_reviewed, is_valid_id, line_of};
use crate::content::localized::Text;
use crate::content::model::{Country, QuestionKind, Tier};
use crate::content::modules::{Lesson, Misconception, Module, ModuleKind, ModuleMeta};
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFile {
    tier: Tier,
    #[serde(default = "default_kind")]
    kind: ModuleKind,
    order: u32,
    duration: u32,
    pass_mark: u32,
    sensitive: bool,
    topics: Vec<String>,
    #[serde(default)]
    emblem: String,
    reviewed: String,
    sources: Vec<String>,
    title: Text,
    summary: Text,
    #[serde(default)]
    curricula: BTreeMap<Country, Vec<String>>,
    #[serde(default)]
    misconceptions: BTreeMap<String, MisconceptionFile>,
}

fn default_kind() -> ModuleKind {
    ModuleKind::Module
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MisconceptionFile {
    label: Text,
    follow_up: Text,
}

/// What a file in a module folder is, from its name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Lesson(u32, String),
    Scenario(String),
    Quiz,
    Guide,
    Parents,
}

fn role_of(base: &str) -> Option<Role> {
    match base {
        "quiz" => Some(Role::Quiz),
        "guide" => Some(Role::Guide),
        "parents" => Some(Role::Parents),
        _ => {
            if let Some(rest) = base.strip_prefix("lesson-") {
                let (number, slug) = rest.split_once('-').unwrap_or((rest, ""));
                return Some(Role::Lesson(number.parse().ok()?, slug.to_owned()));
            }
            base.strip_prefix("scenario-")
                .filter(|s| is_valid_id(s))
                .map(|s| Role::Scenario(s.to_owned()))
        }
    }
}

impl Loader {
    pub(super) fn load_module(&mut self, folder: &Path) -> Option<Module> {
        let id = folder.file_name()?.to_str()?.to_owned();
        if !folder.is_dir() {
            self.report
                .error(folder, 1, "the modules folder holds one folder per module");
            return None;
        }
        if !is_valid_id(&id) {
            self.report.error(
                folder,
                1,
                "a module folder's name uses lower-case letters, digits and hyphens",
            );
        }
        let meta_path = folder.join("module.yaml");
        let meta = self.module_meta(&meta_path)?;
        let mut module = Module {
            id,
            meta,
            lessons: vec![],
            scenarios: vec![],
            quiz: None,
            guide: None,
            parents: None,
        };
        for (role, paths) in self.module_files(folder) {
            self.module_part(&mut module, role, &paths, folder);
        }
        self.check_module_shape(&module, &meta_path);
        self.check_misconceptions_used(&module, &meta_path);
        Some(module)
    }

    /// Loads the file of one role into the module.
    fn module_part(&mut self, module: &mut Module, role: Role, paths: &LangFiles, folder: &Path) {
        match role {
            Role::Lesson(_, slug) => {
                if let Some(doc) = self.document(&slug, paths, folder, false) {
                    module.lessons.push(Lesson {
                        slug: doc.id,
                        title: doc.title,
                        html: doc.html,
                    });
                }
            }
            Role::Scenario(slug) => {
                if let Some(scenario) = self.scenario(&slug, paths, folder) {
                    module.scenarios.push(scenario);
                }
            }
            Role::Quiz => module.quiz = self.quiz(&module.meta, paths, folder),
            Role::Guide => module.guide = self.document("guide", paths, folder, false),
            Role::Parents => module.parents = self.document("parents", paths, folder, false),
        }
    }

    fn module_meta(&mut self, path: &Path) -> Option<ModuleMeta> {
        if !path.is_file() {
            self.report
                .error(path, 1, "a module folder needs its module.yaml");
            return None;
        }
        let text = self.read(path)?;
        let file: ModuleFile = match serde_norway::from_str(&text) {
            Ok(file) => file,
            Err(error) => {
                let line = error.location().map(|l| l.line()).unwrap_or(1);
                self.report
                    .error(path, line, format!("invalid module.yaml: {error}"));
                return None;
            }
        };
        self.check_module_file(&file, &text, path);
        Some(module_meta(file))
    }

    /// What serde cannot check in a module.yaml.
    fn check_module_file(&mut self, file: &ModuleFile, text: &str, path: &Path) {
        check_reviewed(&file.reviewed, text, path, &mut self.report);
        if file.sources.is_empty() {
            self.report
                .error(path, line_of(text, "sources"), "name at least one source");
        }
        if file.pass_mark > 100 || file.duration == 0 || file.duration > 240 {
            self.report.error(
                path,
                1,
                "pass_mark is a percentage (0–100) and duration minutes (1–240)",
            );
        }
        if self.emblems.get(&file.emblem).is_none() {
            let message = match file.emblem.as_str() {
                "" => "name the module's emblem: `emblem: name`, a picture of content/emblems/".to_owned(),
                name => format!("no picture `{name}` in content/emblems"),
            };
            self.report.error(path, line_of(text, "emblem"), message);
        }
        for (line, tag) in duplicate_tags(text) {
            let message = format!("misconception `{tag}` is listed twice: only the last one would be kept");
            self.report.error(path, line, message);
        }
        for tag in file.misconceptions.keys().filter(|t| !is_valid_id(t)) {
            self.report.error(
                path,
                line_of(text, tag),
                format!("misconception tag `{tag}` must be lower-case-hyphenated"),
            );
        }
    }

    /// The module's Markdown files by role, each with its path per language.
    fn module_files(&mut self, folder: &Path) -> BTreeMap<Role, LangFiles> {
        let mut files: BTreeMap<Role, LangFiles> = BTreeMap::new();
        let mut lesson_numbers = BTreeMap::new();
        for path in entries(folder) {
            if path.file_name().is_some_and(|n| n == "module.yaml") {
                continue;
            }
            let Some((base, lang)) = split_language(&path) else {
                self.report.error(
                    &path,
                    1,
                    "unknown file: module files are <name>.<language>.md (see content/README.md)",
                );
                continue;
            };
            let Some(lang) = lang else {
                let endings = language_files("", " or ");
                self.report
                    .error(&path, 1, format!("unknown language code: use {endings}"));
                continue;
            };
            let Some(role) = role_of(&base) else {
                self.report.error(
                    &path,
                    1,
                    "unknown file name: use lesson-N-name, scenario-name, quiz, guide or parents",
                );
                continue;
            };
            if let Role::Lesson(number, slug) = &role {
                if let Some(other) = lesson_numbers.insert((*number, lang), slug.clone()) {
                    if &other != slug {
                        self.report
                            .error(&path, 1, format!("duplicate lesson number {number}"));
                    }
                }
            }
            files.entry(role).or_default().insert(lang, path);
        }
        files
    }

    fn check_module_shape(&mut self, module: &Module, meta_path: &Path) {
        let mut error = |message: &str| {
            self.report
                .error(meta_path, 1, format!("module `{}`: {message}", module.id))
        };
        let questions = module.quiz.as_ref().map_or(0, |q| q.questions.len());
        if questions < 8 {
            let files = language_files("quiz", ", ");
            error(&format!("a quiz of at least 8 questions is needed ({files})"));
        }
        if module.guide.is_none() || module.parents.is_none() {
            error("a module or final test has a facilitator guide (guide.*.md) and a parents' card (parents.*.md)");
        }
        match module.meta.kind {
            ModuleKind::FinalTest => {
                if !module.lessons.is_empty() || !module.scenarios.is_empty() {
                    error("a final test holds its module.yaml, quiz, guide and parents' card only");
                }
            }
            ModuleKind::Module => {
                if !(3..=6).contains(&module.lessons.len()) {
                    error("a module has 3 to 6 lessons");
                }
                if module.scenarios.is_empty() {
                    error("a module has at least one scenario");
                }
                let attitude = module
                    .quiz
                    .iter()
                    .flat_map(|q| &q.questions)
                    .any(|q| q.kind == QuestionKind::Attitude);
                if questions > 0 && !attitude {
                    error("the quiz needs at least one attitude question (`.attitude`)");
                }
            }
        }
    }
}

impl Loader {
    /// Two modules of one tier with the same `order` or the same title: most
    /// often a folder copied under a new name and not yet edited.
    pub(super) fn check_tier_catalogue(&mut self, modules: &[Module], dir: &Path) {
        for (i, module) in modules.iter().enumerate() {
            let path = dir.join("modules").join(&module.id).join("module.yaml");
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for earlier in modules[..i].iter().filter(|m| m.meta.tier == module.meta.tier) {
                if earlier.meta.order == module.meta.order {
                    let message = format!(
                        "same `order: {}` as module `{}` of this tier",
                        module.meta.order, earlier.id
                    );
                    self.report.error(&path, line_of(&text, "order:"), message);
                }
                if Lang::ALL
                    .iter()
                    .any(|&l| earlier.meta.title.get(l) == module.meta.title.get(l))
                {
                    let message = format!("same title as module `{}` of this tier", earlier.id);
                    self.report.error(&path, line_of(&text, "title:"), message);
                }
            }
        }
    }
}

/// The misconception tags of a module.yaml listed a second time, with their
/// line (YAML keeps the last silently).
fn duplicate_tags(text: &str) -> Vec<(usize, &str)> {
    let mut seen = std::collections::BTreeSet::new();
    let mut in_misconceptions = false;
    let mut twice = vec![];
    for (i, line) in text.lines().enumerate() {
        if !line.starts_with(' ') {
            in_misconceptions = line.trim_end() == "misconceptions:";
            continue;
        }
        let key = line.strip_prefix("  ").and_then(|l| l.strip_suffix(':'));
        if let Some(tag) = key.filter(|k| in_misconceptions && !k.starts_with(' ')) {
            if !seen.insert(tag) {
                twice.push((i + 1, tag));
            }
        }
    }
    twice
}

/// A checked module.yaml as the index keeps it.
fn module_meta(file: ModuleFile) -> ModuleMeta {
    let misconceptions = file
        .misconceptions
        .into_iter()
        .map(|(tag, m)| {
            (
                tag,
                Misconception {
                    label: m.label,
                    follow_up: m.follow_up,
                },
            )
        })
        .collect();
    ModuleMeta {
        tier: file.tier,
        kind: file.kind,
        order: file.order,
        duration: file.duration,
        pass_mark: file.pass_mark,
        sensitive: file.sensitive,
        topics: file.topics,
        emblem: file.emblem,
        reviewed: file.reviewed,
        sources: file.sources,
        title: file.title,
        summary: file.summary,
        curricula: file.curricula,
        misconceptions,
    }
}
