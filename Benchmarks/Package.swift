// swift-tools-version:6.1
import PackageDescription

// The benchmarks of sitegen, kept out of the main package so its build stays lean.
//
// The engines are compiled here from the main package's sources (Engines/<Name> are directory
// links to ../Sources/<Name>): the tutorial language is `package`-access only, and package
// access does not cross packages. Site-level benchmarks drive the main package's release
// `sitegen` executable as a child process; `Benchmarks/run` builds it and passes its path.
let package = Package(
  name: "SitegenBenchmarks",
  platforms: [.macOS(.v14)],
  targets: [
    .executableTarget(
      name: "SitegenBenchmarks",
      dependencies: [
        "JuliaRandom", "Autodiff", "Plotting", "CellLanguage", "CcmarkFloor", "CNotebookFloor",
      ]),
    .target(name: "JuliaRandom", path: "Engines/JuliaRandom"),
    .target(name: "Autodiff", path: "Engines/Autodiff"),
    .target(name: "Plotting", path: "Engines/Plotting"),
    .target(
      name: "CellLanguage",
      dependencies: ["Autodiff", "JuliaRandom", "Plotting", "CCellStack", "SourcePositions"],
      path: "Engines/CellLanguage"),
    .target(name: "SourcePositions", path: "Engines/SourcePositions"),
    .target(name: "CCellStack", path: "Engines/CCellStack"),
    // The notebook's fit as a hand-written C loop, the floor for the engine and the cells:
    // optimised, with no fast-math and no FMA contraction (every operation rounds as written).
    .target(
      name: "CNotebookFloor",
      cSettings: [.unsafeFlags(["-O2", "-fno-fast-math", "-ffp-contract=off"])]),
    // libcmark alone, the floor a site without execution cannot beat.
    .systemLibrary(
      name: "CcmarkFloor", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
  ]
)
