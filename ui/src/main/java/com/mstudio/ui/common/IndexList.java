package com.mstudio.ui.common;

import javafx.collections.ObservableListBase;

/**
 * The row indices 0..n-1 as an observable list, computed on demand. A virtualized TableView over a million rows
 * then holds no per-row objects at all: cells ask for index i and read the value from the table.
 */
public final class IndexList extends ObservableListBase<Integer> {
    private final int size;

    public IndexList(int size) {
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
