/// Names that Julia code means something by — exported by Julia's `Base` (its
/// `base/exports.jl`), by the standard libraries tutorials load (`Statistics`, `LinearAlgebra`,
/// `Random`, `Printf`, `Test`) and by the packages whose modules sitegen provides (Flux with
/// NNlib and Tracker, PlotlyJS, UnicodePlots), as their documentation lists them. A name that a
/// cell uses, that sitegen does not define and that Julia would (Base's always, a module's
/// exported names once the cell's page has loaded it with `using`; any of a module's names
/// written qualified, `Flux.glorot_normal`), is reported as not supported, never as an
/// `UndefVarError`
/// that would tell the author their Julia is wrong. The table lists names only; it says nothing
/// of what sitegen runs (later Julia versions' names are included: a not-supported error is
/// right for them too).
enum JuliaNames {
  /// Base's functions, types, constants and modules.
  static let base = words(
    """
    Meta StackTraces Sys Libc Docs Threads Iterators Broadcast MathConstants AbstractChannel
    AbstractIrrational AbstractMatrix AbstractRange AbstractSet AbstractUnitRange AbstractVector
    AbstractVecOrMat Array AbstractMatch AbstractPattern AbstractDict BigFloat BigInt BitArray
    BitMatrix BitVector CartesianIndex CartesianIndices LinearIndices Channel Cmd Colon Complex
    ComplexF64 ComplexF32 ComplexF16 ComposedFunction DenseMatrix DenseVecOrMat DenseVector Dict
    Dims Enum ExponentialBackOff IndexCartesian IndexLinear IndexStyle InsertionSort BitSet IOBuffer
    IOStream LinRange Irrational Matrix MergeSort Missing NTuple IdDict OrdinalRange Pair
    PartialQuickSort PermutedDimsArray QuickSort Rational Regex RegexMatch RoundFromZero RoundDown
    RoundingMode RoundNearest RoundNearestTiesAway RoundNearestTiesUp RoundToZero RoundUp Set Some
    StepRange StepRangeLen StridedArray StridedMatrix StridedVecOrMat StridedVector SubArray
    SubString SubstitutionString Timer UnitRange Val VecOrMat Vector VersionNumber WeakKeyDict Cchar
    Cdouble Cfloat Cint Cintmax_t Clong Clonglong Cptrdiff_t Cshort Csize_t Cssize_t Cuchar Cuint
    Cuintmax_t Culong Culonglong Cushort Cwchar_t Cstring Cwstring CapturedException
    CompositeException DimensionMismatch EOFError InvalidStateException KeyError MissingException
    ProcessFailedException SystemError StringIndexError ARGS C_NULL DEPOT_PATH ENDIAN_BOM ENV
    LOAD_PATH PROGRAM_FILE stderr stdin stdout VERSION devnull Inf Inf16 Inf32 Inf64 NaN NaN16 NaN32
    NaN64 im π pi ℯ xor nand nor evalpoly abs abs2 acos acosd acosh acot acotd acoth acsc acscd
    acsch angle asec asecd asech asin asind asinh atan atand atanh big binomial bitreverse bitrotate
    bswap cbrt ceil cis cispi clamp cld cmp complex conj copysign cos cosc cosd cosh cospi cot cotd
    coth count_ones count_zeros csc cscd csch deg2rad denominator div divrem eps exp exp10 exp2
    expm1 exponent factorial fld fld1 fldmod fldmod1 flipsign float tryparse floor fma frexp gcd
    gcdx hypot imag inv invmod isapprox iseven isfinite isinf isinteger isnan isodd ispow2 isqrt
    isreal issubnormal iszero isone lcm ldexp leading_ones leading_zeros log log10 log1p log2
    maxintfloat mod mod1 modf mod2pi muladd nextfloat nextpow nextprod numerator one oneunit
    powermod prevfloat prevpow rad2deg rationalize real floatmax floatmin reim reinterpret rem
    rem2pi round sec secd sech sign signbit signed significand sin sinc sincos sincosd sind sinh
    sinpi sqrt tan tand tanh trailing_ones trailing_zeros trunc unsafe_trunc typemax typemin
    unsigned widemul zero axes broadcast! broadcast cat checkbounds checkindex circcopy! circshift
    circshift! clamp! conj! copy! copyto! diff cumprod cumprod! cumsum cumsum! accumulate
    accumulate! eachindex extrema fill! fill first hcat hvcat indexin
    argmax argmin invperm invpermute! isassigned isperm issorted last mapslices max maximum! maximum
    min minimum! minimum minmax ndims ones parent parentindices partialsort partialsort!
    partialsortperm partialsortperm! permute! permutedims permutedims! prod! prod promote_shape
    range reshape reverse! reverse rot180 rotl90 rotr90 size selectdim sort! sort sortperm sortperm!
    sortslices dropdims step stride strides sum! sum to_indices vcat vec view zeros
    eachmatch endswith findall findfirst findlast findmax findmin findmin! findmax! findnext
    findprev match occursin searchsorted searchsortedfirst searchsortedlast startswith adjoint
    transpose kron falses trues append! insert! pop! popat! prepend! push! resize! popfirst!
    pushfirst! all! all allunique any! any firstindex collect count delete! deleteat! eltype empty!
    empty lastindex filter! filter foldl foldr foreach get get! getindex getkey haskey in intersect!
    intersect isdisjoint isempty issubset issetequal keys keytype length map! map mapfoldl mapfoldr
    mapreduce merge! merge mergewith! mergewith pairs reduce setdiff! setdiff setindex! similar
    sizehint! splice! symdiff! symdiff union! union unique! unique values valtype ascii bitstring
    bytes2hex chomp chop codepoint codeunit codeunits digits digits! escape_string hex2bytes
    hex2bytes! isascii iscntrl isdigit isletter islowercase isnumeric isprint ispunct isspace
    isuppercase isxdigit lowercase lowercasefirst isvalid join lpad lstrip ncodeunits ndigits
    nextind prevind repeat replace replace! repr reverseind rpad rsplit rstrip split string strip
    textwidth thisind titlecase transcode unescape_string uppercase uppercasefirst IOContext
    displaysize dump print println printstyled show showerror sprint summary precision rounding
    setprecision setrounding get_zero_subnormals set_zero_subnormals iterate enumerate zip only copy
    deepcopy hash identity isbits isequal ismutable isless ifelse objectid sizeof Condition
    current_task islocked istaskdone istaskstarted istaskfailed lock notify ReentrantLock schedule
    task_local_storage trylock unlock yield yieldto wait timedwait asyncmap asyncmap! take! put!
    isready fetch bind coalesce ismissing missing skipmissing something isnothing nonmissingtype
    sleep time time_ns backtrace catch_backtrace error rethrow retry systemerror stacktrace convert
    getproperty setproperty! fieldoffset fieldname fieldnames fieldcount fieldtypes hasfield
    propertynames hasproperty isabstracttype isbitstype isprimitivetype isstructtype isconcretetype
    isdispatchtuple oftype promote promote_rule promote_type instances supertype typeintersect
    typejoin widen esc gensym macroexpand parse code_typed code_lowered fullname functionloc isconst
    isinteractive hasmethod methods nameof parentmodule pathof names which invokelatest evalfile
    include_string include_dependency GC finalizer finalize precompile atexit atreplinit exit ntuple
    close countlines eachline eof fd fdio flush gethostname htol hton ismarked isopen isreadonly
    ltoh mark bytesavailable ntoh open peek pipeline Pipe PipeBuffer position RawFD read read!
    readavailable readbytes! readchomp readdir readline readlines readuntil redirect_stderr
    redirect_stdin redirect_stdout reset seek seekend seekstart skip skipchars truncate unmark
    unsafe_read unsafe_write write AbstractDisplay display displayable TextDisplay istextmime MIME
    popdisplay pushdisplay redisplay showable HTML Text abspath basename dirname expanduser homedir
    isabspath isdirpath joinpath normpath realpath relpath splitdir splitdrive splitext splitpath cd
    chmod chown cp ctime download filemode filesize gperm hardlink isblockdev ischardev isdir isfifo
    isfile islink ismount ispath issetgid issetuid issocket issticky lstat mkdir mkpath mktemp
    mktempdir mtime mv operm pwd readlink rm samefile stat symlink tempdir tempname touch uperm
    walkdir detach getpid ignorestatus kill process_exited process_running run setenv success
    withenv cglobal disable_sigint pointer pointer_from_objref unsafe_wrap unsafe_string
    reenable_sigint unsafe_copyto! unsafe_load unsafe_pointer_to_objref unsafe_store! rand randn Int
    Int8 Int16 Int32 Int64 Int128 UInt UInt8 UInt16 UInt32 UInt64 UInt128 Float16 Float32 Float64
    Bool Char String Symbol Tuple NamedTuple Nothing Number Real Integer Signed Unsigned
    AbstractFloat AbstractString AbstractChar AbstractArray Function Type DataType Union UnionAll
    Any Module Exception ArgumentError BoundsError DivideError DomainError ErrorException
    InexactError InterruptException MethodError OutOfMemoryError OverflowError StackOverflowError
    TypeError UndefKeywordError UndefRefError UndefVarError Expr QuoteNode LineNumberNode GlobalRef
    Core Base Main nothing isa typeof tuple getfield setfield! fieldtype throw invoke apply_type
    include eval
    """)

