package com.mstudio.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** What an {@link ExportLine} shows of an export's view model: its state, and the two things the line can do. */
public interface ExportStatus {
    ReadOnlyBooleanProperty runningProperty();

    /** Whether the line is a failure (shown in the danger colour). */
    ReadOnlyBooleanProperty failedProperty();

    /** The running export's fraction done, or -1 while unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** What was written, the plain failure, or "" when there is nothing to say (the line is then hidden). */
    ReadOnlyStringProperty messageProperty();

    void cancel();

    /** Hides the line; ignored while an export runs. */
    void clearMessage();
}
