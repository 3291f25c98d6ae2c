package com.mstudio.engine.copy;

import java.util.SplittableRandom;

/**
 * One forward pass of the {@link AttentionModel} over a {@link TokenBatch}, keeping every activation, and the backward
 * pass that turns them into gradients in {@link AttentionParameters#g}. Rows are tokens: row {@code r = text · T + t}.
 *
 * <p>Per block: {@code xd = dropout(x)}; {@code [q k v] = xd · Wqkv}; per head, {@code a = softmax(q·kᵀ/√d)} over the
 * real keys only; {@code o = a · v}; {@code x' = x + o · Wo} (the residual carries the undropped input, as DL4J's
 * layer dropout did). Then the masked mean over the real tokens, dense ReLU, dropout, softmax.
 */
final class AttentionPass {
    final int n;
    final int t;
    final float[][] attention; // per block [text][head][query][key]
    final float[] probabilities; // [text][class]
    private final AttentionParameters p;
    private final TokenBatch batch;
    private final int e;
    private final int heads;
    private final int d;
    private final float scale;
    private final float[][] x; // block inputs [rows × e]; x[blocks] is the last block's output
    private final float[][] dropped; // the attention layer's input after dropout (x[b] itself without dropout)
    private final float[][] keep; // dropout multipliers (0 or 1/keep) or null
    private final float[][] qkv;
    private final float[][] mixed; // o, [rows × e]
    private final NativeAttention[] natives; // per block, for batches of long texts; null where Java runs the block
    private final float[] count;
    private float[] pooled;
    private float[] hidden;
    private float[] hiddenDropped;
    private float[] hiddenKeep;

    /** @param random dropout masks; null for none (evaluation) */
    AttentionPass(AttentionParameters p, TokenBatch batch, double dropout, SplittableRandom random) {
        AttentionShape s = p.shape;
        this.p = p;
        this.batch = batch;
        n = batch.texts();
        t = batch.length();
        e = s.embedding();
        heads = s.heads();
        d = s.headSize();
        scale = (float) (1 / Math.sqrt(d));
        int rows = n * t, blocks = s.blocks();
        x = new float[blocks + 1][];
        dropped = new float[blocks][];
        keep = new float[blocks][];
        qkv = new float[blocks][];
        mixed = new float[blocks][];
        attention = new float[blocks][];
        natives = new NativeAttention[blocks];
        count = new float[n];
        float[] x0 = x[0] = new float[rows * e];
        for (int r = 0; r < rows; r++) {
            int tok = p.tokens + batch.ids()[r] * e, pos = p.positions + (r % t) * e;
            for (int j = 0; j < e; j++) x0[r * e + j] = p.w[tok + j] + p.w[pos + j];
            count[r / t] += batch.mask()[r];
        }
        boolean drop = random != null && dropout > 0;
        for (int b = 0; b < blocks; b++) {
            keep[b] = drop ? dropoutMask(rows * e, dropout, random) : null;
            dropped[b] = drop ? times(x[b], keep[b]) : x[b];
            qkv[b] = new float[rows * 3 * e];
            Matrices.mul(dropped[b], 0, p.w, p.qkv[b], qkv[b], 0, rows, e, 3 * e, false);
            attention[b] = new float[n * heads * t * t];
            mixed[b] = new float[rows * e];
            if (t >= NativeAttention.FROM_LENGTH) {
                natives[b] = new NativeAttention(qkv[b], batch.mask(), n, t, heads, d, scale, attention[b], mixed[b]);
            } else {
                attend(b);
            }
            x[b + 1] = x[b].clone();
            Matrices.mul(mixed[b], 0, p.w, p.projection[b], x[b + 1], 0, rows, e, e, true);
        }
        head(drop ? dropout : 0, random);
        probabilities = softmax(logits(), n, s.classes());
    }

