package com.mstudio.ui.archfixture;

/** Deliberately breaks the rules: a view model holding a scene node and an ND4J array. Used only by ArchitectureTest. */
public class LeakyViewModel {
    javafx.scene.control.Label label;
    org.nd4j.linalg.api.ndarray.INDArray array;
}
