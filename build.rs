//! wasm_split_cli_support needs the linker's relocations in the
//! app's wasm to cut it into a main module and lazily loaded chunks. Only the
//! final link of the wasm binary with the `split` feature gets the flag, so no dependency is rebuilt.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}
