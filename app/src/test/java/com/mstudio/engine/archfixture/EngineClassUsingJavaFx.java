package com.mstudio.engine.archfixture;

/** Deliberately breaks the rules; ArchitectureTest checks that its rules catch it. Never used by the product. */
public class EngineClassUsingJavaFx {
    javafx.beans.property.SimpleStringProperty property = new javafx.beans.property.SimpleStringProperty();
}
