//! Build helpers: `cargo run -p xtask -- wasm` compiles the browser bundle.
//!
//! It does what cargo-leptos would, without downloading anything: it builds
//! the `app` crate for `wasm32-unknown-unknown` with the `hydrate` feature,
//! generates the JavaScript glue with `wasm-bindgen-cli-support` (the same
//! version as the `wasm-bindgen` the app links), and shrinks the result with
//! `wasm-opt -Oz` when binaryen is installed.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

const TARGET: &str = "wasm32-unknown-unknown";
const PROFILE: &str = "wasm-release";
const OUTPUT_NAME: &str = "lanterne";

mod bench;
mod live;
mod site;

const USAGE: &str = "usage: xtask wasm [--no-opt]
       xtask burst [--database-url URL] [--pupils 1000] [--seconds 10] [--sign-ins-per-second 0]
       xtask render [--requests 2000] [--concurrency 8]
       xtask crash [--cycles 20]
       xtask two-instances [--database-url postgres://postgres@127.0.0.1:5432/test]
       xtask live [--database-url URL] [--sessions 10] [--devices 30] [--advances 5]";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().cloned().unwrap_or_default();
    let runtime = || tokio::runtime::Builder::new_multi_thread().enable_all().build();
    let root = root();
    match task.as_str() {
        "wasm" => build_wasm(),
        "burst" => {
            let database = match args.iter().position(|a| a == "--database-url") {
                Some(i) => args.get(i + 1).cloned().unwrap_or_default(),
                None => "sqlite://".to_owned(),
            };
            let pupils = bench::args_number(&args, "--pupils", 1000.0)? as usize;
            let seconds = bench::args_number(&args, "--seconds", 10.0)?;
            let sign_ins = bench::args_number(&args, "--sign-ins-per-second", 0.0)?;
            runtime()?.block_on(bench::burst(&root, &database, pupils, seconds, sign_ins))
        }
        "render" => {
            let requests = bench::args_number(&args, "--requests", 2000.0)? as usize;
            let concurrency = bench::args_number(&args, "--concurrency", 8.0)? as usize;
            runtime()?.block_on(bench::render(&root, requests, concurrency))
        }
        "crash" => {
            let cycles = bench::args_number(&args, "--cycles", 20.0)? as usize;
            runtime()?.block_on(bench::crash(&root, cycles))
        }
        "two-instances" => {
            let database = match args.iter().position(|a| a == "--database-url") {
                Some(i) => args.get(i + 1).cloned().unwrap_or_default(),
                None => "postgres://postgres@127.0.0.1:5432/test".to_owned(),
            };
            runtime()?.block_on(bench::two_instances(&root, &database))
        }
        "live" => {
            let database = match args.iter().position(|a| a == "--database-url") {
                Some(i) => args.get(i + 1).cloned().unwrap_or_default(),
                None => "sqlite://".to_owned(),
            };
            let sessions = bench::args_number(&args, "--sessions", 10.0)? as usize;
            let devices = bench::args_number(&args, "--devices", 30.0)? as usize;
            let advances = bench::args_number(&args, "--advances", 5.0)? as usize;
            runtime()?.block_on(live::live(&root, &database, sessions, devices, advances))
        }
        _ => bail!("{USAGE}"),
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn build_wasm() -> Result<()> {
    let root = root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(&root)
        .args([
            "build",
            "--package",
            "app",
            "--lib",
            "--target",
            TARGET,
            "--profile",
            PROFILE,
        ])
        .args(["--no-default-features", "--features", "hydrate"])
        .status()
        .context("could not run cargo")?;
    if !status.success() {
        bail!("building the WebAssembly failed");
    }
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let input = target_dir.join(TARGET).join(PROFILE).join("app.wasm");
    let pkg = root.join("target/site/pkg");
    std::fs::create_dir_all(&pkg)?;
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&input)
        .out_name(OUTPUT_NAME)
        .web(true)?
        .typescript(false)
        .omit_default_module_path(false)
        .generate(&pkg)
        .context("wasm-bindgen failed")?;
    if std::env::args().any(|a| a == "--no-opt") {
        eprintln!("--no-opt: the bundle is left unoptimised");
    } else {
        optimise(&pkg.join(format!("{OUTPUT_NAME}_bg.wasm")))?;
    }
    println!("WebAssembly bundle written to {}", pkg.display());
    Ok(())
}

/// `wasm-opt -Oz` in place, if binaryen is installed; the bundle works without it, only larger.
fn optimise(wasm: &Path) -> Result<()> {
    let optimised = wasm.with_extension("opt.wasm");
    let ran = Command::new("wasm-opt")
        .arg("-Oz")
        .arg("--enable-bulk-memory")
        .arg("--enable-nontrapping-float-to-int")
        .arg("--enable-sign-ext")
        .arg("--enable-mutable-globals")
        .arg("--enable-reference-types")
        .arg(wasm)
        .arg("-o")
        .arg(&optimised)
        .status();
    match ran {
        Ok(status) if status.success() => {
            repoint_externref_export(&optimised)?;
            std::fs::rename(&optimised, wasm)?;
            Ok(())
        }
        Ok(_) => bail!("wasm-opt failed on {}", wasm.display()),
        Err(_) => {
            eprintln!("wasm-opt not found: the bundle is left unoptimised (apt-get install binaryen)");
            Ok(())
        }
    }
}

/// Binaryen 108 (Debian's) renumbers tables but leaves the export of
/// wasm-bindgen's externref table pointing at the function table, which makes
/// the bundle fail at start-up in the browser. Point it back at the one table
/// that holds `externref`s; on a correct wasm-opt this changes nothing.
fn repoint_externref_export(wasm: &Path) -> Result<()> {
    let mut module = walrus::Module::from_file(wasm)?;
    let externref_tables: Vec<_> = module
        .tables
        .iter()
        .filter(|table| table.element_ty == walrus::RefType::EXTERNREF)
        .map(|table| table.id())
        .collect();
    let [table] = externref_tables[..] else {
        return Ok(());
    };
    for export in module.exports.iter_mut() {
        if export.name == "__wbindgen_externrefs" {
            export.item = walrus::ExportItem::Table(table);
        }
    }
    module.emit_wasm_file(wasm)?;
    Ok(())
}
