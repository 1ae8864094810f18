import Testing

@testable import PreviewServer

@Suite struct HTTPDateTests {
  /// RFC 9110 §5.6.7's example date, 784111777 seconds after the epoch.
  @Test func formatsTheRFCExample() {
    #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
    #expect(HTTPDate.format(0) == "Thu, 01 Jan 1970 00:00:00 GMT")
    #expect(HTTPDate.format(951_782_400) == "Tue, 29 Feb 2000 00:00:00 GMT")
  }

  @Test func parsesWhatItFormats() {
    for seconds in [0, 784_111_777, 951_782_400, 1_700_000_000, 4_102_444_799] {
      #expect(HTTPDate.parse(HTTPDate.format(seconds)) == seconds)
    }
  }

  @Test func ignoresOtherForms() {
    #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
    #expect(HTTPDate.parse("Sun Nov  6 08:49:37 1994") == nil)
    #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 UTC") == nil)
    #expect(HTTPDate.parse("Sun, 06 Foo 1994 08:49:37 GMT") == nil)
    #expect(HTTPDate.parse("Sun, 32 Nov 1994 08:49:37 GMT") == nil)
    #expect(HTTPDate.parse("") == nil)
  }
}
