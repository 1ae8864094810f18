// Reference values for 100 000-draw streams of Julia 1.0's generator, produced once by the
// dSFMT 2.2.3 reference implementation (`dSFMT.c`, `dsfmt_init_by_array` and
// `dsfmt_fill_array_close1_open2` / `dsfmt_fill_array_close_open`), compiled outside the
// repository and driven by a separate C rendering of Julia 1.0's cache, array and ziggurat rules
// (with the C library's `log` and `exp`). Only its output is kept here.

/// One reference stream: its seed, what was drawn, a checksum of the draws and a few of them.
struct ReferenceStream: Sendable {
  /// What the stream draws, 100 000 values each.
  enum Kind: Sendable {
    /// `rand()` repeated.
    case uniform
    /// `randn()` repeated.
    case normal
    /// `randexp()` repeated.
    case exponential
    /// One `rand()`, then `rand(count: 100_000)`, which fills straight from the recurrence.
    case uniformArrayAfterOneDraw
  }

  /// The seed as Julia's `make_seed` splits it (or a dSFMT key).
  var seedWords: [UInt32]
  var kind: Kind
  /// FNV-1a over the draws' bit patterns, 64-bit words in order.
  var checksum: UInt64
  /// Draws by zero-based position.
  var samples: [Int: Double]
  /// For `.normal`: draws that took the tail, were accepted in a wedge, were rejected in one.
  var branches: (tail: Int, wedgeAccepted: Int, wedgeRejected: Int)? = nil
  /// For `.uniformArrayAfterOneDraw`: the `rand()` that follows the array.
  var nextDraw: Double? = nil
}

