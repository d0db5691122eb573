//! Reading `content/` into a [`ContentIndex`], reporting every problem with
//! its file and line. Nothing is served unless everything is valid.

use super::check::{is_valid_id, line_of, Report};
use super::help::{self, HelpDirectory, REGIONS};
use super::index::*;
use super::markdown::{self, Rendered};
use super::quiz::{self, ParsedQuiz};
use super::readability::Readability;
use super::scenario::{self, ParsedScenario, END};
use super::{Country, QuestionKind, Tier};
use crate::dates::{days_from_iso, today};
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Pages of the site that content may link to, besides modules, parents'
/// documents (`/parents/<name>`) and help directories (`/help/<region>`).
pub const SITE_PAGES: [&str; 5] = ["/", "/pupils", "/teachers", "/parents", "/help"];

const TOP_LEVEL: [&str; 6] = ["README.md", "modules", "passages", "help", "parents", "teachers"];

/// Loads and validates the content under `dir`. The index is returned only
/// when the report has no error.
pub fn load(dir: &Path) -> (Option<ContentIndex>, Report) {
    let mut loader = Loader {
        report: Report::default(),
        passages: BTreeMap::new(),
        links: vec![],
    };
    if !dir.is_dir() {
        loader.report.error(dir, 1, "the content folder does not exist");
        return (None, loader.report);
    }
    for entry in entries(dir) {
        let name = entry.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if !TOP_LEVEL.contains(&name) {
            loader.report.error(
                &entry,
                1,
                format!("unknown file or folder: expected one of {}", TOP_LEVEL.join(", ")),
            );
        }
    }
    loader.load_passages(&dir.join("passages"));
    let mut modules: Vec<Module> = entries(&dir.join("modules"))
        .into_iter()
        .filter_map(|folder| loader.load_module(&folder))
        .collect();
    modules.sort_by(|a, b| (a.meta.tier, a.meta.order, &a.id).cmp(&(b.meta.tier, b.meta.order, &b.id)));
    let help = loader.load_help(&dir.join("help"));
    let mut documents = loader.load_documents(&dir.join("parents"));
    // Teachers' documents (the disclosure cards) are shown in teachers' pages only.
    let teacher_documents = loader.load_documents(&dir.join("teachers"));
    link_phones(&help, &mut modules, &mut documents);
    let readability = loader.readability(&modules, dir);
    loader.check_links(&modules, &documents, &help);
    let mut report = loader.report;
    report.sort();
    if report.has_errors() {
        return (None, report);
    }
    (
        Some(ContentIndex {
            facts: super::facts::Facts::of(&modules),
            modules,
            help,
            documents,
            teacher_documents,
            readability,
        }),
        report,
    )
}

/// Sorted entries of a folder (none if it does not exist).
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
}

/// `name.fr.md` → (`name`, French).
fn split_language(path: &Path) -> Option<(String, Option<Lang>)> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".md")?;
    let (base, code) = stem.rsplit_once('.')?;
    Some((base.to_owned(), Lang::ALL.into_iter().find(|l| l.code() == code)))
}

/// A Markdown file's header between `---` lines.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    reviewed: Option<String>,
    sources: Option<Vec<String>>,
}

/// The header of a passage file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PassageHeader {
    reviewed: String,
    sources: Vec<String>,
}

/// A Markdown file: its header and body, and the line the body starts on.
struct Page {
    front: FrontMatter,
    /// The whole file, to find the line of a header field.
    text: String,
    body: String,
    body_line: usize,
}

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
    reviewed: String,
    sources: Vec<String>,
    title: Text,
    summary: Text,
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

/// Checks a `reviewed` date: an error if it is not a date, a warning after 12 months.
pub fn check_reviewed(reviewed: &str, text: &str, path: &Path, report: &mut Report) {
    let line = line_of(text, "reviewed");
    match days_from_iso(reviewed) {
        None => report.error(
            path,
            line,
            format!("`reviewed: {reviewed}` is not a date like 2026-11-22"),
        ),
        Some(day) if today() - day > 365 => report.warn(
            path,
            line,
            format!("reviewed on {reviewed}, more than 12 months ago: check the facts again"),
        ),
        Some(_) => {}
    }
}

