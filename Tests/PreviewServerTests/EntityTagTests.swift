import Testing

@testable import PreviewServer

@Suite struct EntityTagTests {
  @Test func tagsFollowTheBytes() {
    let page = Array("<p>one</p>".utf8)
    #expect(EntityTag.of(page) == EntityTag.of(Array("<p>one</p>".utf8)))
    #expect(EntityTag.of(page) != EntityTag.of(Array("<p>two</p>".utf8)))
    #expect(EntityTag.of([]) != EntityTag.of([0]))
    // FNV-1a 64 of no bytes is its offset basis.
    #expect(EntityTag.of([]) == "\"cbf29ce484222325-0\"")
  }

  @Test func ifNoneMatchComparesWeakly() {
    let tag = "\"abc-3\""
    #expect(EntityTag.matches("\"abc-3\"", tag))
    #expect(EntityTag.matches("W/\"abc-3\"", tag))
    #expect(EntityTag.matches("\"x\", \"abc-3\"", tag))
    #expect(EntityTag.matches("*", tag))
    #expect(!EntityTag.matches("\"abc-4\"", tag))
    #expect(!EntityTag.matches("abc-3", tag))
  }
}
