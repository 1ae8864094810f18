/// A cell's positions are the site's: `SourceLocation` (columns in UTF-8 bytes) and
/// `SourceSpan`, visible to every file of the language and to its clients.
@_exported import SourcePositions
