package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preset availability, the conditional switch, defaults and refusals, over in-memory image sets. */
class ModelSetupViewModelTest {
    static ImageSet set(ImageShape shape, List<String> classes, int perClass) {
        int n = Math.max(1, classes.size()) * perClass;
        int[] labels = new int[n];
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels[i] = classes.isEmpty() ? -1 : i / perClass;
            sources.add("img" + i + ".png");
        }
        byte[] pixels = new byte[n * shape.size()];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (byte) (i * 7);
        return new ImageSet("test", shape, ImageSet.ImageFit.PAD, classes, labels, pixels, sources,
                List.of(new ImageSet.ImageProblem("broken.png", "not a PNG or JPEG image")));
    }

    @Test
    void colourImagesDisableTheClassicPresetsWithTheReasonAndMoveToAConvolutionalOne() {
        SimpleObjectProperty<ImageSet> set = new SimpleObjectProperty<>();
        ModelSetupViewModel vm = new ModelSetupViewModel(set);
        assertEquals(CreativePreset.CLASSIC_VAE, vm.presetProperty().get());
        assertFalse(vm.conditionalAvailableProperty().get(), "no set yet: nothing to learn per class");
        set.set(set(ImageShape.COLOUR_32, List.of("bags", "shoes"), 4));
        assertTrue(vm.unavailableReason(CreativePreset.CLASSIC_GAN).contains("28×28 grey"));
        assertTrue(vm.unavailableReason(CreativePreset.CLASSIC_GAN).contains("32×32 colour"));
        assertEquals("", vm.unavailableReason(CreativePreset.DCGAN));
        assertTrue(vm.presetProperty().get().supports(ImageShape.COLOUR_32), "moved to a preset that works");
        assertTrue(vm.conditionalAvailableProperty().get());
        vm.conditionalProperty().set(true);
        set.set(set(ImageShape.GREY_28, List.of(), 4));
        assertFalse(vm.conditionalProperty().get(), "an unlabelled set cannot be learnt per class");
    }

    @Test
    void theConvolutionalGanSuggestsSmallBatchesForASmallSetAndSaysWhyButKeepsATypedValue() {
        SimpleObjectProperty<ImageSet> set = new SimpleObjectProperty<>(set(ImageShape.GREY_28, List.of("a", "b"), 2_500));
        ModelSetupViewModel vm = new ModelSetupViewModel(set);
        vm.presetProperty().set(CreativePreset.DCGAN);
        assertEquals("32", vm.batchSizeProperty().get(), "5,000 images: batch 32");
        assertTrue(vm.batchHintProperty().get().contains("only 39 steps an epoch"), vm.batchHintProperty().get());
        vm.presetProperty().set(CreativePreset.CLASSIC_GAN);
        assertEquals("128", vm.batchSizeProperty().get(), "other presets keep the brief's 128");
        assertEquals("", vm.batchHintProperty().get());
        vm.presetProperty().set(CreativePreset.DCGAN);
        set.set(set(ImageShape.GREY_28, List.of("a", "b"), 6_000));
        assertEquals("128", vm.batchSizeProperty().get(), "12,000 images: the default again");
        vm.batchSizeProperty().set("64");
        set.set(set(ImageShape.GREY_28, List.of("a", "b"), 100));
        assertEquals("64", vm.batchSizeProperty().get(), "a batch size the user typed stays");
    }

    @Test
    void theRequestCarriesTheSettingsAndAPreviewIntervalThatShowsSeveralPreviewsPerEpoch() {
        SimpleObjectProperty<ImageSet> set = new SimpleObjectProperty<>(set(ImageShape.GREY_28, List.of("a", "b"), 50));
        ModelSetupViewModel vm = new ModelSetupViewModel(set);
        vm.presetProperty().set(CreativePreset.CLASSIC_GAN);
        assertEquals("100", vm.latentSizeProperty().get(), "the preset's defaults are loaded");
        assertEquals("0.0001", vm.learningRateProperty().get(), "plain digits, not 1.0E-4");
        vm.epochsProperty().set("3");
        vm.seedProperty().set("7");
        vm.batchSizeProperty().set("10");
        vm.conditionalProperty().set(true);
        CreativeRequest r = vm.request(100).orElseThrow();
        assertEquals(CreativePreset.CLASSIC_GAN, r.preset());
        assertEquals(3, r.epochs());
        assertEquals(7, r.seed());
        assertEquals(10, r.batchSize());
        assertTrue(r.conditional());
        assertEquals(3, r.previewEvery(), "10 iterations per epoch: a preview every 3");
    }

    @Test
    void badNumbersAreRefusedInWords() {
        ModelSetupViewModel vm = new ModelSetupViewModel(new SimpleObjectProperty<>(set(ImageShape.GREY_28, List.of(), 10)));
        vm.epochsProperty().set("zero");
        assertTrue(vm.request(10).isEmpty());
        assertEquals("Epochs must be a whole number from 1 to 1000.", vm.problemProperty().get());
        vm.epochsProperty().set("2");
        vm.learningRateProperty().set("5");
        assertTrue(vm.request(10).isEmpty());
        assertTrue(vm.problemProperty().get().startsWith("The learning rate must be between 0 and 1"));
        vm.learningRateProperty().set("0.001");
        assertTrue(vm.request(10).isPresent());
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void theSetSummaryAndThumbnailStripsNameClassesCountsAndSkippedFiles() {
        ImageSet s = set(ImageShape.GREY_28, List.of("bags", "shoes"), 12);
        assertEquals("test · 24 images · 2 classes · 28×28 grey · Fit inside and pad · 1 file skipped", ImageSetViewModel.summary(s));
        List<ImageSetViewModel.ClassStrip> strips = ImageSetViewModel.strips(s);
        assertEquals(2, strips.size());
        assertEquals("shoes", strips.get(1).title());
        assertEquals(12, strips.get(1).count());
        assertEquals(List.of(12, 13, 14, 15, 16, 17, 18, 19), strips.get(1).indices());
    }
}
