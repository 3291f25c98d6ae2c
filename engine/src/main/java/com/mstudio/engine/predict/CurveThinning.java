package com.mstudio.engine.predict;

import com.mstudio.engine.api.ModelEvaluation.Point;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a chart's curve small (a test set of 200,000 rows has up to 200,000 ROC points) without changing what it looks
 * like: walking along the curve, a point is kept once the path since the last kept point (|dx| + |dy|) reaches
 * 1/(max-2) of the whole path. Every dropped stretch is that short, so no bend wider than that disappears; the first and
 * last points are always kept. Steps of the curve that are longer than the spacing keep both their ends.
 */
final class CurveThinning {
    private CurveThinning() {}

    static List<Point> thin(double[] xs, double[] ys, int count, int max) {
        if (max < 3) throw new IllegalArgumentException("keep at least 3 points");
        List<Point> out = new ArrayList<>(Math.min(count, max));
        if (count == 0) return out;
        double total = 0;
        for (int i = 1; i < count; i++) total += step(xs, ys, i);
        double spacing = count <= max ? 0 : total / (max - 2);
        out.add(new Point(xs[0], ys[0]));
        double walked = 0;
        for (int i = 1; i < count - 1; i++) {
            walked += step(xs, ys, i);
            if (walked >= spacing && walked > 0 || count <= max) {
                out.add(new Point(xs[i], ys[i]));
                walked = 0;
            }
        }
        if (count > 1) out.add(new Point(xs[count - 1], ys[count - 1]));
        return out;
    }

    private static double step(double[] xs, double[] ys, int i) {
        return Math.abs(xs[i] - xs[i - 1]) + Math.abs(ys[i] - ys[i - 1]);
    }
}