struct Loader {
    report: Report,
    /// Passage name → text per country (France, United Kingdom) and language.
    passages: BTreeMap<String, [[Option<String>; 2]; 2]>,
    /// Internal links seen, checked once every page is known.
    links: Vec<(PathBuf, usize, String)>,
}

impl Loader {
    fn read(&mut self, path: &Path) -> Option<String> {
        match std::fs::read_to_string(path) {
            Ok(text) => Some(text.replace("\r\n", "\n")),
            Err(error) => {
                self.report
                    .error(path, 1, format!("cannot read the file: {error}"));
                None
            }
        }
    }

    fn page(&mut self, path: &Path) -> Option<Page> {
        let text = self.read(path)?;
        let Some(rest) = text.strip_prefix("---\n") else {
            self.report.error(
                path,
                1,
                "the file must start with a `---` header holding its `title:`",
            );
            return None;
        };
        let Some(end) = rest
            .find("\n---\n")
            .or_else(|| rest.strip_suffix("\n---").map(|r| r.len()))
        else {
            self.report
                .error(path, 1, "the `---` header is not closed by a second `---` line");
            return None;
        };
        let yaml = &rest[..end];
        let body = rest.get(end + 5..).unwrap_or_default().to_owned();
        let body_line = yaml.matches('\n').count() + 4;
        match serde_norway::from_str::<FrontMatter>(yaml) {
            Ok(front) if front.title.trim().is_empty() => {
                self.report.error(path, 2, "the header's `title:` is empty");
                None
            }
            Ok(front) => Some(Page {
                front,
                text: text.clone(),
                body,
                body_line,
            }),
            Err(error) => {
                let line = error.location().map(|l| l.line() + 1).unwrap_or(2);
                self.report.error(path, line, format!("invalid header: {error}"));
                None
            }
        }
    }

    fn load_passages(&mut self, dir: &Path) {
        for folder in entries(dir) {
            let name = folder
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            if !folder.is_dir() || !is_valid_id(&name) {
                self.report.error(
                    &folder,
                    1,
                    "a passage is a folder with a lower-case-hyphenated name",
                );
                continue;
            }
            let mut texts: [[Option<String>; 2]; 2] = Default::default();
            for file in entries(&folder) {
                let parsed = split_language(&file).and_then(|(c, l)| Some((Country::from_code(&c)?, l?)));
                let Some((country, lang)) = parsed else {
                    self.report.error(
                        &file,
                        1,
                        "a passage file is named <country>.<language>.md, e.g. gb.en.md",
                    );
                    continue;
                };
                texts[country as usize][lang as usize] = self.passage_text(&file);
            }
            for country in Country::ALL {
                for lang in Lang::ALL {
                    if texts[country as usize][lang as usize].is_none() {
                        let missing = format!("{}.{}.md", country.code(), lang.code());
                        self.report
                            .error(&folder, 1, format!("passage `{name}` is missing {missing}"));
                    }
                }
            }
            self.passages.insert(name, texts);
        }
    }

    /// A passage's text without its header, which names its sources and date.
    fn passage_text(&mut self, path: &Path) -> Option<String> {
        let text = self.read(path)?;
        let header = text
            .strip_prefix("---\n")
            .and_then(|rest| rest.split_once("\n---\n"));
        let Some((yaml, body)) = header else {
            self.report.error(
                path,
                1,
                "a passage starts with a `---` header naming its `sources:` and `reviewed:` date",
            );
            return None;
        };
        match serde_norway::from_str::<PassageHeader>(yaml) {
            Ok(header) => {
                check_reviewed(&header.reviewed, &text, path, &mut self.report);
                if header.sources.is_empty() {
                    self.report
                        .error(path, line_of(&text, "sources"), "name at least one source");
                }
            }
            Err(error) => {
                let line = error.location().map(|l| l.line() + 1).unwrap_or(2);
                self.report.error(path, line, format!("invalid header: {error}"));
            }
        }
        Some(body.to_owned())
    }

