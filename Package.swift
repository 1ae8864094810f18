// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "sitegen",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "sitegen", targets: ["sitegen"]),
    .library(name: "JuliaRandom", targets: ["JuliaRandom"]),
    .library(name: "Plotting", targets: ["Plotting"]),
    .library(name: "Autodiff", targets: ["Autodiff"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
  ],
  targets: [
    // The command-line interface: maps options to one SiteBuilder call; the only target that prints.
    .executableTarget(
      name: "sitegen",
      dependencies: [
        "SiteBuilder", "SiteModel", "PreviewServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // serve: the site from memory on loopback, rebuilt on save, with live reload.
    .target(
      name: "PreviewServer",
      dependencies: [
        "SourcePositions",
        "SiteBuilder", "SiteModel", .product(name: "FlyingFox", package: "FlyingFox"),
        .product(name: "FlyingSocks", package: "FlyingFox"),
      ]),
    // The driver: load → parse → execute → render → write. The only target that touches files.
    .target(
      name: "SiteBuilder",
      dependencies: [
        "SourcePositions", "Authoring",
        "SiteModel", "MarkdownParsing", "CellExecution", "HTMLRendering", "CFileSwap",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      resources: [.copy("Theme")]),
    // What sitegen writes for an author: a new site (init), a page from a Jupyter notebook
    // (import, with its own JSON reader that keeps lines and columns).
    .target(name: "Authoring", dependencies: ["SourcePositions"]),
    // The atomic exchange of two folders (Linux renameat2), so site/ is always a whole build.
    .target(name: "CFileSwap"),
    // Stage 1: Markdown (through cmark) into SiteModel's Document.
    .target(name: "MarkdownParsing", dependencies: ["SourcePositions", "SiteModel", "Ccmark"]),
    // Stage 2: run each page's cells and directives.
    .target(
      name: "CellExecution",
      dependencies: [
        "SourcePositions", "SiteModel", "CellLanguage", "Autodiff", "JuliaRandom", "Plotting",
      ]),
    // The tutorial language: a subset of Julia run against the engines below.
    .target(
      name: "CellLanguage",
      dependencies: ["SourcePositions", "Autodiff", "JuliaRandom", "Plotting", "CCellStack"]),
    // The large stack cells run on, entered without a thread switch (ucontext).
    .target(name: "CCellStack"),
    // Reverse-mode automatic differentiation with Flux Tracker's semantics and numbers.
    .target(name: "Autodiff"),
    // Stage 3: Document into HTML.
    .target(name: "HTMLRendering", dependencies: ["SourcePositions", "SiteModel", "TeXMath"]),
    // TeX math into MathML, at build time.
    .target(name: "TeXMath", dependencies: ["SourcePositions"]),
    // The shared vocabulary of the stages.
    .target(name: "SiteModel", dependencies: ["SourcePositions"]),
    // Positions in a text (UTF-8 byte columns), line indexes, located errors, snippet origins:
    // the one vocabulary of places that the engines and the stages share.
    .target(name: "SourcePositions"),
    // Julia 1.0's MersenneTwister, rand and randn, bit for bit.
    .target(name: "JuliaRandom"),
    // Figures as SVG and braille text.
    .target(name: "Plotting"),
    .systemLibrary(
      name: "Ccmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),

    .testTarget(name: "SourcePositionsTests", dependencies: ["SourcePositions"]),
    .testTarget(name: "JuliaRandomTests", dependencies: ["JuliaRandom"]),
    .testTarget(name: "PlottingTests", dependencies: ["Plotting"]),
    .testTarget(name: "TeXMathTests", dependencies: ["TeXMath", "SourcePositions"]),
    .testTarget(name: "AutodiffTests", dependencies: ["Autodiff"]),
    .testTarget(
      name: "CellLanguageTests", dependencies: ["CellLanguage", "SourcePositions"],
      exclude: ["Scripts", "Snippets"]),
    .testTarget(
      name: "CellExecutionTests",
      dependencies: ["CellExecution", "SiteModel", "MarkdownParsing", "SourcePositions"]),
    .testTarget(name: "AuthoringTests", dependencies: ["Authoring", "SourcePositions"]),
    .testTarget(name: "SiteModelTests", dependencies: ["SiteModel", "SourcePositions"]),
    .testTarget(
      name: "MarkdownParsingTests",
      dependencies: ["MarkdownParsing", "SiteModel", "SourcePositions"]),
    .testTarget(
      name: "HTMLRenderingTests",
      dependencies: ["HTMLRendering", "MarkdownParsing", "SiteModel", "SourcePositions"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "SiteBuilderTests", dependencies: ["SiteBuilder", "SiteModel"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "PreviewServerTests", dependencies: ["PreviewServer", "SiteBuilder", "SourcePositions"]),
    .testTarget(name: "sitegenTests", dependencies: ["sitegen"]),
  ]
)