    private void attend(int b) {
        float[] m = batch.mask(), y = qkv[b], a = attention[b], o = mixed[b];
        int w3 = 3 * e;
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < heads; h++) {
                for (int q = 0; q < t; q++) {
                    int qRow = (i * t + q) * w3 + h * d, aRow = ((i * heads + h) * t + q) * t;
                    float max = Float.NEGATIVE_INFINITY;
                    for (int k = 0; k < t; k++) {
                        if (m[i * t + k] == 0f) continue;
                        int kRow = (i * t + k) * w3 + e + h * d;
                        float s = 0;
                        for (int c = 0; c < d; c++) s += y[qRow + c] * y[kRow + c];
                        a[aRow + k] = s * scale;
                        max = Math.max(max, a[aRow + k]);
                    }
                    float sum = 0;
                    for (int k = 0; k < t; k++) {
                        if (m[i * t + k] == 0f) continue;
                        float ex = (float) Math.exp(a[aRow + k] - max);
                        a[aRow + k] = ex;
                        sum += ex;
                    }
                    int oRow = (i * t + q) * e + h * d;
                    for (int k = 0; k < t; k++) {
                        if (m[i * t + k] == 0f) continue;
                        float ak = a[aRow + k] /= sum;
                        int vRow = (i * t + k) * w3 + 2 * e + h * d;
                        for (int c = 0; c < d; c++) o[oRow + c] += ak * y[vRow + c];
                    }
                }
            }
        }
    }

    /** Masked mean pooling, dense ReLU and the output dropout. */
    private void head(double dropout, SplittableRandom random) {
        float[] last = x[x.length - 1], m = batch.mask();
        pooled = new float[n * e];
        for (int r = 0; r < n * t; r++) {
            if (m[r] == 0f) continue;
            int i = r / t;
            float f = 1f / count[i];
            for (int j = 0; j < e; j++) pooled[i * e + j] += f * last[r * e + j];
        }
        hidden = new float[n * e];
        for (int i = 0; i < n; i++) System.arraycopy(p.w, p.denseBias, hidden, i * e, e);
        Matrices.mul(pooled, 0, p.w, p.dense, hidden, 0, n, e, e, true);
        for (int i = 0; i < hidden.length; i++) hidden[i] = Math.max(0f, hidden[i]);
        hiddenKeep = dropout > 0 ? dropoutMask(n * e, dropout, random) : null;
        hiddenDropped = hiddenKeep == null ? hidden : times(hidden, hiddenKeep);
    }

    private float[] logits() {
        int k = p.shape.classes();
        float[] z = new float[n * k];
        for (int i = 0; i < n; i++) System.arraycopy(p.w, p.outputBias, z, i * k, k);
        Matrices.mul(hiddenDropped, 0, p.w, p.output, z, 0, n, e, k, true);
        return z;
    }

    /** Mean cross-entropy of the batch's labels. */
    double loss() {
        int k = p.shape.classes();
        double sum = 0;
        for (int i = 0; i < n; i++) sum -= Math.log(Math.max(1e-30, probabilities[i * k + batch.labels()[i]]));
        return sum / n;
    }

    /** Adds this batch's gradient of {@link #loss} to the parameters' gradients (which the caller zeroed). */
    void backward() {
        int k = p.shape.classes(), rows = n * t;
        float[] g = p.g, w = p.w;
        float[] dz = probabilities.clone();
        for (int i = 0; i < n; i++) dz[i * k + batch.labels()[i]] -= 1f;
        for (int i = 0; i < dz.length; i++) dz[i] /= n;
        Matrices.mulTransposedAAdd(hiddenDropped, 0, dz, 0, g, p.output, n, e, k);
        for (int i = 0; i < n; i++) for (int c = 0; c < k; c++) g[p.outputBias + c] += dz[i * k + c];
        float[] dh = new float[n * e];
        Matrices.mulTransposedB(dz, 0, w, p.output, dh, 0, n, k, e);
        for (int i = 0; i < dh.length; i++) {
            if (hiddenKeep != null) dh[i] *= hiddenKeep[i];
            if (hidden[i] <= 0f) dh[i] = 0f;
        }
        Matrices.mulTransposedAAdd(pooled, 0, dh, 0, g, p.dense, n, e, e);
        for (int i = 0; i < n; i++) for (int j = 0; j < e; j++) g[p.denseBias + j] += dh[i * e + j];
        float[] dPooled = new float[n * e];
        Matrices.mulTransposedB(dh, 0, w, p.dense, dPooled, 0, n, e, e);
        float[] dx = new float[rows * e], m = batch.mask();
        for (int r = 0; r < rows; r++) {
            if (m[r] == 0f) continue;
            int i = r / t;
            float f = 1f / count[i];
            for (int j = 0; j < e; j++) dx[r * e + j] = f * dPooled[i * e + j];
        }
        for (int b = x.length - 2; b >= 0; b--) dx = blockBackward(b, dx);
        for (int r = 0; r < rows; r++) {
            int tok = p.tokens + batch.ids()[r] * e, pos = p.positions + (r % t) * e;
            for (int j = 0; j < e; j++) {
                g[tok + j] += dx[r * e + j];
                g[pos + j] += dx[r * e + j];
            }
        }
    }

    /** The gradient at block {@code b}'s input from the gradient at its output; adds the block's weight gradients. */
    private float[] blockBackward(int b, float[] dOut) {
        int rows = n * t, w3 = 3 * e;
        float[] g = p.g;
        Matrices.mulTransposedAAdd(mixed[b], 0, dOut, 0, g, p.projection[b], rows, e, e);
        float[] dMixed = new float[rows * e];
        Matrices.mulTransposedB(dOut, 0, p.w, p.projection[b], dMixed, 0, rows, e, e);
        float[] dy = new float[rows * w3];
        if (natives[b] != null) {
            natives[b].backward(dMixed, dy);
        } else {
            attendBackward(b, dMixed, dy);
        }
        Matrices.mulTransposedAAdd(dropped[b], 0, dy, 0, g, p.qkv[b], rows, e, w3);
        float[] dIn = new float[rows * e];
        Matrices.mulTransposedB(dy, 0, p.w, p.qkv[b], dIn, 0, rows, w3, e);
        float[] dx = dOut.clone(); // the residual
        for (int i = 0; i < dx.length; i++) dx[i] += keep[b] == null ? dIn[i] : dIn[i] * keep[b][i];
        return dx;
    }

    /** The Java form of the attention's backward pass: adds the q, k and v gradients to {@code dy}. */
    private void attendBackward(int b, float[] dMixed, float[] dy) {
        int w3 = 3 * e;
        float[] y = qkv[b], a = attention[b], m = batch.mask();
        float[] da = new float[t];
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < heads; h++) {
                for (int q = 0; q < t; q++) {
                    int qRow = (i * t + q) * w3 + h * d, aRow = ((i * heads + h) * t + q) * t;
                    int oRow = (i * t + q) * e + h * d;
                    float dot = 0;
                    for (int k = 0; k < t; k++) {
                        if (m[i * t + k] == 0f) continue;
                        int vRow = (i * t + k) * w3 + 2 * e + h * d;
                        float s = 0, ak = a[aRow + k];
                        for (int c = 0; c < d; c++) {
                            s += dMixed[oRow + c] * y[vRow + c];
                            dy[vRow + c] += ak * dMixed[oRow + c];
                        }
                        da[k] = s;
                        dot += ak * s;
                    }
                    for (int k = 0; k < t; k++) {
                        if (m[i * t + k] == 0f) continue;
                        float ds = a[aRow + k] * (da[k] - dot) * scale;
                        int kRow = (i * t + k) * w3 + e + h * d;
                        for (int c = 0; c < d; c++) {
                            dy[qRow + c] += ds * y[kRow + c];
                            dy[kRow + c] += ds * y[qRow + c];
                        }
                    }
                }
            }
        }
    }

    /** Inverted dropout: each entry kept with probability 1 − rate and then scaled by 1 / (1 − rate). */
    private static float[] dropoutMask(int size, double rate, SplittableRandom random) {
        float[] mask = new float[size];
        float kept = (float) (1 / (1 - rate));
        for (int i = 0; i < size; i++) mask[i] = random.nextDouble() < rate ? 0f : kept;
        return mask;
    }

    private static float[] times(float[] a, float[] b) {
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] * b[i];
        return out;
    }

    static float[] softmax(float[] z, int n, int k) {
        float[] out = new float[z.length];
        for (int i = 0; i < n; i++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) max = Math.max(max, z[i * k + c]);
            double sum = 0;
            for (int c = 0; c < k; c++) sum += out[i * k + c] = (float) Math.exp(z[i * k + c] - max);
            for (int c = 0; c < k; c++) out[i * k + c] /= (float) sum;
        }
        return out;
    }
}