    /// Replaces `{{passage name}}` lines for `country`; `None` if the text has none.
    fn expand(
        &mut self,
        body: &str,
        body_line: usize,
        lang: Lang,
        country: Country,
        path: &Path,
    ) -> Option<String> {
        let mut expanded = String::new();
        let mut found = false;
        for (i, line) in body.lines().enumerate() {
            let name = line
                .trim()
                .strip_prefix("{{passage")
                .and_then(|r| r.strip_suffix("}}"))
                .map(str::trim);
            match name {
                Some(name) => {
                    found = true;
                    match self
                        .passages
                        .get(name)
                        .and_then(|p| p[country as usize][lang as usize].clone())
                    {
                        Some(text) => expanded.push_str(&text),
                        None if self.passages.contains_key(name) => {}
                        None => {
                            if country == Country::France {
                                self.report
                                    .error(path, body_line + i, format!("unknown passage `{name}`"));
                            }
                        }
                    }
                }
                None => expanded.push_str(line),
            }
            expanded.push('\n');
        }
        found.then_some(expanded)
    }

    fn render(&mut self, markdown: &str, first_line: usize, path: &Path) -> String {
        let Rendered { html, links } = markdown::render(markdown);
        self.note_links(links, first_line, path);
        html
    }

    fn render_inline(&mut self, markdown: &str, line: usize, path: &Path) -> String {
        let Rendered { html, links } = markdown::render_inline(markdown);
        self.note_links(links, line, path);
        html
    }

    fn note_links(&mut self, links: Vec<markdown::Link>, first_line: usize, path: &Path) {
        for link in links {
            self.links
                .push((path.to_path_buf(), first_line + link.line - 1, link.url));
        }
    }

    /// A body rendered for each country, or once when it has no passage.
    fn render_body(&mut self, page: &Page, lang: Lang, path: &Path) -> CountryHtml {
        match self.expand(&page.body, page.body_line, lang, Country::France, path) {
            None => CountryHtml::Same(self.render(&page.body, page.body_line, path)),
            Some(france) => {
                let uk = self
                    .expand(&page.body, page.body_line, lang, Country::UnitedKingdom, path)
                    .unwrap_or_default();
                // Line numbers of links inside passages point at the include line's area.
                let france = self.render(&france, page.body_line, path);
                let uk = self.render(&uk, page.body_line, path);
                CountryHtml::PerCountry([france, uk])
            }
        }
    }

    /// Each language's page of one file name; a missing one is reported.
    fn pages_each(&mut self, paths: &[Option<PathBuf>; 2], base: &Path) -> [Option<(PathBuf, Page)>; 2] {
        Lang::ALL.map(|lang| {
            let Some(path) = paths[lang as usize].clone() else {
                let present = paths
                    .iter()
                    .flatten()
                    .next()
                    .cloned()
                    .unwrap_or_else(|| base.to_path_buf());
                self.report.error(
                    &present,
                    1,
                    format!("missing translation: no .{}.md file beside this one", lang.code()),
                );
                return None;
            };
            self.page(&path).map(|page| (path, page))
        })
    }

    /// Both languages' pages of one file name, or `None` (reported) if one is missing or invalid.
    fn pages(&mut self, paths: &[Option<PathBuf>; 2], base: &Path) -> Option<[(PathBuf, Page); 2]> {
        match self.pages_each(paths, base) {
            [Some(fr), Some(en)] => Some([fr, en]),
            _ => None,
        }
    }

    fn document(
        &mut self,
        id: &str,
        paths: &[Option<PathBuf>; 2],
        base: &Path,
        standalone: bool,
    ) -> Option<Document> {
        let [(fr_path, fr), (en_path, en)] = self.pages(paths, base)?;
        if standalone {
            for (path, page) in [(&fr_path, &fr), (&en_path, &en)] {
                match &page.front.reviewed {
                    Some(reviewed) => check_reviewed(reviewed, &page.text, path, &mut self.report),
                    None => self
                        .report
                        .error(path, 2, "a document names its `reviewed:` date in its header"),
                }
                if page.front.sources.as_ref().is_none_or(Vec::is_empty) {
                    self.report
                        .error(path, 2, "a document names its `sources:` in its header");
                }
            }
        }
        let html = Localized([
            self.render_body(&fr, Lang::Fr, &fr_path),
            self.render_body(&en, Lang::En, &en_path),
        ]);
        Some(Document {
            id: id.to_owned(),
            title: Localized([fr.front.title.clone(), en.front.title.clone()]),
            html,
            reviewed: fr.front.reviewed.clone(),
            sources: fr.front.sources.clone().unwrap_or_default(),
        })
    }

