extension LibraryModule {
  /// The functions of Julia's `Flux` (0.8.3, with NNlib 0.6) that sitegen registers as library
  /// values. Flux exports the layers, `softmax` (NNlib's) and the one-hot helpers; the losses,
  /// `train!` and `throttle` are reached as `Flux.mse`, `Flux.train!`.
  static var flux: LibraryModule {
    LibraryModule(
      "Flux",
      unexported: [
        "crossentropy", "logitcrossentropy", "binarycrossentropy", "train!", "throttle", "onehot",
        "onehotbatch", "onecold", "glorot_uniform",
      ],
      fluxLayerFunctions + fluxLossFunctions + fluxOneHotFunctions + fluxTrainingFunctions)
  }
}
