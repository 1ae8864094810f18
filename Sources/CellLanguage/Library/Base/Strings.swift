import SourcePositions

/// Julia 1.0's string functions (`base/strings/util.jl`, `search.jl`, `unicode.jl`,
/// `substring.jl`, `base/parse.jl`), with patterns that are strings, characters or regexes.
/// Substrings (`split`, `strip`, `chop`) are Julia's `SubString{String}`: an array of them is
/// typed so; a single one is held as its text.
extension LibraryModule {
  static var stringFunctions: [LibraryFunction] {
    [
      LibraryFunction(
        "split",
        [
          LibraryMethod([.string], keywords: ["limit", "keepempty"]) { call in
            try StringSearch.split(call, separator: nil)
          },
          LibraryMethod([.string, .any], keywords: ["limit", "keepempty"]) { call in
            try StringSearch.split(call, separator: call.args[1])
          },
        ]),
      LibraryFunction(
        "replace",
        [
          LibraryMethod([.string, .any], keywords: ["count"]) { call in
            try StringSearch.replace(call)
          },
          LibraryMethod([.any, .any]) { call in
            // replace(A, old => new) of a collection: the older built-in's element replacement.
            guard case .object(let pair as PairObject) = call.args[1] else {
              throw call.session.noMethod("replace", call.args, call.span)
            }
            return try call.session.callBuiltin(
              .fillna, [call.args[0], .tuple([pair.first, pair.second])], [], call.span)
          },
        ]),
      LibraryFunction(
        "occursin",
        [
          LibraryMethod([.any, .string]) { call in
            try call.charge(call.string(1).utf8.count)
            let bytes = Array(call.string(1).utf8)
            return .bool(try StringSearch.finder(call.args[0], bytes, call, "occursin")(1) != nil)
          }
        ]),
      LibraryFunction(
        "startswith",
        [
          LibraryMethod([.string, .any]) { call in
            .bool(
              call.string(0).utf8.starts(
                with: try StringSearch.literal(call.args[1], call, "startswith").utf8))
          }
        ]),
      LibraryFunction(
        "endswith",
        [
          LibraryMethod([.string, .any]) { call in
            .bool(
              call.string(0).utf8.reversed().starts(
                with: try StringSearch.literal(call.args[1], call, "endswith").utf8.reversed()))
          }
        ]),
      LibraryFunction(
        "findfirst",
        [
          LibraryMethod([.any, .string]) { call in try StringSearch.find(call, from: 1) }
        ]),
      LibraryFunction(
        "findnext",
        [
          LibraryMethod([.any, .string, .int64]) { call in
            try StringSearch.find(call, from: try call.session.intArgument(call.args[2], call.span))
          }
        ]),
      LibraryFunction(
        "findlast",
        [
          LibraryMethod([.any, .string]) { call in try StringSearch.findLast(call) }
        ]),
      LibraryFunction(
        "join",
        [
          LibraryMethod([.any, .string, .string]) { call in
            let items = try call.session.iterate(call.args[0], call.span).map {
              call.session.printString($0)
            }
            let separator = call.string(1)
            let joined =
              items.count <= 1
              ? items.joined()
              : items.dropLast().joined(separator: separator) + call.string(2) + (items.last ?? "")
            try call.session.allocateText(joined.utf8.count, call.span)
            return .string(joined)
          }
        ]),
      LibraryFunction(
        "strip",
        [
          LibraryMethod([.string]) { call in StringEdits.strip(call, leading: true, trailing: true)
          },
          LibraryMethod([.string, .any]) { call in
            StringEdits.strip(call, leading: true, trailing: true)
          },
        ]),
      LibraryFunction(
        "lstrip",
        [
          LibraryMethod([.string]) { call in StringEdits.strip(call, leading: true, trailing: false)
          },
          LibraryMethod([.string, .any]) { call in
            StringEdits.strip(call, leading: true, trailing: false)
          },
        ]),
      LibraryFunction(
        "rstrip",
        [
          LibraryMethod([.string]) { call in StringEdits.strip(call, leading: false, trailing: true)
          },
          LibraryMethod([.string, .any]) { call in
            StringEdits.strip(call, leading: false, trailing: true)
          },
        ]),
      LibraryFunction(
        "chop",
        [
          LibraryMethod([.string], keywords: ["head", "tail"]) { call in try StringEdits.chop(call)
          }
        ]),
      LibraryFunction(
        "uppercase",
        [
          LibraryMethod([.string]) { call in StringEdits.mapped(call, JuliaChar.uppercase) },
          LibraryMethod([.char]) { call in StringEdits.mapped(call, JuliaChar.uppercase) },
        ]),
      LibraryFunction(
        "lowercase",
        [
          LibraryMethod([.string]) { call in StringEdits.mapped(call, JuliaChar.lowercase) },
          LibraryMethod([.char]) { call in StringEdits.mapped(call, JuliaChar.lowercase) },
        ]),
      LibraryFunction(
        "titlecase",
        [
          LibraryMethod([.string], keywords: ["wordsep", "strict"]) { call in
            try StringEdits.titlecase(call)
          },
          LibraryMethod([.char]) { call in StringEdits.mapped(call, JuliaChar.titlecase) },
        ]),
      LibraryFunction(
        "uppercasefirst",
        [
          LibraryMethod([.string]) { call in StringEdits.first(call, JuliaChar.titlecase) }
        ]),
      LibraryFunction(
        "lowercasefirst",
        [
          LibraryMethod([.string]) { call in StringEdits.first(call, JuliaChar.lowercase) }
        ]),
      LibraryFunction(
        "repeat",
        [
          LibraryMethod([.char, .int64]) { call in
            let n = try call.session.intArgument(call.args[1], call.span)
            guard n >= 0 else {
              throw call.fail(.argument, "ArgumentError: can't repeat a character \(n) times")
            }
            try call.session.allocateText(4, times: n, call.span)
            guard case .char(let c) = call.args[0] else { return .nothing }
            return .string(String(repeating: c, count: n))
          }
        ]),
      LibraryFunction(
        "reverse",
        [
          LibraryMethod([.string]) { call in
            var result = ""
            result.unicodeScalars.append(contentsOf: call.string(0).unicodeScalars.reversed())
            return .string(result)
          }
        ]),
      LibraryFunction(
        "sizeof",
        [
          LibraryMethod([.string]) { call in .int(call.string(0).utf8.count) },
          LibraryMethod([.char]) { _ in .int(4) },
          LibraryMethod([.int64]) { _ in .int(8) },
          LibraryMethod([.float64]) { _ in .int(8) },
          LibraryMethod([.bool]) { _ in .int(1) },
          LibraryMethod([.any]) { call in
            throw call.fail(
              .unsupported,
              "sizeof of a \(call.args[0].type.name) is not supported by sitegen's Julia")
          },
        ]),
      LibraryFunction(
        "nextind", [LibraryMethod([.string, .int64]) { call in try StringEdits.step(call, 1) }]),
      LibraryFunction(
        "prevind", [LibraryMethod([.string, .int64]) { call in try StringEdits.step(call, -1) }]),
      LibraryFunction(
        "thisind", [LibraryMethod([.string, .int64]) { call in try StringEdits.step(call, 0) }]),
      LibraryFunction(
        "codeunits",
        [
          LibraryMethod([.string]) { call in .object(CodeUnitsObject(call.string(0))) }
        ]),
      LibraryFunction(
        "ncodeunits",
        [
          LibraryMethod([.string]) { call in .int(call.string(0).utf8.count) }
        ]),
      LibraryFunction(
        "textwidth",
        [
          LibraryMethod([.string]) { call in .int(StringFunctions.textWidth(call.string(0))) },
          LibraryMethod([.char]) { call in
            guard case .char(let c) = call.args[0] else { return .nothing }
            return .int(StringFunctions.textWidth(String(c)))
          },
        ]),
      LibraryFunction(
        "parse",
        [
          LibraryMethod([.dataType, .string]) { call in try StringParsing.parse(call, trying: false)
          }
        ]),
      LibraryFunction(
        "tryparse",
        [
          LibraryMethod([.dataType, .string]) { call in try StringParsing.parse(call, trying: true)
          }
        ]),
      StringEdits.predicate("isdigit") { ("0"..."9").contains($0) },
      StringEdits.predicate("isletter", JuliaChar.isLetter),
      StringEdits.predicate("isspace", JuliaChar.isSpace),
      StringEdits.predicate("isuppercase") { $0.properties.isUppercase },
      StringEdits.predicate("islowercase") { $0.properties.isLowercase },
      StringEdits.predicate("isascii") { $0.isASCII },
      StringEdits.predicate("isxdigit") { $0.properties.isASCIIHexDigit },
      StringEdits.predicate("isprint", JuliaChar.isPrintable),
      StringEdits.predicate("iscntrl") { $0.properties.generalCategory == .control },
      StringEdits.predicate("isnumeric") {
        [.decimalNumber, .letterNumber, .otherNumber].contains($0.properties.generalCategory)
      },
      StringEdits.predicate("ispunct") {
        [
          .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
          .initialPunctuation, .finalPunctuation, .otherPunctuation,
        ].contains($0.properties.generalCategory)
      },
      LibraryFunction(
        "Regex",
        [
          LibraryMethod([.string]) { call in try StringSearch.regex(call) },
          LibraryMethod([.string, .string]) { call in try StringSearch.regex(call) },
        ]),
      LibraryFunction(
        "match",
        [
          LibraryMethod([.any, .string]) { call in try StringSearch.match(call) },
          LibraryMethod([.any, .string, .int64]) { call in try StringSearch.match(call) },
        ]),
      LibraryFunction(
        "eachmatch",
        [
          LibraryMethod([.any, .string], keywords: ["overlap"]) { call in
            guard case .object(let regex as RegexObject) = call.args[0] else {
              throw call.session.noMethod("eachmatch", call.args, call.span)
            }
            var overlap = false
            if let value = call.keyword("overlap") {
              overlap = try call.session.truth(value, call.span)
            }
            return .object(RegexMatchIterator(regex: regex, text: call.string(1), overlap: overlap))
          }
        ]),
    ]
  }
}

extension LibraryCall {
  /// Argument `k`, which the method's signature says is a string.
  func string(_ k: Int) -> String {
    if case .string(let text) = args[k] { return text }
    return ""
  }
}