    fn load_module(&mut self, folder: &Path) -> Option<Module> {
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
        let files = self.module_files(folder);
        let mut module = Module {
            id,
            meta,
            lessons: vec![],
            scenarios: vec![],
            quiz: None,
            guide: None,
            parents: None,
        };
        for (role, paths) in files {
            match role {
                Role::Lesson(_, slug) => {
                    if let Some(doc) = self.document(&slug, &paths, folder, false) {
                        module.lessons.push(Lesson {
                            slug: doc.id,
                            title: doc.title,
                            html: doc.html,
                        });
                    }
                }
                Role::Scenario(slug) => {
                    if let Some(scenario) = self.scenario(&slug, &paths, folder) {
                        module.scenarios.push(scenario);
                    }
                }
                Role::Quiz => module.quiz = self.quiz(&module.meta, &paths, folder),
                Role::Guide => module.guide = self.document("guide", &paths, folder, false),
                Role::Parents => module.parents = self.document("parents", &paths, folder, false),
            }
        }
        self.check_module_shape(&module, &meta_path);
        Some(module)
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
        check_reviewed(&file.reviewed, &text, path, &mut self.report);
        if file.sources.is_empty() {
            self.report
                .error(path, line_of(&text, "sources"), "name at least one source");
        }
        if file.pass_mark > 100 || file.duration == 0 || file.duration > 240 {
            self.report.error(
                path,
                1,
                "pass_mark is a percentage (0–100) and duration minutes (1–240)",
            );
        }
        for tag in file.misconceptions.keys().filter(|t| !is_valid_id(t)) {
            self.report.error(
                path,
                line_of(&text, tag),
                format!("misconception tag `{tag}` must be lower-case-hyphenated"),
            );
        }
        let misconceptions = file
            .misconceptions
            .into_iter()
            .map(|(tag, m)| {
                (
                    tag,
                    Misconception {
                        label: m.label.into(),
                        follow_up: m.follow_up.into(),
                    },
                )
            })
            .collect();
        Some(ModuleMeta {
            tier: file.tier,
            kind: file.kind,
            order: file.order,
            duration: file.duration,
            pass_mark: file.pass_mark,
            sensitive: file.sensitive,
            topics: file.topics,
            reviewed: file.reviewed,
            sources: file.sources,
            title: file.title.into(),
            summary: file.summary.into(),
            misconceptions,
        })
    }