extension ReferenceStream {
  /// The reference streams for the seeds 0, 3, 42, 1234, 5294967296, 2⁶⁴ − 1 and the dSFMT
  /// test key {1, 2, 3, 4}.
  static let all: [ReferenceStream] = [
    ReferenceStream(
      seedWords: [0], kind: .uniform, checksum: 0x3c46_9e8c_6574_48ff,
      samples: [
        0: 0.82364750797741237,
        1: 0.91035653792643645,
        1_001: 0.94817242975166738,
        1_002: 0.24040536137117963,
        1_003: 0.26334829292515027,
        50_000: 0.15251070693579183,
        99_999: 0.93335262996504764,
      ]),
    ReferenceStream(
      seedWords: [0], kind: .normal, checksum: 0x7a48_b8a5_1292_2fb6,
      samples: [
        0: 0.67910742603577767,
        1: 0.82841348290003591,
        1_001: -1.4557821817499998,
        1_002: 1.3165988412561889,
        1_003: 1.6350334698423639,
        50_000: -0.44071727971319702,
        99_999: -0.93423431691816583,
      ],
      branches: (tail: 21, wedgeAccepted: 809, wedgeRejected: 680)),
    ReferenceStream(
      seedWords: [0], kind: .exponential, checksum: 0xa2a5_b75d_7dbf_106b,
      samples: [
        0: 0.78239526895530243,
        1: 1.0402209259551822,
        1_001: 0.37828061707689126,
        1_002: 1.0264035133619545,
        1_003: 1.6692008886193972,
        50_000: 1.139579110936201,
        99_999: 0.23779560997007568,
      ]),
    ReferenceStream(
      seedWords: [0], kind: .uniformArrayAfterOneDraw, checksum: 0xb25b_baa2_29e3_b033,
      samples: [
        0: 0.24040536137117963,
        1: 0.26334829292515027,
        1_001: 0.86483866839930057,
        1_002: 0.71985966295880877,
        1_003: 0.50488389247933219,
        50_000: 0.57415895965992947,
        99_999: 0.16456579813368521,
      ],
      nextDraw: 0.17732884646626457),
    ReferenceStream(
      seedWords: [3], kind: .uniform, checksum: 0x43fe_e973_c4be_146b,
      samples: [
        0: 0.81169840499586154,
        1: 0.98843236550134317,
        1_001: 0.32741329548970421,
        1_002: 0.41864374949861327,
        1_003: 0.2624834538373304,
        50_000: 0.95293490523135316,
        99_999: 0.53025794069028009,
      ]),
    ReferenceStream(
      seedWords: [3], kind: .normal, checksum: 0x1340_b470_6323_fc36,
      samples: [
        0: 1.1915557734285787,
        1: -2.5197330871745263,
        1_001: -0.91244606263941963,
        1_002: -0.70132260776259991,
        1_003: -0.84416400351080501,
        50_000: -1.6271153842490664,
        99_999: 0.19532010787677456,
      ],
      branches: (tail: 29, wedgeAccepted: 840, wedgeRejected: 668)),
    ReferenceStream(
      seedWords: [3], kind: .exponential, checksum: 0xaf04_b0df_34ca_d187,
      samples: [
        0: 3.4118230371360805,
        1: 3.1274527452460812,
        1_001: 0.16399660613623351,
        1_002: 1.5018182119163259,
        1_003: 6.5496446544409226,
        50_000: 0.85922731975304634,
        99_999: 0.75853895081330058,
      ]),
    ReferenceStream(
      seedWords: [3], kind: .uniformArrayAfterOneDraw, checksum: 0xd137_4607_2409_92fd,
      samples: [
        0: 0.41864374949861327,
        1: 0.2624834538373304,
        1_001: 0.50949432703063957,
        1_002: 0.65026937154770081,
        1_003: 0.91494426003238671,
        50_000: 0.77107906351956834,
        99_999: 0.80762208765007859,
      ],
      nextDraw: 0.97009084504875376),
    ReferenceStream(
      seedWords: [42], kind: .uniform, checksum: 0xed93_fb60_d197_ade5,
      samples: [
        0: 0.53318301604386131,
        1: 0.45402913558714242,
        1_001: 0.35557105822053092,
        1_002: 0.29328607388780137,
        1_003: 0.96637262456423545,
        50_000: 0.61697451481830501,
        99_999: 0.2254840114691079,
      ]),
    ReferenceStream(
      seedWords: [42], kind: .normal, checksum: 0x9784_7bae_6193_4429,
      samples: [
        0: -0.55602687614638613,
        1: -0.44438335710969601,
        1_001: 0.62798935006618817,
        1_002: -0.56393029000807648,
        1_003: 1.0073151598295451,
        50_000: -0.39104954337899939,
        99_999: 0.93081888576063121,
      ],
      branches: (tail: 20, wedgeAccepted: 850, wedgeRejected: 707)),
    ReferenceStream(
      seedWords: [42], kind: .exponential, checksum: 0xe1eb_5338_67cd_6284,
      samples: [
        0: 0.80642483524608655,
        1: 0.60338491696070196,
        1_001: 0.8437552387773497,
        1_002: 2.0627806067985435,
        1_003: 0.20832578733460655,
        50_000: 1.2049179531034209,
        99_999: 2.3219843866662968,
      ]),
    ReferenceStream(
      seedWords: [42], kind: .uniformArrayAfterOneDraw, checksum: 0xcfc9_f3d1_b021_b8e3,
      samples: [
        0: 0.29328607388780137,
        1: 0.96637262456423545,
        1_001: 0.32057311744655692,
        1_002: 0.7603808961160885,
        1_003: 0.50878250538117964,
        50_000: 0.2778578152883735,
        99_999: 0.017686826714964354,
      ],
      nextDraw: 0.17293302893695128),
    ReferenceStream(
      seedWords: [1234], kind: .uniform, checksum: 0x1cc5_9404_3d08_733d,
      samples: [
        0: 0.59084463866571024,
        1: 0.76679703650225917,
        1_001: 0.50554690233046418,
        1_002: 0.53216791445829914,
        1_003: 0.74406879318307251,
        50_000: 0.34036746243957872,
        99_999: 0.40713710368968403,
      ]),
    ReferenceStream(
      seedWords: [1234], kind: .normal, checksum: 0x7a9b_51d1_4ac8_b923,
      samples: [
        0: 0.86734720195124559,
        1: -0.90174381585681707,
        1_001: -0.47532739480662045,
        1_002: -0.76004259659679618,
        1_003: -0.56471745855401079,
        50_000: -0.41307497284506667,
        99_999: 1.5753657556647342,
      ],
      branches: (tail: 26, wedgeAccepted: 822, wedgeRejected: 672)),
    ReferenceStream(
      seedWords: [1234], kind: .exponential, checksum: 0xbc1f_c176_eab5_de32,
      samples: [
        0: 2.4835053723904896,
        1: 1.5167036053764731,
        1_001: 0.6910719601551728,
        1_002: 0.0051396574897134692,
        1_003: 2.5910557511390713,
        50_000: 0.85065333418028999,
        99_999: 0.26517482144168436,
      ]),
    ReferenceStream(
      seedWords: [1234], kind: .uniformArrayAfterOneDraw, checksum: 0x0576_7b4d_b766_980f,
      samples: [
        0: 0.53216791445829914,
        1: 0.74406879318307251,
        1_001: 0.053562427087924247,
        1_002: 0.17337392161141119,
        1_003: 0.99181085208932385,
        50_000: 0.080314735700997453,
        99_999: 0.56623741650618586,
      ],
      nextDraw: 0.46008534246251709),
    ReferenceStream(
      seedWords: [1_000_000_000, 1], kind: .uniform, checksum: 0x3178_19f3_02c2_7f0f,
      samples: [
        0: 0.3498809918210497,
        1: 0.31216587893788916,
        1_001: 0.82043236770289663,
        1_002: 0.67502847293655743,
        1_003: 0.72594779544510368,
        50_000: 0.70297801473314347,
        99_999: 0.81447595067572665,
      ]),
    ReferenceStream(
      seedWords: [1_000_000_000, 1], kind: .normal, checksum: 0x894d_cdb4_7856_732a,
      samples: [
        0: -0.44546330322984379,
        1: -1.0767469917718153,
        1_001: 0.32805981543472301,
        1_002: -0.88276931216441301,
        1_003: 1.3175922391479655,
        50_000: 0.50908271620401035,
        99_999: -1.5683117501305297,
      ],
      branches: (tail: 29, wedgeAccepted: 814, wedgeRejected: 690)),
    ReferenceStream(
      seedWords: [1_000_000_000, 1], kind: .exponential, checksum: 0xc450_157d_b381_50eb,
      samples: [
        0: 0.85045514575961356,
        1: 2.0223287166195627,
        1_001: 0.16771534374343725,
        1_002: 0.84419802275346623,
        1_003: 0.55900870381165679,
        50_000: 1.2921539626521812,
        99_999: 1.6579402640135297,
      ]),
    ReferenceStream(
      seedWords: [1_000_000_000, 1], kind: .uniformArrayAfterOneDraw,
      checksum: 0x4563_f6df_859a_e31b,
      samples: [
        0: 0.67502847293655743,
        1: 0.72594779544510368,
        1_001: 0.30256363594122715,
        1_002: 0.46327032450312888,
        1_003: 0.67082593168099991,
        50_000: 0.94059249831510394,
        99_999: 0.13559998692583641,
      ],
      nextDraw: 0.044710670097048988),
    ReferenceStream(
      seedWords: [0xffff_ffff, 0xffff_ffff], kind: .uniform, checksum: 0x51a5_002c_5913_5d87,
      samples: [
        0: 0.80108883900766936,
        1: 0.30840707827053282,
        1_001: 0.24174937478837788,
        1_002: 0.24216468595662044,
        1_003: 0.53743624689324143,
        50_000: 0.30326351669919482,
        99_999: 0.3966760584775515,
      ]),
    ReferenceStream(
      seedWords: [0xffff_ffff, 0xffff_ffff], kind: .normal, checksum: 0x590f_7203_1755_2b24,
      samples: [
        0: -0.51806071943646548,
        1: -1.0239869775066628,
        1_001: -0.11018413758557032,
        1_002: 0.48187433832463561,
        1_003: 0.14245512217086809,
        50_000: -0.77366430287416277,
        99_999: -0.13800122626706324,
      ],
      branches: (tail: 22, wedgeAccepted: 804, wedgeRejected: 655)),
    ReferenceStream(
      seedWords: [0xffff_ffff, 0xffff_ffff], kind: .exponential, checksum: 0xc2e2_7dbd_c688_c7cb,
      samples: [
        0: 0.5051944075913376,
        1: 1.8140949424000816,
        1_001: 0.86522466102392648,
        1_002: 1.2110675012758494,
        1_003: 0.63389410666801449,
        50_000: 0.74546487186353472,
        99_999: 1.5305629728767507,
      ]),
    ReferenceStream(
      seedWords: [0xffff_ffff, 0xffff_ffff], kind: .uniformArrayAfterOneDraw,
      checksum: 0x6b1b_2291_6736_1a03,
      samples: [
        0: 0.24216468595662044,
        1: 0.53743624689324143,
        1_001: 0.79186538495420766,
        1_002: 0.75456696584374305,
        1_003: 0.20098336339774514,
        50_000: 0.93367719632841895,
        99_999: 0.7222214575010959,
      ],
      nextDraw: 0.87842468756220438),
    ReferenceStream(
      seedWords: [1, 2, 3, 4], kind: .uniform, checksum: 0xc59c_ac94_a37f_5b61,
      samples: [
        0: 0.42683407684592445,
        1: 0.66957357522698357,
        1_001: 0.016180539265479021,
        1_002: 0.67033762385858586,
        1_003: 0.44448283974156411,
        50_000: 0.098001607287272474,
        99_999: 0.37144536325645916,
      ]),
    ReferenceStream(
      seedWords: [1, 2, 3, 4], kind: .normal, checksum: 0x2d8a_c1b5_3754_7a4b,
      samples: [
        0: -0.19789493413820874,
        1: 1.794801773153119,
        1_001: -0.1331982786580059,
        1_002: -0.61310189818270155,
        1_003: -0.12665508510889564,
        50_000: 0.10790323212323644,
        99_999: -1.8154490460733692,
      ],
      branches: (tail: 22, wedgeAccepted: 821, wedgeRejected: 692)),
    ReferenceStream(
      seedWords: [1, 2, 3, 4], kind: .exponential, checksum: 0xaa7f_57b6_ca0b_1e1b,
      samples: [
        0: 0.15865087372277667,
        1: 2.3638062315649622,
        1_001: 0.2568958536119037,
        1_002: 0.64474204432375393,
        1_003: 1.7892164206200951,
        50_000: 0.14313848872887375,
        99_999: 0.96912684359030055,
      ]),
    ReferenceStream(
      seedWords: [1, 2, 3, 4], kind: .uniformArrayAfterOneDraw, checksum: 0xe07a_8d45_3fb4_f64f,
      samples: [
        0: 0.67033762385858586,
        1: 0.44448283974156411,
        1_001: 0.25233591226511165,
        1_002: 0.68779444247331711,
        1_003: 0.82147272943703031,
        50_000: 0.1468008681756825,
        99_999: 0.16134894337663219,
      ],
      nextDraw: 0.21879031352245071),
  ]
}
