import SiteModel
import Testing

@testable import SiteBuilder

@Suite struct LinkResolverTests {
  func page(_ fileName: String, slug: String, order: Int?) -> Page {
    Page(
      file: "content/" + fileName, fileName: fileName, slug: slug, order: order, title: slug,
      description: nil, source: "", body: "")
  }

  var home: Page { page("index.md", slug: "", order: nil) }
  var first: Page { page("01-first.md", slug: "first", order: 1) }
  var resolver: LinkResolver { LinkResolver(pages: [home, first], staticFiles: ["media/a.png"]) }

  @Test func pageLinksAreRewrittenRelativeToTheLinkingPage() {
    #expect(resolver.rewrite("01-first.md", from: home) == "first/index.html")
    #expect(resolver.rewrite("first.md#x", from: home) == "first/index.html#x")
    #expect(resolver.rewrite("index.md", from: first) == "../index.html")
    #expect(resolver.rewrite("./01-first.md", from: first) == "../first/index.html")
    #expect(resolver.rewrite("media/a.png", from: first) == "../media/a.png")
  }

  @Test func externalLinksAndAnchorsAreLeftAlone() {
    for link in ["https://julialang.org", "mailto:a@b.c", "#top", "//cdn.example/x.js"] {
      #expect(resolver.resolve(link, from: first) == .unchanged)
      #expect(resolver.rewrite(link, from: first) == link)
    }
  }

  @Test func linksToNothingAreMissing() {
    guard case .missing = resolver.resolve("02-none.md", from: home) else {
      Issue.record("a link to a missing page must be reported")
      return
    }
    guard case .missing = resolver.resolve("/abs/path.png", from: home) else {
      Issue.record("an absolute path must be reported")
      return
    }
  }

  @Test func orderPrefixAndSlugComeFromTheFileName() {
    #expect(
      ContentLoader.orderAndSlug(of: "01-differentiable-programming.md") == (
        1, "differentiable-programming"
      ))
    #expect(ContentLoader.orderAndSlug(of: "index.md") == (nil, ""))
    #expect(ContentLoader.orderAndSlug(of: "notes.md") == (nil, "notes"))
    #expect(ContentLoader.orderAndSlug(of: "12-x.md") == (12, "x"))
  }
}