    /// The module's Markdown files by role, each with its French and English path.
    fn module_files(&mut self, folder: &Path) -> BTreeMap<Role, [Option<PathBuf>; 2]> {
        let mut files: BTreeMap<Role, [Option<PathBuf>; 2]> = BTreeMap::new();
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
                self.report
                    .error(&path, 1, "unknown language code: use .fr.md or .en.md");
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
            files.entry(role).or_default()[lang as usize] = Some(path);
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
            error("a quiz of at least 8 questions is needed (quiz.fr.md, quiz.en.md)");
        }
        match module.meta.kind {
            ModuleKind::FinalTest => {
                if !module.lessons.is_empty()
                    || !module.scenarios.is_empty()
                    || module.guide.is_some()
                    || module.parents.is_some()
                {
                    error("a final test holds only module.yaml and its quiz");
                }
            }
            ModuleKind::Module => {
                if !(3..=6).contains(&module.lessons.len()) {
                    error("a module has 3 to 6 lessons");
                }
                if module.scenarios.is_empty() {
                    error("a module has at least one scenario");
                }
                if module.guide.is_none() || module.parents.is_none() {
                    error("a module has a facilitator guide (guide.*.md) and a parents' card (parents.*.md)");
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

    fn scenario(&mut self, slug: &str, paths: &[Option<PathBuf>; 2], base: &Path) -> Option<Scenario> {
        let pages = self.pages_each(paths, base);
        let parsed = pages.each_ref().map(|page| {
            let (path, page) = page.as_ref()?;
            let parsed = scenario::parse(&page.body, page.body_line, path, &mut self.report);
            scenario::validate(&parsed, path, &mut self.report);
            Some(parsed)
        });
        let ([Some(fr_scenario), Some(en_scenario)], [Some((fr_path, fr)), Some((en_path, en))]) =
            (parsed, pages)
        else {
            return None;
        };
        let parsed = [fr_scenario, en_scenario];
        if !scenario::branches(&parsed[0]) {
            self.report.error(
                &fr_path,
                fr.body_line,
                "a scenario needs a step with at least two choices",
            );
        }
        self.same_scenario_shape(&parsed, &en_path)?;
        let [fr_steps, en_steps] = parsed;
        let index: BTreeMap<&str, usize> = fr_steps
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let mut steps = vec![];
        for (fr_step, en_step) in fr_steps.steps.iter().zip(&en_steps.steps) {
            let mut choices = vec![];
            for (c_fr, c_en) in fr_step.choices.iter().zip(&en_step.choices) {
                let next = if c_fr.target == END {
                    Next::End
                } else {
                    Next::Step(*index.get(c_fr.target.as_str())?)
                };
                choices.push(Choice {
                    text_html: Localized([
                        self.render_inline(&c_fr.text, c_fr.line, &fr_path),
                        self.render_inline(&c_en.text, c_en.line, &en_path),
                    ]),
                    feedback_html: Localized([
                        self.render(&c_fr.feedback, c_fr.line, &fr_path),
                        self.render(&c_en.feedback, c_en.line, &en_path),
                    ]),
                    next,
                });
            }
            steps.push(Step {
                id: fr_step.id.clone(),
                title: Localized([fr_step.title.clone(), en_step.title.clone()]),
                body_html: Localized([
                    self.render(&fr_step.body, fr_step.line + 1, &fr_path),
                    self.render(&en_step.body, en_step.line + 1, &en_path),
                ]),
                choices,
            });
        }
        Some(Scenario {
            slug: slug.to_owned(),
            title: Localized([fr.front.title, en.front.title]),
            steps,
        })
    }

    /// Translations tell the same story: same steps, same choices, same ways on.
    fn same_scenario_shape(&mut self, parsed: &[ParsedScenario; 2], en_path: &Path) -> Option<()> {
        let [fr, en] = parsed;
        if fr.steps.len() != en.steps.len() {
            self.report.error(
                en_path,
                1,
                "this translation does not have the same steps as the French scenario",
            );
            return None;
        }
        let mut same = true;
        for (a, b) in fr.steps.iter().zip(&en.steps) {
            let targets =
                |s: &scenario::ParsedStep| s.choices.iter().map(|c| c.target.clone()).collect::<Vec<_>>();
            if a.id != b.id || targets(a) != targets(b) {
                self.report.error(
                    en_path,
                    b.line,
                    format!(
                        "step `{}` differs from the French one (ids, choices or their targets)",
                        b.id
                    ),
                );
                same = false;
            }
        }
        same.then_some(())
    }

    fn quiz(&mut self, meta: &ModuleMeta, paths: &[Option<PathBuf>; 2], base: &Path) -> Option<Quiz> {
        let known = |tag: &str| meta.misconceptions.contains_key(tag);
        let pages = self.pages_each(paths, base);
        let parsed = pages.each_ref().map(|page| {
            let (path, page) = page.as_ref()?;
            let parsed = quiz::parse(&page.body, page.body_line, path, &mut self.report);
            quiz::validate(&parsed, &known, path, &mut self.report);
            Some(parsed)
        });
        let ([Some(fr_quiz), Some(en_quiz)], [Some((fr_path, fr)), Some((en_path, en))]) = (parsed, pages)
        else {
            return None;
        };
        let parsed = [fr_quiz, en_quiz];
        self.same_quiz_shape(&parsed, &en_path)?;
        let [fr_quiz, en_quiz] = parsed;
        let mut questions = vec![];
        for (a, b) in fr_quiz.questions.iter().zip(&en_quiz.questions) {
            let mut options = vec![];
            for (oa, ob) in a.options.iter().zip(&b.options) {
                options.push(QuizOption {
                    text_html: Localized([
                        self.render_inline(&oa.text, oa.line, &fr_path),
                        self.render_inline(&ob.text, ob.line, &en_path),
                    ]),
                    correct: oa.correct,
                    feedback_html: Localized([
                        self.render(&oa.feedback, oa.line, &fr_path),
                        self.render(&ob.feedback, ob.line, &en_path),
                    ]),
                    misconception: oa.misconception.clone(),
                    distress: oa.distress,
                });
            }
            questions.push(Question {
                id: a.id.clone(),
                kind: a.kind,
                title: Localized([
                    self.render_inline(&a.title, a.line, &fr_path),
                    self.render_inline(&b.title, b.line, &en_path),
                ]),
                body_html: Localized([
                    self.render(&a.body, a.line + 1, &fr_path),
                    self.render(&b.body, b.line + 1, &en_path),
                ]),
                options,
            });
        }
        Some(Quiz {
            title: Localized([fr.front.title, en.front.title]),
            questions,
        })
    }

    /// Translations ask the same questions: same ids, kinds, options, keys and tags.
    fn same_quiz_shape(&mut self, parsed: &[ParsedQuiz; 2], en_path: &Path) -> Option<()> {
        let [fr, en] = parsed;
        if fr.questions.len() != en.questions.len() {
            self.report.error(
                en_path,
                1,
                "this translation does not have the same questions as the French quiz",
            );
            return None;
        }
        let mut same = true;
        for (a, b) in fr.questions.iter().zip(&en.questions) {
            let key = |q: &quiz::ParsedQuestion| {
                (
                    q.id.clone(),
                    q.kind,
                    q.options
                        .iter()
                        .map(|o| (o.correct, o.misconception.clone(), o.distress))
                        .collect::<Vec<_>>(),
                )
            };
            if key(a) != key(b) {
                self.report.error(
                    en_path,
                    b.line,
                    format!("question `{}` differs from the French one (id, kind, options, right answers, misconceptions or signals)", b.id),
                );
                same = false;
            }
        }
        same.then_some(())
    }

    fn load_help(&mut self, dir: &Path) -> Vec<HelpDirectory> {
        let mut directories = vec![];
        for path in entries(dir) {
            let region = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_owned();
            if path.extension().is_none_or(|e| e != "yaml") || !REGIONS.contains(&region.as_str()) {
                self.report.error(
                    &path,
                    1,
                    format!("a help directory is named {}.yaml", REGIONS.join(".yaml, ")),
                );
                continue;
            }
            if let Some(text) = self.read(&path) {
                directories.extend(help::load(&region, &text, &path, &mut self.report));
            }
        }
        directories
    }

    fn load_documents(&mut self, dir: &Path) -> Vec<Document> {
        let mut files: BTreeMap<String, [Option<PathBuf>; 2]> = BTreeMap::new();
        for path in entries(dir) {
            match split_language(&path) {
                Some((base, Some(lang))) if is_valid_id(&base) => {
                    files.entry(base).or_default()[lang as usize] = Some(path)
                }
                _ => self.report.error(
                    &path,
                    1,
                    "a document is named <name>.<language>.md, e.g. guide-8-10.fr.md",
                ),
            }
        }
        files
            .into_iter()
            .filter_map(|(id, paths)| self.document(&id, &paths, dir, true))
            .collect()
    }

    /// Each module's reading level per language; an error above its tier's limit.
    fn readability(&mut self, modules: &[Module], dir: &Path) -> BTreeMap<String, [Readability; 2]> {
        let mut levels = BTreeMap::new();
        for module in modules {
            let per_language = Lang::ALL.map(|lang| module_readability(module, lang));
            let limit = module.meta.tier.max_mean_sentence_words();
            for (lang, level) in Lang::ALL.iter().zip(&per_language) {
                if level.mean() > limit {
                    let path = dir.join("modules").join(&module.id).join("module.yaml");
                    let message = format!(
                        "reading level: {:.1} words per sentence in {}, above {limit} for {}",
                        level.mean(),
                        lang.code(),
                        module.meta.tier.code()
                    );
                    self.report.error(&path, 1, message);
                }
            }
            levels.insert(module.id.clone(), per_language);
        }
        levels
    }

    fn check_links(&mut self, modules: &[Module], documents: &[Document], help: &[HelpDirectory]) {
        for (path, line, url) in std::mem::take(&mut self.links) {
            if !url.starts_with('/') {
                if !["https://", "http://", "mailto:", "tel:", "#"]
                    .iter()
                    .any(|p| url.starts_with(p))
                {
                    self.report.error(
                        &path,
                        line,
                        format!("link to `{url}`: use a site page (/help) or a full https:// address"),
                    );
                }
                continue;
            }
            let target = url
                .split(['#', '?'])
                .next()
                .unwrap_or_default()
                .trim_end_matches('/');
            let target = if target.is_empty() { "/" } else { target };
            let exists = SITE_PAGES.contains(&target)
                || target
                    .strip_prefix("/modules/")
                    .is_some_and(|id| modules.iter().any(|m| m.id == id))
                || target
                    .strip_prefix("/parents/")
                    .is_some_and(|id| documents.iter().any(|d| d.id == id))
                || target
                    .strip_prefix("/help/")
                    .is_some_and(|r| help.iter().any(|h| h.region == r));
            if !exists {
                self.report.error(
                    &path,
                    line,
                    format!("link to a page that does not exist: `{url}`"),
                );
            }
        }
    }
}

/// Parents read on a phone: every number of the help directories (and any
/// number in bold) in their documents and conversation cards is a `tel:` link.
fn link_phones(help: &[HelpDirectory], modules: &mut [Module], documents: &mut [Document]) {
    let numbers: Vec<String> = help
        .iter()
        .flat_map(|d| &d.services)
        .flat_map(|s| &s.reach)
        .filter(|r| r.kind == super::ReachKind::Phone)
        .map(|r| r.value.clone())
        .collect();
    let cards = modules.iter_mut().filter_map(|m| m.parents.as_mut());
    for document in documents.iter_mut().chain(cards) {
        document.html = document
            .html
            .map(|html| html.map(|h| super::phones::link_phone_numbers(h, &numbers)));
    }
}

/// Words per sentence of everything a pupil reads in a module.
fn module_readability(module: &Module, lang: Lang) -> Readability {
    let mut level = Readability::default();
    let mut add_html = |html: &str| level.add(&html_text(html));
    for lesson in &module.lessons {
        add_html(lesson.html.get(lang).get(Country::for_language(lang)));
    }
    for step in module.scenarios.iter().flat_map(|s| &s.steps) {
        add_html(step.title.get(lang));
        add_html(step.body_html.get(lang));
        for choice in &step.choices {
            add_html(choice.text_html.get(lang));
            add_html(choice.feedback_html.get(lang));
        }
    }
    for question in module.quiz.iter().flat_map(|q| &q.questions) {
        add_html(question.title.get(lang));
        add_html(question.body_html.get(lang));
        for option in &question.options {
            add_html(option.text_html.get(lang));
            add_html(option.feedback_html.get(lang));
        }
    }
    level
}

/// The text of rendered HTML, one block per line.
fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    let mut tag = String::new();
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                tag.clear();
            }
            '>' if in_tag => {
                in_tag = false;
                let name = tag
                    .trim_start_matches('/')
                    .split_whitespace()
                    .next()
                    .unwrap_or_default();
                if matches!(
                    name,
                    "p" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "br" | "td" | "th" | "blockquote"
                ) {
                    text.push('\n');
                }
            }
            _ if in_tag => tag.push(c),
            _ => text.push(c),
        }
    }
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}