  /// Base's macros, without their `@`.
  static let baseMacros = words(
    """
    evalpoly info debug warn error int128_str uint128_str big_str cmd b_str r_str s_str v_str
    raw_str text_str html_str doc show time timed timev elapsed allocated sync async task threadcall
    generated gensym eval deprecate boundscheck inbounds fastmath simd inline noinline nospecialize
    specialize polly assert __dot__ enum label goto view views static isdefined code_warntype
    code_llvm code_native code_typed code_lowered which edit less kwdef NamedTuple MIME_str __FILE__
    __DIR__ __LINE__ __MODULE__ macroexpand macroexpand1 cfunction ccall
    """)

  /// Each module's names and macros.
  static let modules: [String: (names: Set<String>, macros: Set<String>)] = [
    "Statistics": (
      names: words(
        """
        mean median middle quantile std var cor cov stdm varm mean! median! quantile!
        """),
      macros: []
    ),
    "LinearAlgebra": (
      names: words(
        """
        det inv norm dot cross tr diag diagm Diagonal I UniformScaling eigen eigvals eigvecs svd
        svdvals qr lu cholesky factorize pinv rank nullspace kron logdet logabsdet opnorm normalize
        normalize! lmul! rmul! ldiv! rdiv! mul! axpy! axpby! Symmetric Hermitian UpperTriangular
        LowerTriangular Tridiagonal Bidiagonal SymTridiagonal Adjoint Transpose issymmetric
        ishermitian isposdef istriu istril isdiag triu tril triu! tril! BLAS LAPACK
        """),
      macros: []
    ),
    "Random": (
      names: words(
        """
        MersenneTwister RandomDevice AbstractRNG seed! shuffle shuffle! randperm randperm! randcycle
        randexp randsubseq bitrand randstring GLOBAL_RNG
        """),
      macros: []
    ),
    "Printf": (
      names: [],
      macros: words(
        """
        printf sprintf
        """)
    ),
    "Test": (
      names: [],
      macros: words(
        """
        test testset test_throws test_broken test_logs test_warn
        """)
    ),
    "Flux": (
      names: words(
        """
        Dense Chain Conv MaxPool MeanPool Dropout BatchNorm LayerNorm RNN LSTM GRU Embedding params
        gradient train! update! Descent Momentum Nesterov ADAM RMSProp ADAGrad ADADelta AMSGrad
        NADAM ADAMW Optimise mse crossentropy logitcrossentropy binarycrossentropy
        logitbinarycrossentropy kldivergence huber_loss σ sigmoid relu leakyrelu elu selu gelu swish
        softplus softsign logσ logsigmoid softmax logsoftmax onehot onehotbatch onecold
        glorot_uniform glorot_normal throttle param data back! Tracker NNlib gpu cpu testmode!
        trainmode! fmap destructure flatten normalise
        """),
      macros: words(
        """
        epochs functor treelike
        """)
    ),
    "Tracker": (
      names: words(
        """
        TrackedArray TrackedVector TrackedMatrix TrackedReal Params Grads gradient jacobian hessian
        param back! data grad update! forward ngradient nobacksies hook checkpoint istracked
        tracker isleaf zero_grad!
        """),
      macros: words(
        """
        grad
        """)
    ),
    "PlotlyJS": (
      names: words(
        """
        plot scatter bar histogram heatmap contour surface box Layout attr savefig relayout!
        restyle! addtraces! deletetraces! PlotlyBase
        """),
      macros: []
    ),
    "Plots": (
      names: words(
        """
        plot plot! scatter scatter! histogram histogram! bar bar! heatmap heatmap! contour contour!
        current savefig cgrad title! xlabel! ylabel! xlims! ylims! annotate! grid default theme
        backend gr pyplot plotly png gui pie pie! plot3d surface wireframe histogram2d stephist
        density boxplot violin hline! vline! plot_title
        """),
      macros: words(
        """
        layout animate gif
        """)
    ),
    "UnicodePlots": (
      names: words(
        """
        lineplot lineplot! scatterplot scatterplot! barplot barplot! histogram densityplot boxplot
        spy heatmap stairs title! xlabel! ylabel! annotate!
        """),
      macros: []
    ),
  ]

