// swift-tools-version:6.0
import PackageDescription

// libFuzzer harnesses for the parsers and the language. The library targets are the main
// package's own folders (directory links), so the harnesses exercise exactly the shipped code.
// Build and run with `Fuzz/run`: the harnesses link only with `-sanitize=fuzzer`, whose
// runtime provides `LLVMFuzzerRunDriver`.
let package = Package(
  name: "SitegenFuzz",
  targets: [
    .executableTarget(
      name: "FuzzMarkdown", dependencies: ["MarkdownParsing", "SiteModel", "FuzzerDriver"],
      path: "Harnesses/FuzzMarkdown"),
    .executableTarget(
      name: "FuzzLanguage", dependencies: ["CellLanguage", "FuzzerDriver"],
      path: "Harnesses/FuzzLanguage"),
    .executableTarget(
      name: "FuzzTeX", dependencies: ["TeXMath", "FuzzerDriver"], path: "Harnesses/FuzzTeX"),
    .target(name: "MarkdownParsing", dependencies: ["SourcePositions", "SiteModel", "Ccmark"]),
    .target(
      name: "CellLanguage",
      dependencies: ["SourcePositions", "Autodiff", "JuliaRandom", "Plotting", "CCellStack"]),
    .target(name: "CCellStack"),
    .target(name: "Autodiff"),
    .target(name: "TeXMath", dependencies: ["SourcePositions"]),
    .target(name: "SiteModel", dependencies: ["SourcePositions"]),
    .target(name: "SourcePositions"),
    .target(name: "JuliaRandom"),
    .target(name: "Plotting"),
    .systemLibrary(name: "FuzzerDriver", path: "Driver"),
    .systemLibrary(name: "Ccmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
  ]
)
