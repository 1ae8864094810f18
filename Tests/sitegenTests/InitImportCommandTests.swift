import Foundation
import Testing

/// `sitegen init` and `sitegen import` as a user runs them.
@Suite struct InitImportCommandTests {
  @Test func initWritesASiteThatBuildsAndChecksCleanAtOnce() throws {
    let project = try TemporaryProject([:])
    try FileManager.default.createDirectory(at: project.root, withIntermediateDirectories: true)
    defer { project.remove() }
    let created = try SitegenProcess.run(["init", "tutorials"], in: project.root)
    #expect(created.status == 0, "\(created.errors)")
    #expect(
      created.output == """
        wrote tutorials/content/site.yml
        wrote tutorials/content/index.md
        wrote tutorials/content/01-first-steps.md

        next:
          cd tutorials
          sitegen serve    preview the site, rebuilt on every save
          sitegen build    write the site into site/
          sitegen check    run every cell again and compare it with its '# output'

        """)
    let site = project.root.appendingPathComponent("tutorials")
    let built = try SitegenProcess.run(["build"], in: site)
    #expect(built.status == 0, "\(built.errors)")
    #expect(built.output.contains("2 page(s), 0 error(s), 0 warning(s)"), "\(built.output)")
    #expect(built.errors.isEmpty)
    let checked = try SitegenProcess.run(["check"], in: site)
    #expect(checked.status == 0, "\(checked.errors)")
    #expect(checked.output.contains("check passed: 2 page(s), 0 error(s), 0 warning(s)"))

    let again = try SitegenProcess.run(["init"], in: site)
    #expect(again.status == 2)
    #expect(
      again.errors.hasPrefix(
        "error: content already holds files (01-first-steps.md, index.md, site.yml)"))
  }

  @Test func importWritesThePageBesideTheNotebook() throws {
    let notebook = """
      {"nbformat": 4, "nbformat_minor": 2, "metadata": {},
       "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": "1 + 1",
         "outputs": [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
                      "data": {"text/plain": "2"}}]}]}
      """
    let project = try TemporaryProject(["notes/two plus two.ipynb": notebook])
    defer { project.remove() }
    let run = try SitegenProcess.run(["import", "notes/two plus two.ipynb"], in: project.root)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output.hasPrefix(
        "wrote notes/two plus two.md\n\nnext:\n  sitegen run 'notes/two plus two.md'\n"))
    let page = try String(
      contentsOf: project.root.appendingPathComponent("notes/two plus two.md"), encoding: .utf8)
    #expect(
      page == """
        ---
        title: Two plus two
        ---

        ```{julia}
        1 + 1

        # output
        2
        ```

        """)
    let ran = try SitegenProcess.run(["run", "notes/two plus two.md"], in: project.root)
    #expect(ran.status == 0, "\(ran.errors)")

    let again = try SitegenProcess.run(["import", "notes/two plus two.ipynb"], in: project.root)
    #expect(again.status == 2)
    #expect(
      again.errors == "error: refusing to overwrite notes/two plus two.md: it exists already\n")
  }

  @Test func aMalformedNotebookExitsOneWithTheErrorAtItsLineAndColumn() throws {
    let project = try TemporaryProject([
      "fit.ipynb":
        "{\n \"nbformat\": 4,\n \"cells\": [\n  {\"cell_type\": \"markdown\" \"source\": \"\"}\n ]\n}\n"
    ])
    defer { project.remove() }
    let run = try SitegenProcess.run(
      ["import", "fit.ipynb", "--output", "fit.md"], in: project.root)
    #expect(run.status == 1)
    #expect(
      run.errors == """
        fit.ipynb:4:28: error: '"' where ',' or '}' was expected after an object member
          {"cell_type": "markdown" "source": ""}
                                   ^

        """)
    #expect(run.output.isEmpty)
    #expect(
      !FileManager.default.fileExists(atPath: project.root.appendingPathComponent("fit.md").path))
  }

  @Test func aMissingNotebookIsAnEnvironmentProblem() throws {
    let project = try TemporaryProject(["README": ""])
    defer { project.remove() }
    let run = try SitegenProcess.run(["import", "nowhere.ipynb"], in: project.root)
    #expect(run.status == 2)
    #expect(run.errors == "error: cannot read nowhere.ipynb\n")
  }
}
