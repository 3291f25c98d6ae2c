package com.mstudio.ui.segments.charts;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicReference;

/** Finds what a chart drew by colour in a snapshot, so tests point at a bar or a cell the way a user would. */
final class ChartProbe {
    private ChartProbe() {}

    static WritableImage shot(FxRobot robot, Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(node.snapshot(null, null)));
        return img.get();
    }

    static int count(Image img, Color c) {
        int n = 0;
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) if (close(r.getColor(x, y), c)) n++;
        }
        return n;
    }

    /**
     * Pixels of colour c laid at some opacity (at least 30%) over a white background, as blended points and
     * translucent boxes are. Pixels of another hue fail, so a greyed segment does not count.
     */
    static int countTinted(Image img, Color c) {
        int n = 0;
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) if (tinted(r.getColor(x, y), c)) n++;
        }
        return n;
    }

    static boolean tinted(Color p, Color c) {
        double[] pc = {p.getRed(), p.getGreen(), p.getBlue()}, cc = {c.getRed(), c.getGreen(), c.getBlue()};
        int k = 0;
        for (int i = 1; i < 3; i++) if (1 - cc[i] > 1 - cc[k]) k = i;
        double alpha = (1 - pc[k]) / (1 - cc[k]);
        if (alpha < 0.3 || alpha > 1.02) return false;
        for (int i = 0; i < 3; i++) if (Math.abs(1 - alpha * (1 - cc[i]) - pc[i]) > 6 / 255.0) return false;
        return true;
    }

    /** The centre of the largest run of pixels of colour c on the row where it is widest (inside a bar or box). */
    static Point2D find(Image img, Color c) {
        PixelReader r = img.getPixelReader();
        int bestLen = 0, bestX = -1, bestY = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x < img.getWidth(); x++) {
                run = close(r.getColor(x, y), c) ? run + 1 : 0;
                if (run > bestLen) { bestLen = run; bestX = x - run / 2; bestY = y; }
            }
        }
        if (bestLen == 0) throw new AssertionError("no pixel of colour " + c + " found");
        // the middle of the vertical run through that column
        int top = bestY, bottom = bestY;
        while (top > 0 && close(r.getColor(bestX, top - 1), c)) top--;
        while (bottom < img.getHeight() - 1 && close(r.getColor(bestX, bottom + 1), c)) bottom++;
        return new Point2D(bestX + 0.5, (top + bottom) / 2.0 + 0.5);
    }

    static boolean close(Color a, Color b) {
        double tol = 4 / 255.0;
        return Math.abs(a.getRed() - b.getRed()) <= tol && Math.abs(a.getGreen() - b.getGreen()) <= tol
                && Math.abs(a.getBlue() - b.getBlue()) <= tol;
    }

    /** {@code color} at {@code alpha} over an opaque {@code background}. */
    static Color over(Color color, double alpha, Color background) {
        return background.interpolate(Color.color(color.getRed(), color.getGreen(), color.getBlue()), alpha);
    }

    /** Moves the pointer to (x, y) in the node's own coordinates. */
    static void moveTo(FxRobot robot, Node node, Point2D local) {
        AtomicReference<Point2D> screen = new AtomicReference<>();
        robot.interact(() -> screen.set(node.localToScreen(local)));
        robot.moveTo(screen.get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void clickAt(FxRobot robot, Node node, Point2D local) {
        moveTo(robot, node, local);
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
