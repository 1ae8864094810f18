import FlyingFox
import Foundation

/// Answers the preview's requests: the site's files from memory, and the live-reload stream.
struct SiteHandler: HTTPHandler {
  let store: SiteStore
  let events: EventBroadcaster

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    let isHead = request.method == .HEAD
    guard request.method == .GET || isHead else {
      let headers: HTTPHeaders = [.init("Allow"): "GET, HEAD"]
      return HTTPResponse(
        statusCode: .methodNotAllowed, headers: headers, body: Data("only GET and HEAD\n".utf8))
    }
    let site = await store.site
    guard let path = SitePath(rawPath: request.target.path()) else {
      return notFound(site, head: isHead)
    }
    if path.segments == ["__sitegen", "events"] && !path.isFolder {
      return await eventStream(request, head: isHead)
    }
    if !site.isPublished {
      let body = ServedSite.buildingPage
      let headers: HTTPHeaders = [
        .contentType: "text/html; charset=utf-8", .cacheControl: "no-cache",
        .init("Retry-After"): "1", .contentLength: String(body.count),
      ]
      return HTTPResponse(
        statusCode: .serviceUnavailable, headers: headers, body: isHead ? Data() : Data(body))
    }
    if let file = site.file(path.fileKey) {
      return respond(with: file, to: request, head: isHead)
    }
    if !path.isFolder, !path.segments.isEmpty, site.file(path.fileKey + "/index.html") != nil {
      // A folder named without its final slash: relative links on its page need the slash.
      let headers: HTTPHeaders = [
        .location: request.target.path() + "/", .cacheControl: "no-cache",
      ]
      return HTTPResponse(statusCode: .movedPermanently, headers: headers)
    }
    return notFound(site, head: isHead)
  }

  /// 200 with the file, or 304 when the client's copy is current (`If-None-Match` first, then
  /// `If-Modified-Since`, as RFC 9110 §13.2.2 orders them).
  private func respond(with file: ServedFile, to request: HTTPRequest, head: Bool)
    -> HTTPResponse
  {
    var headers: HTTPHeaders = [
      .contentType: file.contentType,
      .eTag: file.entityTag,
      .lastModified: HTTPDate.format(file.lastModified),
      .cacheControl: "no-cache",
      .init("X-Content-Type-Options"): "nosniff",
    ]
    let notModified: Bool
    if let match = request.headers[.ifNoneMatch] {
      notModified = EntityTag.matches(match, file.entityTag)
    } else if let since = request.headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
      notModified = file.lastModified <= since
    } else {
      notModified = false
    }
    headers[.contentLength] = String(file.body.count)
    if notModified {
      return HTTPResponse(statusCode: .notModified, headers: headers)
    }
    return HTTPResponse(statusCode: .ok, headers: headers, body: head ? Data() : Data(file.body))
  }

  private func notFound(_ site: ServedSite, head: Bool) -> HTTPResponse {
    let body = site.notFoundPage
    let headers: HTTPHeaders = [
      .contentType: "text/html; charset=utf-8", .cacheControl: "no-cache",
      .contentLength: String(body.count),
    ]
    return HTTPResponse(statusCode: .notFound, headers: headers, body: head ? Data() : Data(body))
  }

  private func eventStream(_ request: HTTPRequest, head: Bool) async -> HTTPResponse {
    let headers: HTTPHeaders = [
      .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache",
    ]
    if head {
      return HTTPResponse(statusCode: .ok, headers: headers)
    }
    let stream = await events.subscribe(lastEventID: request.headers[.init("Last-Event-ID")])
    return HTTPResponse(
      statusCode: .ok, headers: headers,
      body: HTTPBodySequence(from: EventStreamBody(events: stream)))
  }
}
