/// What a command without arguments stands for.
enum TeXSymbol: Hashable, Sendable {
  /// An `<mi>`: Greek letters, `\ell`, `\infty`.
  case identifier(String, IdentifierStyle)
  /// An `<mo>` spaced by the operator dictionary: `\cdot`, `\leq`, `\to`.
  case symbol(String)
  /// A delimiter that does not stretch unless used with `\left`, `\right` or `\big`.
  case delimiter(String)
  /// A large operator: `\sum`, `\int`.
  case largeOperator(String, LimitPlacement)
  /// A function name: `\sin`, `\lim`.
  case function(String, limits: Bool)
  /// An `<mn>`: a digit written in another script.
  case number(String)
  /// Horizontal space in math units (1/18 em).
  case space(mu: Int)

  /// The symbol a command names, if it is one of the argument-less commands.
  static func named(_ name: String) -> TeXSymbol? {
    if let letter = greek[name] { return .identifier(letter, .automatic) }
    if let letter = uprightGreek[name] { return .identifier(letter, .upright) }
    if let entry = letterLike[name] { return .identifier(entry.0, entry.1) }
    if let symbol = operators[name] { return .symbol(symbol) }
    if let delimiter = delimiters[name] { return .delimiter(delimiter) }
    if let symbol = largeOperators[name] { return .largeOperator(symbol, .displayOnly) }
    if let symbol = integrals[name] { return .largeOperator(symbol, .never) }
    if let text = functions[name] { return .function(text, limits: false) }
    if let text = limitFunctions[name] { return .function(text, limits: true) }
    if let mu = spaces[name] { return .space(mu: mu) }
    return nil
  }

  /// The symbol a character of the source stands for, outside any command.
  static func character(_ scalar: Unicode.Scalar) -> TeXSymbol {
    switch scalar {
    case "-": return .symbol("\u{2212}")
    case "*": return .symbol("\u{2217}")
    case "(", ")", "[", "]", "|": return .delimiter(String(scalar))
    case "~": return .space(mu: 6)
    default: break
    }
    if let symbol = unicodeLargeOperators[scalar] { return .largeOperator(String(scalar), symbol) }
    let properties = scalar.properties
    if properties.isAlphabetic { return .identifier(String(scalar), .automatic) }
    if properties.numericType != nil { return .number(String(scalar)) }
    return .symbol(String(scalar))
  }

  /// The delimiter a token stands for after `\left`, `\right` or `\big`; `""` for `\left.`.
  static func delimiter(for token: TeXToken) -> String? {
    switch token.kind {
    case .character(let scalar):
      switch scalar {
      case "(", ")", "[", "]", "|", "/": return String(scalar)
      case "<": return "⟨"
      case ">": return "⟩"
      case ".": return ""
      default: return nil
      }
    case .command(let name):
      return delimiters[name] ?? arrowDelimiters[name]
    case .end:
      return nil
    }
  }

  // Tables below: the names are those of Knuth's plain TeX and of amsmath; the characters are
  // the Unicode code points these names stand for in Unicode's math repertoire (as listed by
  // the unicode-math package).

  private static let greek: [String: String] = [
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "varkappa": "ϰ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π",
    "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
    "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
  ]

  /// Capital Greek letters are upright in TeX.
  private static let uprightGreek: [String: String] = [
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
    "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
  ]

  private static let letterLike: [String: (String, IdentifierStyle)] = [
    "ell": ("ℓ", .automatic), "hbar": ("ℏ", .automatic), "imath": ("ı", .automatic),
    "jmath": ("ȷ", .automatic), "partial": ("∂", .automatic), "nabla": ("∇", .upright),
    "infty": ("∞", .automatic), "emptyset": ("∅", .automatic), "varnothing": ("∅", .automatic),
    "aleph": ("ℵ", .automatic), "Re": ("ℜ", .automatic), "Im": ("ℑ", .automatic),
    "wp": ("℘", .automatic), "top": ("⊤", .automatic), "bot": ("⊥", .automatic),
    "angle": ("∠", .automatic), "triangle": ("△", .automatic), "#": ("#", .upright),
    "$": ("$", .upright), "%": ("%", .upright), "_": ("_", .upright),
  ]

