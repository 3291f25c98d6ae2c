package com.mstudio.ui.common;

import javafx.collections.ObservableListBase;

/**
 * The row indices {@code offset .. offset+size-1} as an observable list, computed on demand. A virtualized TableView
 * over them holds no per-row objects at all: cells ask for index i and read the value from the table.
 */
public final class IndexList extends ObservableListBase<Integer> {
    private final int offset;
    private final int size;

    public IndexList(int size) {
        this(0, size);
    }

    public IndexList(int offset, int size) {
        this.offset = offset;
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return offset + index;
    }

    @Override
    public int size() {
        return size;
    }
}