  /// The names of a module's table that the module does not export (reached only qualified,
  /// `Flux.mse`): after `using Flux`, an unqualified `mse` is Julia's `UndefVarError`. From
  /// Flux 0.8.3's src/Flux.jl and src/optimise/Optimise.jl, Tracker 0.2.0's src/Tracker.jl.
  static let unexported: [String: Set<String>] = [
    "Flux": words(
      """
      gradient train! update! Optimise mse crossentropy logitcrossentropy binarycrossentropy
      logitbinarycrossentropy kldivergence huber_loss onehot onehotbatch onecold glorot_uniform
      glorot_normal throttle data back! NNlib testmode! trainmode! fmap destructure flatten
      normalise
      """),
    "Tracker": words(
      """
      TrackedReal Grads data grad update! forward ngradient nobacksies hook checkpoint istracked
      tracker isleaf zero_grad!
      """),
  ]

  /// The names `using M` brings into scope that Julia's `M` defines.
  static func exports(of module: String) -> Set<String> {
    guard let table = modules[module] else { return [] }
    return table.names.subtracting(unexported[module] ?? [])
  }

  /// Whether `@name` is a macro of Base or of one of the modules.
  static func isMacro(_ name: String) -> Bool {
    baseMacros.contains(name) || modules.values.contains { $0.macros.contains(name) }
  }

  private static func words(_ text: String) -> Set<String> {
    Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
  }
}
