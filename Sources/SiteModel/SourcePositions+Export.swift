/// The stages' positions (`SourceLocation`, `SourceRange`, `LineIndex`, `SnippetOrigin`) come
/// with the shared vocabulary.
@_exported import SourcePositions
