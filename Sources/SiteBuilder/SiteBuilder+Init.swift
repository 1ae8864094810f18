import Authoring
import Foundation

extension SiteBuilder {
  /// Writes a new site into `directory` (`sitegen init`): `content/site.yml`, `content/index.md`
  /// and a first chapter, which build and check clean as written.
  /// - Parameter directory: the project folder, as the user named it; created if missing.
  /// - Returns: the paths written, as the user would type them from where they are.
  /// - Throws: `EnvironmentError`, having written nothing, when a file to write exists, the
  ///   content folder already holds files, or the files cannot be written.
  package static func createSite(in directory: String) throws(EnvironmentError) -> [String] {
    let root = URL(fileURLWithPath: directory).standardizedFileURL
    func display(_ path: String) -> String {
      directory == "." || directory.isEmpty
        ? path : (directory.hasSuffix("/") ? directory + path : directory + "/" + path)
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder),
      !isFolder.boolValue
    {
      throw EnvironmentError("\(directory) is a file, not a folder")
    }
    let content = root.appendingPathComponent("content")
    if let names = try? FileManager.default.contentsOfDirectory(atPath: content.path),
      !names.isEmpty
    {
      throw EnvironmentError(
        "\(display("content")) already holds files (\(names.sorted().joined(separator: ", "))); "
          + "sitegen init writes a new site, into a folder without one")
    }
    let starter = StarterSite.files(folderName: root.lastPathComponent)
    let files = starter.map { file in
      NewFiles.File(
        url: root.appendingPathComponent(file.path), displayPath: display(file.path),
        bytes: Array(file.text.utf8))
    }
    try NewFiles(files: files).create()
    return files.map(\.displayPath)
  }
}