  private static let operators: [String: String] = [
    // Binary operators.
    "pm": "±", "mp": "∓", "times": "×", "div": "÷", "cdot": "⋅", "ast": "∗", "star": "⋆",
    "circ": "∘", "bullet": "∙", "oplus": "⊕", "ominus": "⊖", "otimes": "⊗", "odot": "⊙",
    "cup": "∪", "cap": "∩", "setminus": "∖", "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨",
    "uplus": "⊎", "sqcup": "⊔", "sqcap": "⊓", "diamond": "⋄", "dagger": "†", "ddagger": "‡",
    "&": "&",
    // Relations.
    "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
    "equiv": "≡", "sim": "∼", "simeq": "≃", "cong": "≅", "propto": "∝", "in": "∈",
    "notin": "∉", "ni": "∋", "subset": "⊂", "supset": "⊃", "subseteq": "⊆", "supseteq": "⊇",
    "ll": "≪", "gg": "≫", "prec": "≺", "succ": "≻", "preceq": "⪯", "succeq": "⪰", "perp": "⊥",
    "parallel": "∥", "mid": "∣", "models": "⊨", "vdash": "⊢", "dashv": "⊣", "doteq": "≐",
    "asymp": "≍", "coloneqq": "≔", "triangleq": "≜",
    // Arrows.
    "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
    "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "mapsto": "↦",
    "longrightarrow": "⟶", "longleftarrow": "⟵", "longleftrightarrow": "⟷",
    "Longrightarrow": "⟹", "Longleftarrow": "⟸", "implies": "⟹", "impliedby": "⟸",
    "iff": "⟺", "longmapsto": "⟼", "hookrightarrow": "↪", "hookleftarrow": "↩",
    "nearrow": "↗", "searrow": "↘",
    // Logic, dots and punctuation.
    "forall": "∀", "exists": "∃", "nexists": "∄", "neg": "¬", "lnot": "¬", "ldots": "…",
    "dots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "colon": ":", "prime": "′",
  ]

  private static let delimiters: [String: String] = [
    "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "lbrack": "[", "rbrack": "]",
    "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
    "|": "‖", "vert": "|", "Vert": "‖", "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖",
    "backslash": "\\",
  ]

  /// Arrows are delimiters only after `\left`, `\right` and `\big`.
  private static let arrowDelimiters: [String: String] = [
    "uparrow": "↑", "downarrow": "↓", "updownarrow": "↕", "Uparrow": "⇑", "Downarrow": "⇓",
    "Updownarrow": "⇕",
  ]

  private static let largeOperators: [String: String] = [
    "sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂", "bigvee": "⋁",
    "bigwedge": "⋀", "bigoplus": "⨁", "bigotimes": "⨂", "bigodot": "⨀", "biguplus": "⨄",
    "bigsqcup": "⨆",
  ]

  private static let integrals: [String: String] = [
    "int": "∫", "iint": "∬", "iiint": "∭", "oint": "∮",
  ]

  private static let unicodeLargeOperators: [Unicode.Scalar: LimitPlacement] = [
    "∑": .displayOnly, "∏": .displayOnly, "∐": .displayOnly, "⋃": .displayOnly,
    "⋂": .displayOnly, "∫": .never, "∬": .never, "∭": .never, "∮": .never,
  ]

  /// Function names set upright with scripts beside them (plain TeX's `\log` family).
  private static let functions: [String: String] = [
    "arg": "arg", "sin": "sin", "cos": "cos", "tan": "tan", "cot": "cot", "sec": "sec",
    "csc": "csc", "sinh": "sinh", "cosh": "cosh", "tanh": "tanh", "coth": "coth",
    "arcsin": "arcsin", "arccos": "arccos", "arctan": "arctan", "log": "log", "ln": "ln",
    "lg": "lg", "exp": "exp", "deg": "deg", "dim": "dim", "ker": "ker", "hom": "hom",
  ]

  /// Function names that take limits below in display style (plain TeX's `\lim` family).
  private static let limitFunctions: [String: String] = [
    "lim": "lim", "liminf": "lim\u{2009}inf", "limsup": "lim\u{2009}sup", "min": "min",
    "max": "max",
    "sup": "sup", "inf": "inf", "det": "det", "Pr": "Pr", "gcd": "gcd",
  ]

  /// Spaces in math units of 1/18 em, as plain TeX and amsmath define them
  /// (`\,` = \thinmuskip = 3mu, `\:` = \medmuskip = 4mu, `\;` = \thickmuskip = 5mu,
  /// `\quad` = 1em, a control space = the interword space of cmr10, 3.33pt = 6mu).
  private static let spaces: [String: Int] = [
    ",": 3, ":": 4, ">": 4, ";": 5, "!": -3, " ": 6, "thinspace": 3, "medspace": 4,
    "thickspace": 5, "negthinspace": -3, "negmedspace": -4, "negthickspace": -5,
    "enspace": 9, "quad": 18, "qquad": 36,
  ]
}
