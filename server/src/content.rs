//! Loading the course material for `serve`, checking it for `check`, and
//! reloading it while authors edit.

use app::content::{ContentIndex, ContentStore, ItemQuality, Readability, Report, Tier};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Opens the content for serving, or explains why it cannot be served.
pub fn open(dir: &Path) -> anyhow::Result<Arc<ContentStore>> {
    match ContentStore::open(dir) {
        Ok((store, report)) => {
            for warning in report.warnings() {
                tracing::warn!("{warning}");
            }
            Ok(Arc::new(store))
        }
        Err(report) => {
            let problems: Vec<String> = report.errors().map(ToString::to_string).collect();
            anyhow::bail!(
                "the content in {} is not valid; run `lanterne check` for details:\n{}",
                dir.display(),
                problems.join("\n")
            )
        }
    }
}

/// `lanterne check`: every problem, then each module's reading level and
/// the item quality of its quiz, per module and per tier.
/// Returns whether the content is valid.
pub fn check(dir: &Path) -> bool {
    let (index, report) = app::content::load(dir);
    print_problems(&report);
    if let Some(index) = &index {
        print_reading_levels(index);
        print_item_quality(index);
        println!(
            "{} modules, {} help directories, {} documents, {} check-ins",
            index.modules().len(),
            app::content::help_regions()
                .filter(|r| index.help(r).is_some())
                .count(),
            index.documents().len(),
            app::content::Tier::ALL
                .into_iter()
                .filter(|t| index.checkin(*t).is_some())
                .count()
        );
    }
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    println!("{errors} errors, {warnings} warnings");
    errors == 0
}

fn print_reading_levels(index: &ContentIndex) {
    println!("Reading level (mean words per sentence, longest sentence in words):");
    for module in index.modules() {
        let stats = |level: &Readability| format!("{:>5.1} ({:>2})", level.mean(), level.longest);
        let levels: Vec<String> = index
            .readability()
            .get(&module.id)
            .map(|levels| {
                levels
                    .iter()
                    .map(|(lang, level)| format!("{} {}", lang.code(), stats(level)))
                    .collect()
            })
            .unwrap_or_default();
        println!(
            "  {:<6} {:<30} {}  limit {}  | {} lessons, {} scenarios, {} questions",
            module.meta.tier.code(),
            module.id,
            levels.join("  "),
            module.meta.tier.max_mean_sentence_words(),
            module.lessons.len(),
            module.scenarios.len(),
            module.quiz.as_ref().map_or(0, |q| q.questions.len()),
        );
    }
}

/// Per module, then per tier: single-choice items, those whose right option
/// is the longest (limit 35 %), those with only two options.
fn print_item_quality(index: &ContentIndex) {
    println!("Item quality (single-choice items: right option the longest, the shortest, two options only):");
    for module in index.modules() {
        if let Some(quiz) = &module.quiz {
            println!(
                "  {:<6} {:<30} {}",
                module.meta.tier.code(),
                module.id,
                quality_line(&quiz.quality)
            );
        }
    }
    for tier in Tier::ALL {
        println!(
            "  tier {:<6} {:<25} {}",
            tier.code(),
            "",
            quality_line(&index.tier_quality(tier))
        );
    }
}

fn quality_line(quality: &ItemQuality) -> String {
    format!(
        "{:>3} single-choice, right the longest {:>2} ({:>3.0} %), the shortest {:>2} ({:>3.0} %), two options {}",
        quality.single_choice,
        quality.longest_right,
        quality.longest_share() * 100.0,
        quality.shortest_right,
        quality.shortest_share() * 100.0,
        quality.two_options
    )
}

fn print_problems(report: &Report) {
    for problem in &report.problems {
        println!("{problem}");
    }
}

/// Reloads the content when a file under it changes, every `period`.
pub fn watch(store: Arc<ContentStore>, period: Duration) {
    // Taken now, so an edit made right after start is seen as a change.
    let mut last = fingerprint(store.dir());
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(period).await;
            let now = fingerprint(store.dir());
            if now == last {
                continue;
            }
            last = now;
            let dir = store.dir().to_path_buf();
            let store = store.clone();
            // Parsing reads files: keep it off the request threads.
            let result = tokio::task::spawn_blocking(move || store.reload()).await;
            match result {
                Ok(Ok(_)) => tracing::info!(dir = %dir.display(), "content reloaded"),
                Ok(Err(report)) => {
                    for problem in report.errors() {
                        tracing::error!("{problem}");
                    }
                    tracing::error!("content not reloaded: the last good version is still served");
                }
                Err(error) => tracing::error!(%error, "content reload failed"),
            }
        }
    });
}

/// The newest modification time and the number of files under `dir`.
fn fingerprint(dir: &Path) -> (Option<SystemTime>, usize) {
    let mut newest = None;
    let mut count = 0;
    let mut todo: Vec<PathBuf> = vec![dir.to_path_buf()];
    while let Some(folder) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
                continue;
            }
            count += 1;
            let modified = entry.metadata().and_then(|m| m.modified()).ok();
            newest = newest.max(modified);
        }
    }
    (newest, count)
}
