package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.ImageShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;
import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DCGAN's hand-driven DL4J passes (D's input gradient into G, the summed real and fake halves) against central finite
 * differences, in double precision on a narrow conditional DCGAN at 28×28 grey.
 */
class DcganGradientTest {
    private static final int BATCH = 3;
    private static final int CLASSES = 2;

    @BeforeAll
    static void oneNativeThread() {
        OneNativeThread.ensure();
    }

    @Test
    void discriminatorAndGeneratorGradientsMatchFiniteDifferences() {
        Dcgan gan = new Dcgan(new DcganArchitecture(ImageShape.GREY_28, 4, CLASSES, 2), 2e-4, 5, DataType.DOUBLE);
        INDArray z = Nd4j.randn(DataType.DOUBLE, BATCH, 4);
        INDArray y = Nd4j.zeros(DataType.DOUBLE, BATCH, CLASSES);
        for (int i = 0; i < BATCH; i++) y.putScalar(i, i % CLASSES, 1);
        INDArray real = Nd4j.rand(DataType.DOUBLE, BATCH, 1, 28, 28).muli(2).subi(1);
        INDArray fake = gan.generatorSteps().forwardInference(Nd4j.hstack(z, y));

        DoubleSupplier dLoss = () -> gan.discriminatorGradients(real, fake, y);
        check(gan.discriminatorSteps(), dLoss, "D");
        DoubleSupplier gLoss = () -> gan.generatorGradients(z, y);
        check(gan.generatorSteps(), gLoss, "G");
    }

    private static void check(NetworkSteps steps, DoubleSupplier loss, String name) {
        loss.getAsDouble();
        INDArray analytic = steps.net().getFlattenedGradients().dup().divi(BATCH); // DL4J's gradients are sums over the batch
        Map<String, INDArray> table = steps.net().paramTable();
        INDArray flat = steps.net().params();
        double worst = 0;
        double largest = 0;
        int checked = 0;
        long offset = 0;
        for (Map.Entry<String, INDArray> e : table.entrySet()) {
            long n = e.getValue().length();
            boolean statistic = e.getKey().endsWith("_mean") || e.getKey().endsWith("_var") || e.getKey().endsWith("stdev");
            if (!statistic) {
                for (long i = offset; i < offset + n; i += Math.max(1, n / 6)) {
                    double original = flat.getDouble(i);
                    double eps = 1e-5;
                    flat.putScalar(i, original + eps);
                    double plus = loss.getAsDouble();
                    flat.putScalar(i, original - eps);
                    double minus = loss.getAsDouble();
                    flat.putScalar(i, original);
                    double numeric = (plus - minus) / (2 * eps);
                    double a = analytic.getDouble(i);
                    largest = Math.max(largest, Math.abs(a));
                    double error = Math.abs(numeric - a) / Math.max(1e-6, Math.abs(numeric) + Math.abs(a));
                    if (Math.abs(numeric - a) > 1e-7) worst = Math.max(worst, error);
                    checked++;
                }
            }
            offset += n;
        }
        assertTrue(offset == flat.length(), "the parameter table covers the flat parameters");
        assertTrue(checked > 25, name + ": checked " + checked);
        assertTrue(largest > 1e-3, name + ": the checked gradients are not all about zero: " + largest);
        assertTrue(worst < 1e-3, name + " gradients differ from finite differences: worst relative error " + worst);
    }
}
