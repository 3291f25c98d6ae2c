/**
 * Hand-written network layers shared by the convolutional VAE and the DCGAN: {@link com.mstudio.engine.creative.nn.Conv}
 * (4×4 stride-2 convolution and transposed convolution as one BLAS product over patch rows),
 * {@link com.mstudio.engine.creative.nn.Dense}, {@link com.mstudio.engine.creative.nn.BatchNorm},
 * {@link com.mstudio.engine.creative.nn.Kernels} (element-wise passes) and {@link com.mstudio.engine.creative.nn.Params}
 * (a network's weights and gradients as one flat native vector, with Adam). Every pass writes into arrays the caller
 * allocated once per batch size. WHY not DL4J's layers: their per-op overhead and libnd4j's CPU im2col made the same
 * models 4-10 times slower here (docs/benchmarks.md, ADR 0010).
 */
package com.mstudio.engine.creative.nn;
