import Testing

@testable import sitegen

/// The distance that picks the suggestion for a mistyped name.
@Suite struct EditDistanceTests {
  @Test(arguments: [
    ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("build", "build", 0),
    ("biuld", "build", 1), ("bild", "build", 1), ("buildd", "build", 1), ("--fixx", "--fix", 1),
    ("--no-cach", "--no-cache", 1), ("kitten", "sitting", 3), ("ca", "abc", 3),
    ("--colour", "--content", 5),
  ])
  func distanceCountsEditsWithAdjacentSwapsAsOne(_ a: String, _ b: String, _ distance: Int) {
    #expect(EditDistance.between(a, b) == distance)
    #expect(EditDistance.between(b, a) == distance)
  }

  @Test func onlyACloseNameIsSuggestedAndTheFirstOfEquallyCloseOnes() {
    let commands = ["build", "check", "run", "render", "serve"]
    #expect(EditDistance.closest(to: "biuld", among: commands) == "build")
    #expect(EditDistance.closest(to: "rn", among: commands) == "run")
    #expect(EditDistance.closest(to: "frobnicate", among: commands) == nil)
    #expect(EditDistance.closest(to: "--colour", among: ["--content", "--output"]) == nil)
    #expect(EditDistance.closest(to: "--fi", among: ["--fix", "--fit"]) == "--fix")
  }

  @Test func theNamesComeFromTheCommandDefinitions() throws {
    let names = CommandNames.sitegen
    #expect(names.defaultCommand == "build")
    #expect(
      names.commands.map(\.name) == [
        "build", "check", "run", "render", "serve", "init", "import", "help",
      ])
    let check = try #require(names.command(named: "check"))
    #expect(check.options == ["--content", "--output", "--theme", "--fix", "-h", "--help"])
    #expect(check.takingValues == ["--content", "--output", "--theme"])
  }
}
