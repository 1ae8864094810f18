import Testing

@testable import PreviewServer

@Suite struct ListenAddressTests {
  @Test(arguments: [
    ("127.0.0.1", true), ("127.1.2.3", true), ("localhost", true), ("::1", true),
    ("[::1]", true), ("0.0.0.0", false), ("192.168.1.20", false), ("::", false),
    ("fe80::1", false),
  ])
  func loopbackIsToldApart(_ host: String, _ loopback: Bool) throws {
    #expect(try ListenAddress(host: host, port: 0).isLoopback == loopback)
  }

  @Test func hostNamesAreNotLookedUp() {
    #expect(throws: PreviewError.self) { try ListenAddress(host: "example.org", port: 80) }
    #expect(throws: PreviewError.self) { try ListenAddress(host: "", port: 80) }
  }
}
