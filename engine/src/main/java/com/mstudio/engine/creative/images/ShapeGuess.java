package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageShape;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A quick look at a source to propose a model size: grey 28×28 for IDX files and for folders whose pictures are all
 * grey, colour 32×32 otherwise. Looks at a handful of pictures spread over the folder, never all of them.
 */
final class ShapeGuess {
    private static final int LOOK_AT = 12;

    private ShapeGuess() {}

    static ImageShape suggest(Path source, boolean idx) {
        if (idx) return ImageShape.GREY_28;
        if (!Files.isDirectory(source)) return ImageShape.COLOUR_32;
        List<String> files;
        try {
            files = FolderImages.listFiles(source);
        } catch (RuntimeException e) {
            return ImageShape.COLOUR_32;
        }
        int looked = 0;
        int step = Math.max(1, files.size() / LOOK_AT);
        for (int i = 0; i < files.size() && looked < LOOK_AT; i += step) {
            PictureDecoder.Decoded d = PictureDecoder.decode(source.resolve(files.get(i)), 32);
            if (d.image() == null) continue;
            looked++;
            if (!grey(ImageFitter.planes(d.image(), 3))) return ImageShape.COLOUR_32;
        }
        return looked > 0 ? ImageShape.GREY_28 : ImageShape.COLOUR_32;
    }

    /** True when red, green and blue agree everywhere (within JPEG noise). */
    private static boolean grey(double[][] rgb) {
        for (int i = 0; i < rgb[0].length; i++) {
            if (Math.abs(rgb[0][i] - rgb[1][i]) > 8 || Math.abs(rgb[1][i] - rgb[2][i]) > 8) return false;
        }
        return true;
    }
}
